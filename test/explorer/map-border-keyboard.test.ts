// The map and the offers list across the district border (issue 20), the map's keyboard path and a Samtgemeinde's
// waiting figures (issue 15), in a real headless Chromium against the API with the demo county and its neighbour's
// border area. Screenshots in test-output/.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();
const open = (query: string, view = 'map') => explorer.open({ view, query });
const detailsTitle = (page: Page) => page.locator('#details .entity-title').first().textContent({ timeout: 15_000 });

interface BorderOffer {
  id: string;
  title: string;
  category: string;
  provider: { name: string }[];
  venue: { name: string; district: { name: string }[] }[];
}

const borderOffers = async (radiusKm = 25): Promise<BorderOffer[]> =>
  (
    await explorer.server.gql<{ offersAcrossBorder: BorderOffer[] }>(
      `query ($d: String!, $r: Float!) { offersAcrossBorder(districtAgs: $d, radiusKm: $r) {
        id title category provider { name } venue { name district { name } } } }`,
      { d: demoDistrictAgs, r: radiusKm },
    )
  ).offersAcrossBorder;

/** Clicks a node of the map where it is drawn (centred first, so that it is inside the canvas). */
async function clickMapNode(page: Page, nodeId: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const cy = window.bildungsnetz!.map()!;
    const node = cy.getElementById(id);
    cy.center(node);
    const rendered = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + rendered.x, y: box.top + rendered.y };
  }, nodeId);
  await page.mouse.click(point.x, point.y);
}

describe('offers across the district border', () => {
  it('draws the courses across the border that the gap figures count, marked with their district, and opens them', async () => {
    const page = await open('cat=INTEGRATION_COURSE');
    const api = (await borderOffers()).filter((o) => o.category === 'INTEGRATION_COURSE');
    expect(api.length).toBeGreaterThan(0);
    // The gap table counts the same courses in reach across the border (ids the district's graph does not hold).
    const gaps = await explorer.server.gql<{ coverageGaps: { municipalities: { offerIdsInReach: string[] }[] } }>(
      `{ coverageGaps(category: INTEGRATION_COURSE, districtAgs: "${demoDistrictAgs}") { municipalities { offerIdsInReach } } }`,
    );
    const drawn = await page.evaluate(() => {
      const cy = window.bildungsnetz!.map()!;
      return {
        border: cy.nodes('.border-offer').map((n) => ({
          id: n.id().slice(2),
          district: n.data('district') as string,
          shape: String(n.style('shape')),
        })),
        own: cy
          .nodes('.map-offer')
          .not('.border-offer')
          .map((n) => n.id().slice(2)),
        neighbours: cy.nodes('.neighbour-place').map((n) => n.data('label') as string),
      };
    });
    const drawnIds = drawn.border.map((b) => b.id).sort();
    expect(drawnIds).toEqual(api.map((o) => o.id).sort());
    const own = new Set(drawn.own);
    const inReachAcross = new Set(
      gaps.coverageGaps.municipalities.flatMap((row) => row.offerIdsInReach).filter((id) => !own.has(id)),
    );
    expect([...inReachAcross].sort()).toEqual(drawnIds);
    for (const offer of drawn.border) {
      expect(offer.district).toBe('Landkreis Diepholz');
      expect(offer.shape).toBe('triangle'); // the district's own offers are diamonds
    }
    // The neighbouring municipalities of the courses are named faintly, with their district.
    const venues = [...new Set(api.map((o) => o.venue[0]!.name))];
    expect(drawn.neighbours.sort()).toEqual(venues.sort());
    const neighbourLabels = await page.locator('#map-labels text.neighbour-label').allTextContents();
    for (const venue of venues) expect(neighbourLabels.join(' ')).toContain(venue);
    expect(await page.locator('[data-testid=legend-border-offer]').textContent()).toBe(
      'Angebot jenseits der Kreisgrenze (Landkreis Diepholz)',
    );
    await page.click('#zoom-fit');
    await page.screenshot({ path: path.join(screenshotDir, 'map-border-offers.png') });

    // A course across the border opens like any other, saying where it is.
    await clickMapNode(page, `o:${api[0]!.id}`);
    expect(await detailsTitle(page)).toBe(api[0]!.title);
    await expect
      .poll(() => page.locator('[data-testid=offer-across-border]').textContent())
      .toBe('jenseits der Kreisgrenze: Landkreis Diepholz');
    await expect.poll(() => page.locator('#details').textContent()).toContain(api[0]!.provider[0]!.name);
  });

  it('lists them in the offers table on request, with the district in a column', async () => {
    const page = await open('', 'offers');
    const api = await borderOffers();
    const ownRows = await page.locator('[data-testid=offers-table] tbody tr').count();
    expect(await page.locator('[data-testid=offers-table] tbody tr.across-border').count()).toBe(0);
    expect(await page.locator('[data-testid=border-offer-count]').textContent()).toContain(
      `(${api.length} weitere jenseits der Kreisgrenze im Radius`,
    );
    await page.locator('#border-offers').check();
    await expect.poll(() => page.locator('[data-testid=offers-table] tbody tr').count()).toBe(ownRows + api.length);
    const across = page.locator('[data-testid=offers-table] tbody tr.across-border');
    expect(await across.count()).toBe(api.length);
    const titles = await across.locator('td:first-child').allTextContents();
    expect(titles.sort()).toEqual(api.map((o) => o.title).sort());
    for (const cell of await across.locator('[data-testid=offer-district]').allTextContents())
      expect(cell).toBe('Landkreis Diepholzjenseits der Kreisgrenze');
    expect(await page.locator('[data-testid=offers-table] thead').textContent()).toContain('Landkreis');
    // The link keeps the choice.
    expect(page.url()).toContain('nb=1');
    await across.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'offers-border.png') });
  });
});

