// The map with the district's official outlines, in a real headless Chromium against the API with the demo county:
// the county border, Samtgemeinden and municipalities drawn as a choropleth, labels that do not overlap, the
// attribution, the question for a category instead of a silent default, the figures of a chosen Samtgemeinde,
// "Im Graph zeigen" opening the graph, and points for a district without outlines. Screenshots in test-output/.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testOrigin } from '../support/fixtures.js';
import { testDistrictAgs, testDriver } from '../support/test-server.js';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();
const open = (query: string, view = 'map', district = demoDistrictAgs) => explorer.open({ view, query, district });

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const labelBoxes = (page: Page) =>
  page.$$eval('#map-labels text', (texts) =>
    texts.map((text) => {
      const r = text.getBoundingClientRect();
      return {
        id: (text as SVGTextElement).dataset['id']!,
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      };
    }),
  );
// explorer/src/graph/palette.ts, severityColours: a red-purple ramp, light = no gap.
const severityColours = { NONE: '#fde0dd', LOW: '#fa9fb5', MEDIUM: '#dd3497', HIGH: '#7a0177' } as const;
interface GapsAnswer {
  coverageGaps: {
    area: { demand: number; unmet: number };
    municipalities: { ags: string; demand: number; unmet: number; severity: keyof typeof severityColours }[];
  };
}
const de = (n: number) => n.toLocaleString('de-DE');
const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the map with outlines', () => {
  it('draws the county border, the Samtgemeinden and the municipalities coloured by gap, labels apart, the attribution shown', async () => {
    const page = await open('view=map&cat=INTEGRATION_COURSE');
    const outlines = await page.evaluate(() => ({
      district: document.querySelectorAll('#map-canvas path.outline-district').length,
      collective: document.querySelectorAll('#map-canvas path.outline-collective').length,
      municipality: document.querySelectorAll('#map-canvas path.outline-municipality').length,
    }));
    expect(outlines).toEqual({ district: 1, collective: 6, municipality: 36 });

    // The county border lies inside the canvas and fills most of it.
    const [border, canvas] = await page.evaluate(() => [
      document.querySelector('#map-canvas path.outline-district')!.getBoundingClientRect().toJSON() as DOMRect,
      document.querySelector('#map-canvas')!.getBoundingClientRect().toJSON() as DOMRect,
    ]);
    expect(border.left).toBeGreaterThanOrEqual(canvas.left);
    expect(border.right).toBeLessThanOrEqual(canvas.right);
    expect(border.height).toBeGreaterThan(canvas.height * 0.7);

    // A municipality's area has its gap colour (the API's severity); one without demand the grey.
    const table = (
      await explorer.server.gql<GapsAnswer>(
        `{ coverageGaps(category: INTEGRATION_COURSE, districtAgs: "03256") { municipalities { ags demand severity } } }`,
      )
    ).coverageGaps.municipalities;
    const fills = await page.$$eval('#map-canvas path.outline-municipality', (paths) =>
      Object.fromEntries(paths.map((p) => [(p as SVGPathElement).dataset['ags']!, p.getAttribute('fill')])),
    );
    const withDemand = table.filter((row) => row.demand > 0 && fills[row.ags] !== undefined);
    expect(withDemand.length).toBeGreaterThan(3);
    for (const row of withDemand) expect(fills[row.ags]).toBe(severityColours[row.severity]);

    // Labels by priority: many, none overlapping another, the town of Nienburg among them.
    const boxes = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThan(10);
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
    expect(boxes.map((b) => b.id)).toContain('m:03256022');
    expect(boxes.some((b) => b.id.startsWith('sg:'))).toBe(true);

    const attribution = page.locator('[data-testid=map-attribution]');
    expect(await attribution.isVisible()).toBe(true);
    expect(await attribution.textContent()).toContain('© GeoBasis-DE / BKG 2021 (dl-de/by-2-0)');
    await page.screenshot({ path: path.join(screenshotDir, 'map-outlines.png') });

    // Zoomed in, the labels are placed again: still none overlapping.
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    await page.waitForTimeout(100); // one animation frame for the labels to follow
    const zoomed = await labelBoxes(page);
    for (const a of zoomed) for (const b of zoomed) if (a !== b) expect(overlap(a, b)).toBe(false);
    await page.screenshot({ path: path.join(screenshotDir, 'map-outlines-zoomed.png') });
    await page.close();
  });

  it('asks for a category when the filter says "Alle Kategorien", and shows the one chosen', async () => {
    const page = await open('view=map');
    const prompt = page.locator('[data-testid=map-category-prompt]');
    expect(await prompt.isVisible()).toBe(true);
    expect(await prompt.textContent()).toContain('Welche Angebotskategorie soll die Karte zeigen?');
    expect(await page.locator('#stats').textContent()).toContain('bitte eine Kategorie wählen');
    expect(await page.evaluate(() => window.bildungsnetz!.map()!.nodes('.municipality').length)).toBe(0);
    expect(await page.locator('#map-canvas path.outline-district').count()).toBe(1);
    await page.screenshot({ path: path.join(screenshotDir, 'map-category-prompt.png') });

    await page.selectOption('#map-category', 'JOB_LANGUAGE_COURSE');
    await page.waitForSelector('html[data-ready="map"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('cat')).toBe('JOB_LANGUAGE_COURSE');
    await expect.poll(() => prompt.count()).toBe(0);
    expect(await page.locator('#stats').textContent()).toContain('Berufssprachkurs');
    expect(await page.evaluate(() => window.bildungsnetz!.map()!.nodes('.municipality').length)).toBeGreaterThan(30);
    await page.close();
  });

  it("shows the figures of the Samtgemeinde chosen in the filter, not the county's", async () => {
    const page = await open('view=map&cat=INTEGRATION_COURSE');
    const gaps = (
      await explorer.server.gql<GapsAnswer>(
        `{ coverageGaps(category: INTEGRATION_COURSE, districtAgs: "03256") { area { demand unmet } municipalities { ags demand unmet } } }`,
      )
    ).coverageGaps;
    const district = await page.locator('#stats').textContent();
    expect(district).toContain(`Bedarf (Personen) ${de(gaps.area.demand)}`);
    const uchte = '032565408';
    const members = new Set(
      (
        await explorer.server.gql<{ municipalities: { ags: string }[] }>(
          `{ municipalities(where: { memberOf: { some: { ags: { eq: "${uchte}" } } } }) { ags } }`,
        )
      ).municipalities.map((m) => m.ags),
    );
    members.add(uchte);
    const rows = gaps.municipalities.filter((r) => members.has(r.ags));
    const demand = rows.reduce((sum, r) => sum + r.demand, 0);
    const unmet = rows.reduce((sum, r) => sum + r.unmet, 0);
    expect(demand).not.toBe(gaps.area.demand);
    await page.selectOption('#f-area', uchte);
    await page.waitForSelector('html[data-ready="map"]');
    await expect.poll(() => page.locator('#stats').textContent()).toContain('Samtgemeinde Uchte');
    const figures = (await page.locator('#stats').textContent())!;
    expect(figures).toContain(`Bedarf (Personen) ${de(demand)} · Ungedeckt ${de(unmet)}`);
    // The other areas are faded on the map.
    expect(await page.locator('#map-canvas path.outline-municipality.faded').count()).toBeGreaterThan(20);
    await page.screenshot({ path: path.join(screenshotDir, 'map-samtgemeinde-figures.png') });
    await page.close();
  });

  it('opens the graph from "Im Graph zeigen", and the map from "Auf der Karte zeigen"', async () => {
    const page = await open('view=recommendations', 'recommendations');
    const card = page.locator('[data-testid=recommendations] > li.rec-NO_OFFER_IN_REACH').first();
    await card.locator('button.focus-button').click();
    await page.waitForSelector('html[data-ready="network"]');
    expect((await page.evaluate(() => window.bildungsnetz!.state())).view).toBe('network');
    await page.click('#tab-recommendations');
    await page.waitForSelector('html[data-ready="recommendations"]');
    await card.locator('button.map-button').click();
    await page.waitForSelector('html[data-ready="map"]');
    const state = await page.evaluate(() => window.bildungsnetz!.state());
    expect(state.view).toBe('map');
    expect(state.selected).toMatch(/^m:/);
    await page.close();
  });
});

