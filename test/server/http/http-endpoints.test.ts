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

describe('/graphql answers', () => {
  // Apollo's cache-control plugin, which set this header, is off (it hooked every resolved field, issue 17): the
  // route sets it itself, so that no answer, a staff member's above all, is kept by a browser or a proxy.
  it('are never to be stored (Cache-Control: no-store), with data, with errors and for GET', async () => {
    const post = (query: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    const answers = {
      data: await post('{ offerCountsByCategory { category offers } }'),
      'validation error': await post('{ noSuchField }'),
      get: await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      }),
    };
    for (const [what, response] of Object.entries(answers)) {
      expect(response.status, what).toBe(what === 'validation error' ? 400 : 200);
      expect(response.headers.get('cache-control'), what).toBe('no-store');
    }
  });
});
