// The server's life: /livez answers while the process does, /readyz only while it is started, not draining and its
// database answers; a second server on a port already taken ends with exit code 1 and a message naming the address.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../../server/config.js';
import { createApp } from '../../../server/http/create-app.js';
import { createLogger } from '../../../server/logger.js';
import { createSchema } from '../../../server/schema/create-schema.js';
import { authenticatorFor } from '../../../server/auth/authenticate-request.js';
import { startTestServer, testDriver, testJwt, type TestServer } from '../../support/test-server.js';
import type { App } from '../../../server/http/create-app.js';

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('probes', () => {
  let server: TestServer & { app: App };
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('/livez answers that the process is alive, /readyz that it takes traffic, /healthz as before', async () => {
    expect(await getJson(`${server.url}/livez`)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await getJson(`${server.url}/readyz`)).toEqual({ status: 200, body: { status: 'ready', database: 'up' } });
    const health = await getJson(`${server.url}/healthz`);
    expect(health).toMatchObject({ status: 200, body: { status: 'ok', database: 'up' } });
  });
});

describe('readiness while starting and draining', () => {
  it('is 503 "starting" until the server is marked ready, while /livez is 200 all along', async () => {
    const { driver, database } = testDriver();
    const schema = await createSchema({ driver, database });
    const app = await createApp({
      schema,
      driver,
      database,
      log: createLogger('silent'),
      authenticate: authenticatorFor(testJwt, { driver, database }),
    });
    try {
      await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
      const { port } = app.server.address() as { port: number };
      const url = `http://127.0.0.1:${port}`;
      expect(await getJson(`${url}/readyz`)).toEqual({ status: 503, body: { status: 'starting' } });
      expect((await getJson(`${url}/livez`)).status).toBe(200);
      app.readiness.markReady();
      expect((await getJson(`${url}/readyz`)).status).toBe(200);
    } finally {
      try {
        await app.stop();
      } finally {
        await driver.close();
      }
    }
  });

  it('is 503 "draining" as soon as the server is told to stop, while it still accepts connections', async () => {
    // The drain delay keeps the listener open after stop() so that a load balancer can see the 503.
    const server = await startTestServer({ resilience: { shutdownDrainDelayMs: 5000 } });
    let stopped: Promise<void> | undefined;
    try {
      expect((await getJson(`${server.url}/readyz`)).status).toBe(200);
      stopped = server.close();
      expect(server.app.readiness.state).toBe('draining');
      expect(await getJson(`${server.url}/readyz`)).toEqual({ status: 503, body: { status: 'draining' } });
      expect(await getJson(`${server.url}/livez`)).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      await (stopped ?? server.close());
    }
    expect(server.app.server.listening).toBe(false);
  });
});

describe('listen errors', () => {
  it('a second server on a port already taken exits with code 1 and says which host and port', async () => {
    const taken = await startTestServer();
    try {
      const port = new URL(taken.url).port;
      const neo4j = inject('neo4j');
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'server', 'main.ts')], {
        cwd: projectRoot,
        env: {
          ...process.env,
          NEO4J_URI: neo4j.uri, // the test Neo4j: nothing local is started
          NEO4J_USERNAME: neo4j.username,
          NEO4J_PASSWORD: neo4j.password,
          ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
          HOST: '127.0.0.1',
          PORT: port,
          SEED_DEMO_DATA: 'false',
          SNAPSHOT_SCHEDULE: '',
          JWT_SECRET: testJwt.secret!,
          JWKS_URL: '',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      expect(exitCode).toBe(1);
      expect(output).toContain(`Cannot listen on 127.0.0.1:${port}: the port is already in use (EADDRINUSE)`);
      // What it had started was stopped on the way out.
      expect(output).toContain('"reason":"start failed"');
      expect(output).toMatch(/"failed":\[\],"timedOut":false/);
      // The first server still answers.
      expect((await getJson(`${taken.url}/livez`)).status).toBe(200);
    } finally {
      await taken.close();
    }
  });
});
