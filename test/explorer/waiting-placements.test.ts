// The matching behind a municipality's waiting figures in the explorer's details: each open need, oldest first,
// with the course starts that took its persons and, for the rest, the reason in German, as the API gives them.
// Real headless Chromium against the API with the demo county; a screenshot goes to test-output/.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unplacedReasonLabels } from '../../schema/enum-labels.js';
import type { UnplacedReason } from '../../server/generated/graphql.js';
import {
  demoDistrictAgs,
  launchChromium,
  screenshotDir,
  startExplorerServer,
  type ExplorerServer,
} from './explorer-server.js';

interface NeedRow {
  needId: string;
  municipalityAgs: string;
  persons: number;
  placements: { persons: number }[];
  unplaced: number;
  unplacedReason: UnplacedReason | null;
}

let server: ExplorerServer;
let browser: Browser;

beforeAll(async () => {
  server = await startExplorerServer();
  browser = await launchChromium();
  await fs.mkdir(screenshotDir, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the placements behind the waiting figures', () => {
  it(
    'lists the needs of the municipality oldest first, their placements and why the rest have no start',
    { timeout: 180_000 },
    async () => {
      const { waitingTimes } = await server.gql<{
        waitingTimes: { municipalities: { ags: string; noSuitableStart: number }[]; needs: NeedRow[] };
      }>(
        `query($d: String!) { waitingTimes(districtAgs: $d) { municipalities { ags noSuitableStart }
        needs { needId municipalityAgs persons placements { persons } unplaced unplacedReason } } }`,
        { d: demoDistrictAgs },
      );
      // The municipality with the most persons left without a start: its list must give reasons.
      const municipality = [...waitingTimes.municipalities].sort((a, b) => b.noSuitableStart - a.noSuitableStart)[0]!;
      expect(municipality.noSuitableStart).toBeGreaterThan(0);
      const needs = waitingTimes.needs.filter((need) => need.municipalityAgs === municipality.ags);

      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto(server.loginLink(`${server.url}?d=${demoDistrictAgs}&view=map&cat=INTEGRATION_COURSE&wait=1`));
      await page.waitForSelector('html[data-ready="map"]', { timeout: 60_000 });
      await page.evaluate((id) => window.bildungsnetz!.map()!.getElementById(id).emit('tap'), `m:${municipality.ags}`);
      const list = page.locator('[data-testid=placements]');
      await list.locator('summary').click();
      expect(await list.locator('summary').textContent()).toBe('Wer wartet worauf? (älteste Meldung zuerst)');

      const items = list.locator('li[data-need]');
      await expect.poll(() => items.count()).toBe(needs.length);
      // In the order of the matching (the API's order), each with one line per placement and one for the rest.
      expect(await items.evaluateAll((li) => li.map((item) => item.getAttribute('data-need')))).toEqual(
        needs.map((need) => need.needId),
      );
      for (const [index, need] of needs.entries()) {
        const lines = await items.nth(index).locator('ul > li').allTextContents();
        expect(lines).toHaveLength(need.placements.length + (need.unplaced > 0 ? 1 : 0));
        if (need.unplaced === 0) continue;
        const persons = need.unplaced === 1 ? '1 Person' : `${need.unplaced} Personen`;
        expect(lines.at(-1)).toBe(`${persons} ohne passenden Start: ${unplacedReasonLabels[need.unplacedReason!][0]}`);
      }
      const text = (await list.textContent())!;
      expect(text).not.toMatch(/\b[A-Z]{2,}(_[A-Z0-9]+)+\b/); // no code words
      expect(text).not.toMatch(/\b1 (Personen|Wochen)\b/); // no broken plurals
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no ISO dates
      await page.screenshot({ path: path.join(screenshotDir, 'explorer-waiting-placements.png') });
      await page.close();
    },
  );
});
