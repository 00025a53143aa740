// The Akteure view (issue 15, item 3) in a real headless Chromium against the API with the demo county: the table
// of actors with their place in the network, sorted by each column (by mouse and keyboard, aria-sort following),
// filtered by the panel and by "Partner von" / "ohne Kooperation mit", exported as CSV for German Excel; the brokers
// and isolated actors by name, each a way into the network view. Screenshots go to test-output/actors-*.png.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();
const open = (query = '') =>
  explorer.open({ view: 'actors', query, viewport: { width: 1400, height: 900 }, acceptDownloads: true });
interface AnalysedActor {
  id: string;
  name: string;
  kind: string;
  degree: number;
  betweenness: number | null;
  broker: boolean;
  isolated: boolean;
}
let analysed: AnalysedActor[];

beforeAll(async () => {
  analysed = (
    await explorer.server.gql<{ networkAnalysis: { actors: AnalysedActor[] } }>(
      `query($d: String!) { networkAnalysis(districtAgs: $d) { actors { id name kind degree betweenness broker isolated } } }`,
      { d: demoDistrictAgs },
    )
  ).networkAnalysis.actors;
}, 240_000);

const rows = '[data-testid=actors-table] tbody tr';
const column = (page: Page, n: number) => page.locator(`${rows} td:nth-child(${n})`).allTextContents();
const rowIds = (page: Page) => page.locator(rows).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
const state = (page: Page) => page.evaluate(() => window.bildungsnetz!.state());
const germanNumber = (text: string) => (text === '–' ? null : Number(text.replace(/\./g, '').replace(',', '.')));

/** Picks an actor by typing its name into one of the table's actor pickers. */
async function pick(page: Page, id: string, actor: AnalysedActor): Promise<void> {
  await page.locator(`#${id}`).fill(actor.name);
  await page.locator(`#${id}-suggestions li[data-key="${actor.id}"]`).click();
}

