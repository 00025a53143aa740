// Stopping the server drains requests in flight: a request that is still arriving when stop() is called is answered
// in full, and only then does the server close; new connections are refused meanwhile.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../../support/test-server.js';

describe('shutdown', () => {
  it('answers a slow request in flight before it stops', async () => {
    const server = await startTestServer();
    let stopped: Promise<void> | undefined;
    try {
      const { port } = server.app.server.address() as AddressInfo;
      const body = JSON.stringify({ query: '{ districts(limit: 1) { ags } }' });
      const arrived = new Promise<void>((resolve) => server.app.server.once('request', () => resolve()));
      let request!: http.ClientRequest;
      const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
        request = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (response) => {
            let text = '';
            response.on('data', (chunk: Buffer) => (text += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
          },
        );
        request.on('error', reject);
      });
      // Half the body now, the rest after the server was told to stop.
      request.write(body.slice(0, 10));
      await arrived;
      stopped = server.close();
      // No new connections while it drains: the listener closes while the request is still arriving.
      await expect.poll(() => server.app.server.listening).toBe(false);
      request.end(body.slice(10));
      const response = await answered;
      expect(response.status).toBe(200);
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
      expect(JSON.parse(response.text)).toMatchObject({ data: { districts: expect.any(Array) } });
    } finally {
      await (stopped ?? server.close());
    }
  });
});
