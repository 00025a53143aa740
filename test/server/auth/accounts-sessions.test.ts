// People's accounts and sessions over HTTP against the real test Neo4j: login (JSON and the German form), the same
// answer for a wrong name and a wrong password, disabled accounts, the throttle per login name and per address, the
// cookie's attributes, logout ending the session on the server, idle and absolute expiry, CSRF on cookie writes
// (checked in the database: nothing written), a partner person's session writing only its own offers, and the
// one-time password links.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, setAccountDisabled } from '../../../server/auth/accounts.js';
import { createPasswordLink } from '../../../server/auth/password-links.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { headersFor, startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
const prefix = uniquePrefix('acc').toLowerCase();
const password = 'richtig-geheim-123';
const coordinator = `${prefix}-koord`;
const analyst = `${prefix}-analyst`;
const partner = `${prefix}-partner`;
const disabled = `${prefix}-gesperrt`;

const store = () => ({ driver: server.driver, database: server.database });

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  await createAccount(store(), { name: coordinator, displayName: 'Koordination Test', role: 'coordinator', password });
  await createAccount(store(), { name: analyst, displayName: 'Analyse Test', role: 'analyst', password });
  await createAccount(store(), {
    name: partner,
    displayName: 'Partner Test',
    role: 'partner',
    actorId: place.partnerId,
    password,
  });
  await createAccount(store(), { name: disabled, displayName: 'Gesperrt', role: 'coordinator', password });
  await setAccountDisabled(store(), disabled, true);
});

afterAll(async () => {
  await server.cypher(
    'MATCH (u:UserAccount) WHERE u.name STARTS WITH $prefix OPTIONAL MATCH (x)-[:OF|FOR]->(u) DETACH DELETE x, u',
    { prefix },
  );
  await server.cypher('MATCH (o:Offer) WHERE o.title STARTS WITH $prefix DETACH DELETE o', { prefix });
  await removePlace(server, place);
  await server.close();
});

interface ErrorEntry {
  message: string;
  extensions: Record<string, unknown>;
}

interface LoginBody {
  loggedIn?: boolean;
  csrfToken?: string;
  errors?: ErrorEntry[];
}

interface Answer<T> {
  status: number;
  setCookie: string;
  data?: T;
  errors?: ErrorEntry[];
}

type NeedCount = { needsConnection: { aggregate: { count: { nodes: number } } } };
type CreatedOffers = { createOffers: { offers: { id: string }[] } };

interface Session {
  cookie: string; // "bildungsnetz_session=..."
  id: string;
  csrfToken: string;
  setCookie: string;
}

