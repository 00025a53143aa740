// Query.indicatorRanking without districtAgs: every district of the graph ranked from one country-wide pass (one gap
// table, one read of the places, the country-wide matching, outcomes and snapshots grouped by district), and every
// district's row equal to what indicators(districtAgs: X) gives for that district: both course categories, all 8
// indicators, the current month (live) and a past month (snapshots). The graph: the demo county and two small test
// districts, one with municipality Snapshots, the other with an IndicatorSnapshot of the district, each with offers,
// needs and outcomes in the months compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, todayInGermany } from '../../../shared/calendar.js';
import { indicatorNames } from '../../../server/analysis/indicators/indicator-definitions.js';
import { coverageGapTable } from '../../../server/analysis/gaps/gap-service.js';
import { countryGapFigures } from '../../../server/analysis/gaps/country-gap-figures.js';
import { ensureDemoCounty } from '../../support/demo-county.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, testDriver, type TestServer } from '../../support/test-server.js';

const today = todayInGermany();
const month = (shift: number) => addMonths(`${today.slice(0, 7)}-01`, shift).slice(0, 7);
const lastDay = (m: string) => addDays(addMonths(`${m}-01`, 1), -1);
const now = month(0);
const past = month(-1);
const categories = ['INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE'];
const { driver, database } = testDriver();
let server: TestServer;
const places: Place[] = [];

