// The rate limit covers /reports and /import as well as /graphql, counted once per client over all three: a client
// over RATE_LIMIT_MAX gets 429 RATE_LIMITED from each, and another client is not held back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, startTestServer, type TestServer } from '../../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ limits: { rateLimitMax: 3, rateLimitWindowMs: 60_000 } });
});

afterAll(async () => {
  await server?.close();
});

async function report(caller: 'coordinator' | 'analyst'): Promise<number> {
  // A malformed district: refused with 400 before any database work, and still counted.
  const response = await fetch(`${server.url}/reports/briefing.html?district=x`, { headers: await headersFor(caller) });
  await response.arrayBuffer();
  return response.status;
}

async function upload(): Promise<{ status: number; code?: string }> {
  const response = await fetch(`${server.url}/import/actors`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'leer.csv', ...(await headersFor()) },
    body: 'name\r\n',
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code };
}

describe('the rate limit', () => {
  it('counts /graphql, /reports and /import together per client and refuses the request over it on each', async () => {
    expect((await server.gql('{ __typename }')).status).toBe(200);
    expect(await report('coordinator')).toBe(400);
    expect((await upload()).status).not.toBe(429);
    expect(await upload()).toEqual({ status: 429, code: 'RATE_LIMITED' });
    expect(await report('coordinator')).toBe(429);
    expect((await server.gql('{ __typename }')).status).toBe(429);
    // Another client (the analyst) has its own count.
    expect(await report('analyst')).toBe(400);
  });
});
