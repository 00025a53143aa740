// Outcomes, indicators and decision effects through the API against the real Neo4j, on a small graph whose figures
// are computed by hand: a partner reports for its own offers only, bad figures are refused with nothing written,
// every indicator of the current month (live) and of past months (snapshots), the year before, the snapshot job's
// IndicatorSnapshots, and decisions before and after their due date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, todayInGermany } from '../../../shared/calendar.js';
import { takeSnapshots } from '../../../server/monitoring/take-snapshots.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, type Caller, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
const today = todayInGermany();
const month = (shift: number) => addMonths(`${today.slice(0, 7)}-01`, shift).slice(0, 7);
const lastDay = (m: string) => addDays(addMonths(`${m}-01`, 1), -1);
const offers: Record<string, string> = {};
const decisionIds: Record<string, string> = {};
let meetingIds: string[] = [];
const partner = () => ({
  role: 'partner' as const,
  actorId: place.providerId,
  source: `outcome-test-${place.districtAgs}`,
});

const outcomeFields =
  'id offerId periodStart periodEnd started finished droppedOut dtzB1 dtzA2 dtzBelowA2 certificates reportedBy';
const report = `mutation($outcomes: [OutcomeInput!]!, $source: String) {
  reportOutcomes(source: $source, outcomes: $outcomes) { created updated unchanged outcomes { ${outcomeFields} } } }`;

/** Figures for the half year up to today. */
const halfYear = (offerId: string | undefined, counts: Record<string, number>) => ({
  offerId,
  periodStart: addMonths(today, -6),
  periodEnd: today,
  ...counts,
});
const reportOutcomes = (outcomes: object[], as: Caller) => server.gql(report, { outcomes }, { as });

async function countOutcomes(): Promise<number> {
  const [row] = await server.cypher(
    `MATCH (x:Outcome)-[:OUTCOME_OF]->(:Offer)-[:TAKES_PLACE_IN]->(:Municipality)-[:IN_DISTRICT]->(:District {ags: $d}) RETURN count(x) AS n`,
    { d: place.districtAgs },
  );
  return Number(row!.n);
}

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  const offer = (key: string, category: string, venue: string, provider: string, fields: string) =>
    `${key}: createOffers(input: [{ title: "Kurs ${key}", category: ${category}, format: IN_PERSON, ${fields},
       source: "outcome-test-${place.districtAgs}", externalId: "${key}",
       provider: { connect: [{ where: { node: { id: { eq: "${provider}" } } } }] },
       venue: { connect: [{ where: { node: { ags: { eq: "${venue}" } } } }] } }]) { offers { id } }`;
  const start = (shift: number) => `"${addMonths(today, shift)}"`;
  const created = await server.gql(`mutation {
    ${offer('open', 'INTEGRATION_COURSE', place.townAgs, place.providerId, `status: OPEN, capacity: 20, booked: 12, startDate: "${addDays(today, 14)}"`)}
    ${offer('full', 'INTEGRATION_COURSE', place.townAgs, place.providerId, `status: FULL, capacity: 15, booked: 15, startDate: "${addDays(today, 60)}"`)}
    ${offer('done', 'INTEGRATION_COURSE', place.townAgs, place.providerId, `status: COMPLETED, capacity: 20, booked: 18, startDate: ${start(-11)}`)}
    ${offer('old', 'INTEGRATION_COURSE', place.townAgs, place.providerId, `status: COMPLETED, capacity: 20, booked: 18, startDate: ${start(-30)}`)}
    ${offer('job', 'JOB_LANGUAGE_COURSE', place.villageAgs, place.providerId, `status: COMPLETED, capacity: 12, booked: 8, startDate: ${start(-6)}`)}
    ${offer('foreign', 'INTEGRATION_COURSE', place.villageAgs, place.partnerId, `status: COMPLETED, capacity: 10, booked: 9, startDate: ${start(-6)}`)}
  }`);
  expectNoErrors(created);
  for (const [key, value] of Object.entries(created.data!))
    offers[key] = (value as { offers: { id: string }[] }).offers[0]!.id;
  const need = (ags: string, persons: number, reportedAt: string) =>
    `{ category: INTEGRATION_COURSE, persons: ${persons}, reportedAt: "${reportedAt}", source: WAITLIST, status: OPEN,
       municipality: { connect: [{ where: { node: { ags: { eq: "${ags}" } } } }] } }`;
  expectNoErrors(
    await server.gql(`mutation { createNeeds(input: [
      ${need(place.townAgs, 6, addDays(today, -60))} ${need(place.villageAgs, 4, addDays(today, -59))}
    ]) { needs { id } } }`),
  );
}, 300_000);

