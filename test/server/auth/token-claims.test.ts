// What a person's token must carry: exp, a lifetime within JWT_MAX_LIFETIME, and a roles claim that is a list of
// exactly one role. Refusals are 401 with a reason; an accepted token is accepted by the server's check and by
// @neo4j/graphql's alike (the analyst reads needs, which only the library's rules let through).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { decodeJwt, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintLoginToken, mintToken } from '../../../server/auth/mint-token.js';
import { createTokenVerifier } from '../../../server/auth/verify-token.js';
import { ConfigError, loadConfig, projectRoot } from '../../../server/config.js';
import { textContaining } from '../../support/matchers.js';
import { startTestServer, testJwt, uniquePrefix, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let shortLived: TestServer; // JWT_MAX_LIFETIME of one hour
const secret = new TextEncoder().encode(testJwt.secret);
const now = () => Math.floor(Date.now() / 1000);
const hours = 3600;

beforeAll(async () => {
  [server, shortLived] = await Promise.all([
    startTestServer(),
    startTestServer({ jwt: { secret: testJwt.secret!, maxLifetimeSeconds: 1 * hours } }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), shortLived?.close()]);
});

/** Signs exactly the claims given (no iat or exp unless named), with the test secret. */
function sign(claims: JWTPayload): Promise<string> {
  return new SignJWT({ sub: 'maria', ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
}

type Body = {
  data?: { needsConnection?: { aggregate: { count: { nodes: number } } } };
  errors?: { message: string; extensions: Record<string, unknown> }[];
};

async function ask(token: string, query = '{ needsConnection { aggregate { count { nodes } } } }', on = server) {
  const response = await fetch(`${on.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

/** The analyst's read of needs: data only when @neo4j/graphql accepted the token too. */
async function expectNeedsRead(token: string, on = server) {
  const { status, body } = await ask(token, undefined, on);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  expect(typeof body.data?.needsConnection?.aggregate.count.nodes).toBe('number');
}

async function expectRefused(token: string, reason: string, message: RegExp | string, on = server) {
  const { status, body } = await ask(token, undefined, on);
  expect(status).toBe(401);
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
  expect(body.errors?.[0]?.message).toMatch(message);
  return body.errors![0]!;
}

describe('exp and the maximum lifetime', () => {
  it('refuses a token without exp: it would be valid forever', async () => {
    await expectRefused(
      await sign({ roles: ['analyst'], iat: now() }),
      'TOKEN_WITHOUT_EXPIRY',
      /no exp claim.*at most 12 hours.*JWT_MAX_LIFETIME/,
    );
  });

  it('refuses a token valid for longer than JWT_MAX_LIFETIME (12 hours by default), from iat to exp', async () => {
    const error = await expectRefused(
      await sign({ roles: ['analyst'], iat: now(), exp: now() + 30 * 24 * hours }),
      'TOKEN_LIFETIME_TOO_LONG',
      'valid for 30 days from iat to exp; this server accepts tokens valid for at most 12 hours (JWT_MAX_LIFETIME)',
    );
    expect(error.extensions.maxLifetimeSeconds).toBe(12 * hours);
    // issued long ago, nearly expired, but issued for too long: still refused
    await expectRefused(
      await sign({ roles: ['analyst'], iat: now() - 13 * hours + 600, exp: now() + 600 }),
      'TOKEN_LIFETIME_TOO_LONG',
      /13 hours from iat to exp/,
    );
    await expectNeedsRead(await sign({ roles: ['analyst'], iat: now(), exp: now() + 12 * hours }));
  });

  it('takes a token without iat as issued now: accepted while it expires within the maximum lifetime', async () => {
    await expectNeedsRead(await sign({ roles: ['analyst'], exp: now() + 2 * hours }));
    await expectRefused(
      await sign({ roles: ['analyst'], exp: now() + 13 * hours }),
      'TOKEN_LIFETIME_TOO_LONG',
      /valid for another 13 hours/,
    );
    // an iat in the future does not make a long-lived token look short
    await expectRefused(
      await sign({ roles: ['analyst'], iat: now() + 24 * hours, exp: now() + 26 * hours }),
      'TOKEN_LIFETIME_TOO_LONG',
      /valid for another 26 hours/,
    );
  });

  it('uses the configured JWT_MAX_LIFETIME', async () => {
    const twoHours = await mintToken(testJwt.secret!, { role: 'analyst', sub: 'maria', expiresIn: '2h' });
    await expectNeedsRead(twoHours, server);
    await expectRefused(twoHours, 'TOKEN_LIFETIME_TOO_LONG', /at most 1 hour \(JWT_MAX_LIFETIME\)/, shortLived);
    await expectNeedsRead(
      await mintToken(testJwt.secret!, { role: 'analyst', sub: 'maria', expiresIn: '1h' }),
      shortLived,
    );
    expect(loadConfig({}).jwt.maxLifetimeSeconds).toBe(12 * hours);
    expect(loadConfig({ JWT_MAX_LIFETIME: '90m' }).jwt.maxLifetimeSeconds).toBe(90 * 60);
    expect(loadConfig({ JWT_MAX_LIFETIME: '7d' }).jwt.maxLifetimeSeconds).toBe(7 * 24 * hours);
    for (const bad of ['forever', '12', '0m', '31d'])
      expect(() => loadConfig({ JWT_MAX_LIFETIME: bad })).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_MAX_LIFETIME: 'forever' })).toThrow(/JWT_MAX_LIFETIME .* got "forever"/);
  });

  it('allows the same clock difference in both verifiers: a token expired 10 s ago still reads needs', async () => {
    // Were the library stricter than the server's check, the token would pass the check and then read nothing.
    await expectNeedsRead(await sign({ roles: ['analyst'], iat: now() - hours, exp: now() - 10 }));
    await expectNeedsRead(await sign({ roles: ['analyst'], iat: now(), nbf: now() + 10, exp: now() + hours }));
    await expectRefused(
      await sign({ roles: ['analyst'], iat: now() - hours, exp: now() - 60 }),
      'TOKEN_EXPIRED',
      /expired at/,
    );
  });

  it('mints tokens within the limit: the explorer link of npm start and npm run token', async () => {
    const verify = createTokenVerifier({ secret: testJwt.secret!, maxLifetimeSeconds: 1 * hours });
    const login = await mintLoginToken({ secret: testJwt.secret!, maxLifetimeSeconds: 1 * hours });
    expect(login.lifetimeSeconds).toBe(1 * hours);
    const claims = await verify(login.token);
    expect(claims.exp! - claims.iat!).toBe(1 * hours);
    expect(claims.roles).toEqual(['coordinator']);
    const standard = decodeJwt((await mintLoginToken({ secret: testJwt.secret! })).token);
    expect(standard.exp! - standard.iat!).toBe(12 * hours);

    const run = (args: string[], env: Record<string, string>) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], {
        cwd: projectRoot,
        env: { ...process.env, JWT_SECRET: testJwt.secret!, JWKS_URL: '', ...env },
      });
    const { stdout } = await run(['--role', 'analyst', '--sub', 'maria'], { JWT_MAX_LIFETIME: '2h' });
    const minted = await createTokenVerifier({ secret: testJwt.secret!, maxLifetimeSeconds: 2 * hours })(stdout.trim());
    expect(minted.exp! - minted.iat!).toBe(2 * hours); // 8 hours by default, cut to the limit
    await expect(
      run(['--role', 'analyst', '--sub', 'maria', '--expires', '2d'], { JWT_MAX_LIFETIME: '' }),
    ).rejects.toMatchObject({
      code: 2,
      stderr: textContaining('--expires 2d is longer than the server accepts: at most 12 hours'),
    });
  });
});

describe('the roles claim', () => {
  it('refuses a roles claim given as a string, for generated operations and upsertOffers alike', async () => {
    // Before: "received.some is not a function" from the generated operations, while upsertOffers accepted it.
    const error = await expectRefused(
      await sign({ roles: 'analyst', iat: now(), exp: now() + hours }),
      'TOKEN_ROLES_INVALID',
      'its roles claim must be a list of exactly one role of Bildungsnetz (coordinator, analyst, partner), e.g. ["analyst"]; got "analyst", which is not a list',
    );
    expect(error.extensions).toMatchObject({ claim: 'roles', value: 'analyst' });
    const source = uniquePrefix('roles');
    const { status, body } = await ask(
      await sign({ roles: 'partner', actorId: 'demo-actor-001', iat: now(), exp: now() + hours }),
      `mutation { upsertOffers(source: "${source}", offers: [{ externalId: "1", title: "Sprachcafé", category: LANGUAGE_CAFE, format: IN_PERSON, status: OPEN }]) { created } }`,
    );
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_ROLES_INVALID' });
    expect(await server.cypher('MATCH (o:Offer {source: $source}) RETURN o', { source })).toEqual([]);
  });

  it.each([
    [undefined, /the token has none/],
    [['admin'], /got "\["admin"\]", where "admin" is no role of Bildungsnetz/],
    [['analyst', 'admin'], /where "admin" is no role/],
    [[7], /where "7" is no role/],
    [[], /got "\[\]"/],
    [['analyst', 'partner'], /got "\["analyst","partner"\]"/],
    [{ analyst: true }, /which is not a list/],
  ])('refuses the roles claim %j with 401 naming the claim and its value', async (roles, message) => {
    const error = await expectRefused(
      await sign({ ...(roles === undefined ? {} : { roles }), iat: now(), exp: now() + hours }),
      'TOKEN_ROLES_INVALID',
      message,
    );
    expect(error.message).toContain('roles claim');
    expect(error.extensions.value).toEqual(roles ?? null);
  });
});