async function loginJson(target: TestServer, name: string, secret = password, headers: Record<string, string> = {}) {
  const response = await fetch(`${target.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name, password: secret }),
  });
  const body = (await response.json()) as LoginBody;
  return { status: response.status, body, setCookie: response.headers.get('set-cookie') ?? '' };
}

async function logIn(name: string, target: TestServer = server): Promise<Session> {
  const { status, body, setCookie } = await loginJson(target, name);
  expect(status).toBe(200);
  const id = /bildungsnetz_session=([^;]+)/.exec(setCookie)![1]!;
  return { cookie: `bildungsnetz_session=${id}`, id, csrfToken: body.csrfToken!, setCookie };
}

async function gqlWith<T = Record<string, unknown>>(
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer<T>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    setCookie: response.headers.get('set-cookie') ?? '',
    ...((await response.json()) as { data?: T; errors?: ErrorEntry[] }),
  };
}

const needsQuery = '{ needsConnection { aggregate { count { nodes } } } }';
const sessionsOf = async (name: string) =>
  (
    await server.cypher('MATCH (s:UserSession)-[:OF]->(:UserAccount {name: $name}) RETURN s.hash AS hash', { name })
  ).map((row) => row.hash as string);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('login', () => {
  it('logs in with name and password: an HttpOnly, SameSite=Lax cookie whose id the database keeps only hashed', async () => {
    const session = await logIn(coordinator.toUpperCase()); // names are compared without case
    expect(session.setCookie).toMatch(/HttpOnly/);
    expect(session.setCookie).toMatch(/SameSite=Lax/);
    expect(session.setCookie).toMatch(/Path=\//);
    expect(session.setCookie).not.toMatch(/Secure/); // plain http
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    const stored = await sessionsOf(coordinator);
    expect(stored).toContain(sha256(session.id));
    expect(stored).not.toContain(session.id);

    const me = await fetch(`${server.url}/auth/session`, { headers: { cookie: session.cookie } });
    expect(await me.json()).toMatchObject({
      loggedIn: true,
      user: { name: coordinator, displayName: 'Koordination Test', role: 'coordinator' },
      csrfToken: session.csrfToken,
    });
    // The session's viewer is the coordinator for every rule: staff data is readable. Every POST with the cookie
    // carries the CSRF token, reads too.
    const read = await gqlWith<NeedCount>({ cookie: session.cookie, 'x-csrf-token': session.csrfToken }, needsQuery);
    expect(read.errors).toBeUndefined();
    expect(typeof read.data!.needsConnection.aggregate.count.nodes).toBe('number');
    // An analyst's session reads staff data too, but writes nothing.
    const asAnalyst = await logIn(analyst);
    const refused = await gqlWith(
      { cookie: asAnalyst.cookie, 'x-csrf-token': asAnalyst.csrfToken },
      'mutation { deleteNeeds(where: { id: { eq: "none" } }) { nodesDeleted } }',
    );
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('answers a wrong name and a wrong password alike, sets no cookie, and refuses a disabled account', async () => {
    const wrongPassword = await loginJson(server, coordinator, 'falsch-falsch-falsch');
    const wrongName = await loginJson(server, `${prefix}-niemand`, password);
    expect(wrongPassword.status).toBe(401);
    expect(wrongName.status).toBe(401);
    expect(wrongPassword.body.errors?.[0]?.message).toBe('Anmeldename oder Passwort ist falsch.');
    expect(wrongName.body.errors?.[0]).toEqual(wrongPassword.body.errors?.[0]);
    expect(wrongPassword.setCookie).toBe('');

    const locked = await loginJson(server, disabled);
    expect(locked.status).toBe(403);
    expect(locked.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISABLED' });
    expect(locked.setCookie).toBe('');
    expect(await sessionsOf(disabled)).toEqual([]);
  });

  it('the German form: errors at the field, a redirect to the page asked for, never to another site', async () => {
    const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      });
    const page = await fetch(`${server.url}/auth/login?next=${encodeURIComponent('/explorer/?view=map')}`);
    const markup = await page.text();
    expect(markup).toContain('<html lang="de">');
    expect(markup).toContain('<label for="name">Anmeldename</label>');
    expect(markup).toContain('<label for="password">Passwort</label>');
    expect(markup).toContain('value="/explorer/?view=map"');

    const empty = await post({ name: '', password: '' });
    expect(empty.status).toBe(400);
    const emptyPage = await empty.text();
    expect(emptyPage).toContain('id="name-error" class="error">Bitte geben Sie Ihren Anmeldenamen ein.');
    expect(emptyPage).toMatch(/id="name"[^>]*aria-invalid="true"[^>]*aria-describedby="name-error"/);

    const wrong = await post({ name: coordinator, password: 'nicht-das-passwort', next: '/explorer/' });
    expect(wrong.status).toBe(401);
    const wrongPage = await wrong.text();
    expect(wrongPage).toContain('id="password-error" class="error">Anmeldename oder Passwort ist falsch.');
    expect(wrongPage).toContain(`value="${coordinator}"`); // the name stays typed

    const ok = await post({ name: coordinator, password, next: '/explorer/?view=map#x' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/explorer/?view=map#x');
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example'])
      expect((await post({ name: coordinator, password, next })).headers.get('location')).toBe('/explorer/');

    // A form posted from another site (login CSRF) is refused.
    const foreign = await post({ name: coordinator, password }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('set-cookie')).toBeNull();
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await startTestServer({ trustProxy: 'loopback' });
    try {
      const https = await loginJson(proxied, coordinator, password, { 'x-forwarded-proto': 'https' });
      expect(https.setCookie).toMatch(/; Secure/);
      const http = await loginJson(proxied, coordinator, password);
      expect(http.setCookie).not.toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });
});

describe('throttled logins', () => {
  it('refuses a login name after too many failures, even with the right password; other names still log in', async () => {
    const throttled = await startTestServer({
      accounts: { loginFailureMaxPerAccount: 3, loginFailureMaxPerAddress: 1000 },
    });
    try {
      for (let i = 0; i < 3; i++)
        expect((await loginJson(throttled, analyst, 'falsch-falsch-falsch')).status).toBe(401);
      const blocked = await loginJson(throttled, analyst);
      expect(blocked.status).toBe(429);
      expect(blocked.body.errors?.[0]).toMatchObject({
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
        message: expect.stringContaining('Zu viele fehlgeschlagene Anmeldungen für diesen Anmeldenamen'),
        extensions: { code: 'RATE_LIMITED', reason: 'LOGIN_FAILURES_ACCOUNT', limit: 3 },
      });
      expect(blocked.setCookie).toBe('');
      expect((await loginJson(throttled, coordinator)).status).toBe(200);
    } finally {
      await throttled.close();
    }
  });

  it('refuses an address after too many failures over any names; another address still logs in', async () => {
    const throttled = await startTestServer({
      trustProxy: 'loopback',
      accounts: { loginFailureMaxPerAccount: 1000, loginFailureMaxPerAddress: 3 },
    });
    try {
      const from = (address: string) => ({ 'x-forwarded-for': address });
      for (const name of ['a-1', 'a-2', 'a-3'])
        expect((await loginJson(throttled, `${prefix}-${name}`, password, from('203.0.113.7'))).status).toBe(401);
      const blocked = await loginJson(throttled, coordinator, password, from('203.0.113.7'));
      expect(blocked.status).toBe(429);
      expect(blocked.body.errors?.[0]?.extensions).toMatchObject({ reason: 'LOGIN_FAILURES_ADDRESS' });
      expect((await loginJson(throttled, coordinator, password, from('198.51.100.9'))).status).toBe(200);
    } finally {
      await throttled.close();
    }
  });
});

describe('sessions', () => {
  it('one session serves any number of requests (every tab sends the same cookie)', async () => {
    const session = await logIn(coordinator);
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        gqlWith({ cookie: session.cookie, 'x-csrf-token': session.csrfToken }, needsQuery).then((r) => r.status),
      ),
    );
    expect(answers).toEqual([200, 200, 200]);
  });

  it('logout deletes the session on the server: the old cookie is refused afterwards', async () => {
    const session = await logIn(coordinator);
    // Logout is a write: without the CSRF token it is refused and the session stays.
    const forged = await fetch(`${server.url}/auth/logout`, { method: 'POST', headers: { cookie: session.cookie } });
    expect(forged.status).toBe(403);
    expect(await sessionsOf(coordinator)).toContain(sha256(session.id));

    const out = await fetch(`${server.url}/auth/logout`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/bildungsnetz_session=;.*Max-Age=0/);
    expect(await sessionsOf(coordinator)).not.toContain(sha256(session.id));

    const after = await gqlWith({ cookie: session.cookie }, needsQuery);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_UNKNOWN' });
    expect(after.setCookie).toMatch(/Max-Age=0/); // the browser forgets it
    expect(await (await fetch(`${server.url}/auth/session`, { headers: { cookie: session.cookie } })).json()).toEqual({
      loggedIn: false,
      reason: 'SESSION_UNKNOWN',
      loginUrl: 'login',
    });
  });

  it('ends a session idle for longer than the idle timeout; use keeps it alive', async () => {
    const idle = await startTestServer({ accounts: { sessionIdleSeconds: 600, sessionMaxSeconds: 3600 } });
    try {
      const session = await logIn(coordinator, idle);
      const hash = sha256(session.id);
      const ask = () =>
        fetch(`${idle.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ query: needsQuery }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { errors?: ErrorEntry[] } }));
      // Last used 9 minutes ago: still valid, and the request restarts the idle clock.
      await idle.cypher('MATCH (s:UserSession {hash: $hash}) SET s.lastSeenMs = timestamp() - 540000', { hash });
      expect((await ask()).status).toBe(200);
      const [seen] = await idle.cypher('MATCH (s:UserSession {hash: $hash}) RETURN timestamp() - s.lastSeenMs AS ago', {
        hash,
      });
      expect(Number(seen!.ago)).toBeLessThan(60_000);
      // Last used 11 minutes ago: ended, and deleted.
      await idle.cypher('MATCH (s:UserSession {hash: $hash}) SET s.lastSeenMs = timestamp() - 660000', { hash });
      const expired = await ask();
      expect(expired.status).toBe(401);
      expect(expired.body.errors![0]).toMatchObject({
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
        message: expect.stringContaining('without use (SESSION_IDLE_TIMEOUT)'),
        extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' },
      });
      expect(await idle.cypher('MATCH (s:UserSession {hash: $hash}) RETURN s', { hash })).toEqual([]);
    } finally {
      await idle.close();
    }
  });

  it('ends a session at its absolute lifetime however much it is used', async () => {
    const short = await startTestServer({ accounts: { sessionIdleSeconds: 600, sessionMaxSeconds: 3600 } });
    try {
      const session = await logIn(coordinator, short);
      const hash = sha256(session.id);
      await short.cypher(
        'MATCH (s:UserSession {hash: $hash}) SET s.createdAtMs = timestamp() - 3601000, s.lastSeenMs = timestamp()',
        { hash },
      );
      const response = await fetch(`${short.url}/auth/session`, { headers: { cookie: session.cookie } });
      expect(await response.json()).toMatchObject({ loggedIn: false, reason: 'SESSION_EXPIRED' });
      expect(response.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    } finally {
      await short.close();
    }
  });

  it('ends the sessions of an account when it is disabled', async () => {
    const name = `${prefix}-bald-gesperrt`;
    await createAccount(store(), { name, displayName: 'Bald gesperrt', role: 'analyst', password });
    const session = await logIn(name);
    expect((await gqlWith({ cookie: session.cookie, 'x-csrf-token': session.csrfToken }, needsQuery)).status).toBe(200);
    await setAccountDisabled(store(), name, true);
    const after = await gqlWith({ cookie: session.cookie }, needsQuery);
    expect(after.status).toBe(401);
    expect(await sessionsOf(name)).toEqual([]);
  });
});