afterAll(async () => {
  if (!place) return;
  await server.cypher('MATCH (d:Decision) WHERE d.id IN $ids DETACH DELETE d', { ids: Object.values(decisionIds) });
  await server.cypher(
    'MATCH (m:Meeting) WHERE m.id IN $ids OPTIONAL MATCH (m)-[:MEETING_OF]->(n:Network) DETACH DELETE m, n',
    { ids: meetingIds },
  );
  await server.cypher('MATCH (i:IndicatorSnapshot) WHERE i.areaAgs STARTS WITH $d DETACH DELETE i', {
    d: place.districtAgs,
  });
  await removePlace(server, place);
  await server.close();
});

describe('reporting outcomes', () => {
  it('lets a partner report for its own offer, by id or by externalId, and reads them back', async () => {
    const result = await reportOutcomes(
      [
        {
          offerId: offers.done,
          periodStart: addMonths(today, -11),
          periodEnd: today,
          started: 12,
          finished: 9,
          droppedOut: 2,
          dtzB1: 5,
          dtzA2: 3,
          dtzBelowA2: 1,
          orientationPassed: 8,
          orientationFailed: 1,
        },
        {
          externalId: 'old',
          periodStart: addMonths(today, -30),
          periodEnd: lastDay(month(-12)),
          started: 10,
          finished: 5,
          droppedOut: 5,
          dtzB1: 1,
          dtzA2: 2,
          dtzBelowA2: 2,
        },
        halfYear(offers.job, { started: 4, finished: 3, droppedOut: 1, certificates: 2 }),
      ],
      partner(),
    );
    expectNoErrors(result);
    expect(result.data!.reportOutcomes).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect((result.data!.reportOutcomes as { outcomes: unknown[] }).outcomes[1]).toMatchObject({
      offerId: offers.old,
      started: 10,
      finished: 5,
      reportedBy: 'test-partner',
    });
    // The same again changes nothing; new figures for the same period replace the old ones.
    const again = await reportOutcomes(
      [halfYear(offers.job, { started: 4, finished: 3, droppedOut: 1, certificates: 2 })],
      partner(),
    );
    expect(again.data!.reportOutcomes).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const listed = await server.gql(
      `query($ids: [ID!]) { offerOutcomes(offerIds: $ids) { offerId started finished dtzB1 } }`,
      { ids: [offers.done] },
      { as: 'analyst' },
    );
    expect(listed.data!.offerOutcomes).toEqual([{ offerId: offers.done, started: 12, finished: 9, dtzB1: 5 }]);
    expect(await countOutcomes()).toBe(3);
  });

  it("refuses a partner reporting for another provider's offer, and writes none of the batch", async () => {
    const result = await reportOutcomes(
      [
        {
          offerId: offers.open,
          periodStart: addDays(today, -3),
          periodEnd: addDays(today, -1),
          started: 1,
          finished: 0,
          droppedOut: 0,
        },
        halfYear(offers.foreign, { started: 9, finished: 8, droppedOut: 1 }),
      ],
      partner(),
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FOREIGN_OFFER' });
    expect(result.errors![0]!.message).toContain(`offerId "${offers.foreign}"`);
    expect(await countOutcomes()).toBe(3);
    // Analysts and anonymous callers report nothing; the coordinator may report for any offer.
    const analyst = await reportOutcomes(
      [halfYear(offers.foreign, { started: 9, finished: 8, droppedOut: 1 })],
      'analyst',
    );
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await reportOutcomes(
      [halfYear(offers.foreign, { started: 9, finished: 8, droppedOut: 1 })],
      'anonymous',
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countOutcomes()).toBe(3);
  });

  it('refuses bad figures naming the value, and writes nothing of the batch', async () => {
    const good = {
      offerId: offers.foreign,
      periodStart: addMonths(today, -6),
      periodEnd: addDays(today, -1),
      started: 9,
      finished: 8,
      droppedOut: 1,
    };
    const cases: [object, RegExp][] = [
      [{ finished: 9 }, /outcomes\[1\]\.finished: finished "9" \+ droppedOut "1" = 10 is more than started "9"/],
      [{ droppedOut: -2, finished: 1 }, /outcomes\[1\]\.droppedOut: must be a whole number of 0 or more, got "-2"/],
      [
        { dtzB1: 6, dtzA2: 4 },
        /DTZ results \(dtzB1 \+ dtzA2 \+ dtzBelowA2\) = 10 is more than the participants \(started "9"\)/,
      ],
      [{ certificates: 1 }, /only job language courses have certificates/],
      [{ periodEnd: addDays(today, 1) }, /is in the future/],
      [
        { periodStart: addMonths(today, -8), periodEnd: addMonths(today, -7) },
        /periodEnd: "[0-9-]+" is before the offer's start/,
      ],
      [{ periodStart: addMonths(today, -2), periodEnd: addDays(today, -3) }, /overlaps the period/],
      [
        { offerId: offers.done, periodStart: addMonths(today, -2), periodEnd: addDays(today, -1) },
        /overlaps the period/,
      ],
    ];
    for (const [change, message] of cases) {
      const result = await server.gql(report, { outcomes: [good, { ...good, ...change }] });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message, JSON.stringify(change)).toMatch(message);
      expect(result.errors![0]!.message).toContain('nothing was written');
      expect(await countOutcomes()).toBe(3);
    }
  });
});

