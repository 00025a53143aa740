// "Wie berechnet?" beside the figures (issue 15 item 4), in a real Chromium against the API with the demo county:
// the disclosure opens by keyboard (Tab to it, Enter), says aria-expanded, shows the figure's own numbers as the
// API computes them, and closes with Escape, giving the focus back. Screenshots go to test-output/explain-*.png.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startExplorerServer, useExplorer } from './explorer-server.js';

beforeAll(() => startExplorerServer().then(() => undefined), 900_000);
const explorer = useExplorer();

const german = (value: number, digits = 0) =>
  value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Focuses the disclosure's button by keyboard (Tab until it has the focus), opens it with Enter, returns its text. */
async function openByKeyboard(page: Page, name: string): Promise<string> {
  const button = `[data-explain="${name}"] button.explain-toggle`;
  await page.waitForSelector(button, { timeout: 60_000 });
  expect(await page.getAttribute(button, 'aria-expanded')).toBe('false');
  // Tab from the element just before it, so that the button is reached the way a keyboard user reaches it.
  await page.focus(button);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate((b) => document.activeElement === document.querySelector(b), button)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.getAttribute(button, 'aria-expanded')).toBe('true');
  const controls = (await page.getAttribute(button, 'aria-controls'))!;
  const text = await page.$eval(`[id="${controls}"]`, (panel) => (panel as HTMLElement).innerText);
  expect(text.length).toBeGreaterThan(100);
  return text;
}

async function closeByEscape(page: Page, name: string): Promise<void> {
  const button = `[data-explain="${name}"] button.explain-toggle`;
  await page.keyboard.press('Escape');
  expect(await page.getAttribute(button, 'aria-expanded')).toBe('false');
  expect(await page.evaluate((b) => document.activeElement === document.querySelector(b), button)).toBe(true);
}

describe('Wie berechnet?', () => {
  it("explains a municipality's coverage and unmet demand with its own numbers", async () => {
    const { coverageGaps } = await explorer.server.gql<{
      coverageGaps: {
        municipalities: { ags: string; name: string; demand: number; unmet: number; coverage: number }[];
      };
    }>(
      `{ coverageGaps(category: INTEGRATION_COURSE, districtAgs: "03256") { municipalities { ags name demand unmet coverage } } }`,
    );
    const row =
      coverageGaps.municipalities.find((r) => r.unmet > 0 && r.coverage > 0) ?? coverageGaps.municipalities[0]!;
    const page = await explorer.open({ view: 'map', query: `view=map&cat=INTEGRATION_COURSE&sel=m:${row.ags}` });
    await page.waitForSelector('[data-testid="gap-figures"]', { timeout: 60_000 });
    const text = await openByKeyboard(page, 'details-gap');
    expect(text).toContain(
      `${german(row.unmet)} von ${german(row.demand)} ${row.demand === 1 ? 'Person' : 'Personen'} ohne Platz im Umkreis von 25 km`,
    );
    expect(text).toContain(`${german(row.coverage * 100)} %`);
    expect(text).toContain(row.name);
    await page.screenshot({ path: path.join(screenshotDir, 'explain-municipality.png') });
    await closeByEscape(page, 'details-gap');
    await page.close();
  }, 300_000);

  it("explains the map header's area figures and the gap table's district figures", async () => {
    const { coverageGaps } = await explorer.server.gql<{ coverageGaps: { area: { demand: number; unmet: number } } }>(
      `{ coverageGaps(category: INTEGRATION_COURSE, districtAgs: "03256") { area { demand unmet } } }`,
    );
    const sentence = `Landkreis Nienburg/Weser: ${german(coverageGaps.area.unmet)} von ${german(coverageGaps.area.demand)} Personen`;
    const map = await explorer.open({ view: 'map', query: 'view=map&cat=INTEGRATION_COURSE' });
    expect(await openByKeyboard(map, 'map-gap')).toContain(sentence);
    await map.screenshot({ path: path.join(screenshotDir, 'explain-map-header.png') });
    await map.close();
    const offers = await explorer.open({ view: 'offers', query: 'view=offers&cat=INTEGRATION_COURSE' });
    expect(await openByKeyboard(offers, 'gap-table')).toContain(sentence);
    await offers.close();
  }, 300_000);

  it('explains the waiting figures with the matching rule and the figures of the area', async () => {
    const { waitingTimes } = await explorer.server.gql<{
      waitingTimes: { asOf: string; area: { waiting: number; overTarget: number; noSuitableStart: number } };
    }>(
      `{ waitingTimes(category: INTEGRATION_COURSE, districtAgs: "03256") { asOf area { waiting overTarget noSuitableStart } } }`,
    );
    const page = await explorer.open({ view: 'map', query: 'view=map&cat=INTEGRATION_COURSE&wait=1' });
    const text = await openByKeyboard(page, 'map-waiting');
    const [year, month, day] = waitingTimes.asOf.slice(0, 10).split('-');
    expect(text).toContain(`gemeldet bis zum ${day}.${month}.${year}`);
    expect(text).toContain(
      `: ${german(waitingTimes.area.waiting)} Personen mit offenem Bedarf in der Kategorie Integrationskurs`,
    );
    const beyond = waitingTimes.area.overTarget + waitingTimes.area.noSuitableStart;
    expect(text).toContain(
      `Über der Zielwartezeit sind also ${german(beyond)} von ${german(waitingTimes.area.waiting)}`,
    );
    await page.screenshot({ path: path.join(screenshotDir, 'explain-waiting.png') });
    await closeByEscape(page, 'map-waiting');
    await page.close();
  }, 300_000);

  it('explains the course starts in the courses view and accessibility in monitoring', async () => {
    const courses = await explorer.open({ view: 'courses', query: 'view=courses' });
    const summary = (await courses.textContent('[data-testid="timeline-summary"]'))!;
    const count = summary.match(/^(\d+)/)![1]!;
    expect(await openByKeyboard(courses, 'courses-start')).toMatch(new RegExp(`von ${count} Kursen`));
    await courses.close();
    const monitoring = await explorer.open({ view: 'monitoring', query: 'view=monitoring' });
    expect(await openByKeyboard(monitoring, 'monitoring-accessibility')).toMatch(/freie Plätze je Person/);
    await monitoring.close();
  }, 300_000);
});
