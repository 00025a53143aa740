// The API server as a child process of a benchmark (bench:attacks, bench:load): started on a port of the benchmark's
// own over the benchmark's Neo4j, waited for until it answers, and stopped with SIGTERM as a deployment would, so
// that the numbers include the real process boundary and the stop drains what is still running.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../server/config.js';

export interface ServerProcessOptions {
  connection: { uri: string; username: string; password: string };
  port: number;
  readyPath: '/healthz' | '/readyz'; // what answers 200 once the server takes requests
  env: Record<string, string>; // the benchmark's settings on top of the environment (LOG_LEVEL, JWT_SECRET, ...)
}

export interface ServerProcess {
  url: string;
  pid: number; // for its CPU time (bench/process-cpu.ts)
  /** Sends SIGTERM and waits for the exit; nothing if the process has ended already. */
  stop(): Promise<void>;
}

async function waitForReady(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${url} with 200 in 120 s`);
}

/** Starts server/main.ts and resolves once it is ready; a server that never gets ready is stopped again. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const { connection, port } = options;
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'server', 'main.ts')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.username,
      NEO4J_PASSWORD: connection.password,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO_DATA: 'false',
      RATE_LIMIT_MAX: '1000000000', // a benchmark sends more than a client would; the limit is measured on its own
      JWKS_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForReady(`${url}${options.readyPath}`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, stop };
}