describe('the map without outlines', () => {
  const districtAgs = testDistrictAgs();
  beforeAll(async () => {
    const at = testOrigin(districtAgs);
    await explorer.server.gql(
      `mutation($d: String!, $m: String!, $at: PointInput!) { createDistricts(input: [{ ags: $d, name: "Testkreis ohne Umrisse",
         state: "Niedersachsen", municipalities: { create: [{ node: { ags: $m, name: "Punktdorf (fiktiv)", kind: MUNICIPALITY,
         population: 1000, location: $at } }] } }]) { districts { ags } } }`,
      { d: districtAgs, m: `${districtAgs}001`, at: at },
    );
  });
  afterAll(async () => {
    const { driver, database } = testDriver();
    await driver.executeQuery(
      'MATCH (d:District {ags: $d}) OPTIONAL MATCH (d)<-[:IN_DISTRICT]-(m) DETACH DELETE d, m',
      { d: districtAgs },
      { database },
    );
  });

  it('falls back to points, with their labels and no attribution', async () => {
    const page = await open('view=map&cat=INTEGRATION_COURSE', 'map', districtAgs);
    expect(await page.locator('#map-canvas path').count()).toBe(0);
    expect(await page.locator('[data-testid=map-attribution]').count()).toBe(0);
    expect(await page.evaluate(() => window.bildungsnetz!.map()!.nodes('.municipality').length)).toBe(1);
    expect(await page.locator('#map-labels text').first().textContent()).toBe('Punktdorf (fiktiv)');
    await page.screenshot({ path: path.join(screenshotDir, 'map-points-fallback.png') });
    await page.close();
  });
});