interface Value {
  indicator: string;
  value: number | null;
  change: number | null;
  direction: string;
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
const rankingQuery = `query($c: OfferCategory!, $i: Indicator!, $month: String) {
  indicatorRanking(category: $c, indicator: $i, month: $month) {
    rank areaAgs areaName areaKind improvement value { ${valueFields} } } }`;
const indicatorsQuery = `query($d: String, $c: [OfferCategory!], $from: String, $to: String) {
  indicators(districtAgs: $d, categories: $c, from: $from, to: $to) {
    areaAgs areaName areaKind category month values { ${valueFields} } } }`;

/** Offers, needs and outcomes of both course categories in a test district; n varies the figures per district. */
async function fillPlace(place: Place, n: number): Promise<void> {
  const offer = (key: string, category: string, venue: string, fields: string) =>
    `${key}: createOffers(input: [{ title: "Kurs ${key}", category: ${category}, format: IN_PERSON, ${fields},
       source: "ranking-districts-${place.districtAgs}", externalId: "${key}",
       provider: { connect: [{ where: { node: { id: { eq: "${place.providerId}" } } } }] },
       venue: { connect: [{ where: { node: { ags: { eq: "${venue}" } } } }] } }]) { offers { id } }`;
  const created = await server.gql(`mutation {
    ${offer('open', 'INTEGRATION_COURSE', place.townAgs, `status: OPEN, capacity: 20, booked: ${10 + n}, startDate: "${addDays(today, 14)}"`)}
    ${offer('job', 'JOB_LANGUAGE_COURSE', place.villageAgs, `status: OPEN, capacity: 12, booked: ${4 + n}, startDate: "${addDays(today, 30)}"`)}
    ${offer('done', 'INTEGRATION_COURSE', place.townAgs, `status: COMPLETED, capacity: 20, booked: 18, startDate: "${addMonths(today, -14)}"`)}
    ${offer('jobDone', 'JOB_LANGUAGE_COURSE', place.villageAgs, `status: COMPLETED, capacity: 12, booked: 10, startDate: "${addMonths(today, -14)}"`)}
  }`);
  expectNoErrors(created);
  const ids = Object.fromEntries(
    Object.entries(created.data!).map(([key, value]) => [key, (value as { offers: { id: string }[] }).offers[0]!.id]),
  );
  const need = (ags: string, category: string, persons: number) =>
    `{ category: ${category}, persons: ${persons}, reportedAt: "${addDays(today, -40)}", source: WAITLIST, status: OPEN,
       municipality: { connect: [{ where: { node: { ags: { eq: "${ags}" } } } }] } }`;
  expectNoErrors(
    await server.gql(`mutation { createNeeds(input: [
      ${need(place.townAgs, 'INTEGRATION_COURSE', 8 + n)} ${need(place.villageAgs, 'INTEGRATION_COURSE', 30)}
      ${need(place.townAgs, 'JOB_LANGUAGE_COURSE', 6 + n)} ${need(place.villageAgs, 'JOB_LANGUAGE_COURSE', 7)}
    ]) { needs { id } } }`),
  );
  // Outcomes of one month each: the months compared and the months a year before them.
  const outcomes = [0, -1, -12, -13].flatMap((shift, index) => {
    const end = shift === 0 ? today : lastDay(month(shift));
    return [
      {
        offerId: ids.done,
        periodStart: `${month(shift)}-01`,
        periodEnd: end,
        started: 12 + n + index,
        finished: 9 + index,
        droppedOut: 2,
        dtzB1: 4 + n,
        dtzA2: 3,
        dtzBelowA2: 1 + index,
      },
      {
        offerId: ids.jobDone,
        periodStart: `${month(shift)}-01`,
        periodEnd: end,
        started: 9 + index,
        finished: 7 + n,
        droppedOut: 1,
        certificates: 5 + (index % 2),
      },
    ];
  });
  expectNoErrors(
    await server.gql(
      `mutation($outcomes: [OutcomeInput!]!) { reportOutcomes(source: "ranking-districts", outcomes: $outcomes) { created } }`,
      { outcomes },
    ),
  );
}

/** The stored states of the past months: municipality Snapshots in one district, an IndicatorSnapshot in the other. */
async function storeStates(): Promise<void> {
  const [first, second] = places;
  for (const [index, shift] of [-1, -12, -13].entries())
    for (const category of categories) {
      await server.cypher(
        `UNWIND $rows AS row
         MATCH (m:Municipality {ags: row.ags})
         CREATE (:Snapshot {id: randomUUID(), date: date($date), category: $category, capacity: row.capacity,
                 booked: row.booked, demand: row.demand, unmet: row.unmet, radiusKm: 25})-[:SNAPSHOT_OF]->(m)`,
        {
          date: `${month(shift)}-10`,
          category,
          rows: [
            { ags: first!.townAgs, capacity: 20, booked: 8 + index, demand: 14, unmet: 5 + index },
            { ags: first!.villageAgs, capacity: 10, booked: 9, demand: 9 - index, unmet: 3 },
          ],
        },
      );
      await server.cypher(
        `CREATE (:IndicatorSnapshot {id: randomUUID(), areaAgs: $d, areaKind: 'DISTRICT', date: date($date),
                 category: $category, capacity: 30, booked: $booked, demand: 40, unmet: $unmet, placed: 12,
                 medianWeeks: $median, p90Weeks: 9.0, overTarget: 2, noSuitableStart: 1, hasWaiting: true})`,
        {
          d: second!.districtAgs,
          date: `${month(shift)}-20`,
          category,
          booked: 20 + index,
          unmet: 10 - index,
          median: 3 + index,
        },
      );
    }
}

beforeAll(async () => {
  await ensureDemoCounty(driver, database);
  server = await startTestServer();
  places.push(await createPlace(server), await createPlace(server));
  for (const [index, place] of places.entries()) await fillPlace(place, index);
  await storeStates();
}, 600_000);

afterAll(async () => {
  for (const place of places) {
    await server.cypher('MATCH (i:IndicatorSnapshot) WHERE i.areaAgs STARTS WITH $d DETACH DELETE i', {
      d: place.districtAgs,
    });
    await removePlace(server, place);
  }
  await server?.close();
  await driver.close();
});

async function rankDistricts(category: string, indicator: string, at: string): Promise<RankingRow[]> {
  const result = await server.gql<{ indicatorRanking: RankingRow[] }>(
    rankingQuery,
    { c: category, i: indicator, month: at },
    { as: 'analyst' },
  );
  expectNoErrors(result);
  return result.data!.indicatorRanking;
}

describe('the districts of the whole graph ranked by an indicator', () => {
  it('gives every district the values of indicators(districtAgs) for it: both categories, 8 indicators, live and past', async () => {
    const [graph] = await server.cypher<{ districts: string[] }>(
      'MATCH (d:District) RETURN collect(d.ags) AS districts',
    );
    const districts = [...graph!.districts].sort();
    expect(districts).toEqual(expect.arrayContaining(['03256', ...places.map((place) => place.districtAgs)]));
    let shown = 0;
    for (const category of categories)
      for (const at of [now, past]) {
        const expected = new Map<string, Value[]>();
        for (const districtAgs of districts) {
          const result = await server.gql<{ indicators: { values: Value[]; areaKind: string }[] }>(
            indicatorsQuery,
            { d: districtAgs, c: [category], from: at, to: at },
            { as: 'analyst' },
          );
          expectNoErrors(result);
          expect(result.data!.indicators).toHaveLength(1);
          expected.set(districtAgs, result.data!.indicators[0]!.values);
        }
        for (const indicator of indicatorNames) {
          const rows = await rankDistricts(category, indicator, at);
          expect(rows.map((row) => row.areaAgs).sort(), `${category} ${indicator} ${at}`).toEqual(districts);
          for (const row of rows) {
            expect(row.areaKind).toBe('DISTRICT');
            const value = expected.get(row.areaAgs)!.find((candidate) => candidate.indicator === indicator);
            expect(row.value, `${row.areaAgs} ${category} ${indicator} ${at}`).toEqual(value);
            if (row.value.value !== null) shown += 1;
          }
          // Ranked as the areas of a district are: the largest move toward the target first, the rest last.
          const compared = rows.filter((row) => row.improvement !== null);
          expect(rows.slice(0, compared.length)).toEqual(compared);
          expect(compared.map((row) => row.rank)).toEqual(compared.map((_row, index) => index + 1));
          for (const row of compared)
            expect(row.improvement).toBeCloseTo(
              row.value.direction === 'AT_LEAST' ? row.value.change! : -row.value.change!,
              12,
            );
        }
      }
    // Not vacuous: the test districts have values live and from their stored states, and some have a comparison.
    expect(shown).toBeGreaterThan(40);
    const completion = await rankDistricts('INTEGRATION_COURSE', 'COMPLETION_RATE', now);
    for (const place of places)
      expect(completion.find((row) => row.areaAgs === place.districtAgs)!.rank).not.toBeNull();
    const coverage = await rankDistricts('JOB_LANGUAGE_COURSE', 'COVERAGE', past);
    for (const place of places)
      expect(coverage.find((row) => row.areaAgs === place.districtAgs)!.value.yearBefore).not.toBeNull();
  }, 600_000);

  it('reads the demand and unmet of the country gap table for every municipality, and the places held', async () => {
    const deps = { driver, database };
    for (const category of categories) {
      const [lean, table] = await Promise.all([
        countryGapFigures(deps, category, 25),
        coverageGapTable(deps, { category, radiusKm: 25 }),
      ]);
      const fromTable = table.municipalities
        .filter((row) => row.demand > 0 && row.located)
        .map(({ ags, demand, unmet }) => ({ ags, demand, unmet }))
        .sort((a, b) => (a.ags < b.ags ? -1 : 1));
      expect(lean.unmet).toEqual(fromTable);
      expect(lean.unmet.some((row) => row.unmet > 0 && row.unmet < row.demand)).toBe(true);
      // Every other row of the table is 0 of 0.
      const kept = new Set(lean.unmet.map((row) => row.ags));
      for (const row of table.municipalities.filter((candidate) => !kept.has(candidate.ags)))
        expect([row.ags, row.demand, row.unmet]).toEqual([row.ags, 0, 0]);
      // The places as the snapshot job counts them, per municipality.
      const held = await server.cypher<{ ags: string; capacity: number; booked: number }>(
        `MATCH (m:Municipality)<-[:TAKES_PLACE_IN]-(o:Offer)
         WHERE o.category = $category AND o.format <> 'ONLINE' AND o.status IN ['PLANNED', 'OPEN', 'FULL', 'RUNNING']
         RETURN m.ags AS ags, sum(coalesce(o.capacity, 0)) AS capacity, sum(coalesce(o.booked, 0)) AS booked`,
        { category },
      );
      expect(held.length).toBeGreaterThan(2);
      expect(lean.places).toEqual(
        Object.fromEntries(
          held.map((row) => [row.ags, { capacity: Number(row.capacity), booked: Number(row.booked) }]),
        ),
      );
    }
  }, 300_000);

  it('refuses a malformed district key as before and stays for the analysts and the coordinator', async () => {
    const malformed = await server.gql(
      `{ indicatorRanking(districtAgs: "3256", category: INTEGRATION_COURSE, indicator: COVERAGE) { areaAgs } }`,
      {},
      { as: 'analyst' },
    );
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const coordinator = await server.gql<{ indicatorRanking: RankingRow[] }>(
      rankingQuery,
      { c: 'INTEGRATION_COURSE', i: 'COVERAGE', month: now },
      { as: 'coordinator' },
    );
    expectNoErrors(coordinator);
    expect(coordinator.data!.indicatorRanking.length).toBeGreaterThanOrEqual(3);
    const partner = await server.gql(
      rankingQuery,
      { c: 'INTEGRATION_COURSE', i: 'COVERAGE' },
      { as: { role: 'partner', actorId: places[0]!.providerId, source: 'ranking-districts' } },
    );
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.gql(rankingQuery, { c: 'INTEGRATION_COURSE', i: 'COVERAGE' }, { as: 'anonymous' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
