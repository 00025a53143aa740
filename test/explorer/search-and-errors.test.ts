// The search box that forgives spellings and the errors in German with "Erneut versuchen", in a real headless
// Chromium against the API with the demo county. The network failure is the browser's own (its requests to
// /graphql aborted by Playwright); the server stays real, and so do its answers for a missing login.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();
const open = (query = '', view = 'network', login = true) => explorer.open({ view, query, login });

async function suggestionsFor(page: Page, text: string): Promise<{ label: string; hint: string }[]> {
  await page.locator('#search').fill('');
  await page.locator('#search').pressSequentially(text, { delay: 15 });
  await page.waitForSelector('#search-suggestions li[data-key]', { timeout: 10_000 });
  await expect.poll(() => page.locator('#search').inputValue()).toBe(text);
  await page.waitForTimeout(400); // the box asks 180 ms after the last key: the list of the whole text
  return page.$$eval('#search-suggestions li[data-key]', (items) =>
    items.map((li) => ({
      label: li.querySelector('.label')?.textContent ?? li.textContent ?? '',
      hint: li.querySelector('.hint')?.textContent ?? '',
    })),
  );
}

describe('the search box', () => {
  it('finds every spelling of issue 15 and puts the town of Nienburg first', async () => {
    const page = await open();
    const expected: [string, string][] = [
      ['Bucken', 'Bücken'],
      ['Buecken', 'Bücken'],
      ['Hassbergen', 'Haßbergen'],
      ['Brueckenschlag', 'Akademie Brückenschlag (fiktiv)'],
      ['VHS', 'Volkshochschule Weserkreis Demo (fiktiv)'],
      ['Elterncafe', 'Elterncafé in der Kita'],
      ['Weser-Aue', 'Samtgemeinde Weser-Aue'],
      ['Weseraue', 'Samtgemeinde Weser-Aue'],
    ];
    for (const [typed, target] of expected) {
      const found = await suggestionsFor(page, typed);
      expect(
        found.some((s) => s.label.includes(target)),
        `${typed} → ${found.map((s) => s.label).join(', ')}`,
      ).toBe(true);
    }
    const nienburg = await suggestionsFor(page, 'Nienburg');
    expect(nienburg[0]!.label).toContain('Nienburg/Weser');
    // Look-alike offers tell themselves apart: provider and start date as TT.MM.JJJJ.
    const courses = await suggestionsFor(page, 'Integrationskurs');
    expect(courses.some((s) => /\d{2}\.\d{2}\.\d{4}/.test(s.hint))).toBe(true);
    await page.screenshot({ path: path.join(screenshotDir, 'search-forgiving.png') });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await page.evaluate(() => window.bildungsnetz!.state())).selected).toMatch(/^o:/);
    await page.close();
  });
});

describe('errors', () => {
  it('says a network failure in German with "Erneut versuchen", and clears it once a request succeeds', async () => {
    const page = await open();
    await page.route('**/graphql', (route) => route.abort('failed'));
    await page.click('#tab-offers');
    const notice = page.locator('[data-testid=error-notice]').first();
    await expect.poll(() => notice.textContent()).toContain('Keine Verbindung zum Server');
    expect(await notice.textContent()).not.toContain('Failed to fetch');
    expect(await notice.locator('button', { hasText: 'Erneut versuchen' }).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshotDir, 'error-network.png') });

    // Still failing: the retry leaves the notice. Back online: the retry loads the table and the notice goes.
    await notice.locator('button', { hasText: 'Erneut versuchen' }).click();
    await expect.poll(() => notice.textContent()).toContain('Keine Verbindung zum Server');
    await page.unroute('**/graphql');
    await notice.locator('button', { hasText: 'Erneut versuchen' }).click();
    await page.waitForSelector('[data-testid=gap-table]', { timeout: 15_000 });
    expect(await page.locator('[data-testid=error-notice]').count()).toBe(0);

    // Without the button: another view's load gets through, and the failed one is loaded again by itself.
    await page.click('#tab-network');
    await page.route('**/graphql', (route) => route.abort('failed'));
    await page.click('#tab-recommendations');
    await expect.poll(() => page.locator('[data-testid=error-notice]').count()).toBeGreaterThan(0);
    await page.unroute('**/graphql');
    await page.selectOption('#f-category', 'JOB_LANGUAGE_COURSE');
    await page.click('#tab-map');
    await page.waitForSelector('html[data-ready="map"]', { timeout: 15_000 });
    await page.click('#tab-recommendations');
    await page.waitForSelector('[data-testid=recommendations]', { timeout: 15_000 });
    expect(await page.locator('[data-testid=error-notice]').count()).toBe(0);
    await page.close();
  });

  it('offers the login, in German, where a view needs one (no raw API message)', async () => {
    const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Without a login the explorer is the public directory: it asks the API nothing that needs one.
    await page.goto(`${explorer.server.url}?d=${demoDistrictAgs}&view=offers`);
    await page.waitForSelector('html[data-ready="offers"]', { timeout: 60_000 });
    await expect.poll(() => page.locator('#app').textContent(), { timeout: 30_000 }).toMatch(/Anmelden/);
    expect(await page.locator('[role=alert]').count()).toBe(0);
    const text = (await page.locator('#app').textContent())!;
    expect(text).not.toMatch(/needs a login|Bearer|x-api-key/);
    await page.screenshot({ path: path.join(screenshotDir, 'error-login.png') });
    await page.close();
  });
});
