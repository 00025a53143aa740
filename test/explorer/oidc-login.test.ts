// The login through the county's identity provider by OpenID Connect, in a real headless Chromium against a real
// OpenID provider running in this process (test/support/identity-provider.ts) and the real server and Neo4j: the
// login page offers "Mit dem Landkreis-Konto anmelden", the provider's login leads back into the explorer logged in
// (the account made and bound to the provider's subject, with the role its claims give), a new tab is logged in, a
// second login finds the same account, and "Abmelden" ends the session on the server and at the provider. Refused, in German on the
// login page and without a session: an answer whose state is not the one sent (and the genuine answer once the
// attempt is used up), a role claim the county did not map, and a person outside the allowed groups.
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticatorFor } from '../../server/auth/authenticate-request.js';
import type { OidcSettings } from '../../server/config.js';
import { createApp, type App } from '../../server/http/create-app.js';
import { createLogger } from '../../server/logger.js';
import { createSchema } from '../../server/schema/create-schema.js';
import { ensureDemoCounty } from '../support/demo-county.js';
import { providerScopes, startIdentityProvider, type IdentityProvider } from '../support/identity-provider.js';
import { launchChromium, buildExplorer, demoDistrictAgs, screenshotDir } from './explorer-server.js';
import { testDriver, testJwt, uniquePrefix } from '../support/test-server.js';
import type { Browser } from 'playwright-core';

const { driver, database } = testDriver();
const prefix = uniquePrefix('oidc').toLowerCase();
// The provider's subjects are this file's own, so that its accounts are found and removed by them.
const anna = `${prefix}-anna`;
const bernd = `${prefix}-bernd`;
const clara = `${prefix}-clara`;

let provider: IdentityProvider;
let app: App;
let origin: string;
let browser: Browser;

const count = async (statement: string, params: Record<string, unknown>) =>
  Number((await driver.executeQuery(statement, params, { database })).records[0]!.get(0));
const sessionsOf = (subject: string) =>
  count('MATCH (s:UserSession)-[:OF]->(:UserAccount {oidcSubject: $subject}) RETURN count(s)', { subject });
const accountsOf = (subject: string) =>
  count('MATCH (u:UserAccount {oidcSubject: $subject}) RETURN count(u)', { subject });

