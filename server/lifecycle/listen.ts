// Starts listening, and turns the errors of listen (a port taken, a port not allowed) into one clear sentence
// that names the address, instead of an unhandled 'error' event.
import type http from 'node:http';

export class ListenError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ListenError';
  }
}

function reasonOf(code: string | undefined, port: number): string {
  switch (code) {
    case 'EADDRINUSE':
      return 'the port is already in use (EADDRINUSE): stop the other process or choose another PORT';
    case 'EACCES':
      return `permission denied (EACCES)${port < 1024 ? ': ports below 1024 need privileges, choose a PORT from 1024' : ''}`;
    case 'EADDRNOTAVAIL':
      return 'the address is not one of this machine (EADDRNOTAVAIL): check HOST';
    default:
      return code ?? 'unknown error';
  }
}

/** Resolves once the server listens on host:port; rejects with a ListenError that names both. */
export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(
        new ListenError(
          `Cannot listen on ${host}:${port}: ${reasonOf(error.code, port)} (${error.message})`,
          error.code,
        ),
      );
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
