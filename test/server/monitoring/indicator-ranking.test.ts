// Query.indicatorRanking through the API on the demo county: the district's Samtgemeinden and the municipalities in
// none, each with the value Query.indicators gives for that area, ranked by the move toward the target since a year
// before (areas without a comparison last, by name); bad arguments refused naming the value; staff only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInGermany } from '../../../shared/calendar.js';
import { ensureDemoCounty } from '../../support/demo-county.js';
import { expectNoErrors } from '../../support/fixtures.js';
import { startTestServer, testDriver, type TestServer } from '../../support/test-server.js';

const districtAgs = '03256';
const month = todayInGermany().slice(0, 7);
const { driver, database } = testDriver();
let server: TestServer;

interface Value {
  indicator: string;
  value: number | null;
  reason: string | null;
  direction: string;
  yearBefore: number | null;
  change: number | null;
  [field: string]: unknown;
}
interface RankingRow {
  rank: number | null;
  areaAgs: string;
  areaName: string;
  areaKind: string;
  improvement: number | null;
  value: Value;
}

const valueFields =
  'indicator value reason basis target direction state yearBefore yearBeforeReason change towardTarget';
const rankingQuery = `query($d: String!, $c: OfferCategory!, $i: Indicator!, $month: String) {
  indicatorRanking(districtAgs: $d, category: $c, indicator: $i, month: $month) {
    rank areaAgs areaName areaKind improvement value { ${valueFields} } } }`;
const indicatorsQuery = `query($sg: String, $m: String, $c: [OfferCategory!], $from: String, $to: String) {
  indicators(samtgemeindeAgs: $sg, municipalityAgs: $m, categories: $c, from: $from, to: $to) {
    areaAgs values { ${valueFields} } } }`;

beforeAll(async () => {
  await ensureDemoCounty(driver, database);
  server = await startTestServer();
}, 600_000);

afterAll(async () => {
  await server?.close();
  await driver.close();
});

async function rank(indicator: string, category = 'INTEGRATION_COURSE', as: 'analyst' | 'coordinator' = 'analyst') {
  const result = await server.gql<{ indicatorRanking: RankingRow[] }>(
    rankingQuery,
    { d: districtAgs, c: category, i: indicator },
    { as },
  );
  expectNoErrors(result);
  return result.data!.indicatorRanking;
}

describe('the ranking of the areas by the change of an indicator', () => {
  it('lists the Samtgemeinden and the municipalities in none, each with its value of Query.indicators', async () => {
    const rows = await rank('UNMET_DEMAND');
    const [expected] = await server.cypher<{ areas: string[] }>(
      `MATCH (:District {ags: $d})<-[:IN_DISTRICT]-(m:Municipality)
       WHERE m.kind = 'COLLECTIVE' OR NOT EXISTS { (m)-[:MEMBER_OF]->() }
       RETURN collect(m.ags) AS areas`,
      { d: districtAgs },
    );
    expect(rows.map((row) => row.areaAgs).sort()).toEqual([...expected!.areas].sort());
    expect(rows.some((row) => row.areaKind === 'SAMTGEMEINDE')).toBe(true);
    expect(rows.some((row) => row.areaKind === 'MUNICIPALITY')).toBe(true);
    for (const row of rows) {
      const result = await server.gql<{ indicators: { values: Value[] }[] }>(
        indicatorsQuery,
        {
          [row.areaKind === 'SAMTGEMEINDE' ? 'sg' : 'm']: row.areaAgs,
          c: ['INTEGRATION_COURSE'],
          from: month,
          to: month,
        },
        { as: 'analyst' },
      );
      expectNoErrors(result);
      const value = result.data!.indicators[0]!.values.find((v) => v.indicator === 'UNMET_DEMAND');
      expect(row.value, row.areaName).toEqual(value);
    }
  }, 600_000);

  it('ranks the largest move toward the target first, and areas without a comparison last by name', async () => {
    for (const indicator of ['UNMET_DEMAND', 'COVERAGE', 'COMPLETION_RATE']) {
      const rows = await rank(indicator);
      const compared = rows.filter((row) => row.improvement !== null);
      const without = rows.filter((row) => row.improvement === null);
      expect(rows).toEqual([...compared, ...without]);
      // Unmet demand should fall (AT_MOST): the improvement is the fall; coverage should rise: the rise.
      for (const row of compared)
        expect(row.improvement).toBeCloseTo(
          row.value.direction === 'AT_LEAST' ? row.value.change! : -row.value.change!,
          12,
        );
      expect(compared.map((row) => row.improvement)).toEqual(
        [...compared.map((row) => row.improvement!)].sort((a, b) => b - a),
      );
      expect(compared.map((row) => row.rank)).toEqual(compared.map((_row, index) => index + 1));
      expect(without.every((row) => row.rank === null && row.value.change === null)).toBe(true);
      const names = without.map((row) => row.areaName);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
    }
    // The demo's two years of snapshots give the unmet demand of some areas a comparison.
    expect((await rank('UNMET_DEMAND')).filter((row) => row.rank !== null).length).toBeGreaterThan(2);
  }, 600_000);

  it('refuses a month in the future, a malformed month and an unknown district, naming the value', async () => {
    const next = `${Number(month.slice(0, 4)) + 1}${month.slice(4)}`;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ month: next }, 'BAD_USER_INPUT', new RegExp(`month "${next}" is after the current month`)],
      [{ month: '2026-13' }, 'BAD_USER_INPUT', /month must be a month YYYY-MM, got "2026-13"/],
      [{ d: '99999' }, 'NOT_FOUND', /There is no district with ags "99999"/],
      [{ d: '3256' }, 'BAD_USER_INPUT', /"3256"/],
    ];
    for (const [change, code, message] of cases) {
      const result = await server.gql(
        rankingQuery,
        { d: districtAgs, c: 'INTEGRATION_COURSE', i: 'COVERAGE', ...change },
        { as: 'analyst' },
      );
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(change)).toBe(code);
      expect(result.errors![0]!.message).toMatch(message);
    }
  });

  it('is for the analysts and the coordinator only', async () => {
    const coordinator = await rank('COVERAGE', 'JOB_LANGUAGE_COURSE', 'coordinator');
    expect(coordinator.length).toBeGreaterThan(5);
    const variables = { d: districtAgs, c: 'INTEGRATION_COURSE', i: 'COVERAGE' };
    const partner = await server.gql(rankingQuery, variables, {
      as: { role: 'partner', actorId: 'ranking-test-partner', source: 'ranking-test' },
    });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(partner.data?.indicatorRanking ?? null).toBeNull();
    const anonymous = await server.gql(rankingQuery, variables, { as: 'anonymous' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