beforeAll(async () => {
  provider = await startIdentityProvider({
    [anna]: {
      name: 'Anna Landkreis',
      preferred_username: `${prefix}.anna`,
      roles: ['bildungskoordination'],
      groups: ['bildungsnetz'],
    },
    [bernd]: { name: 'Bernd Hausmeister', roles: ['hausmeister'], groups: ['bildungsnetz'] },
    [clara]: { name: 'Clara Statistik', roles: ['statistik'], groups: ['kaemmerei'] },
  });
  const oidc: OidcSettings = {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUrl: undefined,
    postLogoutRedirectUrl: undefined,
    scopes: providerScopes,
    roleClaim: 'roles',
    roleMap: new Map([
      ['bildungskoordination', 'coordinator'],
      ['statistik', 'analyst'],
    ]),
    groupsClaim: 'groups',
    allowedGroups: ['bildungsnetz'],
    partnerClaim: 'bildungsnetz_actor',
  };
  const [outDir] = await Promise.all([buildExplorer(), ensureDemoCounty(driver, database)]);
  app = await createApp({
    schema: await createSchema({ driver, database }),
    driver,
    database,
    log: createLogger('silent'),
    explorerDir: outDir,
    authenticate: authenticatorFor(testJwt, { driver, database }),
    limits: { rateLimitMax: 1_000_000, authFailureMax: 1_000_000 },
    oidc,
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  app.readiness.markReady();
  origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  provider.register(`${origin}/auth/oidc/callback`, [`${origin}/auth/login?loggedOut`]);
  browser = await launchChromium();
  await fs.mkdir(screenshotDir, { recursive: true });
}, 900_000);

afterAll(async () => {
  await driver.executeQuery(
    `MATCH (u:UserAccount) WHERE u.oidcSubject STARTS WITH $prefix
     OPTIONAL MATCH (s:UserSession)-[:OF]->(u) DETACH DELETE s, u`,
    { prefix },
    { database },
  );
  await browser?.close();
  await app?.stop();
  await provider?.close();
  await driver.close();
});

const shot = (page: Page, file: string) => page.screenshot({ path: path.join(screenshotDir, file), fullPage: true });
const explorerUrl = (view = 'network') => `${origin}/explorer/?d=${demoDistrictAgs}&view=${view}`;

/** From the login page through the provider's own login form (any password) back to this server. */
async function loginAtProvider(page: Page, subject: string): Promise<void> {
  await page.click('#oidc-login');
  await page.waitForURL((url) => url.origin === provider.issuer, { timeout: 60_000, waitUntil: 'domcontentloaded' });
  await page.fill('input[name="login"]', subject);
  await page.fill('input[name="password"]', 'beliebig');
  await page.click('button[type="submit"]');
}

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.on('page', (page) => page.on('pageerror', (error) => console.error('page error:', error.message)));
  // The provider's own login page asks for a web font from the internet, which the tests do not reach.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  return context;
}

describe('login with the county account (OpenID Connect)', () => {
  it('logs in through the provider, opens the explorer logged in, holds in a new tab, and logs out', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(explorerUrl('offers'));
    await page.locator('a#auth').waitFor({ timeout: 120_000 });
    await page.click('a#auth');
    await page.waitForURL(/\/auth\/login\?next=/);
    const button = page.locator('#oidc-login');
    expect(await button.textContent()).toBe('Mit dem Landkreis-Konto anmelden');
    await shot(page, 'oidc-login-page.png');

    await loginAtProvider(page, anna);
    // Back in the explorer, at the view the login began from, logged in as the provider's person.
    await page.waitForURL((url) => url.origin === origin && url.pathname === '/explorer/', { timeout: 120_000 });
    expect(new URL(page.url()).searchParams.get('view')).toBe('offers');
    await page.waitForSelector('html[data-ready="offers"]', { timeout: 120_000 });
    expect(await page.locator('#viewer-name').textContent()).toBe('Anna Landkreis');
    expect(await page.locator('#auth').textContent()).toBe('Abmelden');
    await shot(page, 'oidc-explorer-logged-in.png');

    // The account is made once, bound to the provider's subject, with the role its claims map to and no password.
    const [account] = (
      await driver.executeQuery(
        `MATCH (u:UserAccount {oidcSubject: $subject}) RETURN u.name AS name, u.role AS role,
           u.oidcIssuer AS issuer, u.passwordHash IS NULL AS noPassword`,
        { subject: anna },
        { database },
      )
    ).records.map((r) => r.toObject());
    expect(account).toEqual({ name: `${prefix}.anna`, role: 'coordinator', issuer: provider.issuer, noPassword: true });
    expect(await sessionsOf(anna)).toBe(1);
    // Nothing of the login attempt is left behind: its state, nonce and verifier were used once and deleted.
    expect(
      await page
        .context()
        .cookies(origin)
        .then((all) => all.map((c) => c.name)),
    ).not.toContain('bildungsnetz_oidc');

    // A link opened in a new tab is logged in (the session cookie), and the coordinator's data load there.
    const tab = await context.newPage();
    await tab.goto(explorerUrl('recommendations'));
    await tab.waitForSelector('html[data-ready="recommendations"]', { timeout: 120_000 });
    expect(await tab.locator('#viewer-name').textContent()).toBe('Anna Landkreis');

    // "Abmelden" ends the session on the server first, then at the provider (its own confirmation page), which
    // sends the browser back to the login page; the other tab is anonymous at its next load.
    await page.click('#auth');
    await page.waitForURL((url) => url.origin === provider.issuer, { timeout: 120_000, waitUntil: 'domcontentloaded' });
    expect(new URL(page.url()).pathname).toBe('/session/end');
    expect(await sessionsOf(anna)).toBe(0);
    await page.click('button[name="logout"][value="yes"]');
    await page.waitForURL(/\/auth\/login\?loggedOut/, { timeout: 120_000 });
    await tab.reload();
    await tab.locator('a#auth').waitFor({ timeout: 120_000 });
    expect(await tab.locator('#viewer-name').count()).toBe(0);

    // A second login asks for the password at the provider again (its session ended too) and finds the same
    // account, not a new one.
    await loginAtProvider(page, anna);
    await page.waitForURL((url) => url.origin === origin && url.pathname === '/explorer/', { timeout: 120_000 });
    await page.waitForSelector('#viewer-name', { timeout: 120_000 });
    expect(await accountsOf(anna)).toBe(1);
    expect(await sessionsOf(anna)).toBe(1);
    await context.close();
  }, 600_000);

  it('refuses an answer whose state is not the one it sent, and a genuine answer sent again', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const sessionsBefore = await sessionsOf(anna); // the tests before may have left hers
    // A login begun in this browser (the attempt's cookie is set) that comes back with another state.
    await page.goto(`${origin}/auth/login?next=${encodeURIComponent('/explorer/?view=map')}`);
    await page.click('#oidc-login');
    await page.waitForURL((url) => url.origin === provider.issuer, { timeout: 60_000, waitUntil: 'domcontentloaded' });
    await page.goto(
      `${origin}/auth/oidc/callback?code=ein-code&state=ein-fremder-zustand&iss=${encodeURIComponent(provider.issuer)}`,
    );
    await page.waitForURL(/\/auth\/login\?/);
    expect(await page.locator('#form-error').textContent()).toBe(
      'Die Anmeldung mit dem Landkreis-Konto ist abgelaufen oder ungültig. Bitte starten Sie sie noch einmal mit dem Knopf unten.',
    );
    await shot(page, 'oidc-wrong-state.png');
    expect(await sessionsOf(anna)).toBe(sessionsBefore);
    expect((await context.cookies(origin)).map((c) => c.name)).not.toContain('bildungsnetz_session');

    // A genuine answer counts once: sent again (e.g. from the history), it finds no attempt and logs nobody in.
    let callback: string | undefined;
    page.on('request', (request) => {
      if (request.url().startsWith(`${origin}/auth/oidc/callback?`)) callback ??= request.url();
    });
    await loginAtProvider(page, anna);
    await page.waitForURL((url) => url.origin === origin && url.pathname === '/explorer/', { timeout: 120_000 });
    expect(callback).toContain('code=');
    await context.clearCookies();
    await page.goto(callback!);
    await page.waitForURL(/\/auth\/login\?/);
    expect(await page.locator('#form-error').count()).toBe(1);
    expect((await context.cookies(origin)).map((c) => c.name)).not.toContain('bildungsnetz_session');
    await context.close();
  }, 600_000);

  it('refuses a role claim the county did not map, and a person outside the allowed groups', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/auth/login`);
    await loginAtProvider(page, bernd);
    await page.waitForURL((url) => url.origin === origin && url.pathname === '/auth/login', { timeout: 60_000 });
    expect(await page.locator('#form-error').textContent()).toBe(
      'Ihr Landkreis-Konto hat keine Rolle, mit der Sie das Bildungsnetz nutzen dürfen. Bitte wenden Sie sich an die Bildungskoordination.',
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await shot(page, 'oidc-role-refused.png');
    expect(await accountsOf(bernd)).toBe(0);
    await context.close();

    const other = await newContext();
    const second = await other.newPage();
    await second.goto(`${origin}/auth/login`);
    await loginAtProvider(second, clara);
    await second.waitForURL((url) => url.origin === origin && url.pathname === '/auth/login', { timeout: 60_000 });
    expect(await second.locator('#form-error').textContent()).toContain('zu keiner Gruppe');
    expect(await accountsOf(clara)).toBe(0);
    // The explorer opened afterwards is the anonymous directory, not an error.
    await second.goto(explorerUrl());
    await second.locator('a#auth').waitFor({ timeout: 120_000 });
    expect(await second.locator('#viewer-name').count()).toBe(0);
    await other.close();
  }, 600_000);
});