const indicatorsQuery = `query($d: String, $m: String, $c: [OfferCategory!], $from: String, $to: String) {
  indicators(districtAgs: $d, municipalityAgs: $m, categories: $c, from: $from, to: $to) {
    areaAgs areaKind category month source
    values { indicator value reason basis target direction state yearBefore yearBeforeReason change towardTarget }
  } }`;

type Value = { indicator: string; value: number | null; reason: string | null; state: string; [key: string]: unknown };
const byIndicator = (values: Value[]) => Object.fromEntries(values.map((v) => [v.indicator, v]));

describe('the indicators', () => {
  it('computes every indicator of the current month from the live graph, by hand', async () => {
    const result = await server.gql(
      indicatorsQuery,
      { d: place.districtAgs, c: ['INTEGRATION_COURSE'] },
      { as: 'analyst' },
    );
    expectNoErrors(result);
    const [row] = result.data!.indicators as { values: Value[]; source: string; month: string }[];
    expect(row).toMatchObject({ source: 'LIVE', month: month(0) });
    const values = byIndicator(row!.values);
    // Places of the OPEN and FULL courses held in the district: (12 + 15) / (20 + 15).
    expect(values.UTILISATION).toMatchObject({ value: 27 / 35, basis: 35, state: 'CLOSE' });
    // The period of the "done" course ends this month: 9 of 12 finished; B1 for 5 of 9 DTZ takers.
    expect(values.COMPLETION_RATE).toMatchObject({ value: 0.75, basis: 12, state: 'MET' });
    expect(values.EXAM_SUCCESS_RATE).toMatchObject({ value: 5 / 9, basis: 9, state: 'CLOSE' });
    // 8 free places two weeks ahead: the town's 6 (older need) and 2 of the village's 4 are placed, 2 have no start.
    expect(values.MEDIAN_WAIT_WEEKS).toMatchObject({ value: 2, basis: 8, state: 'MET' });
    expect(values.P90_WAIT_WEEKS).toMatchObject({ value: 2, state: 'MET' });
    expect(values.PERSONS_OVER_TARGET_WAIT).toMatchObject({ value: 2, state: 'MISSED' });
    // 2SFCA: R = 8 / (6 + 4 W(20 km)); the village reaches W(20) R of a place per person.
    const w = (Math.exp(-400 / (2 * 625)) - Math.exp(-0.5)) / (1 - Math.exp(-0.5));
    const villageUnmet = Math.round(4 * (1 - Math.min(1, (w * 8) / (6 + 4 * w))));
    expect(villageUnmet).toBe(3);
    expect(values.UNMET_DEMAND).toMatchObject({ value: 3, basis: 10, state: 'MISSED' });
    expect(values.COVERAGE).toMatchObject({ value: 0.7, basis: 10, state: 'MISSED' });
    // The same month a year before: 5 of 10 finished, no snapshots then.
    expect(values.COMPLETION_RATE).toMatchObject({ yearBefore: 0.5, change: 0.25, towardTarget: true });
    expect(values.UTILISATION).toMatchObject({ yearBefore: null, yearBeforeReason: 'NO_SNAPSHOT' });
  });

  it('hides rates on fewer than 5 persons (the village’s job language course)', async () => {
    const result = await server.gql(
      indicatorsQuery,
      { m: place.villageAgs, c: ['JOB_LANGUAGE_COURSE'] },
      { as: 'coordinator' },
    );
    expectNoErrors(result);
    const values = byIndicator((result.data!.indicators as { values: Value[] }[])[0]!.values);
    expect(values.COMPLETION_RATE).toMatchObject({
      value: null,
      reason: 'FEWER_THAN_5',
      basis: null,
      state: 'NO_VALUE',
    });
    expect(values.EXAM_SUCCESS_RATE).toMatchObject({ value: null, reason: 'FEWER_THAN_5' });
    expect(values.UTILISATION).toMatchObject({ value: null, reason: 'NO_DATA' }); // its course is completed
  });

  it('reads past months from the snapshots: an IndicatorSnapshot, else the municipalities’ Snapshots', async () => {
    const earlier = `${month(-1)}-15`;
    const older = `${month(-2)}-10`;
    await server.cypher(
      `CREATE (:IndicatorSnapshot {id: randomUUID(), date: date($date), areaAgs: $d, areaKind: 'DISTRICT', category: 'INTEGRATION_COURSE',
         capacity: 40, booked: 38, demand: 20, unmet: 8, hasWaiting: true, placed: 12, medianWeeks: 7, p90Weeks: 15,
         overTarget: 5, noSuitableStart: 8, targetWeeks: 6})`,
      { date: earlier, d: place.districtAgs },
    );
    await server.cypher(
      `UNWIND [[$town, 30, 24, 10, 2], [$village, 0, 0, 6, 6]] AS r MATCH (m:Municipality {ags: r[0]})
       CREATE (:Snapshot {id: randomUUID(), date: date($date), category: 'INTEGRATION_COURSE', radiusKm: 25.0, capacity: r[1], booked: r[2],
         demand: r[3], unmet: r[4], freePlaces: 0, waitlist: 0, accessibility: 0.5, createdAt: datetime()})-[:SNAPSHOT_OF]->(m)`,
      { date: older, town: place.townAgs, village: place.villageAgs },
    );
    const result = await server.gql(
      indicatorsQuery,
      { d: place.districtAgs, c: ['INTEGRATION_COURSE'], from: month(-2), to: month(-1) },
      { as: 'analyst' },
    );
    expectNoErrors(result);
    const [two, one] = result.data!.indicators as { month: string; source: string; values: Value[] }[];
    expect([two!.month, one!.month]).toEqual([month(-2), month(-1)]);
    const last = byIndicator(one!.values);
    expect(one!.source).toBe('SNAPSHOT');
    expect(last.UTILISATION!.value).toBe(38 / 40);
    expect(last.MEDIAN_WAIT_WEEKS).toMatchObject({ value: 7, state: 'MISSED' }); // beyond 6 x 1.1
    expect(last.P90_WAIT_WEEKS).toMatchObject({ value: 15, state: 'MISSED' });
    expect(last.PERSONS_OVER_TARGET_WAIT!.value).toBe(13);
    expect(last.COVERAGE!.value).toBe(0.6);
    const before = byIndicator(two!.values);
    expect(before.UTILISATION!.value).toBe(24 / 30);
    expect(before.UNMET_DEMAND!.value).toBe(8);
    expect(before.COVERAGE!.value).toBe(0.5);
    expect(before.MEDIAN_WAIT_WEEKS).toMatchObject({ value: null, reason: 'NO_SNAPSHOT' });
  });

  it('the snapshot job writes the indicators’ figures of every area, equal to the live ones', async () => {
    const run = await takeSnapshots(
      { driver: server.driver, database: server.database },
      { districtAgs: [place.districtAgs] },
    );
    expect(run.indicatorSnapshots).toBeGreaterThan(0);
    const [district] = await server.cypher(
      `MATCH (i:IndicatorSnapshot {areaAgs: $d, category: 'INTEGRATION_COURSE', date: date($today)})
       RETURN i.areaKind AS kind, i.capacity AS capacity, i.booked AS booked, i.demand AS demand, i.unmet AS unmet,
              i.placed AS placed, i.medianWeeks AS median, i.noSuitableStart AS none`,
      { d: place.districtAgs, today },
    );
    expect(
      Object.fromEntries(Object.entries(district!).map(([k, v]) => [k, typeof v === 'string' ? v : Number(v)])),
    ).toEqual({
      kind: 'DISTRICT',
      capacity: 35,
      booked: 27,
      demand: 10,
      unmet: 3,
      placed: 8,
      median: 2,
      none: 2,
    });
    const [village] = await server.cypher(
      `MATCH (i:IndicatorSnapshot {areaAgs: $v, category: 'INTEGRATION_COURSE', date: date($today)}) RETURN i.placed AS placed, i.unmet AS unmet`,
      { v: place.villageAgs, today },
    );
    expect([Number(village!.placed), Number(village!.unmet)]).toEqual([2, 3]);
    await server.cypher(
      'MATCH (:District {ags: $d})<-[:IN_DISTRICT]-(:Municipality)<-[:SNAPSHOT_OF]-(s:Snapshot {date: date($today)}) DETACH DELETE s',
      { d: place.districtAgs, today },
    );
  });

  it('answers an unknown district with NOT_FOUND (its live month, started before the area is read, fails quietly)', async () => {
    // The district's live state is read side by side with the area: its failure must neither replace the area's
    // answer nor escape as an unhandled rejection (vitest fails the run on one).
    const result = await server.gql(indicatorsQuery, { d: '99999' }, { as: 'analyst' });
    expect(result.errors?.[0]).toMatchObject({
      message: 'There is no district with ags "99999"',
      extensions: { code: 'NOT_FOUND' },
    });
    const year = await server.gql(indicatorsQuery, { d: '99999', from: month(-12) }, { as: 'analyst' });
    expect(year.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad months and is for staff only', async () => {
    const bad = await server.gql(indicatorsQuery, { d: place.districtAgs, from: '2026-13' }, { as: 'analyst' });
    expect(bad.errors?.[0]).toMatchObject({
      message: 'from must be a month YYYY-MM, got "2026-13"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const partnerCall = await server.gql(indicatorsQuery, { d: place.districtAgs }, { as: partner() });
    expect(partnerCall.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const targets = await server.gql(
      '{ indicatorTargets { indicator target direction setting } }',
      {},
      { as: 'analyst' },
    );
    expect(targets.data!.indicatorTargets).toContainEqual({
      indicator: 'COMPLETION_RATE',
      target: 0.75,
      direction: 'AT_LEAST',
      setting: 'INDICATOR_TARGET_COMPLETION_RATE',
    });
  });
});

describe('the effect of decisions', () => {
  it('shows the indicator before the decision and after its due date, and whether it moved toward the target', async () => {
    // Outcomes of the "old" course: 6 and 5 of 10 finished in the two months before the decision, 8 and 9 after.
    const periods: [number, number][] = [
      [-8, 6],
      [-7, 5],
      [-4, 8],
      [-3, 9],
    ];
    const written = await server.gql(report, {
      outcomes: periods.map(([shift, finished]) => ({
        offerId: offers.old,
        periodStart: `${month(shift)}-01`,
        periodEnd: lastDay(month(shift)),
        started: 10,
        finished,
        droppedOut: 10 - finished,
      })),
    });
    expectNoErrors(written);
    const meetingDate = `${month(-6)}-10`;
    const [meeting] = await server.cypher(
      `CREATE (n:Network {id: randomUUID(), name: 'Trägerrunde Test', kind: 'EXCHANGE_ROUND', createdAt: datetime(), updatedAt: datetime()})
       CREATE (m:Meeting {id: randomUUID(), date: date($date), createdAt: datetime(), updatedAt: datetime()})-[:MEETING_OF]->(n)
       CREATE (r:Meeting {id: randomUUID(), date: date($recent), createdAt: datetime(), updatedAt: datetime()})-[:MEETING_OF]->(n)
       RETURN m.id AS id, r.id AS recent`,
      { date: meetingDate, recent: `${month(-1)}-05` },
    );
    meetingIds = [meeting!.id as string, meeting!.recent as string];
    const decide = (key: string, meetingId: string, due: string, addresses: string) =>
      `${key}: createDecisions(input: [{ text: "Beschluss ${key}", status: DONE, dueDate: "${due}", ${addresses}
         meeting: { connect: [{ where: { node: { id: { eq: "${meetingId}" } } } }] } }]) { decisions { id } }`;
    const created = await server.gql(`mutation {
      helped: ${decide('helped', meetingIds[0]!, `${month(-5)}-20`, `addressesAreaAgs: "${place.districtAgs}", addressesCategory: INTEGRATION_COURSE, addressesIndicator: COMPLETION_RATE,`).slice(8)}
      unknown: ${decide('unknown', meetingIds[0]!, `${month(-5)}-20`, `addressesAreaAgs: "${place.villageAgs}", addressesCategory: INTEGRATION_COURSE, addressesIndicator: COMPLETION_RATE,`).slice(9)}
      pending: ${decide('pending', meetingIds[1]!, `${month(0)}-01`, `addressesAreaAgs: "${place.districtAgs}", addressesCategory: INTEGRATION_COURSE, addressesIndicator: UNMET_DEMAND,`).slice(9)}
      plain: ${decide('plain', meetingIds[1]!, `${month(0)}-01`, '').slice(7)}
    }`);
    expectNoErrors(created);
    for (const key of ['helped', 'unknown', 'pending', 'plain'])
      decisionIds[key] = (created.data![key] as { decisions: { id: string }[] }).decisions[0]!.id;

    const effects = await server.gql(
      `query($d: String) { decisionEffects(districtAgs: $d, months: 2) { decisionId areaName indicator beforeFrom beforeTo afterFrom afterTo before after beforeReason afterReason target direction effect } }`,
      { d: place.districtAgs },
      { as: 'analyst' },
    );
    expectNoErrors(effects);
    const rows = Object.fromEntries(
      (effects.data!.decisionEffects as { decisionId: string }[]).map((row) => [row.decisionId, row]),
    );
    expect(Object.keys(rows).sort()).toEqual([decisionIds.helped, decisionIds.pending, decisionIds.unknown].sort());
    expect(rows[decisionIds.helped!]).toMatchObject({
      areaName: 'Testkreis',
      beforeFrom: month(-8),
      beforeTo: month(-7),
      afterFrom: month(-4),
      afterTo: month(-3),
      before: 11 / 20,
      after: 17 / 20,
      target: 0.75,
      direction: 'AT_LEAST',
      effect: 'TOWARD_TARGET',
    });
    expect(rows[decisionIds.unknown!]).toMatchObject({
      areaName: 'Testdorf',
      beforeReason: 'NO_DATA',
      effect: 'NOT_MEASURABLE',
    });
    expect(rows[decisionIds.pending!]).toMatchObject({ effect: 'PENDING', after: null });
    const plain = await server.gql(`query($ids: [ID!]) { decisionEffects(decisionIds: $ids) { effect } }`, {
      ids: [decisionIds.plain],
    });
    expect(plain.data!.decisionEffects).toEqual([{ effect: 'NOT_ADDRESSED' }]);
  });

  it('refuses a decision addressing a malformed area key', async () => {
    const result = await server.gql(
      `mutation($m: ID!) { createDecisions(input: [{ text: "x", status: OPEN, addressesAreaAgs: "12",
      meeting: { connect: [{ where: { node: { id: { eq: $m } } } }] } }]) { decisions { id } } }`,
      { m: meetingIds[0] },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('"12"');
  });
});
