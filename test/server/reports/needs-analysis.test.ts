// The needs analysis of the demo county rendered in a real Chromium: every figure it shows is the API's figure
// (gaps, recommendations, network, monitoring), the maps mark the municipalities with demand, the PDF is a PDF.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.js';
import type { CoverageGapTable as GapTable, NetworkAnalysis } from '../../../server/generated/graphql.js';
import { snapshotCategories } from '../../../server/monitoring/snapshot-row.js';
import { demoCounty, ensureDemoCounty } from '../../support/demo-county.js';
import { expectNoErrors } from '../../support/fixtures.js';
import { findCodeWords } from './find-code-words.js';
import { openSharedChromium } from '../../support/shared-chromium.js';
import { headersFor, startTestServer, tokenFor, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let browser: Browser;
let page: Page;
const district = '03256';
const german = (value: number) => value.toLocaleString('de-DE');

beforeAll(async () => {
  server = await startTestServer();
  await ensureDemoCounty(server.driver, server.database);
  browser = await openSharedChromium(); // the worker's Chromium; close() closes this file's pages
  page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  // The first report after a start pays for Neo4j's query compilation: wait longer than the default 30 s.
  const response = await page.goto(
    `${server.url}/reports/needs-analysis.html?district=${district}&access_token=${await tokenFor('analyst')}`,
    { timeout: 180_000 },
  );
  expect(response?.status()).toBe(200);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const text = (selector: string) => page.locator(selector).first().textContent();

describe('the needs analysis of the demo county', () => {
  it('has the gap figures of every category as the API computes them', async () => {
    await expect(text('h1')).resolves.toBe('Bedarfsanalyse mit Handlungsempfehlungen – Landkreis Nienburg/Weser');
    let demand = 0;
    let unmet = 0;
    for (const category of snapshotCategories) {
      const api = await server.gql<{ coverageGaps: GapTable }>(
        `query($c: OfferCategory!) { coverageGaps(category: $c, districtAgs: "${district}") { area { demand unmet } municipalities { ags demand unmet } } }`,
        { c: category },
      );
      expectNoErrors(api);
      const { area, municipalities } = api.data!.coverageGaps;
      demand += area.demand;
      unmet += area.unmet;
      const row = `table.by-category tr[data-category="${category}"]`;
      await expect(text(`${row} .demand`)).resolves.toBe(german(area.demand));
      await expect(text(`${row} .unmet`)).resolves.toBe(german(area.unmet));
      const withDemand = municipalities.filter((m) => m.demand > 0);
      if (withDemand.length > 0) {
        const shown = await page
          .locator(`table.municipalities[data-category="${category}"] tbody tr`)
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-ags')));
        expect(shown).toEqual(withDemand.map((m) => m.ags));
      }
    }
    await expect(text('tfoot .total-demand')).resolves.toBe(german(demand));
    await expect(text('tfoot .total-unmet')).resolves.toBe(german(unmet));
    await expect(text('.figure[data-key="personsInNeed"] b')).resolves.toBe(german(demand));
    await expect(text('.figure[data-key="unmet"] b')).resolves.toBe(german(unmet));
    expect(unmet).toBeGreaterThan(0);
  });

  it('names the courses across the district border that the gap tables count in reach, with where they reach', async () => {
    let named = 0;
    for (const category of [...new Set(demoCounty.borderArea.offers.map((o) => o.category))]) {
      const api = await server.gql<{
        coverageGaps: { municipalities: { name: string; demand: number; offerIdsInReach: string[] }[] };
      }>(
        `query($c: OfferCategory!) { coverageGaps(category: $c, districtAgs: "${district}") { municipalities { name demand offerIdsInReach } } }`,
        { c: category },
      );
      expectNoErrors(api);
      const rows = api.data!.coverageGaps.municipalities.filter((m) => m.demand > 0);
      const expected = demoCounty.borderArea.offers
        .filter((o) => o.category === category)
        .map((o) => ({ offer: o, from: rows.filter((m) => m.offerIdsInReach.includes(o.id)).map((m) => m.name) }))
        .filter((item) => item.from.length > 0);
      const listed = await page
        .locator(`.across-border[data-category="${category}"] li`)
        .evaluateAll((lis) => lis.map((li) => ({ id: li.getAttribute('data-offer'), text: li.textContent ?? '' })));
      expect(listed.map((l) => l.id).sort(), category).toEqual(expected.map((e) => e.offer.id).sort());
      for (const { offer, from } of expected) {
        const text = listed.find((l) => l.id === offer.id)!.text.replace(/\s+/g, ' ');
        expect(text).toContain(offer.title);
        expect(text).toContain('Landkreis Diepholz');
        expect(text).toContain(`im Radius von ${from.join(', ')}`);
        named++;
      }
    }
    // The demo's border area has integration courses in reach of municipalities with demand.
    expect(named).toBeGreaterThan(0);
  });

  it('maps the gaps of the four categories with the most unmet demand, one circle per municipality with demand', async () => {
    const maps = await page.locator('svg.gap-map').evaluateAll((svgs) =>
      svgs.map((svg) => ({
        category: svg.getAttribute('data-category'),
        circles: [...svg.querySelectorAll('circle.gap')].map((c) => c.getAttribute('data-ags')),
      })),
    );
    expect(maps).toHaveLength(4);
    for (const map of maps) {
      const api = await server.gql<{ coverageGaps: GapTable }>(
        `query($c: OfferCategory!) { coverageGaps(category: $c, districtAgs: "${district}") { municipalities { ags demand severity } } }`,
        { c: map.category },
      );
      const withDemand = api.data!.coverageGaps.municipalities.filter((m) => m.demand > 0).map((m) => m.ags);
      expect([...map.circles].sort()).toEqual([...withDemand].sort());
    }
  });

  it('lists the most urgent recommendations in the API order, with their evidence', async () => {
    const api = await server.gql<{
      recommendations: { rank: number; code: string; persons: number; textDe: string; figures: unknown[] }[];
    }>(
      `query { recommendations(districtAgs: "${district}", limit: 1000) { rank code persons textDe figures { name } } }`,
    );
    expectNoErrors(api);
    const all = api.data!.recommendations;
    const items = await page.locator('ol.recs li.rec').evaluateAll((lis) =>
      lis.map((li) => ({
        rank: Number(li.getAttribute('data-rank')),
        code: li.getAttribute('data-code'),
        text: li.querySelector('.text')!.textContent,
        evidence: li.querySelector('.evidence')!.textContent,
      })),
    );
    expect(items.map(({ rank, code, text: t }) => ({ rank, code, text: t }))).toEqual(
      all.slice(0, 25).map((r) => ({ rank: r.rank, code: r.code, text: r.textDe })),
    );
    expect(items.every((item) => item.evidence.startsWith('Belege: ') && item.evidence.length > 10)).toBe(true);
    await expect(text('.key-findings')).resolves.toContain(`${all.length} Handlungsempfehlungen`);
  });

  it('gives the network overview of the API: isolated actors, brokers, communities', async () => {
    const api = await server.gql<{ networkAnalysis: NetworkAnalysis }>(
      `query { networkAnalysis(districtAgs: "${district}") { actorCount linkCount componentCount isolatedCount brokerCount communityCount actors(isolatedOnly: true) { name } } }`,
    );
    expectNoErrors(api);
    const net = api.data!.networkAnalysis;
    for (const key of [
      'actorCount',
      'linkCount',
      'componentCount',
      'isolatedCount',
      'brokerCount',
      'communityCount',
    ] as const) {
      await expect(text(`.network-figures td[data-key="${key}"]`)).resolves.toBe(german(net[key]));
    }
    const isolated = await page.locator('ul.isolated li .name').allTextContents();
    expect(isolated.sort()).toEqual(net.actors.map((a) => a.name).sort());
    expect(net.isolatedCount).toBeGreaterThan(0);
  });

  it('shows the monitoring trends of the last twelve months as SVG charts, ending at the API figures', async () => {
    const charts = await page.locator('.charts svg.line-chart').count();
    expect(charts).toBe(3);
    const api = await server.gql<{
      monitoringSeries: { points: { date: string; unmet: number; freePlaces: number }[] }[];
    }>(
      `query { monitoringSeries(districtAgs: "${district}", categories: [INTEGRATION_COURSE]) { points { date unmet freePlaces } } }`,
    );
    expectNoErrors(api);
    const points = api.data!.monitoringSeries[0]!.points;
    expect(points.length).toBeGreaterThanOrEqual(12);
    const row = 'table.trend tr[data-category="INTEGRATION_COURSE"]';
    await expect(text(`${row} .last-unmet`)).resolves.toBe(german(points.at(-1)!.unmet));
    await expect(text(`${row} .last-free`)).resolves.toBe(german(points.at(-1)!.freePlaces));
    const line = await page
      .locator('.charts svg.line-chart')
      .first()
      .locator('g.series[data-label="Integrationskurs"] circle')
      .count();
    expect(line).toBe(points.length);
    fs.mkdirSync(path.join(projectRoot, 'test-output'), { recursive: true });
    await page.screenshot({ path: path.join(projectRoot, 'test-output', 'needs-analysis.png'), fullPage: true });
  });

  it('has the section "Wirksamkeit der Angebote" with the API\'s indicators and decision effects, in German', async () => {
    await expect(page.locator('h2', { hasText: 'Wirksamkeit der Angebote' }).count()).resolves.toBe(1);
    const api = await server.gql<{ indicators: unknown; decisionEffects: unknown }>(
      `query { indicators(districtAgs: "${district}") { category values { indicator value state } }
        decisionEffects(districtAgs: "${district}") { decisionId before after effect } }`,
      {},
      { as: 'analyst' },
    );
    expectNoErrors(api);
    const shown = await page.locator('table.effectiveness').evaluateAll((tables) =>
      tables.map((table) => ({
        category: table.getAttribute('data-category'),
        values: [...table.querySelectorAll('tbody tr')].map((tr) => ({
          indicator: tr.getAttribute('data-indicator'),
          value: tr.getAttribute('data-value') === '' ? null : Number(tr.getAttribute('data-value')),
          state: tr.querySelector('[data-state]')!.getAttribute('data-state'),
        })),
      })),
    );
    expect(shown).toEqual(api.data!.indicators);
    const effects = await page.locator('table.decision-effects tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        decisionId: tr.getAttribute('data-decision'),
        before: tr.getAttribute('data-before') === '' ? null : Number(tr.getAttribute('data-before')),
        after: tr.getAttribute('data-after') === '' ? null : Number(tr.getAttribute('data-after')),
        effect: tr.getAttribute('data-effect'),
      })),
    );
    expect(effects).toEqual(api.data!.decisionEffects);
    // The demo county's decisions: one that closed its gap, one that did not (server/demo-data, outcomes).
    expect(effects.map((e) => e.effect)).toEqual(expect.arrayContaining(['TOWARD_TARGET', 'AWAY_FROM_TARGET']));
    const section = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.includes('Wirksamkeit'))!;
      let text = '';
      for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling)
        text += ` ${node.textContent}`;
      return text;
    });
    expect(findCodeWords(section)).toEqual([]);
    expect(section).toMatch(/\d{2}\.\d{2}\.\d{4}/);
  });

  it('comes as a PDF', async () => {
    const response = await fetch(`${server.url}/reports/needs-analysis.pdf?district=${district}`, {
      headers: await headersFor('coordinator'),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/bedarfsanalyse-03256-\d{4}-\d\d-\d\d\.pdf/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(30_000);
  }, 120_000);

  it('refuses a bad district key with 400 and an unknown one with 404, naming it', async () => {
    const bad = await fetch(`${server.url}/reports/needs-analysis.html?district=3256`, {
      headers: await headersFor('analyst'),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('"3256"');
    const unknown = await fetch(`${server.url}/reports/needs-analysis.pdf?district=09999`, {
      headers: await headersFor('analyst'),
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('"09999"');
  });

  it('is for staff only: no login gets 401, a partner 403', async () => {
    const anonymous = await fetch(`${server.url}/reports/needs-analysis.html?district=${district}`);
    expect(anonymous.status).toBe(401);
    const partner = await fetch(`${server.url}/reports/needs-analysis.html?district=${district}`, {
      headers: await headersFor({ role: 'partner', actorId: 'any-actor' }),
    });
    expect(partner.status).toBe(403);
  });
});
