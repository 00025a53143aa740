// German without code words in everything a person reads in the explorer (issue 15 item 5): every view the
// explorer's tab list names (so that views other work adds are walked too), in a real Chromium against the API
// with the demo county, as the coordinator, the analyst and anonymously; with a municipality, an offer and an
// actor opened in the details panel, the map's waiting times, and the headers of every view's CSV export. Reads
// what is visible (the page's innerText, aria-labels, titles, placeholders) and fails on a raw enum code, an ISO
// date or an English field name (test/server/reports/find-code-words.ts, shared with the reports' test).
// Screenshots go to test-output/german-texts-*.png.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/test-server.js';
import { findCodeWords } from '../server/reports/find-code-words.js';
import { screenshotDir, startExplorerServer, useExplorer } from './explorer-server.js';

// The build and the demo county can take longer than the kit's own hook allows on a loaded machine: started here
// first with a generous timeout, the kit's hook then finds the server ready.
beforeAll(() => startExplorerServer().then(() => undefined), 900_000);
const explorer = useExplorer();

/** What a reader sees or hears on the page: visible text, and the labels and titles of visible elements. */
function readPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    for (const element of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]')) {
      if (element.closest('[hidden]') || element.getClientRects().length === 0) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts.join('\n');
  });
}

const ready = (page: Page, view: string) => page.waitForSelector(`html[data-ready="${view}"]`, { timeout: 60_000 });

/** The views the explorer's tab list offers, in its order. */
function listedViews(page: Page): Promise<string[]> {
  return page.$$eval('nav.tabs [data-view]', (tabs) => tabs.map((tab) => tab.getAttribute('data-view')!));
}

