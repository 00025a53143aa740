// The coordinator's import dialog in a real headless Chromium against the real server and Neo4j: the button only
// for the coordinator, a refused file with its problems by row, column and value, a dry run with its counts, the
// import, and the new actors in the explorer after the reload. The file goes into a test district of its own
// (test/support/fixtures.ts): the demo county is shared by test files running in parallel that count its actors.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, removePlace, type Place } from '../support/fixtures.js';
import { startTestServer, tokenFor, uniquePrefix, type TestServer } from '../support/test-server.js';
import { launchChromium, screenshotDir, startExplorerServer, type ExplorerServer } from './explorer-server.js';

let server: ExplorerServer;
let api: TestServer;
let browser: Browser;
let place: Place;
const source = uniquePrefix('upload');

beforeAll(async () => {
  [server, api, browser] = await Promise.all([startExplorerServer(), startTestServer(), launchChromium()]);
  place = await createPlace(api);
  await fs.mkdir(screenshotDir, { recursive: true });
}, 240_000);

afterAll(async () => {
  await api?.cypher('MATCH (a:Actor {source: $source}) MATCH (c:ChangeEvent {entityId: a.id}) DELETE c', { source });
  await api?.cypher('MATCH (a:Actor {source: $source}) DETACH DELETE a', { source });
  if (place) await removePlace(api, place);
  await browser?.close();
  await Promise.all([server?.close(), api?.close()]);
});

/** Actors in the template's German headers (docs/import-templates/actors.csv), for the test district. */
function actorsCsv(kind = 'Kursträger'): Buffer {
  const header = 'Kennung;Name;Art;Adresse;PLZ;Ort;Sprachen;Gemeinde (AGS);Versorgt (AGS)';
  const rows = [
    `UP-1;Lernwerkstatt Uploadia (fiktiv);${kind};Hauptstraße 2;31582;Teststadt;de, ar;${place.townAgs};${place.townAgs}`,
    `UP-2;Elterncafé Uploadia (fiktiv);Verein;;;;;${place.villageAgs};`,
  ];
  return Buffer.from(`\uFEFF${[header, ...rows].join('\r\n')}\r\n`, 'utf8');
}

async function open(token: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.url}?d=${place.districtAgs}#token=${token}`);
  await page.waitForSelector('html[data-ready="network"]', { timeout: 60_000 });
  return page;
}

async function chooseFile(page: Page, content: Buffer): Promise<void> {
  await page.locator('#import-file').setInputFiles({ name: 'akteure.csv', mimeType: 'text/csv', buffer: content });
}

