// The indicators cut from one live state of the district (analysis/indicators/load-live-district.ts) against the
// indicators read for each area alone (the path before the cut: its own gap table, waiting-time matching and places),
// for every area of the demo county (the district, each Samtgemeinde, each municipality), the two course categories
// and one without waiting times, the current month and the same month a year before: every value equal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisDeps } from '../../../server/analysis/analysis-deps.js';
import { evaluateIndicators } from '../../../server/analysis/indicators/compute-indicators.js';
import { currentMonth, shiftMonth } from '../../../server/analysis/indicators/indicator-months.js';
import {
  inputKey,
  loadIndicatorInputs,
  loadLiveState,
  type IndicatorArea,
} from '../../../server/analysis/indicators/load-indicator-inputs.js';
import {
  cutLiveState,
  loadLiveDistrict,
  memoize,
  type Remember,
} from '../../../server/analysis/indicators/load-live-district.js';
import { readIndicatorTargets } from '../../../server/config.js';
import { indicatorsOfArea } from '../../../server/monitoring/indicator-service.js';
import { loadMonitoringArea } from '../../../server/monitoring/load-monitoring-series.js';
import { todayInGermany } from '../../../shared/calendar.js';
import { ensureDemoCounty } from '../../support/demo-county.js';
import { testDriver } from '../../support/test-server.js';

const districtAgs = '03256';
const categories = ['INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE', 'FIRST_ORIENTATION_COURSE'];
const { driver, database } = testDriver();
const deps: AnalysisDeps = { driver, database };
const targets = readIndicatorTargets({});
const today = todayInGermany();
const now = currentMonth(today);
let areas: IndicatorArea[] = [];

beforeAll(async () => {
  await ensureDemoCounty(driver, database);
  const [row] = (
    await driver.executeQuery(
      `MATCH (:District {ags: $districtAgs})<-[:IN_DISTRICT]-(m:Municipality)
       RETURN collect(m.ags) AS all, collect(CASE WHEN m.kind = 'COLLECTIVE' THEN m.ags END) AS samtgemeinden`,
      { districtAgs },
      { database },
    )
  ).records.map((record) => record.toObject() as { all: string[]; samtgemeinden: string[] });
  const keys = [
    { kind: 'DISTRICT' as const, ags: districtAgs },
    ...row!.samtgemeinden.map((ags) => ({ kind: 'SAMTGEMEINDE' as const, ags })),
    ...row!.all.map((ags) => ({ kind: 'MUNICIPALITY' as const, ags })),
  ];
  areas = await Promise.all(keys.map((key) => loadMonitoringArea(deps, key)));
}, 600_000);

afterAll(() => driver.close());

/** Runs the calls a few at a time: the slow path reads a gap table and a matching per area and category. */
async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size)
    results.push(...(await Promise.all(items.slice(start, start + size).map(run))));
  return results;
}

describe('the indicators cut from the district’s live state', () => {
  it('knows the demo county’s areas: the district, its Samtgemeinden and its municipalities', () => {
    expect(areas.filter((area) => area.kind === 'SAMTGEMEINDE').length).toBeGreaterThanOrEqual(5);
    expect(areas.filter((area) => area.kind === 'MUNICIPALITY').length).toBeGreaterThanOrEqual(30);
    // Every area knows its district: the fast path is taken for all of them.
    expect(areas.every((area) => area.districtAgs === districtAgs)).toBe(true);
  });

  it('gives every area the live state it has read alone', async () => {
    const shared = memoize();
    const districts = await Promise.all(
      categories.map((category) =>
        loadLiveDistrict(deps, districtAgs, category, { radiusKm: 25, waitWeeks: 6, today, remember: shared }),
      ),
    );
    // The county has demand, places and waiting persons to compare, not only zeros.
    const county = cutLiveState(districts[0]!, areas[0]!.agsList, 6);
    expect(county.gaps.demand).toBeGreaterThan(0);
    expect(county.places.capacity).toBeGreaterThan(0);
    expect(county.waiting!.placed).toBeGreaterThan(0);
    const pairs = areas.flatMap((area) => categories.map((category, index) => ({ area, category, index })));
    const compared = await inBatches(pairs, 6, async ({ area, category, index }) => {
      const alone = await loadLiveState(deps, area, category, 6, today);
      const cut = cutLiveState(districts[index]!, area.agsList, 6);
      return { key: `${area.kind} ${area.ags} ${category}`, alone, cut: { gaps: cut.gaps, waiting: cut.waiting } };
    });
    for (const { key, alone, cut } of compared) expect(cut, key).toEqual(alone);
    // Somewhere an area's figures differ from the county's: the cut is per area, not the district's everywhere.
    expect(compared.some(({ cut }) => cut.gaps.demand !== county.gaps.demand)).toBe(true);
  }, 900_000);

  it('gives every area the indicators of the path that reads each area alone', async () => {
    const months = [now, shiftMonth(now, -1)];
    const remember: Remember = memoize();
    const compared = await inBatches(areas, 4, async (area) => {
      const fast = await indicatorsOfArea(deps, area, categories, months, targets, today, remember);
      // The path before the cut: an area without a known district is read alone.
      const inputs = await loadIndicatorInputs(
        deps,
        { ...area, districtAgs: null },
        categories,
        [...months, ...months.map((month) => shiftMonth(month, -12))],
        targets.waitWeeks,
        today,
      );
      const slow = categories.flatMap((category) =>
        months.map((month) => ({
          category,
          month,
          source: inputs.get(inputKey(category, month))!.source,
          values: evaluateIndicators(
            inputs.get(inputKey(category, month))!.inputs,
            targets,
            inputs.get(inputKey(category, shiftMonth(month, -12)))!.inputs,
          ),
        })),
      );
      return { area, fast, slow };
    });
    let shownValues = 0;
    for (const { area, fast, slow } of compared) {
      expect(
        fast.map(({ category, month, source, values }) => ({ category, month, source, values })),
        `${area.kind} ${area.ags}`,
      ).toEqual(slow);
      shownValues += fast.flatMap((row) => row.values).filter((value) => value.value !== null).length;
    }
    expect(shownValues).toBeGreaterThan(areas.length * 5);
  }, 900_000);
});
