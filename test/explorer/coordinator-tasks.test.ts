// The coordinator's four tasks (issue 15, "Done when"), played end to end in a real headless Chromium against the
// API with the demo county, as she would do them with the mouse and the search box; every answer the explorer
// gives is checked against the API's own figures (server.gql), not against numbers written here:
// 1. where integration-course places are missing and what to do (map → category → the worst municipality → its
//    figures and recommendations);
// 2. the brokers, the isolated actors and the course providers without a cooperation with the job centre (Akteure);
// 3. preparing the monthly round (the course timeline, the waiting times with the reasons why persons have no
//    start, the briefing);
// 4. a shared link that reopens the same view in a new page.
// Screenshots go to test-output/coordinator-*.png.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { unplacedReasonLabels } from '../../schema/enum-labels.js';
import type { UnplacedReason } from '../../server/generated/graphql.js';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();
const radiusKm = 25; // the explorer's default catchment radius
const de = (n: number) => n.toLocaleString('de-DE');
const state = (page: Page) => page.evaluate(() => window.bildungsnetz!.state());
const ready = (page: Page, view: string) => page.waitForSelector(`html[data-ready="${view}"]`, { timeout: 60_000 });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `coordinator-${name}.png`), fullPage: true });

/** Types a name into the header's search and picks the suggestion with the key (e.g. 'm:03256001'). */
async function searchAndPick(page: Page, text: string, key: string): Promise<void> {
  await page.locator('#search').fill('');
  await page.locator('#search').pressSequentially(text, { delay: 10 });
  await page.locator(`#search-suggestions li[data-key="${key}"]`).click();
}

interface Actor {
  id: string;
  name: string;
  kind: string;
  cooperatesWithConnection: { edges: { properties: { until: string | null }; node: { id: string } }[] };
}
interface Analysed {
  id: string;
  broker: boolean;
  isolated: boolean;
}
let actors: Actor[];
let analysed: Analysed[];

beforeAll(async () => {
  const data = await explorer.server.gql<{ actors: Actor[]; networkAnalysis: { actors: Analysed[] } }>(
    `query($d: String!) {
      actors(where: { municipality: { some: { district: { some: { ags: { eq: $d } } } } } }, limit: 1000) {
        id name kind cooperatesWithConnection { edges { properties { until } node { id } } }
      }
      networkAnalysis(districtAgs: $d) { actors { id broker isolated } }
    }`,
    { d: demoDistrictAgs },
  );
  actors = data.actors;
  analysed = data.networkAnalysis.actors;
}, 240_000);

