// The HTTP surface besides /graphql: health, GraphiQL, the explorer page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticatorFor } from '../../../server/auth/authenticate-request.js';
import { createDriver } from '../../../server/database/create-driver.js';
import { createApp, type App } from '../../../server/http/create-app.js';
import { createLogger } from '../../../server/logger.js';
import { createSchema } from '../../../server/schema/create-schema.js';
import type { AddressInfo } from 'node:net';
import { startTestServer, type TestServer } from '../../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('/healthz', () => {
  it('reports the database up', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; database: string; latencyMs: number };
    expect(body).toMatchObject({ status: 'ok', database: 'up' });
    expect(body.latencyMs).toBeGreaterThanOrEqual(0);
  });

  describe('with the database unreachable', () => {
    let app: App;
    let url: string;
    beforeAll(async () => {
      // A driver pointed at a port where nothing listens.
      const driver = createDriver({
        uri: 'bolt://127.0.0.1:1',
        username: 'neo4j',
        password: 'x',
        connectionAcquisitionTimeoutMs: 2000,
      });
      app = await createApp({
        schema: await createSchema({ driver }),
        driver,
        log: createLogger('silent'),
        authenticate: authenticatorFor(undefined, { driver }),
      });
      await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    });
    afterAll(async () => app?.stop());

    it('answers 503 and names the database as down', async () => {
      const response = await fetch(`${url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'degraded', database: 'down' });
    });

    it('fails a query with DATABASE_UNAVAILABLE and keeps running', async () => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ districts { ags } }' }),
      });
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect((await fetch(`${url}/healthz`)).status).toBe(503);
    });
  });
});

describe('/graphiql', () => {
  // The built page, its assets and a query in Chromium: test/explorer/graphiql.test.ts.
  it('is served (the built GraphiQL, or a page saying how to build it), without a CDN', async () => {
    const page = await fetch(`${server.url}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/GraphiQL/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // no CDN
    expect((await fetch(`${server.url}/graphiql/assets/nope.js`)).status).toBe(404);
  });
});

describe('/explorer', () => {
  it('is served (the built explorer, or a page saying it is not built yet)', async () => {
    const response = await fetch(`${server.url}/explorer`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/Bildungsnetz/);
  });
});

describe('/graphql limits', () => {
  it('refuses a request body over the limit with 413', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ districts { ags } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(response.status).toBe(413);
  });
});
