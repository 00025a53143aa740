// Who is asking: people's tokens (valid, expired, wrong signature, unknown role), partner systems' API keys
// (created with the function behind `npm run keys`, used, revoked), the development secret, and /reports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, listApiKeys, revokeApiKey } from '../../../server/auth/api-keys.js';
import { resolveJwtSettings } from '../../../server/auth/jwt-settings.js';
import { mintToken } from '../../../server/auth/mint-token.js';
import { createTokenVerifier } from '../../../server/auth/verify-token.js';
import { ConfigError, loadConfig } from '../../../server/config.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { textContaining } from '../../support/matchers.js';
import { headersFor, startTestServer, testJwt, uniquePrefix, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
const prefix = uniquePrefix('auth');
const secret = new TextEncoder().encode(testJwt.secret);

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
});

afterAll(async () => {
  await server.cypher('MATCH (k:ApiKey) WHERE k.name STARTS WITH $prefix DETACH DELETE k', { prefix });
  await server.cypher('MATCH (o:Offer) WHERE o.source STARTS WITH $prefix DETACH DELETE o', { prefix });
  await removePlace(server, place);
  await server.close();
});

async function post(headers: Record<string, string>, query = '{ needsConnection { aggregate { count { nodes } } } }') {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: { needsConnection?: { aggregate: { count: { nodes: number } } } }; // what the default query asks
      errors?: { message: string; extensions: { code: string; reason?: string } }[];
    },
  };
}

const sign = (claims: Record<string, unknown>, key: Uint8Array = secret, expires: string | number = '1h') =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('maria')
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(key);

describe('tokens', () => {
  it('lets a valid token through with its role', async () => {
    for (const role of ['coordinator', 'analyst'] as const) {
      const { status, body } = await post(await headersFor(role));
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(typeof body.data?.needsConnection?.aggregate.count.nodes).toBe('number');
    }
    const partner = await post(await headersFor({ role: 'partner', actorId: place.providerId }));
    expect(partner.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an expired token with 401 and says so', async () => {
    const token = await sign({ roles: ['coordinator'] }, secret, Math.floor(Date.now() / 1000) - 60);
    const { status, body } = await post({ authorization: `Bearer ${token}` });
    expect(status).toBe(401);
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' },
      message: textContaining('expired'),
    });
  });

  it('refuses a token signed with another key, or no JWT at all, with 401', async () => {
    const forged = await sign(
      { roles: ['coordinator'] },
      new TextEncoder().encode('another-secret-another-secret-another-secret'),
    );
    const wrong = await post({ authorization: `Bearer ${forged}` });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: textContaining('signature'),
    });
    const garbage = await post({ authorization: 'Bearer not.a.jwt' });
    expect(garbage.status).toBe(401);
    const basic = await post({ authorization: 'Basic YWRtaW46YWRtaW4=' });
    expect(basic.status).toBe(401);
    expect(basic.body.errors?.[0]?.message).toContain('Bearer');
    // nothing is read with a refused token, not even the public directory
    expect(wrong.body.data).toBeUndefined();
  });

  it('refuses a token whose roles claim names no role of Bildungsnetz with 401 (token-claims.test.ts has more)', async () => {
    for (const roles of [['admin'], [], 'coordinator ']) {
      const { status, body } = await post({ authorization: `Bearer ${await sign({ roles })}` });
      expect(status).toBe(401);
      expect(body.errors?.[0]).toMatchObject({
        extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_ROLES_INVALID' },
      });
    }
    const partnerWithoutActor = await post({ authorization: `Bearer ${await sign({ roles: ['partner'] })}` });
    expect(partnerWithoutActor.status).toBe(403);
    expect(partnerWithoutActor.body.errors?.[0]?.message).toContain('actorId');
  });

  it('checks issuer and audience when the server requires them', async () => {
    const verify = createTokenVerifier({
      secret: testJwt.secret!,
      issuer: 'https://login.example.org',
      audience: 'bildungsnetz',
    });
    const good = await mintToken(testJwt.secret!, {
      role: 'analyst',
      sub: 'a',
      issuer: 'https://login.example.org',
      audience: 'bildungsnetz',
    });
    expect((await verify(good)).sub).toBe('a');
    const foreign = await mintToken(testJwt.secret!, {
      role: 'analyst',
      sub: 'a',
      issuer: 'https://elsewhere.example.org',
      audience: 'bildungsnetz',
    });
    await expect(verify(foreign)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: textContaining('iss'),
    });
  });
});