describe('the import dialog', () => {
  it('is not offered to an analyst', async () => {
    const page = await open(await tokenFor('analyst'));
    await expect.poll(() => page.locator('#auth').textContent()).toBe('Abmelden');
    expect(await page.locator('#import-open').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('lets the coordinator check a file, see its problems or outcomes, import it and find the new actors', async () => {
    const page = await open(server.token);
    const openButton = page.locator('#import-open');
    await expect.poll(() => openButton.textContent()).toContain('Importieren');

    // The menu closes on Escape (the focus back on its button) and on a click elsewhere.
    const admin = page.locator('#admin-open');
    await admin.click();
    expect(await page.locator('#admin-open-list').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#admin-open-list').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('admin-open');
    await admin.click();
    await page.locator('body').dispatchEvent('pointerdown');
    await expect.poll(() => admin.getAttribute('aria-expanded')).toBe('false');

    // Keyboard: "Verwaltung" opens its entries, Tab reaches "Importieren", Enter opens the dialog, which takes the
    // focus; Escape closes it and the focus is back on "Verwaltung", the menu closed.
    await page.locator('#admin-open').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#admin-open').getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({
      path: path.join(screenshotDir, 'admin-menu-open.png'),
      clip: { x: 0, y: 0, width: 1280, height: 240 },
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-open');
    await page.keyboard.press('Enter');
    await page.locator('#import-dialog[open]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-type');
    await page.keyboard.press('Escape');
    await page.locator('#import-dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('admin-open');
    expect(await page.locator('#admin-open').getAttribute('aria-expanded')).toBe('false');
    await page.locator('#admin-open').click();
    await openButton.click();
    const dialog = page.locator('#import-dialog[open]');
    await dialog.waitFor();
    expect(await page.locator('#import-type option').allTextContents()).toEqual([
      'Akteure',
      'Angebote',
      'Bedarfe',
      'Kooperationen',
      'Ergebnisse der Angebote',
    ]);
    expect(await page.locator('#import-run').isDisabled()).toBe(true);

    await page.locator('#import-type').selectOption('actors');
    await page.locator('#import-source').fill(source);

    // A file with an unknown actor kind: refused, the problem located, nothing to import.
    await chooseFile(page, actorsCsv('Raumstation'));
    await page.locator('#import-check').click();
    const problem = page.locator('#import-problems tbody tr');
    await problem.first().waitFor();
    expect(await problem.count()).toBe(1);
    expect(await problem.locator('td').allTextContents()).toEqual([
      '2',
      'C (Art)',
      'Raumstation',
      expect.stringContaining('"Raumstation" is not a known ActorKind'),
    ]);
    expect(await page.locator('#import-run').isDisabled()).toBe(true);

    // The good file: the dry run counts and lists the rows, and writes nothing.
    await chooseFile(page, actorsCsv());
    await page.locator('#import-check').click();
    await page.locator('#import-outcomes').waitFor();
    expect(await page.locator('#import-summary').textContent()).toBe(
      'akteure.csv: 2 Zeilen · 2 neu · 0 geändert · 0 unverändert',
    );
    expect(
      await page
        .locator('#import-outcomes tbody tr')
        .evaluateAll((rows) => rows.map((row) => [...row.children].slice(0, 3).map((cell) => cell.textContent))),
    ).toEqual([
      ['2', 'neu', `${source}/UP-1`],
      ['3', 'neu', `${source}/UP-2`],
    ]);
    expect(await api.cypher('MATCH (a:Actor {source: $source}) RETURN count(a) AS n', { source })).toEqual([{ n: 0 }]);
    await page.locator('#import-dialog').screenshot({ path: path.join(screenshotDir, 'import-dialog.png') });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-run');

    // Import: written, in the change history as the coordinator of the token. What the status line and the
    // progress bar show meanwhile is recorded as it changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { importStatuses: string[] }).importStatuses = seen;
      const status = document.getElementById('import-status')!;
      const progress = document.getElementById('import-progress')!;
      new MutationObserver(() => seen.push(`${status.textContent}|${progress.hidden ? 'hidden' : 'progress'}`)).observe(
        status,
        { childList: true, characterData: true, subtree: true },
      );
    });
    await page.locator('#import-run').click();
    await expect.poll(() => page.locator('#import-result .ok').textContent()).toBe('Importiert.');
    expect(await page.evaluate(() => (window as unknown as { importStatuses: string[] }).importStatuses)).toEqual(
      expect.arrayContaining(['Datei wird gesendet …|progress', 'Daten werden geschrieben …|progress']),
    );
    expect(await page.locator('#import-progress').isHidden()).toBe(true);
    const written = await api.cypher(
      `MATCH (a:Actor {source: $source})-[:LOCATED_IN]->(m:Municipality) OPTIONAL MATCH (c:ChangeEvent {entityId: a.id})
       RETURN a.name AS name, m.ags AS ags, collect(c.authorId) AS authors ORDER BY name`,
      { source },
    );
    expect(written).toEqual([
      { name: 'Elterncafé Uploadia (fiktiv)', ags: place.villageAgs, authors: ['explorer-test'] },
      { name: 'Lernwerkstatt Uploadia (fiktiv)', ags: place.townAgs, authors: ['explorer-test'] },
    ]);

    // Closing reloads the explorer's data: the new actor is in the graph and found by the search.
    await page.locator('#import-close').click();
    await page.waitForSelector('html[data-ready="network"]', { timeout: 60_000 });
    await expect
      .poll(() =>
        page.evaluate(() =>
          window
            .bildungsnetz!.network()!
            .nodes('.actor')
            .map((node) => node.data('name') as string)
            .filter((name) => name.includes('Uploadia')),
        ),
      )
      .toHaveLength(2);
    await page.locator('#search').pressSequentially('Lernwerkstatt Uploadia', { delay: 20 });
    const suggestion = page.locator('#search-suggestions li', { hasText: 'Lernwerkstatt Uploadia' }).first();
    await suggestion.waitFor({ timeout: 15_000 });
    await suggestion.click();
    await expect
      .poll(() => page.locator('#details .entity-title').first().textContent())
      .toContain('Lernwerkstatt Uploadia');
    await page.close();
  }, 180_000);

  it('speaks English when the explorer does', async () => {
    const page = await open(server.token);
    await page.locator('#lang-en').click();
    expect(await page.locator('#admin-open').textContent()).toBe('Administration ▾');
    await page.locator('#admin-open').click();
    await page.locator('#import-open').click();
    await page.locator('#import-dialog[open]').waitFor();
    expect(await page.locator('#import-title').textContent()).toBe('Import data from a spreadsheet');
    expect(await page.locator('#import-type option').allTextContents()).toEqual([
      'Actors',
      'Offers',
      'Needs',
      'Cooperations',
      'Outcomes of offers',
    ]);
    expect(await page.locator('#import-check').textContent()).toBe('Check');
    await page.close();
  }, 120_000);
});
