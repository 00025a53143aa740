// Failed logins are limited per address (AUTH_FAILURE_MAX per AUTH_FAILURE_WINDOW_MS): once over the limit, requests
// with credentials from that address get 429 before any API key is looked up in the database; good credentials do
// not count, other addresses are not affected. Before: 1,500 bad API keys in 4.7 s, each a database lookup.
import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../server/auth/api-keys.js';
import { headersFor, startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';

const limit = 5;
let server: TestServer;
let lookups = 0; // queries the authenticator's key store sent to Neo4j
let goodKey: string;
const prefix = uniquePrefix('authlimit');
const actorId = `${prefix}-actor`;

/** The real driver, counting the queries sent through it (the key store's lookups). */
function countingDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property !== 'executeQuery' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        lookups += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

beforeAll(async () => {
  server = await startTestServer({
    limits: { authFailureMax: limit, authFailureWindowMs: 60_000 },
    keys: (store) => ({ ...store, driver: countingDriver(store.driver) }),
  });
  await server.cypher(
    'CREATE (:Actor {id: $actorId, name: $name, kind: "OTHER", createdAt: datetime(), updatedAt: datetime()})',
    { actorId, name: `${prefix} Träger` },
  );
  goodKey = (
    await createApiKey({ driver: server.driver, database: server.database }, { actorId, role: 'partner', name: prefix })
  ).key;
});

afterAll(async () => {
  await server.cypher('MATCH (n) WHERE n:ApiKey AND n.name = $prefix OR n:Actor AND n.id = $actorId DETACH DELETE n', {
    prefix,
    actorId,
  });
  await server.close();
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request from a chosen loopback address (the whole of 127.0.0.0/8 is this machine). */
function request(
  path: string,
  headers: Record<string, string>,
  from = '127.0.0.1',
  query = '{ offers(limit: 1) { id } }',
): Promise<Answer> {
  const url = new URL(path, server.url);
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: path.startsWith('/graphql') ? 'POST' : 'GET',
        localAddress: from,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(path.startsWith('/graphql') ? body : undefined);
  });
}

/** A refused request's body: the error's reason says which credential failed. */
type Refusal = { errors: { extensions: { reason?: string } }[] };
const unknownKey = (i: number) => `bnk_${i.toString(16).padStart(12, '0')}_${'A'.repeat(43)}`;

describe('failed logins per address', () => {
  it('counts failures only: good keys never slow a client, and an address over the limit is refused before the lookup', async () => {
    for (let i = 0; i < 3 * limit; i += 1)
      expect((await request('/graphql', { 'x-api-key': goodKey })).status).toBe(200);
    expect(lookups).toBe(3 * limit);

    for (let i = 0; i < limit; i += 1) {
      const answer = await request('/graphql', { 'x-api-key': unknownKey(i) });
      expect(answer.status).toBe(401);
    }
    expect(lookups).toBe(4 * limit); // each refused key was looked up

    const flood = await Promise.all(
      Array.from({ length: 100 }, (_, i) => request('/graphql', { 'x-api-key': unknownKey(1000 + i) })),
    );
    expect(flood.map((answer) => answer.status)).toEqual(Array(100).fill(429));
    expect(lookups).toBe(4 * limit); // and none of the flood was

    const first = flood[0]!;
    const retryAfter = Number(first.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const error = (JSON.parse(first.body) as { errors: { message: string; extensions: unknown }[] }).errors[0]!;
    expect(error.extensions).toEqual({
      code: 'RATE_LIMITED',
      reason: 'AUTH_FAILURES',
      limit,
      windowMs: 60_000,
      retryAfterSeconds: retryAfter,
    });
    expect(error.message).toBe(
      `Too many failed logins from your address: at most ${limit} refused tokens or API keys per 60 s (AUTH_FAILURE_MAX); try again in ${retryAfter} s`,
    );
  });

  it('refuses every credential from that address until the window ends, tokens and reports included; anonymous reads go on', async () => {
    const before = lookups;
    expect((await request('/graphql', { 'x-api-key': goodKey })).status).toBe(429);
    expect((await request('/graphql', await headersFor('analyst'))).status).toBe(429);
    const report = await request('/reports/briefing.html?district=03256', { authorization: 'Bearer x.y.z' });
    expect(report.status).toBe(429);
    expect(report.headers['content-type']).toMatch(/^text\/plain/);
    expect(report.body).toContain('AUTH_FAILURE_MAX');
    // without TRUST_PROXY, a client cannot name another address for itself
    expect((await request('/graphql', { 'x-api-key': goodKey, 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
    expect(lookups).toBe(before);
    const anonymous = await request('/graphql', {});
    expect(anonymous.status).toBe(200);
    expect((JSON.parse(anonymous.body) as { errors?: unknown[] }).errors).toBeUndefined();
  });

  it('does not affect another address, which has its own count', async () => {
    const other = '127.0.0.2';
    expect((await request('/graphql', { 'x-api-key': goodKey }, other)).status).toBe(200);
    expect((await request('/graphql', await headersFor('analyst'), other)).status).toBe(200);
    const bad = await request('/graphql', { 'x-api-key': unknownKey(5000) }, other);
    expect(bad.status).toBe(401);
    expect((JSON.parse(bad.body) as Refusal).errors[0]!.extensions.reason).toBe('API_KEY_UNKNOWN');
    // refused tokens count as well
    for (let i = 1; i < limit; i += 1)
      expect((await request('/graphql', { authorization: 'Bearer not.a.jwt' }, other)).status).toBe(401);
    expect((await request('/graphql', { 'x-api-key': goodKey }, other)).status).toBe(429);
  });

  it('counts behind a trusted reverse proxy (TRUST_PROXY) per address the proxy names', async () => {
    const proxied = await startTestServer({ limits: { authFailureMax: 2 }, trustProxy: 'loopback' });
    try {
      const via = async (client: string, key: string) =>
        (
          await fetch(`${proxied.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': key, 'x-forwarded-for': client },
            body: JSON.stringify({ query: '{ __typename }' }),
          })
        ).status;
      expect(await via('203.0.113.7', unknownKey(1))).toBe(401);
      expect(await via('203.0.113.7', unknownKey(2))).toBe(401);
      expect(await via('203.0.113.7', goodKey)).toBe(429);
      expect(await via('203.0.113.8', goodKey)).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});