describe('CSRF on writes with the session cookie', () => {
  const createNeed = `mutation($title: String!, $town: String!) { createActors(input: [{ name: $title, kind: COURSE_PROVIDER,
      municipality: { connect: [{ where: { node: { ags: { eq: $town } } } }] } }]) { actors { id } } }`;
  const needsTitled = async (title: string) =>
    Number((await server.cypher('MATCH (n:Actor {name: $title}) RETURN count(n) AS n', { title }))[0]!.n);

  it('refuses a mutation without the token or with a wrong one, and writes nothing', async () => {
    const session = await logIn(coordinator);
    const title = `${prefix} Akteur ohne Token`;
    const missing = await gqlWith({ cookie: session.cookie }, createNeed, { title, town: place.townAgs });
    expect(missing.status).toBe(403);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_TOKEN_MISSING' });
    const wrong = await gqlWith({ cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) }, createNeed, {
      title,
      town: place.townAgs,
    });
    expect(wrong.status).toBe(403);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_TOKEN_INVALID' });
    // Another session's token is no good either.
    const other = await logIn(coordinator);
    const foreign = await gqlWith({ cookie: session.cookie, 'x-csrf-token': other.csrfToken }, createNeed, {
      title,
      town: place.townAgs,
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ reason: 'CSRF_TOKEN_INVALID' });
    expect(await needsTitled(title)).toBe(0);

    // The spreadsheet upload is a write too.
    const upload = await fetch(`${server.url}/import/needs`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'application/octet-stream', 'x-file-name': 'needs.csv' },
      body: 'title;category\nx;LANGUAGE_CAFE\n',
    });
    expect(upload.status).toBe(403);
    expect(((await upload.json()) as { errors: ErrorEntry[] }).errors[0]!.extensions.reason).toBe('CSRF_TOKEN_MISSING');
  });

  it('accepts the mutation with the session token, recorded under the account', async () => {
    const session = await logIn(coordinator);
    const title = `${prefix} Akteur mit Token`;
    const created = await gqlWith({ cookie: session.cookie, 'x-csrf-token': session.csrfToken }, createNeed, {
      title,
      town: place.townAgs,
    });
    expectNoErrors(created);
    expect(await needsTitled(title)).toBe(1);
    const [change] = await server.cypher(
      'MATCH (c:ChangeEvent) WHERE c.authorId = $name AND c.after CONTAINS $title RETURN c.authorVia AS via, c.authorName AS author',
      { name: coordinator, title },
    );
    expect(change).toEqual({ via: 'session', author: 'Koordination Test' });
    await server.cypher('MATCH (n:Actor {name: $title}) DETACH DELETE n', { title });
  });

  it('needs no token with a bearer token, even when a cookie comes along', async () => {
    const session = await logIn(coordinator);
    const title = `${prefix} Akteur per Token`;
    const created = await gqlWith({ cookie: session.cookie, ...(await headersFor('coordinator')) }, createNeed, {
      title,
      town: place.townAgs,
    });
    expectNoErrors(created);
    expect(await needsTitled(title)).toBe(1);
    await server.cypher('MATCH (n:Actor {name: $title}) DETACH DELETE n', { title });
  });
});