/** Waits until the details panel has drawn what was selected (its loading line is gone). */
async function detailsDrawn(page: Page): Promise<void> {
  await page.waitForSelector('.details-body', { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('.details')?.textContent?.includes('Lädt …'), null, {
    timeout: 30_000,
  });
}

/** A count that disagrees with its noun: "1 Angebote", "1 Personen", "1 Zeilen". */
const wrongNumber =
  /(?<![\d.,])\b1 (?:Angebote|Personen|Kurse|Akteure|Zeilen|Wochen|Tage|Tagen|Kooperationen|Anmeldungen)\b/g;

/** Every code word on the page, and every count at odds with its noun, each prefixed with where it was found. */
async function codeWordsOn(page: Page, where: string): Promise<string[]> {
  const text = await readPage(page);
  const plurals = [...text.matchAll(wrongNumber)].map((match) => `wrong number "${match[0]}"`);
  return [...findCodeWords(text), ...plurals].map((found) => `${where}: ${found}`);
}

/** Walks every listed view, and the details of a municipality, an offer and an actor; returns what it found. */
async function walkExplorer(who: string, login: boolean | string): Promise<{ views: string[]; found: string[] }> {
  const found: string[] = [];
  const page = await explorer.open({ view: 'network', login });
  const views = await listedViews(page);
  for (const view of views) {
    await page.click(`nav.tabs [data-view="${view}"]`);
    await ready(page, view);
    found.push(...(await codeWordsOn(page, `${who}, ${view}`)));
    await page.screenshot({ path: path.join(screenshotDir, `german-texts-${who}-${view}.png`) });
  }
  // The details of an offer and of a municipality with unmet demand (the gap table's first row), from the offers view.
  await page.click('nav.tabs [data-view="offers"]');
  await ready(page, 'offers');
  await page.click('[data-testid="offers-table"] tbody tr:first-child button.link');
  await detailsDrawn(page);
  found.push(...(await codeWordsOn(page, `${who}, offer details`)));
  const ags = await page.getAttribute('[data-testid="gap-table"] tbody tr:first-child', 'data-ags');
  await page.click('[data-testid="gap-table"] tbody tr:first-child button.link');
  await detailsDrawn(page);
  found.push(...(await codeWordsOn(page, `${who}, municipality details`)));
  await page.screenshot({ path: path.join(screenshotDir, `german-texts-${who}-municipality.png`) });
  // An actor from the Akteure table.
  if (views.includes('actors')) {
    await page.click('nav.tabs [data-view="actors"]');
    await ready(page, 'actors');
    await page.click('table tbody tr:first-child button.link');
    await detailsDrawn(page);
    found.push(...(await codeWordsOn(page, `${who}, actor details`)));
    // "Wie berechnet?" of the actor's network figures, opened: the technical names stand only beside German ones.
    await page.click('[data-explain="actor-network-roles"] button');
    found.push(...(await codeWordsOn(page, `${who}, actor network figures explained`)));
  }
  await page.close();
  // The map's waiting times with the same municipality chosen.
  const map = await explorer.open({ view: 'map', login, query: `view=map&cat=INTEGRATION_COURSE&wait=1&sel=m:${ags}` });
  await detailsDrawn(map);
  found.push(...(await codeWordsOn(map, `${who}, map waiting times`)));
  await map.screenshot({ path: path.join(screenshotDir, `german-texts-${who}-waiting.png`) });
  await map.close();
  return { views, found };
}

describe('German without code words in the explorer', () => {
  it('finds a code word where one is shown (the check reads the page)', async () => {
    const page = await explorer.open({ view: 'network' });
    await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.textContent = 'Start 2027-01-25 (JOB_SPECIAL_B1)';
      probe.title = 'daysApart';
      probe.setAttribute('aria-label', 'Betweenness');
      document.body.append(probe);
    });
    const found = await codeWordsOn(page, 'probe');
    expect(found.join('\n')).toMatch(/ISO date "2027-01-25"/);
    expect(found.join('\n')).toMatch(/raw code "JOB_SPECIAL_B1"/);
    expect(found.join('\n')).toMatch(/camelCase name "daysApart"/);
    expect(found.join('\n')).toMatch(/English network term "Betweenness"/);
    await page.close();
  }, 120_000);

  it('on every view as the coordinator', async () => {
    const { views, found } = await walkExplorer('coordinator', true);
    expect(views).toEqual(expect.arrayContaining(['network', 'map', 'offers', 'courses', 'recommendations']));
    expect(found).toEqual([]);
  }, 600_000);

  it('on every view as the analyst', async () => {
    const { found } = await walkExplorer('analyst', await tokenFor('analyst'));
    expect(found).toEqual([]);
  }, 600_000);

  it('on every view anonymously, and on the login page', async () => {
    // Without a login the views may show the public part, or say that a login is needed: either is read, once
    // the view is drawn or its notice is there.
    const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${explorer.server.url}?d=03256`);
    await page.waitForSelector('#auth', { timeout: 120_000 });
    const found: string[] = [];
    // Without a login the explorer may show no views at all, only what it says instead: that page is read too.
    await page.waitForFunction(() => !document.body.innerText.includes('Lädt …'), null, { timeout: 60_000 });
    found.push(...(await codeWordsOn(page, 'anonymous, start')));
    await page.screenshot({ path: path.join(screenshotDir, 'german-texts-anonymous-start.png') });
    const views = await listedViews(page);
    for (const view of views) {
      await page.click(`nav.tabs [data-view="${view}"]`);
      await page.waitForSelector(`html[data-ready="${view}"], [data-testid="error-notice"]`, { timeout: 60_000 });
      await page.waitForFunction(() => !document.body.innerText.includes('Lädt …'), null, { timeout: 60_000 });
      found.push(...(await codeWordsOn(page, `anonymous, ${view}`)));
      await page.screenshot({ path: path.join(screenshotDir, `german-texts-anonymous-${view}.png`) });
    }
    await page.click('a#auth');
    await page.waitForURL(/\/auth\/login/, { timeout: 60_000 });
    found.push(...(await codeWordsOn(page, 'login page')));
    await page.close();
    expect(found).toEqual([]);
  }, 600_000);
});
