// The indicator parts of the monitoring view (issue 19) in a real headless Chromium against the API with the demo
// county and its two years of outcomes: the indicators of the district with their targets (table and charts) equal to
// Query.indicators, the decisions' effects equal to Query.decisionEffects, the areas ranked by change, the
// small-number rule (a rate over fewer than 5 persons reads "zu wenige Fälle", never a number) and the export as CSV
// and Excel file. Screenshots go to test-output/monitoring-indicators*.png.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { advanceDataVersion } from '../../server/database/data-version.js';
import { todayInGermany } from '../../shared/calendar.js';
import { testDriver } from '../support/test-server.js';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();
const { driver, database } = testDriver();
afterAll(() => driver.close());

const today = todayInGermany();
const month = today.slice(0, 7);
const monthsBefore = (n: number) => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 - n, 1));
  return d.toISOString().slice(0, 7);
};

interface Value {
  indicator: string;
  value: number | null;
  reason: string | null;
  target: number;
  direction: string;
  state: string;
  yearBefore: number | null;
  yearBeforeReason: string | null;
  change: number | null;
  towardTarget: boolean | null;
}
interface AreaRow {
  areaName: string;
  month: string;
  values: Value[];
}

const indicatorsQuery = `query($d: String, $sg: String, $m: String, $from: String, $to: String) {
  indicators(districtAgs: $d, samtgemeindeAgs: $sg, municipalityAgs: $m, categories: [INTEGRATION_COURSE], from: $from, to: $to) {
    areaName month values { indicator value reason target direction state yearBefore yearBeforeReason change towardTarget }
  }
}`;

const german = {
  states: { MET: 'Ziel erreicht', CLOSE: 'knapp verfehlt', MISSED: 'Ziel verfehlt', NO_VALUE: 'kein Wert' },
  effects: {
    TOWARD_TARGET: 'zum Ziel hin',
    AWAY_FROM_TARGET: 'vom Ziel weg',
    UNCHANGED: 'unverändert',
    PENDING: 'noch offen',
    NOT_MEASURABLE: 'nicht messbar',
  },
} as const;
const shares = new Set(['UTILISATION', 'COMPLETION_RATE', 'EXAM_SUCCESS_RATE', 'COVERAGE']);

const open = (query: string) =>
  explorer.open({
    view: 'monitoring',
    query: query ? `view=monitoring&${query}` : 'view=monitoring',
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });

async function waitForIndicators(page: Page): Promise<void> {
  await page.waitForSelector('.indicators[data-ready="true"] [data-testid=indicator-table]', { timeout: 120_000 });
}

/** The rows of the indicator table: indicator, raw value, the cells as read. */
function tableRows(page: Page) {
  return page.locator('[data-testid=indicator-table] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      indicator: tr.getAttribute('data-indicator')!,
      value: tr.getAttribute('data-value')!,
      cells: [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent.trim()),
    })),
  );
}

