// The logout of a session that came from the county's identity provider, over HTTP against a real OpenID provider in
// this process (test/support/identity-provider.ts) and the real server and Neo4j: the local session ends first, then
// the client is sent to the provider's end-session endpoint (RP-initiated logout, with id_token_hint and the
// post-logout address); once the provider has ended its session, a new login there asks for the password again.
// Before the logout the provider remembers the person (no password asked), so that the last check can fail.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticatorFor } from '../../../server/auth/authenticate-request.js';
import type { OidcSettings } from '../../../server/config.js';
import { createApp, type App } from '../../../server/http/create-app.js';
import { createLogger } from '../../../server/logger.js';
import { createSchema } from '../../../server/schema/create-schema.js';
import { providerScopes, startIdentityProvider, type IdentityProvider } from '../../support/identity-provider.js';
import { testDriver, testJwt, uniquePrefix } from '../../support/test-server.js';

const { driver, database } = testDriver();
const prefix = uniquePrefix('oidc-logout').toLowerCase();
const dora = `${prefix}-dora`;

let provider: IdentityProvider;
let app: App;
let origin: string;

/** A browser's cookies, per origin (paths are not told apart: the provider's are per interaction anyway). */
class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  header(url: string): string {
    return [...(this.jars.get(new URL(url).origin) ?? new Map<string, string>())]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  }

  take(url: string, response: Response): void {
    const jar = this.jars.get(new URL(url).origin) ?? new Map<string, string>();
    this.jars.set(new URL(url).origin, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
  }

  has(url: string, name: string): boolean {
    return this.jars.get(new URL(url).origin)?.has(name) ?? false;
  }
}

/** One request as a browser sends it, redirects not followed; the cookies it sets go into the jar. */
async function send(
  jar: CookieJar,
  url: string,
  init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<{ status: number; location: string | undefined; text: string; response: Response }> {
  const response = await fetch(url, {
    method: init.method ?? (init.form ? 'POST' : 'GET'),
    redirect: 'manual',
    headers: {
      cookie: jar.header(url),
      ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(url).origin } : {}),
      ...init.headers,
    },
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
  });
  jar.take(url, response);
  const location = response.headers.get('location') ?? undefined;
  return {
    status: response.status,
    location: location === undefined ? undefined : new URL(location, url).href,
    text: await response.text(),
    response,
  };
}

/** Follows redirects (GET) until a page is answered or the predicate stops it; returns the last response and URL. */
async function follow(jar: CookieJar, url: string, stopAt: (url: string) => boolean = () => false) {
  let current = url;
  for (let hops = 0; hops < 10; hops++) {
    const answer = await send(jar, current);
    if (answer.status < 300 || answer.status >= 400 || !answer.location || stopAt(answer.location))
      return { ...answer, url: current };
    current = answer.location;
  }
  throw new Error(`more than 10 redirects from ${url}`);
}

/** The provider's login form: its action and hidden fields. */
function formOf(html: string, pageUrl: string): { action: string; fields: Record<string, string> } {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  if (!form) throw new Error(`no form on ${pageUrl}: ${html.slice(0, 300)}`);
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1];
    if (name) fields[name] = value ?? '';
  }
  return { action: new URL(form[1]!, pageUrl).href, fields };
}

const sessionsOf = async (subject: string) =>
  Number(
    (
      await driver.executeQuery(
        'MATCH (s:UserSession)-[:OF]->(:UserAccount {oidcSubject: $subject}) RETURN count(s)',
        { subject },
        { database },
      )
    ).records[0]!.get(0),
  );

/** Logs in through the provider's form (any password) and comes back with a session cookie. */
async function logIn(jar: CookieJar): Promise<void> {
  const atProvider = await follow(jar, `${origin}/auth/oidc/start?next=/explorer/`);
  expect(atProvider.url.startsWith(provider.issuer)).toBe(true);
  expect(atProvider.text).toContain('name="password"');
  const { action, fields } = formOf(atProvider.text, atProvider.url);
  const posted = await send(jar, action, { form: { ...fields, login: dora, password: 'beliebig' } });
  expect(posted.status).toBe(303);
  const back = await follow(jar, posted.location!, (url) => url.startsWith(`${origin}/explorer/`));
  expect(back.location).toBe(`${origin}/explorer/`);
  expect(jar.has(origin, 'bildungsnetz_session')).toBe(true);
}

const postLogoutUrl = () => `${origin}/auth/login?loggedOut`;

