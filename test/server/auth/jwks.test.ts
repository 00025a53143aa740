// Tokens of an identity provider: the server configured with JWKS_URL, JWT_ISSUER and JWT_AUDIENCE against a real
// key set served over HTTP from this process, with RS256 and ES256 keys made by jose. A good token reads needs, which
// only @neo4j/graphql's own verification lets through; every kind of bad token is 401 with the reason; a new kid in
// the key set is picked up, a retired one refused; one fetch of the key set serves both verifiers.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  base64url,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  type JWK,
  type JWTPayload,
  type KeyLike,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveJwtSettings, type JwtSettings } from '../../../server/auth/jwt-settings.js';
import { createTokenVerifier, KeySetUnavailableError } from '../../../server/auth/verify-token.js';
import { loadConfig } from '../../../server/config.js';
import { textContaining } from '../../support/matchers.js';
import { startTestServer, testJwt, tokenFor, type TestServer } from '../../support/test-server.js';

const issuer = 'https://login.example.org/realms/landkreis';
const audience = 'bildungsnetz';

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyLike;
  publicKey: KeyLike;
  jwk: JWK;
}

async function makeKey(kid: string, alg: SigningKey['alg']): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, publicKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

let published: JWK[] = []; // what the identity provider serves now
let fetches = 0;
let keySet: http.Server;
let server: TestServer;
let rsa: SigningKey;
let ec: SigningKey;
let rogue: SigningKey; // never published