describe("a partner person's session", () => {
  it('writes the offers of its own organisation and no other', async () => {
    const session = await logIn(partner);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    const create = `mutation($title: String!, $provider: ID!) { createOffers(input: [{ title: $title, category: LANGUAGE_CAFE,
        format: IN_PERSON, status: OPEN, provider: { connect: [{ where: { node: { id: { eq: $provider } } } }] } }]) { offers { id } } }`;
    const own = await gqlWith<CreatedOffers>(headers, create, {
      title: `${prefix} eigenes Angebot`,
      provider: place.partnerId,
    });
    expectNoErrors(own);
    const ownId = own.data!.createOffers.offers[0]!.id;
    const update = `mutation($id: ID!, $title: String!) { updateOffers(where: { id: { eq: $id } }, update: { title: { set: $title } }) { offers { id } } }`;
    expectNoErrors(await gqlWith(headers, update, { id: ownId, title: `${prefix} eigenes Angebot, geändert` }));

    // Another actor's offer, made by the coordinator.
    const foreign = await server.gql<CreatedOffers>(create, {
      title: `${prefix} fremdes Angebot`,
      provider: place.providerId,
    });
    expectNoErrors(foreign);
    const foreignId = foreign.data!.createOffers.offers[0]!.id;
    const refused = await gqlWith(headers, update, { id: foreignId, title: `${prefix} gekapert` });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FOREIGN_OFFER' });
    const asOther = await gqlWith(headers, create, { title: `${prefix} für andere`, provider: place.providerId });
    expect(asOther.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const titles = await server.cypher(
      'MATCH (o:Offer) WHERE o.title STARTS WITH $prefix RETURN o.title AS t ORDER BY t',
      {
        prefix,
      },
    );
    expect(titles.map((row) => row.t as string)).toEqual([
      `${prefix} eigenes Angebot, geändert`,
      `${prefix} fremdes Angebot`,
    ]);
    // Staff data stays closed to a partner.
    expect((await gqlWith(headers, needsQuery)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  }, 180_000); // many requests, each a write with its change history: slow on a loaded machine
});

describe('one-time password links', () => {
  it('sets the password once, logs in, and is spent; an expired link does nothing', async () => {
    const name = `${prefix}-neu`;
    await createAccount(store(), { name, displayName: 'Neue Person', role: 'analyst' });
    expect((await loginJson(server, name, password)).status).toBe(401); // no password yet
    const link = await createPasswordLink(store(), name, 3600);
    const page = await fetch(`${server.url}/auth/password?token=${link.token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<strong>Neue Person</strong>');
    const post = (fields: Record<string, string>) =>
      fetch(`${server.url}/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      });
    const short = await post({ token: link.token, password: 'kurz', repeat: 'kurz' });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain(
      'id="password-error" class="error">Das Passwort muss 10 bis 200 Zeichen lang sein; es hat 4.',
    );
    const differ = await post({ token: link.token, password, repeat: `${password}x` });
    expect(await differ.text()).toContain('id="repeat-error" class="error">Die beiden Passwörter sind nicht gleich.');
    const [before] = await server.cypher('MATCH (u:UserAccount {name: $name}) RETURN u.passwordHash AS hash', { name });
    expect(before!.hash).toBeNull();

    const set = await post({ token: link.token, password, repeat: password });
    expect(set.status).toBe(303);
    expect(set.headers.get('set-cookie')).toMatch(/bildungsnetz_session=[A-Za-z0-9_-]{43}/);
    const [after] = await server.cypher('MATCH (u:UserAccount {name: $name}) RETURN u.passwordHash AS hash', { name });
    expect(after!.hash).toMatch(/^\$argon2id\$/);
    expect(after!.hash).not.toContain(password);
    expect((await loginJson(server, name, password)).status).toBe(200);
    expect((await post({ token: link.token, password: 'noch-ein-passwort', repeat: 'noch-ein-passwort' })).status).toBe(
      404,
    );

    const expired = await createPasswordLink(store(), name, 3600);
    await server.cypher(
      'MATCH (l:PasswordLink)-[:FOR]->(:UserAccount {name: $name}) SET l.expiresAtMs = timestamp() - 1',
      {
        name,
      },
    );
    expect((await fetch(`${server.url}/auth/password?token=${expired.token}`)).status).toBe(404);
  });
});