describe('the map by keyboard', () => {
  it('reaches the areas by Tab and the arrow keys, outlines the one reached and opens it with Enter', async () => {
    const page = await open('cat=INTEGRATION_COURSE');
    await page.focus('#tab-map');
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'map-keys');
    }
    expect(reached).toBe(true);
    const active = () =>
      page.evaluate(() => {
        const box = document.getElementById('map-keys')!;
        const option = document.getElementById(box.getAttribute('aria-activedescendant') ?? '');
        return { id: option?.id, open: option?.dataset['open'], text: option?.textContent };
      });
    const first = await active();
    expect(first.id).toBeTruthy();
    // Every area of the map is in the list, with its figures: the municipalities and the six Samtgemeinden.
    const options = await page.locator('#map-keys [role=option]').allTextContents();
    expect(options.filter((t) => t.startsWith('Samtgemeinde '))).toHaveLength(6);
    expect(options.some((t) => /Bedarf \(Personen\) \d+, Ungedeckt \d+, Hoch/.test(t))).toBe(true);

    await page.keyboard.press('ArrowRight');
    const second = await active();
    expect(second.id).not.toBe(first.id);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    const reachedArea = await active();
    // The caption names it and the map outlines it.
    expect(await page.locator('[data-testid=map-keys-caption]').textContent()).toBe(reachedArea.text);
    const ags = reachedArea.open!.slice(2);
    const outline = await page.evaluate(() => document.querySelectorAll('#map-canvas path.kbd-focus').length);
    expect(outline).toBe(1);
    expect(await page.locator('#map-canvas path.kbd-focus').getAttribute('d')).toBe(
      await page.locator(`#map-canvas path[data-ags="${ags}"]`).first().getAttribute('d'),
    );
    await page.screenshot({ path: path.join(screenshotDir, 'map-keyboard.png') });

    await page.keyboard.press('Enter');
    const name = await explorer.server.gql<{ municipalities: { name: string }[] }>(
      `{ municipalities(where: { ags: { eq: "${ags}" } }) { name } }`,
    );
    expect(await detailsTitle(page)).toBe(name.municipalities[0]!.name);
    expect(await page.evaluate(() => window.bildungsnetz!.state()['selected'])).toBe(`m:${ags}`);
    // Home goes to the first of the list.
    await page.focus('#map-keys');
    await page.keyboard.press('Home');
    expect((await active()).text).toBe(options[0]);
  });
});

describe('a Samtgemeinde’s waiting times on the map', () => {
  it('shows each Samtgemeinde’s median under its name and in the header when it is the chosen area', async () => {
    const answer = await explorer.server.gql<{
      waitingTimes: {
        samtgemeinden: {
          ags: string;
          name: string;
          waiting: number;
          medianWeeks: number | null;
          p90Weeks: number | null;
        }[];
      };
    }>(
      `{ waitingTimes(districtAgs: "${demoDistrictAgs}", category: INTEGRATION_COURSE) {
        samtgemeinden { ags name waiting medianWeeks p90Weeks } } }`,
    );
    const withMedian = answer.waitingTimes.samtgemeinden.filter((sg) => sg.waiting > 0 && sg.medianWeeks !== null);
    expect(withMedian.length).toBeGreaterThan(0);
    const page = await open('cat=INTEGRATION_COURSE&wait=1');
    const labels = await page.$$eval('#map-labels text.sg-label', (texts) =>
      texts.map((t) => ({ id: (t as SVGTextElement).dataset['id']!, text: t.textContent })),
    );
    const weeks = (n: number | null) => (n === null ? '–' : String(n));
    let shown = 0;
    for (const sg of withMedian) {
      const label = labels.find((l) => l.id === `sg:${sg.ags}`);
      if (!label) continue; // a label that would overlap a more important one is left out
      expect(label.text).toContain(`${sg.waiting} · ${weeks(sg.medianWeeks)} / ${weeks(sg.p90Weeks)} Wo.`);
      shown++;
    }
    expect(shown).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(screenshotDir, 'map-samtgemeinde-waiting.png') });

    const sg = withMedian[0]!;
    const chosen = await open(`cat=INTEGRATION_COURSE&wait=1&area=${sg.ags}`);
    await expect
      .poll(() => chosen.locator('#stats').textContent())
      .toContain(`Median Wartezeit ${sg.medianWeeks} / 90 % ${weeks(sg.p90Weeks)} Wochen`);
  });
});
