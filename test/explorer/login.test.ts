// The login of people in a real headless Chromium against the real server and Neo4j: the explorer offers
// "Anmelden" to an anonymous visitor, the German login page (on a 390 px phone, by keyboard) refuses a wrong password
// at the field and comes back to the same view after the login, the explorer shows who is logged in, a link opened in
// a new tab is logged in too (the cookie, not a per-tab token), another browser is not, and "Abmelden" ends the
// session on the server. A #token= link (for tools and tests) still logs a tab in.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../server/auth/accounts.js';
import { testDriver, uniquePrefix } from '../support/test-server.js';
import {
  demoDistrictAgs,
  launchChromium,
  screenshotDir,
  startExplorerServer,
  type ExplorerServer,
} from './explorer-server.js';

let server: ExplorerServer;
let browser: Browser;
const { driver, database } = testDriver();
const name = uniquePrefix('login').toLowerCase();
const password = 'ein-gutes-passwort-1';

const sessionsOf = async () =>
  Number(
    (
      await driver.executeQuery(
        'MATCH (s:UserSession)-[:OF]->(:UserAccount {name: $name}) RETURN count(s) AS n',
        { name },
        { database },
      )
    ).records[0]!.get('n'),
  );

beforeAll(async () => {
  [server, browser] = await Promise.all([startExplorerServer(), launchChromium()]);
  await createAccount(
    { driver, database },
    { name, displayName: 'Koordination Browser', role: 'coordinator', password },
  );
  await fs.mkdir(screenshotDir, { recursive: true });
}, 240_000);

afterAll(async () => {
  await driver.executeQuery(
    'MATCH (u:UserAccount {name: $name}) OPTIONAL MATCH (s:UserSession)-[:OF]->(u) DETACH DELETE s, u',
    { name },
    { database },
  );
  await driver.close();
  await browser?.close();
  await server?.close();
});

const ready = (page: Page) => page.waitForSelector('html[data-ready="network"]', { timeout: 120_000 });
const shot = (page: Page, file: string) => page.screenshot({ path: path.join(screenshotDir, file), fullPage: true });

describe('login with name and password', () => {
  it('logs in on the German page, comes back to the same view, holds in a new tab, and logs out', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    const view = `${server.url}?d=${demoDistrictAgs}&view=network`;
    await page.goto(view);
    const anmelden = page.locator('a#auth');
    await anmelden.waitFor({ timeout: 120_000 });
    expect(await anmelden.textContent()).toBe('Anmelden');
    await anmelden.click();

    await page.waitForURL(/\/auth\/login\?next=/);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('name'); // the focus is on the first field
    // Everything fits a 390 px phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'login-page-390.png');

    // By keyboard: type the name, Tab to the password, Enter sends the form.
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    await page.keyboard.type('falsches-passwort');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#password-error');
    expect(await page.locator('#password-error').textContent()).toBe('Anmeldename oder Passwort ist falsch.');
    expect(await page.locator('#password').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#password').getAttribute('aria-describedby')).toBe('password-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    expect(await page.locator('#name').inputValue()).toBe(name);
    await shot(page, 'login-page-error-390.png');

    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/explorer/'), { timeout: 120_000 });
    expect(new URL(page.url()).searchParams.get('d')).toBe(demoDistrictAgs);
    await ready(page);
    expect(await page.locator('#viewer-name').textContent()).toBe('Koordination Browser');
    expect(await page.locator('#auth').textContent()).toBe('Abmelden');
    expect(page.url()).not.toContain('token');
    await shot(page, 'login-explorer-390.png');
    expect(await sessionsOf()).toBe(1);

    // A link opened in a new tab of the same browser is logged in: the session is the cookie's, not the tab's.
    const tab = await context.newPage();
    await tab.goto(`${server.url}?d=${demoDistrictAgs}&view=offers`);
    await tab.waitForSelector('#viewer-name', { timeout: 120_000 });
    expect(await tab.locator('#viewer-name').textContent()).toBe('Koordination Browser');
    await shot(tab, 'login-new-tab.png');

    // Another browser (its own cookies) is not.
    const other = await browser.newPage();
    await other.goto(`${server.url}?d=${demoDistrictAgs}`);
    await other.locator('a#auth').waitFor({ timeout: 120_000 });
    expect(await other.locator('#viewer-name').count()).toBe(0);

    // "Abmelden" ends the session on the server; the other tab is logged out at its next load.
    await page.click('#auth');
    await page.locator('a#auth').waitFor({ timeout: 120_000 });
    expect(await page.locator('a#auth').textContent()).toBe('Anmelden');
    expect(await sessionsOf()).toBe(0);
    await shot(page, 'login-after-logout-390.png');
    await tab.reload();
    await tab.locator('a#auth').waitFor({ timeout: 120_000 });
    expect(await tab.locator('#viewer-name').count()).toBe(0);
    await context.close();
  }, 600_000);

  it('a #token= link still logs one tab in and keeps the token out of the address bar', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.loginLink(`${server.url}?d=${demoDistrictAgs}`));
    await ready(page);
    expect(page.url()).not.toContain('token');
    expect(await page.locator('#auth').textContent()).toBe('Abmelden');
    await page.click('#auth');
    await page.locator('a#auth').waitFor({ timeout: 120_000 });
    expect(await page.evaluate(() => sessionStorage.getItem('bildungsnetz.token'))).toBeNull();
    await page.close();
  }, 300_000);
});