describe('the coordinator’s four tasks', () => {
  it('1: finds where integration-course places are missing and what to do about it', async () => {
    const { coverageGaps } = await explorer.server.gql<{
      coverageGaps: {
        area: { demand: number; unmet: number };
        municipalities: { ags: string; name: string; demand: number; unmet: number }[];
      };
    }>(
      `query($d: String!, $r: Float!) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d, radiusKm: $r) {
        area { demand unmet } municipalities { ags name demand unmet } } }`,
      { d: demoDistrictAgs, r: radiusKm },
    );
    const worst = [...coverageGaps.municipalities].sort(
      (a, b) => b.unmet - a.unmet || a.name.localeCompare(b.name),
    )[0]!;
    expect(worst.unmet).toBeGreaterThan(0);
    const { recommendations } = await explorer.server.gql<{
      recommendations: { municipalityAgs: string | null; rank: number; textDe: string }[];
    }>(
      `query($d: String!, $r: Float!) { recommendations(districtAgs: $d, radiusKm: $r, limit: 500) { municipalityAgs rank textDe } }`,
      { d: demoDistrictAgs, r: radiusKm },
    );
    const forWorst = recommendations.filter((r) => r.municipalityAgs === worst.ags);

    // She starts where the explorer opens, goes to the map, which asks for the category instead of assuming one.
    const page = await explorer.open();
    await page.click('#tab-map');
    await page.locator('#map-category').selectOption('INTEGRATION_COURSE');
    await ready(page, 'map');
    // The figures over the map: the county's demand and what is not covered, as the API computes them.
    await expect.poll(() => page.locator('#stats').textContent()).toContain(`Integrationskurs`);
    const stats = (await page.locator('#stats').textContent())!;
    expect(stats).toContain(de(coverageGaps.area.demand));
    expect(stats).toContain(de(coverageGaps.area.unmet));

    // The worst municipality, found by its name: its gap and the recommendations for it.
    await searchAndPick(page, worst.name, `m:${worst.ags}`);
    await expect.poll(async () => (await state(page)).selected).toBe(`m:${worst.ags}`);
    const gap = page.locator('#details [data-testid=gap-figures]');
    await gap.waitFor();
    expect(await gap.locator('strong').first().textContent()).toBe(de(worst.unmet));
    expect(await gap.textContent()).toContain(de(worst.demand));
    const recs = page.locator('#details .recs-mini li');
    await expect.poll(() => recs.count()).toBe(forWorst.length);
    expect(forWorst.length).toBeGreaterThan(0); // there is something to do where most places are missing
    const texts = await recs.allTextContents();
    for (const [i, r] of [...forWorst].sort((a, b) => a.rank - b.rank).entries()) {
      expect(texts[i]).toContain(`#${r.rank}`);
      expect(texts[i]).toContain(r.textDe);
    }
    await shot(page, '1-worst-area');
    await page.close();
  }, 240_000);

  it('2: lists the brokers, the isolated actors and the course providers without a cooperation with the job centre', async () => {
    const partners = new Map(actors.map((a) => [a.id, new Set<string>()]));
    // Partners both ways; a cooperation that ended before today no longer counts (as in the network analysis).
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
    for (const a of actors)
      for (const { properties, node } of a.cooperatesWithConnection.edges) {
        if (properties.until && properties.until < today) continue;
        partners.get(a.id)?.add(node.id);
        partners.get(node.id)?.add(a.id);
      }
    const jobcentre = actors.filter((a) => a.kind === 'JOBCENTER').sort((a, b) => a.name.localeCompare(b.name))[0]!;
    const withoutJobcentre = actors
      .filter((a) => a.kind === 'COURSE_PROVIDER' && !partners.get(jobcentre.id)!.has(a.id))
      .map((a) => a.id)
      .sort();
    expect(withoutJobcentre.length).toBeGreaterThan(0);
    const ids = (where: (a: Analysed) => boolean) =>
      analysed
        .filter(where)
        .map((a) => a.id)
        .sort();

    const page = await explorer.open();
    await page.click('#tab-actors');
    await ready(page, 'actors');
    const rowIds = async () =>
      (
        (await page
          .locator('[data-testid=actors-table] tbody tr')
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))) as string[]
      ).sort();
    // Brokers and isolated actors by name, beside the table.
    const listed = (id: string) =>
      page
        .locator(`[data-testid=${id}] li button`)
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')!).sort());
    expect(await listed('broker-list')).toEqual(ids((a) => a.broker));
    expect(await listed('isolated-list')).toEqual(ids((a) => a.isolated));
    await page.selectOption('#f-actor-role', 'broker');
    await expect.poll(rowIds).toEqual(ids((a) => a.broker));
    await page.selectOption('#f-actor-role', 'isolated');
    await expect.poll(rowIds).toEqual(ids((a) => a.isolated));
    await page.selectOption('#f-actor-role', '');

    // "Which course providers never worked with the job centre?"
    await page.selectOption('#f-kind', 'COURSE_PROVIDER');
    await page.locator('#f-not-with').fill(jobcentre.name);
    await page.locator(`#f-not-with-suggestions li[data-key="${jobcentre.id}"]`).click();
    await expect.poll(rowIds).toEqual(withoutJobcentre);
    await shot(page, '2-without-jobcentre');
    await page.close();
  }, 240_000);

  it('3: prepares the monthly round: the timeline, the waiting times with their reasons, the briefing', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const sixMonths = new Date();
    sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
    const { courseCalendar } = await explorer.server.gql<{ courseCalendar: { id: string; canStart: boolean }[] }>(
      `query($d: String!, $from: Date!, $to: Date!) { courseCalendar(districtAgs: $d, from: $from, to: $to) { id canStart } }`,
      { d: demoDistrictAgs, from: today, to: sixMonths.toISOString().slice(0, 10) },
    );
    const { waitingTimes } = await explorer.server.gql<{
      waitingTimes: {
        area: { waiting: number };
        municipalities: { ags: string; name: string; waiting: number; noSuitableStart: number }[];
        needs: { needId: string; municipalityAgs: string; unplaced: number; unplacedReason: UnplacedReason | null }[];
      };
    }>(
      `query($d: String!, $r: Float!) { waitingTimes(districtAgs: $d, category: INTEGRATION_COURSE, radiusKm: $r) {
        area { waiting } municipalities { ags name waiting noSuitableStart }
        needs { needId municipalityAgs unplaced unplacedReason } } }`,
      { d: demoDistrictAgs, r: radiusKm },
    );

    const page = await explorer.open({ view: 'courses', query: 'view=courses' });
    // The timeline: every course of the next six months, those below the minimum group counted.
    const bars = page.locator('[data-testid=timeline] .course-bar');
    await expect
      .poll(async () => (await bars.evaluateAll((b) => b.map((x) => x.getAttribute('data-id')!))).sort())
      .toEqual(courseCalendar.map((c) => c.id).sort());
    const cannot = courseCalendar.filter((c) => !c.canStart).length;
    expect(await page.locator('[data-testid=timeline-summary]').textContent()).toContain(
      `${de(courseCalendar.length)} Kurse · ${de(cannot)} `,
    );
    await shot(page, '3-timeline');

    // The waiting times on the map, and in the municipality with most persons left without a start, why.
    const stuck = [...waitingTimes.municipalities].sort((a, b) => b.noSuitableStart - a.noSuitableStart)[0]!;
    expect(stuck.noSuitableStart).toBeGreaterThan(0);
    await page.click('#tab-map');
    await page.locator('#map-category').selectOption('INTEGRATION_COURSE');
    await ready(page, 'map');
    await searchAndPick(page, stuck.name, `m:${stuck.ags}`);
    await page.locator('#details button', { hasText: 'Wartezeiten zeigen' }).click();
    await expect.poll(async () => (await state(page)).waiting).toBe(true);
    await expect.poll(() => page.locator('#stats').textContent()).toContain(de(waitingTimes.area.waiting));
    const figures = page.locator('#details [data-testid=waiting-figures]');
    expect(await figures.textContent()).toContain(de(stuck.noSuitableStart));
    const placements = figures.locator('[data-testid=placements]');
    await placements.locator('summary').click();
    const text = (await placements.textContent())!;
    const reasons = waitingTimes.needs.filter((n) => n.municipalityAgs === stuck.ags && n.unplaced > 0);
    expect(reasons.length).toBeGreaterThan(0);
    for (const need of reasons) expect(text).toContain(unplacedReasonLabels[need.unplacedReason!][0]);
    await shot(page, '3-waiting-reasons');

    // The briefing for the round: fetched with her login, opened as a web page.
    await page.click('#tab-courses');
    await ready(page, 'courses');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.click('#briefing-html')]);
    await tab.waitForURL(/^blob:/, { timeout: 120_000 });
    expect(await tab.locator('body').textContent()).toContain('Trägerrunde');
    await tab.close();
    await page.close();
  }, 300_000);

  it('4: shares a link that reopens the same view in a new page', async () => {
    const jobcentre = actors.filter((a) => a.kind === 'JOBCENTER').sort((a, b) => a.name.localeCompare(b.name))[0]!;
    const page = await explorer.open();
    await page.click('#tab-actors');
    await ready(page, 'actors');
    await page.selectOption('#f-kind', 'COURSE_PROVIDER');
    await page.locator('#f-not-with').fill(jobcentre.name);
    await page.locator(`#f-not-with-suggestions li[data-key="${jobcentre.id}"]`).click();
    await page.locator('[data-testid=actors-table] th button.sort', { hasText: 'Partner' }).click();
    await expect.poll(async () => (await state(page)).actorSort).not.toBe('');
    const shown = () =>
      page
        .locator('[data-testid=actors-table] tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    const rows = await shown();
    const before = await state(page);
    const link = page.url(); // what the address bar holds: the link she copies into an e-mail
    expect(link).not.toContain('token');
    await page.close();

    // A colleague opens it (logged in as well): the same view, filters, order and rows.
    const other = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.goto(explorer.server.loginLink(link));
    await ready(other, 'actors');
    expect(await state(other)).toEqual(before);
    await expect
      .poll(() =>
        other
          .locator('[data-testid=actors-table] tbody tr')
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id'))),
      )
      .toEqual(rows);
    expect(await other.locator('#f-kind').inputValue()).toBe('COURSE_PROVIDER');
    await shot(other, '4-shared-link');
    await other.close();
  }, 240_000);
});