describe('API keys', () => {
  const keys = () => ({ driver: server.driver, database: server.database });

  it('are created for an actor and shown once, stored only as a hash, and act as the partner of that actor', async () => {
    const created = await createApiKey(keys(), {
      actorId: place.providerId,
      role: 'partner',
      name: `${prefix} Kursportal`,
      source: `${prefix}-key`, // the only source the key pushes offers under
    });
    expect(created.key).toMatch(/^bnk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const [stored] = await server.cypher(
      'MATCH (k:ApiKey {id: $id})-[:ACTS_FOR]->(a:Actor) RETURN properties(k) AS props, a.id AS actorId',
      { id: created.id },
    );
    expect(stored!.actorId).toBe(place.providerId);
    // The secret is everything after "bnk_<id>_" (base64url, which may itself hold "_").
    expect(JSON.stringify(stored!.props)).not.toContain(created.key.slice('bnk_'.length + 13));
    expect((await listApiKeys(keys())).find((key) => key.id === created.id)).toMatchObject({
      role: 'partner',
      actorId: place.providerId,
      source: `${prefix}-key`,
      revokedAt: null,
    });

    const source = `${prefix}-key`;
    const push = await server.gql(
      `mutation($s: String!) { upsertOffers(source: $s, offers: [{ externalId: "1", title: "Sprachcafé", category: LANGUAGE_CAFE, format: IN_PERSON, status: OPEN }]) { created errors { message } } }`,
      { s: source },
      { as: { apiKey: created.key } },
    );
    expectNoErrors(push);
    expect(push.data!.upsertOffers).toEqual({ created: 1, errors: [] });
    const [offer] = await server.cypher(
      'MATCH (o:Offer {source: $s})<-[:PROVIDES]-(a:Actor) RETURN a.id AS providerId',
      { s: source },
    );
    expect(offer!.providerId).toBe(place.providerId);
    const needs = await server.gql('{ needs(limit: 1) { id } }', {}, { as: { apiKey: created.key } });
    expect(needs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const revoked = await revokeApiKey(keys(), created.id);
    expect(revoked.revokedAt).not.toBeNull();
    const after = await post({ 'x-api-key': created.key }, '{ offers(limit: 1) { id } }');
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED', reason: 'API_KEY_REVOKED' },
      message: textContaining('revoked'),
    });
  });

  it('refuses unknown and malformed keys with 401, and keys for no actor or no role', async () => {
    const created = await createApiKey(keys(), {
      actorId: place.partnerId,
      role: 'partner',
      name: `${prefix} Jobcenter`,
    });
    const wrongSecret = created.key.slice(0, -4) + (created.key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const [key, reason] of [
      [wrongSecret, 'API_KEY_UNKNOWN'],
      ['bnk_000000000000_' + 'A'.repeat(43), 'API_KEY_UNKNOWN'],
      ['letmein', 'API_KEY_INVALID'],
    ]) {
      const { status, body } = await post({ 'x-api-key': key! }, '{ offers(limit: 1) { id } }');
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
    }
    const both = await post({ 'x-api-key': created.key, ...(await headersFor('coordinator')) });
    expect(both.status).toBe(401);
    await expect(
      createApiKey(keys(), { actorId: 'no-such-actor', role: 'partner', name: `${prefix} x` }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      createApiKey(keys(), { actorId: place.partnerId, role: 'admin', name: `${prefix} x` }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('/reports', () => {
  it('is for coordinator and analyst: 401 without a login, 403 for a partner', async () => {
    const url = `${server.url}/reports/briefing.html?district=3256`; // a bad key: 400 once the caller is let in
    expect((await fetch(url)).status).toBe(401);
    expect(
      (await fetch(url, { headers: await headersFor({ role: 'partner', actorId: place.providerId }) })).status,
    ).toBe(403);
    expect((await fetch(url, { headers: await headersFor('analyst') })).status).toBe(400);
    expect((await fetch(url, { headers: { authorization: 'Bearer nonsense' } })).status).toBe(401);
  });
});

describe('the development secret and the configuration', () => {
  it('is generated once next to the local Neo4j, only when no key is configured and the local Neo4j is used', () => {
    const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bildungsnetz-jwt-'));
    try {
      const config = loadConfig({ NEO4J_LOCAL_DIR: homeDir });
      const first = resolveJwtSettings(config)!;
      expect(first.developmentSecretFile).toBe(path.join(homeDir, 'jwt-secret'));
      expect(first.secret!.length).toBeGreaterThanOrEqual(32);
      expect(resolveJwtSettings(config)!.secret).toBe(first.secret);
      expect(
        resolveJwtSettings(loadConfig({ NEO4J_LOCAL_DIR: homeDir, NEO4J_URI: 'neo4j+s://x.databases.neo4j.io' })),
      ).toBeUndefined();
      expect(resolveJwtSettings(loadConfig({ JWT_SECRET: 'x'.repeat(40) }))).toMatchObject({ secret: 'x'.repeat(40) });
    } finally {
      fs.rmSync(homeDir, { recursive: true, force: true });
    }
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40), JWKS_URL: 'https://login.example.org/jwks' })).toThrow(
      /not both/,
    );
    expect(() => loadConfig({ JWKS_URL: 'login.example.org' })).toThrow(/"login.example.org"/);
  });
});
