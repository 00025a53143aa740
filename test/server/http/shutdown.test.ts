// Stopping the server drains requests in flight: a request that is still arriving when stop() is called is answered
// in full, and only then does the server close; new connections are refused meanwhile.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../../support/test-server.js';

describe('shutdown', () => {
  it('answers a slow request in flight before it stops', async () => {
    const server = await startTestServer();
    const { port } = server.app.server.address() as AddressInfo;
    const body = JSON.stringify({ query: '{ districts(limit: 1) { ags } }' });
    const arrived = new Promise<void>((resolve) => server.app.server.once('request', () => resolve()));
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
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
      // Half the body now, the rest after the server was told to stop.
      request.write(body.slice(0, 10));
      void arrived.then(async () => {
        stopped = server.close();
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(server.app.server.listening).toBe(false); // no new connections while it drains
        request.end(body.slice(10));
      });
    });
    let stopped: Promise<void> | undefined;
    const response = await answered;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ data: { districts: expect.any(Array) } });
    await stopped;
  });
});