beforeAll(async () => {
  provider = await startIdentityProvider({
    [dora]: { name: 'Dora Landkreis', roles: ['bildungskoordination'], groups: ['bildungsnetz'] },
  });
  const oidc: OidcSettings = {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUrl: undefined,
    postLogoutRedirectUrl: undefined, // the default: this server's login page
    scopes: providerScopes,
    roleClaim: 'roles',
    roleMap: new Map([['bildungskoordination', 'coordinator']]),
    groupsClaim: 'groups',
    allowedGroups: [],
    partnerClaim: 'bildungsnetz_actor',
  };
  app = await createApp({
    schema: await createSchema({ driver, database }),
    driver,
    database,
    log: createLogger('silent'),
    authenticate: authenticatorFor(testJwt, { driver, database }),
    limits: { rateLimitMax: 1_000_000, authFailureMax: 1_000_000 },
    oidc,
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  app.readiness.markReady();
  origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  provider.register(`${origin}/auth/oidc/callback`, [postLogoutUrl()]);
}, 300_000);

afterAll(async () => {
  await driver.executeQuery(
    `MATCH (u:UserAccount) WHERE u.oidcSubject STARTS WITH $prefix
     OPTIONAL MATCH (s:UserSession)-[:OF]->(u) DETACH DELETE s, u`,
    { prefix },
    { database },
  );
  await app?.stop();
  await provider?.close();
  await driver.close();
});

describe('logout of a session from the identity provider', () => {
  it('ends the local session first, sends the client to the provider to end its session, and the next login asks for the password', async () => {
    const jar = new CookieJar();
    await logIn(jar);
    expect(await sessionsOf(dora)).toBe(1);

    // While the provider's session lasts, a new login there asks for nothing (the control for the last step).
    const silent = await follow(jar, `${origin}/auth/oidc/start?next=/explorer/`, (url) =>
      url.startsWith(`${origin}/explorer/`),
    );
    expect(silent.location).toBe(`${origin}/explorer/`);
    expect(await sessionsOf(dora)).toBe(1);

    const session = (await (
      await fetch(`${origin}/auth/session`, { headers: { cookie: jar.header(origin) } })
    ).json()) as { csrfToken: string };
    const logout = await send(jar, `${origin}/auth/logout`, { form: { csrfToken: session.csrfToken } });
    expect(logout.status).toBe(303);
    // The local session is gone before the provider is even asked.
    expect(await sessionsOf(dora)).toBe(0);
    const endSession = new URL(logout.location!);
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(postLogoutUrl());
    const hint = endSession.searchParams.get('id_token_hint');
    expect(hint?.split('.')).toHaveLength(3);
    const claims = JSON.parse(Buffer.from(hint!.split('.')[1]!, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({ sub: dora, iss: provider.issuer, aud: provider.clientId });

    // At the provider: its confirmation form, then back to this server's login page.
    const confirm = await send(jar, endSession.href);
    expect(confirm.status).toBe(200);
    const { action, fields } = formOf(confirm.text, endSession.href);
    const ended = await send(jar, action, { form: { ...fields, logout: 'yes' } });
    expect(ended.status).toBe(303);
    expect(ended.location).toBe(postLogoutUrl());
    const loginPage = await send(jar, ended.location!);
    expect(loginPage.status).toBe(200);

    // A new login at the provider asks for the password again.
    const again = await follow(jar, `${origin}/auth/oidc/start?next=/explorer/`, (url) =>
      url.startsWith(`${origin}/explorer/`),
    );
    expect(again.url.startsWith(provider.issuer)).toBe(true);
    expect(again.text).toContain('name="password"');
    expect(await sessionsOf(dora)).toBe(0);
  }, 300_000);

  it('tells the explorer where to go (JSON); without a session from the provider the logout stays here', async () => {
    const jar = new CookieJar();
    await logIn(jar);
    const { csrfToken } = (await (
      await fetch(`${origin}/auth/session`, { headers: { cookie: jar.header(origin) } })
    ).json()) as { csrfToken: string };
    const response = await send(jar, `${origin}/auth/logout`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrfToken, accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    const body = JSON.parse(response.text) as { loggedIn: boolean; endSessionUrl?: string };
    expect(body.loggedIn).toBe(false);
    expect(body.endSessionUrl?.startsWith(`${provider.issuer}/session/end?`)).toBe(true);
    expect(await sessionsOf(dora)).toBe(0);

    // Without a session (or with one not from the provider) the logout stays here.
    const plain = await send(new CookieJar(), `${origin}/auth/logout`, { form: {} });
    expect(plain).toMatchObject({ status: 303, location: `${origin}/auth/login?loggedOut` });
  }, 300_000);
});