beforeAll(async () => {
  [rsa, ec, rogue] = await Promise.all([makeKey('rsa-1', 'RS256'), makeKey('ec-1', 'ES256'), makeKey('x', 'RS256')]);
  published = [rsa.jwk, ec.jwk];
  keySet = http.createServer((_req, res) => {
    fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published }));
  });
  await new Promise<void>((resolve) => keySet.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(keySet.address() as AddressInfo).port}/realms/landkreis/certs`;
  // The settings as the server reads them from its environment.
  const settings = resolveJwtSettings(
    loadConfig({ JWKS_URL: jwksUrl, JWT_ISSUER: issuer, JWT_AUDIENCE: audience, NEO4J_URI: 'bolt://unused' }),
  )!;
  expect(settings).toEqual({ jwksUrl, issuer, audience, maxLifetimeSeconds: 12 * 3600, secret: undefined });
  // A new kid may be fetched at once (jose waits 30 s by default), so that the rotation test need not wait.
  const jwt: JwtSettings = { ...settings, jwksCooldownMs: 0 };
  server = await startTestServer({ jwt });
});

afterAll(async () => {
  await server?.close();
  await new Promise((resolve) => keySet?.close(resolve));
});

const now = () => Math.floor(Date.now() / 1000);

/** A token as the identity provider issues it; `claims` and `header` override. */
function sign(
  key: Pick<SigningKey, 'privateKey' | 'kid' | 'alg'>,
  claims: JWTPayload = {},
  header: Record<string, unknown> = {},
): Promise<string> {
  return new SignJWT({
    sub: 'maria',
    roles: ['analyst'],
    iss: issuer,
    aud: audience,
    iat: now(),
    exp: now() + 3600,
    ...claims,
  })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT', ...header })
    .sign(key.privateKey);
}

type Body = {
  data?: { needsConnection?: { aggregate: { count: { nodes: number } } } };
  errors?: { message: string; extensions: Record<string, unknown> }[];
};

async function askNeeds(token: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ needsConnection { aggregate { count { nodes } } } }' }),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

async function expectNeedsRead(token: string) {
  const { status, body } = await askNeeds(token);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  expect(typeof body.data?.needsConnection?.aggregate.count.nodes).toBe('number');
}

async function expectRefused(token: string, message: string | RegExp, reason = 'TOKEN_INVALID') {
  const { status, body } = await askNeeds(token);
  expect(status).toBe(401);
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
  expect(body.errors?.[0]?.message).toMatch(message);
}

describe('tokens of an identity provider (JWKS_URL, JWT_ISSUER, JWT_AUDIENCE)', () => {
  it('accepts a token signed by a published key with the right iss and aud, in both verifiers, from one fetch', async () => {
    await expectNeedsRead(await sign(rsa));
    expect(fetches).toBe(1); // the server's verifier fetched; @neo4j/graphql's started from the same cache
    await expectNeedsRead(await sign(ec));
    await expectNeedsRead(await sign(rsa, { roles: ['coordinator'] }));
    expect(fetches).toBe(1);
  });

  it('refuses wrong keys, issuers, audiences and lifetimes with 401 and the reason', async () => {
    await expectRefused(
      await sign({ ...rogue, kid: rsa.kid }),
      "the token's signature does not match this server's key",
    );
    await expectRefused(await sign(rogue), 'no key of the identity provider matches the token');
    await expectRefused(
      await sign(rsa, { iss: 'https://login.example.org/realms/other' }),
      `the token's iss claim "https://login.example.org/realms/other" is not the issuer this server accepts ("${issuer}", JWT_ISSUER)`,
    );
    await expectRefused(await sign(rsa, { iss: undefined }), 'the token has no iss claim');
    await expectRefused(
      await sign(rsa, { aud: 'account' }),
      `the token's aud claim "account" does not name this server's audience ("${audience}", JWT_AUDIENCE)`,
    );
    await expectRefused(await sign(rsa, { aud: undefined }), 'the token has no aud claim');
    await expectRefused(await sign(ec, { iat: now() - 7200, exp: now() - 3600 }), /expired at/, 'TOKEN_EXPIRED');
    await expectRefused(await sign(ec, { exp: undefined }), /no exp claim/, 'TOKEN_WITHOUT_EXPIRY');
    await expectRefused(
      await sign(rsa, { exp: now() + 30 * 86_400 }),
      /valid for 30 days from iat to exp; .* at most 12 hours/,
      'TOKEN_LIFETIME_TOO_LONG',
    );
  });

  it('refuses alg none, a public key used as an HMAC secret, and tokens of a shared secret', async () => {
    const payload = { sub: 'maria', roles: ['coordinator'], iss: issuer, aud: audience, iat: now(), exp: now() + 600 };
    const encode = (value: object) => base64url.encode(JSON.stringify(value));
    const unsigned = `${encode({ alg: 'none', typ: 'JWT', kid: rsa.kid })}.${encode(payload)}.`;
    await expectRefused(unsigned, 'the token is signed with an algorithm this server does not accept');

    // Algorithm confusion: HS256 keyed with the identity provider's public key, which anyone can read.
    const publicPem = await exportSPKI(rsa.publicKey);
    for (const secret of [publicPem, JSON.stringify(rsa.jwk)]) {
      const confused = await new SignJWT(payload)
        .setProtectedHeader({ alg: 'HS256', kid: rsa.kid })
        .sign(new TextEncoder().encode(secret));
      await expectRefused(confused, 'the token is signed with an algorithm this server does not accept');
    }
    expect(testJwt.secret).toBeDefined();
    await expectRefused(
      await tokenFor('coordinator'),
      'the token is signed with an algorithm this server does not accept',
    );
  });

  it('says so when the identity provider cannot be reached, apart from a bad token', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/certs`;
    await new Promise((resolve) => closed.close(resolve));
    const verify = createTokenVerifier({ jwksUrl, issuer, audience });
    const refusal = await verify(await sign(rsa)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(KeySetUnavailableError);
    expect(refusal).toMatchObject({
      code: 'UNAUTHENTICATED',
      extensions: { reason: 'JWKS_UNAVAILABLE' },
      message: textContaining("the identity provider's keys could not be fetched (JWKS_URL)"),
    });
  });

  it('picks up a new key when the identity provider rotates, and refuses the retired one', async () => {
    const next = await makeKey('rsa-2', 'RS256');
    published = [ec.jwk, next.jwk]; // rsa-1 retired, rsa-2 new
    const before = fetches;
    await expectNeedsRead(await sign(next)); // unknown kid: fetched again, in both verifiers alike
    expect(fetches).toBe(before + 1);
    await expectNeedsRead(await sign(ec));
    await expectRefused(await sign(rsa), 'no key of the identity provider matches the token');
  });
});