describe('the indicators in the monitoring view', () => {
  it("shows the district's indicators with their targets as the API has them, in German, with a chart per indicator", async () => {
    const page = await open('cat=INTEGRATION_COURSE');
    await waitForIndicators(page);
    const api = await explorer.server.gql<{ indicators: AreaRow[] }>(indicatorsQuery, {
      d: demoDistrictAgs,
      from: monthsBefore(12),
      to: month,
    });
    const rows = [...api.indicators].sort((a, b) => a.month.localeCompare(b.month));
    expect(rows).toHaveLength(13);
    const current = rows.at(-1)!;
    expect(await page.locator('[data-testid=indicator-table]').getAttribute('data-month')).toBe(month);
    const shown = await tableRows(page);
    const applicable = current.values.filter((v) => v.reason !== 'NOT_APPLICABLE');
    expect(shown.map((r) => r.indicator)).toEqual(applicable.map((v) => v.indicator));
    expect(applicable.filter((v) => v.value !== null).length).toBeGreaterThanOrEqual(5);
    for (const [i, v] of applicable.entries()) {
      const row = shown[i]!;
      expect(row.value, v.indicator).toBe(v.value === null ? '' : String(v.value));
      const [, valueCell, targetCell, stateCell] = row.cells;
      if (v.value !== null && shares.has(v.indicator))
        expect(valueCell).toBe(`${Math.round(v.value * 100).toLocaleString('de-DE')} %`);
      if (v.reason === 'FEWER_THAN_5') expect(valueCell).toBe('zu wenige Fälle');
      expect(targetCell).toMatch(v.direction === 'AT_LEAST' ? /^mindestens / : /^höchstens /);
      if (shares.has(v.indicator)) expect(targetCell).toContain(`${Math.round(v.target * 100)} %`);
      expect(stateCell).toBe(german.states[v.state as keyof typeof german.states]);
    }
    // No code words, no ISO dates in what a person reads.
    const text = await page.locator('.effectiveness').innerText();
    expect(text).not.toMatch(/\b[A-Z]{2,}(_[A-Z0-9]+)+\b/);
    expect(text).not.toMatch(/\b\d{4}-\d\d(-\d\d)?\b/);

    // One chart per applicable indicator: its months, its values (a share in per cent) and the target line.
    for (const v of applicable) {
      const chart = await page.evaluate((id) => {
        const c = window.bildungsnetz!.chart(id) as unknown as {
          data: { labels: string[]; datasets: { data: (number | null)[] }[] };
        };
        return c ? { labels: c.data.labels, values: c.data.datasets[0]!.data, target: c.data.datasets[1]!.data } : null;
      }, `indicator-chart-${v.indicator}`);
      expect(chart, v.indicator).not.toBeNull();
      expect(chart!.labels).toHaveLength(13);
      expect(chart!.labels.at(-1)).toMatch(/^[A-ZÄÖÜ][a-zä]+\.? \d{4}$/); // "Dez. 2026"
      const scale = (x: number | null) => (x === null ? null : shares.has(v.indicator) ? Math.round(x * 1000) / 10 : x);
      expect(chart!.values).toEqual(rows.map((r) => scale(r.values.find((x) => x.indicator === v.indicator)!.value)));
      expect(new Set(chart!.target)).toEqual(new Set([scale(v.target)]));
    }
    // The charts drew ink: the value line is blue (#2563eb).
    const inked = await page.evaluate(() => {
      const canvas = document.getElementById('indicator-chart-UTILISATION') as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let blue = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! < 80 && data[i + 1]! < 130 && data[i + 2]! > 200 && data[i + 3]! > 0) blue++;
      return blue;
    });
    expect(inked).toBeGreaterThan(30);
    await page.locator('.effectiveness').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'monitoring-indicators.png'), fullPage: true });
    await page.close();
  }, 300_000);

  it("lists the round's decisions with their indicator before and after, as the API computes them", async () => {
    const page = await open('cat=INTEGRATION_COURSE');
    await page.waitForSelector('.effects[data-ready="true"]', { timeout: 120_000 });
    const api = await explorer.server.gql<{
      decisionEffects: {
        decisionId: string;
        before: number | null;
        after: number | null;
        effect: string;
        areaName: string | null;
        indicator: string | null;
      }[];
    }>(`query($d: String) { decisionEffects(districtAgs: $d) { decisionId before after effect areaName indicator } }`, {
      d: demoDistrictAgs,
    });
    const addressed = api.decisionEffects.filter((e) => e.effect !== 'NOT_ADDRESSED');
    expect(addressed.length).toBeGreaterThanOrEqual(2); // the demo's pooled course and its drop-out provider
    const rows = await page.locator('[data-testid=decision-effects] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-decision'),
        effect: tr.getAttribute('data-effect'),
        before: tr.getAttribute('data-before'),
        after: tr.getAttribute('data-after'),
        cells: [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent.trim()),
      })),
    );
    expect(rows.map((r) => r.id)).toEqual(addressed.map((e) => e.decisionId));
    for (const [i, e] of addressed.entries()) {
      const row = rows[i]!;
      expect(row.effect).toBe(e.effect);
      expect(row.before).toBe(e.before === null ? '' : String(e.before));
      expect(row.after).toBe(e.after === null ? '' : String(e.after));
      expect(row.cells[1]).toBe(e.areaName ?? '–');
      expect(row.cells.at(-1)).toContain(german.effects[e.effect as keyof typeof german.effects]);
      expect(row.cells[0]).toMatch(/Beschlossen am \d\d\.\d\d\.\d{4}/);
    }
    // The demo has a decision that helped and one that did not.
    expect(addressed.map((e) => e.effect)).toContain('TOWARD_TARGET');
    expect(addressed.some((e) => e.effect === 'AWAY_FROM_TARGET' || e.effect === 'UNCHANGED')).toBe(true);
    await page.locator('[data-testid=decision-effects]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'monitoring-indicators-effects.png') });
    await page.close();
  }, 300_000);

  it('ranks the areas by the change since a year before, best first, and the keyboard picks the indicator', async () => {
    const page = await open('cat=INTEGRATION_COURSE');
    await page.waitForSelector('.area-ranking[data-ready="true"]', { timeout: 180_000 });
    // The keyboard reaches the indicator of the ranking and changes it.
    await page.locator('#ranking-indicator').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=area-ranking]')?.getAttribute('data-indicator') === 'COVERAGE',
      undefined,
      { timeout: 30_000 },
    );
    await page.selectOption('#ranking-indicator', 'UNMET_DEMAND');
    await page.waitForSelector('[data-testid=area-ranking][data-indicator="UNMET_DEMAND"]');
    const rows = await page
      .locator('[data-testid=area-ranking] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({ ags: tr.getAttribute('data-ags')!, change: tr.getAttribute('data-change')! })),
      );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    // Unmet demand should go down: the largest fall comes first, areas without a comparison last.
    const changes = rows.map((r) => (r.change === '' ? null : Number(r.change)));
    const compared = changes.filter((c): c is number => c !== null);
    expect(compared).toEqual([...compared].sort((a, b) => a - b));
    expect(changes.slice(compared.length).every((c) => c === null)).toBe(true);
    // The figures are the API's for each area.
    const sample = rows[0]!; // the largest fall of unmet demand
    const api = await explorer.server.gql<{ indicators: AreaRow[] }>(indicatorsQuery, {
      [sample.ags.length === 9 ? 'sg' : 'm']: sample.ags,
      from: month,
      to: month,
    });
    const unmet = api.indicators[0]!.values.find((v) => v.indicator === 'UNMET_DEMAND')!;
    expect(sample.change).toBe(unmet.change === null ? '' : String(unmet.change));
    await page.close();
  }, 300_000);

  it('shows a rate over fewer than 5 persons as "zu wenige Fälle", never as a number', async () => {
    // A municipality whose courses report nothing ending this month, and a running course of it: it reports 3.
    const monthStart = `${month}-01`;
    const found = await driver.executeQuery(
      `MATCH (m:Municipality)<-[:TAKES_PLACE_IN]-(o:Offer {category: 'INTEGRATION_COURSE'})
       WHERE m.ags STARTS WITH $d AND m.kind <> 'COLLECTIVE' AND o.startDate <= date($today)
         AND NOT EXISTS { (o)<-[:OUTCOME_OF]-(:Outcome) }
         AND NOT EXISTS { MATCH (m)<-[:TAKES_PLACE_IN]-(:Offer)<-[:OUTCOME_OF]-(x:Outcome) WHERE x.periodEnd >= date($monthStart) }
       RETURN o.id AS offerId, m.ags AS ags, toString(o.startDate) AS startDate ORDER BY m.ags, o.id LIMIT 1`,
      { d: demoDistrictAgs, today, monthStart },
      { database },
    );
    expect(found.records).toHaveLength(1);
    const { offerId, ags, startDate } = found.records[0]!.toObject() as {
      offerId: string;
      ags: string;
      startDate: string;
    };
    const before = await explorer.server.gql<{ indicators: AreaRow[] }>(indicatorsQuery, {
      m: ags,
      from: month,
      to: month,
    });
    expect(before.indicators[0]!.values.find((v) => v.indicator === 'COMPLETION_RATE')!.reason).toBe('NO_DATA');
    const reported = await explorer.server.gql<{ reportOutcomes: { outcomes: { id: string }[] } }>(
      `mutation($o: [OutcomeInput!]!) { reportOutcomes(outcomes: $o) { outcomes { id } } }`,
      {
        o: [
          {
            offerId,
            periodStart: startDate > monthStart ? startDate : monthStart,
            periodEnd: today,
            started: 3,
            finished: 2,
            droppedOut: 1,
            dtzB1: 1,
            dtzA2: 1,
            dtzBelowA2: 0,
          },
        ],
      },
    );
    const outcomeId = reported.reportOutcomes.outcomes[0]!.id;
    try {
      const api = await explorer.server.gql<{ indicators: AreaRow[] }>(indicatorsQuery, {
        m: ags,
        from: month,
        to: month,
      });
      const completion = api.indicators[0]!.values.find((v) => v.indicator === 'COMPLETION_RATE')!;
      expect(completion).toMatchObject({ value: null, reason: 'FEWER_THAN_5', state: 'NO_VALUE' });
      const page = await open(`cat=INTEGRATION_COURSE&area=${ags}`);
      await waitForIndicators(page);
      await page.waitForFunction(
        (name) => document.querySelector('#indicator-table-title')?.textContent?.includes(name),
        api.indicators[0]!.areaName,
        { timeout: 60_000 },
      );
      const rows = await tableRows(page);
      const row = rows.find((r) => r.indicator === 'COMPLETION_RATE')!;
      expect(row.value).toBe('');
      expect(row.cells[1]).toBe('zu wenige Fälle');
      expect(row.cells[3]).toBe('kein Wert');
      for (const hidden of rows.filter(
        (r) => api.indicators[0]!.values.find((v) => v.indicator === r.indicator)!.reason === 'FEWER_THAN_5',
      ))
        expect(hidden.cells[1]).toBe('zu wenige Fälle');
      // Nowhere on the page does a percentage of those three persons appear (2 of 3: 67 %).
      expect(await page.locator('.effectiveness').innerText()).not.toContain('67 %');
      const title = await page
        .locator('[data-testid=indicator-table] tr[data-indicator=COMPLETION_RATE] td.too-few')
        .first()
        .getAttribute('title');
      expect(title).toContain('Weniger als 5 Personen');
      await page.locator('[data-testid=indicator-table]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(screenshotDir, 'monitoring-indicators-few.png') });
      // The export hides it too.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=indicators-csv]').click(),
      ]);
      const csv = (await fs.readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const line = csv.split('\r\n').find((l) => l.includes(';Abschlussquote;') && l.includes(monthNameDe(month)))!;
      expect(line.split(';')[4]).toBe('zu wenige Fälle');
      await page.close();
    } finally {
      const session = driver.session({ database });
      try {
        await session.executeWrite(async (tx) => {
          await tx.run('MATCH (x:Outcome {id: $id}) DETACH DELETE x', { id: outcomeId });
          await advanceDataVersion(tx);
        });
      } finally {
        await session.close();
      }
    }
  }, 300_000);

  it('exports the indicators of the span as CSV and as an Excel file with the figures of the table', async () => {
    const page = await open('cat=INTEGRATION_COURSE');
    await waitForIndicators(page);
    const shown = await tableRows(page);
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=indicators-csv]').click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe(`kennzahlen-${demoDistrictAgs}-integration-course.csv`);
    const csv = (await fs.readFile(await csvDownload.path(), 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...lines] = csv.trim().split('\r\n');
    expect(header).toBe('Gebiet;Kategorie;Monat;Kennzahl;Wert;Einheit;Ziel;Richtung;Stand;Vorjahresmonat;Veränderung');
    const now = lines.filter((l) => l.split(';')[2] === monthNameDe(month));
    expect(now).toHaveLength(shown.length);
    for (const row of shown) {
      const line = now.find((l) => l.split(';')[3] === row.cells[0])!;
      const value = line.split(';')[4]!;
      if (row.value === '') expect(value).not.toMatch(/^\d/);
      else if (row.cells[1]!.endsWith('%'))
        expect(Math.round(Number(value.replace(',', '.')))).toBe(Math.round(Number(row.value) * 100));
      else expect(Number(value.replace(',', '.'))).toBeCloseTo(Number(row.value), 1);
    }
    expect(lines.map((l) => l.split(';')[2])).not.toContain(undefined);
    expect(new Set(lines.map((l) => l.split(';')[2])).size).toBe(13); // the 13 months of the span

    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=indicators-xlsx]').click(),
    ]);
    expect(xlsxDownload.suggestedFilename()).toBe(`kennzahlen-${demoDistrictAgs}-integration-course.xlsx`);
    const sheet = await readSheet(await fs.readFile(await xlsxDownload.path()));
    expect(sheet[0]).toEqual(header!.split(';'));
    expect(sheet.length - 1).toBe(lines.length);
    const utilisation = sheet.find((r) => r[2] === monthNameDe(month) && r[3] === 'Auslastung')!;
    const shownUtilisation = shown.find((r) => r.indicator === 'UTILISATION')!;
    expect(typeof utilisation[4]).toBe('number');
    expect(Math.round(utilisation[4] as number)).toBe(Math.round(Number(shownUtilisation.value) * 100));
    await page.close();
  }, 300_000);
});

function monthNameDe(m: string): string {
  return new Date(`${m}-15T12:00:00Z`).toLocaleDateString('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