describe('the Akteure view', () => {
  it('lists every actor with its network figures, sortable by each column by mouse and keyboard', async () => {
    const page = await open();
    expect(await page.locator('#tab-actors').textContent()).toBe('Akteure');
    expect(await page.locator(rows).count()).toBe(analysed.length);
    const headers = await page.locator('[data-testid=actors-table] th button.sort').allTextContents();
    expect(headers.map((h) => h.replace(/ [▲▼]$/, ''))).toEqual([
      'Name',
      'Art',
      'Gemeinde',
      'Partner',
      'Vermittlerrolle',
      'Vermittler',
      'Isoliert',
      'Gemeinschaft',
      'Angebote',
    ]);
    // German labels, no code words.
    const kinds = await column(page, 2);
    expect(kinds).toContain('Kursträger');
    expect(kinds.some((k) => /^[A-Z_]+$/.test(k))).toBe(false);

    const partners = page.locator('[data-testid=actors-table] th button[data-sort=partners]');
    await partners.click();
    expect(await page.locator('th:has(button[data-sort=partners])').getAttribute('aria-sort')).toBe('ascending');
    const ascending = (await column(page, 4)).map(germanNumber);
    expect(ascending).toEqual([...ascending].sort((a, b) => a! - b!));
    // The keyboard: the sort button is a real button, Enter sorts the other way.
    await partners.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('th:has(button[data-sort=partners])').getAttribute('aria-sort'))
      .toBe('descending');
    const descending = (await column(page, 4)).map(germanNumber);
    expect(descending).toEqual([...descending].sort((a, b) => b! - a!));
    expect(descending[0]).toBe(Math.max(...analysed.map((a) => a.degree)));
    expect(await page.locator('th:has(button[data-sort=name])').getAttribute('aria-sort')).toBe('none');

    await page.locator('[data-testid=actors-table] th button[data-sort=betweenness]').click();
    const betweenness = (await column(page, 5)).map(germanNumber).filter((v) => v !== null);
    expect(betweenness).toEqual([...betweenness].sort((a, b) => a - b));
    await page.locator('[data-testid=actors-table] th button[data-sort=name]').click();
    const names = await page.locator(`${rows} td:nth-child(1)`).allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
    await page.screenshot({ path: path.join(screenshotDir, 'actors-table.png'), fullPage: true });
    await page.close();
  });

  it('filters by the panel, by role, by name, and by "Partner von" and "ohne Kooperation mit"', async () => {
    const page = await open();
    const jobcentre = analysed.find((a) => a.kind === 'JOBCENTER')!;
    // The job centre's partners as the network view draws them.
    await page.click('#tab-network');
    await page.waitForSelector('html[data-ready="network"]');
    const partners = await page.evaluate(
      (id) =>
        window
          .bildungsnetz!.network()!
          .getElementById(`a:${id}`)
          .neighborhood('node.actor')
          .map((n) => n.id().slice(2))
          .sort(),
      jobcentre.id,
    );
    expect(partners.length).toBeGreaterThan(2);
    await page.click('#tab-actors');
    await page.waitForSelector('html[data-ready="actors"]');

    await pick(page, 'f-partner-of', jobcentre);
    await expect.poll(async () => (await state(page)).partnerOf).toBe(jobcentre.id);
    expect(((await rowIds(page)) as string[]).sort()).toEqual(partners);
    await page.screenshot({ path: path.join(screenshotDir, 'actors-partners-of.png'), fullPage: true });
    await page.click('#f-actors-reset');
    await expect.poll(() => page.locator(rows).count()).toBe(analysed.length);

    // "Which course providers never worked with the job centre?"
    await page.selectOption('#f-kind', 'COURSE_PROVIDER');
    await pick(page, 'f-not-with', jobcentre);
    await expect.poll(async () => (await state(page)).notWith).toBe(jobcentre.id);
    const expected = analysed
      .filter((a) => a.kind === 'COURSE_PROVIDER' && !partners.includes(a.id))
      .map((a) => a.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(((await rowIds(page)) as string[]).sort()).toEqual(expected);
    expect(await page.locator('[data-testid=actor-count]').textContent()).toBe(
      `(${expected.length} ${expected.length === 1 ? 'Zeile' : 'Zeilen'})`,
    );
    await page.screenshot({ path: path.join(screenshotDir, 'actors-without-jobcentre.png'), fullPage: true });

    await page.click('#f-actors-reset');
    await page.selectOption('#f-kind', '');
    await page.selectOption('#f-actor-role', 'broker');
    await expect
      .poll(async () => ((await rowIds(page)) as string[]).sort())
      .toEqual(
        analysed
          .filter((a) => a.broker)
          .map((a) => a.id)
          .sort(),
      );
    await page.selectOption('#f-actor-role', 'isolated');
    await expect.poll(() => page.locator(rows).count()).toBe(analysed.filter((a) => a.isolated).length);
    await page.selectOption('#f-actor-role', '');
    await page.locator('#f-actor-name').fill('volkshochschule');
    await expect
      .poll(() => page.locator(rows).count())
      .toBe(analysed.filter((a) => a.name.toLowerCase().includes('volkshochschule')).length);
    await page.close();
  });

  it('exports the table as shown as CSV for German Excel', async () => {
    const page = await open('kind=COURSE_PROVIDER&asort=-betweenness');
    const shown = await page.locator(rows).count();
    await page.click('#export'); // the export menu: CSV or XLSX
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(csv.suggestedFilename()).toMatch(/^Akteure_Landkreis-Nienburg-Weser_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await fs.readFile(await csv.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM: Excel reads UTF-8
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Name;Art;Gemeinde;Partner;Vermittlerrolle;Vermittler;Isoliert;Gemeinschaft;Angebote');
    expect(lines).toHaveLength(shown + 1);
    const cells = lines.slice(1).map((line) => line.split(';'));
    expect(cells.every((c) => c[1] === 'Kursträger')).toBe(true);
    // Decimal comma, highest betweenness first, as the table shows them.
    expect(cells.every((c) => /^\d+,\d{4}$/.test(c[4]!) || c[4] === '')).toBe(true);
    const values = cells.map((c) => Number(c[4]!.replace(',', '.')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(cells.every((c) => c[5] === 'ja' || c[5] === 'nein')).toBe(true);
    const names = await page.locator(`${rows} td:nth-child(1)`).allTextContents();
    expect(cells.map((c) => c[0]!.replace(/^"|"$/g, ''))).toEqual(names);
    expect(lines.join('\n')).not.toMatch(/\b[A-Z]{2,}(_[A-Z0-9]+)+\b/);
    await page.close();
  });

  it('lists brokers and isolated actors by name; a click selects and centres the actor in the network', async () => {
    const page = await open();
    const brokers = analysed.filter((a) => a.broker);
    const isolated = analysed.filter((a) => a.isolated);
    const listed = (id: string) => page.locator(`[data-testid=${id}] li button`).allTextContents();
    expect((await listed('broker-list')).sort()).toEqual(brokers.map((a) => a.name).sort());
    expect((await listed('isolated-list')).sort()).toEqual(isolated.map((a) => a.name).sort());
    const broker = brokers[0]!;
    await page.locator(`[data-testid=broker-list] button[data-id="${broker.id}"]`).click();
    await page.waitForSelector('html[data-ready="network"]');
    expect(await state(page)).toMatchObject({ view: 'network', selected: `a:${broker.id}` });
    const seen = await page.evaluate((id) => {
      const cy = window.bildungsnetz!.network()!;
      const node = cy.getElementById(`a:${id}`);
      return {
        selected: node.selected(),
        offCentre: Math.hypot(node.renderedPosition().x - cy.width() / 2, node.renderedPosition().y - cy.height() / 2),
        label: node.style('label') as string,
        faded: cy.nodes('.actor.dimmed').length,
        partnersFaded: node.neighborhood('node.actor.dimmed').length,
      };
    }, broker.id);
    expect(seen.selected).toBe(true);
    expect(seen.offCentre).toBeLessThan(2);
    expect(seen.label).not.toBe('');
    expect(seen.faded).toBeGreaterThan(0);
    expect(seen.partnersFaded).toBe(0);
    await expect.poll(() => page.locator('#details .entity-title').first().textContent()).toBe(broker.name);
    await page.screenshot({ path: path.join(screenshotDir, 'actors-broker-in-network.png') });
    await page.close();
  });
});
