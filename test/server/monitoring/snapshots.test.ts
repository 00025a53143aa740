// The snapshot job against the real Neo4j: its figures equal the live gap table and the offers of the day, a
// second run replaces the day, the time series sum the snapshots, and coverageGaps(asOf) reads a past day.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInGermany } from '../../../shared/calendar.js';
import { monthsBefore } from '../../../shared/calendar.js';
import type { CoverageGapTable, MonitoringSeries } from '../../../server/generated/graphql.js';
import { snapshotCategories, type SnapshotRow } from '../../../server/monitoring/snapshot-row.js';
import { takeSnapshots } from '../../../server/monitoring/take-snapshots.js';
import { replaceSnapshots } from '../../../server/monitoring/write-snapshots.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
let samtgemeindeAgs: string;
const today = todayInGermany();
const degreesPerKm = 180 / (Math.PI * 6371.0088);

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  samtgemeindeAgs = `${place.districtAgs}5401`;
  const seat = { latitude: place.town.latitude - 40 * degreesPerKm, longitude: place.town.longitude };
  expectNoErrors(
    await server.gql(
      `mutation($d: String!, $sg: String!, $seat: PointInput!, $village: String!) {
        createMunicipalities(input: [{ ags: $sg, name: "Samtgemeinde Testaue", kind: COLLECTIVE, location: $seat,
          district: { connect: [{ where: { node: { ags: { eq: $d } } } }] },
          members: { connect: [{ where: { node: { ags: { eq: $village } } } }] } }]) { municipalities { ags } }
      }`,
      { d: place.districtAgs, sg: samtgemeindeAgs, seat, village: place.villageAgs },
    ),
  );
  const offer = (category: string, venue: string, fields: string) =>
    `{ title: "Angebot ${category} ${fields.length}", category: ${category}, format: IN_PERSON, ${fields},
       provider: { connect: [{ where: { node: { id: { eq: "${place.providerId}" } } } }] },
       venue: { connect: [{ where: { node: { ags: { eq: "${venue}" } } } }] } }`;
  expectNoErrors(
    await server.gql(`mutation { createOffers(input: [
      ${offer('INTEGRATION_COURSE', place.townAgs, 'status: OPEN, capacity: 20, booked: 12, waitlist: 0')}
      ${offer('INTEGRATION_COURSE', place.townAgs, 'status: FULL, capacity: 15, booked: 15, waitlist: 6')}
      ${offer('INTEGRATION_COURSE', place.villageAgs, 'status: CANCELLED, capacity: 25, booked: 0, waitlist: 0')}
      ${offer('LANGUAGE_CAFE', place.villageAgs, 'status: RUNNING, capacity: 12, booked: 5, waitlist: 1')}
      ${offer('JOB_LANGUAGE_COURSE', place.townAgs, 'status: PLANNED, capacity: 16, booked: 3')}
    ]) { offers { id } } }`),
  );
  const need = (ags: string, category: string, persons: number) =>
    `{ category: ${category}, persons: ${persons}, reportedAt: "2026-10-01", source: WAITLIST, status: OPEN,
       municipality: { connect: [{ where: { node: { ags: { eq: "${ags}" } } } }] } }`;
  expectNoErrors(
    await server.gql(`mutation { createNeeds(input: [
      ${need(place.townAgs, 'INTEGRATION_COURSE', 30)} ${need(place.villageAgs, 'INTEGRATION_COURSE', 14)}
      ${need(samtgemeindeAgs, 'INTEGRATION_COURSE', 9)} ${need(place.villageAgs, 'JOB_LANGUAGE_COURSE', 11)}
    ]) { needs { id } } }`),
  );
});

afterAll(async () => {
  if (place) await removePlace(server, place);
  await server?.close();
});

const deps = () => ({ driver: server.driver, database: server.database });

/** A stored snapshot's figures as Cypher returns them (counts may come as Neo4j integers: num() reads them). */
interface StoredSnapshot {
  id: string;
  ags: string;
  category: string;
  demand: unknown;
  unmet: unknown;
  accessibility: number;
  freePlaces: unknown;
  capacity: unknown;
  booked: unknown;
  waitlist: unknown;
  radiusKm: number;
}
interface HeldOffer {
  category: string;
  status: string;
  capacity: number | null;
  booked: number | null;
  waitlist: number | null;
  venue: { ags: string }[];
}
type GapTable = { coverageGaps: CoverageGapTable };
type Series = { monitoringSeries: MonitoringSeries[] };

async function snapshotsOfToday(): Promise<StoredSnapshot[]> {
  return server.cypher<StoredSnapshot>(
    `MATCH (:District {ags: $d})<-[:IN_DISTRICT]-(m:Municipality)<-[:SNAPSHOT_OF]-(s:Snapshot {date: date($today)})
     RETURN m.ags AS ags, s.category AS category, s.demand AS demand, s.unmet AS unmet, s.accessibility AS accessibility,
       s.freePlaces AS freePlaces, s.capacity AS capacity, s.booked AS booked, s.waitlist AS waitlist, s.radiusKm AS radiusKm, s.id AS id`,
    { d: place.districtAgs, today },
  );
}

const num = (value: unknown) => (neo4j.isInt(value) ? neo4j.integer.toNumber(value) : (value as number));

describe('the snapshot job', () => {
  it('writes one snapshot per municipality and category whose figures equal the live gap table and the offers held there', async () => {
    const run = await takeSnapshots(deps(), { districtAgs: [place.districtAgs] });
    expect(run).toMatchObject({
      date: today,
      districts: [place.districtAgs],
      municipalities: 3,
      created: 3 * snapshotCategories.length,
      replaced: 0,
    });
    const snapshots = await snapshotsOfToday();
    expect(snapshots).toHaveLength(3 * snapshotCategories.length);

    const offers = await server.gql<{ offers: HeldOffer[] }>(
      `query($d: String!) { offers(where: { venue: { some: { district: { some: { ags: { eq: $d } } } } } }) { category status format capacity booked waitlist venue { ags } } }`,
      { d: place.districtAgs },
    );
    expectNoErrors(offers);
    for (const category of snapshotCategories) {
      const live = await server.gql<GapTable>(
        `query($d: String!, $c: OfferCategory!) { coverageGaps(category: $c, districtAgs: $d) { fromSnapshots municipalities { ags demand unmet accessibility } } }`,
        { d: place.districtAgs, c: category },
      );
      expectNoErrors(live);
      expect(live.data!.coverageGaps.fromSnapshots).toBe(false);
      for (const row of live.data!.coverageGaps.municipalities) {
        const snapshot = snapshots.find((s) => s.ags === row.ags && s.category === category)!;
        expect({
          demand: num(snapshot.demand),
          unmet: num(snapshot.unmet),
          accessibility: snapshot.accessibility,
        }).toEqual({ demand: row.demand, unmet: row.unmet, accessibility: row.accessibility });
        const held = offers.data!.offers.filter(
          (o) =>
            o.category === category &&
            o.venue[0]?.ags === row.ags &&
            ['PLANNED', 'OPEN', 'FULL', 'RUNNING'].includes(o.status),
        );
        expect({
          capacity: num(snapshot.capacity),
          booked: num(snapshot.booked),
          waitlist: num(snapshot.waitlist),
          freePlaces: num(snapshot.freePlaces),
        }).toEqual({
          capacity: held.reduce((sum, o) => sum + (o.capacity ?? 0), 0),
          booked: held.reduce((sum, o) => sum + (o.booked ?? 0), 0),
          waitlist: held.reduce((sum, o) => sum + (o.waitlist ?? 0), 0),
          freePlaces: held
            .filter((o) => ['PLANNED', 'OPEN'].includes(o.status))
            .reduce((sum, o) => sum + Math.max(0, o.capacity! - o.booked!), 0),
        });
      }
    }
    // The hand-checked case: the town holds the open course (8 free) and the full one (15 booked, 6 waiting).
    const town = snapshots.find((s) => s.ags === place.townAgs && s.category === 'INTEGRATION_COURSE')!;
    expect([
      num(town.demand),
      num(town.freePlaces),
      num(town.capacity),
      num(town.booked),
      num(town.waitlist),
      town.radiusKm,
    ]).toEqual([30, 8, 35, 27, 6, 25]);
  });

  it('replaces the day when it runs again, changing nothing else', async () => {
    const before = await snapshotsOfToday();
    const run = await takeSnapshots(deps(), { districtAgs: [place.districtAgs] });
    expect(run).toMatchObject({ created: before.length, replaced: before.length });
    const after = await snapshotsOfToday();
    expect(after).toHaveLength(before.length);
    const strip = (rows: StoredSnapshot[]) =>
      rows
        .map(({ id: _id, ...rest }) => rest)
        .sort((a, b) => `${a.ags}${a.category}`.localeCompare(`${b.ags}${b.category}`));
    expect(strip(after)).toEqual(strip(before));
    const beforeIds = new Set(before.map((s) => s.id));
    expect(after.filter((s) => beforeIds.has(s.id))).toEqual([]);
  });

  it('refuses an unknown or malformed district naming it', async () => {
    await expect(takeSnapshots(deps(), { districtAgs: ['99x'] })).rejects.toThrow(/5-digit district key, got "99x"/);
    await expect(takeSnapshots(deps(), { districtAgs: ['00000'] })).rejects.toThrow(/no district with ags "00000"/);
  });
});

describe('the time series and past gap tables', () => {
  const past = monthsBefore(today, 2);
  const older = monthsBefore(today, 5);
  const row = (
    date: string,
    ags: string,
    demand: number,
    unmet: number,
    freePlaces: number,
    accessibility: number,
  ): SnapshotRow => ({
    id: `test-${place.districtAgs}-${date}-${ags}`,
    date,
    municipalityAgs: ags,
    category: 'INTEGRATION_COURSE',
    radiusKm: 25,
    demand,
    unmet,
    accessibility,
    freePlaces,
    capacity: freePlaces + 10,
    booked: 10,
    waitlist: 2,
  });

  beforeAll(async () => {
    const rows = [
      row(past, place.townAgs, 40, 20, 5, 0.5),
      row(past, place.villageAgs, 20, 20, 0, 0),
      row(past, samtgemeindeAgs, 10, 4, 0, 0.6),
      row(older, place.townAgs, 50, 40, 1, 0.2),
    ];
    const session = server.driver.session({ database: server.database });
    try {
      await session.executeWrite((tx) =>
        replaceSnapshots(tx, {
          dates: [past, older],
          municipalityAgs: [place.townAgs, place.villageAgs, samtgemeindeAgs],
          rows,
        }),
      );
    } finally {
      await session.close();
    }
  });

  const seriesQuery = `query($m: String, $sg: String, $d: String, $from: Date, $to: Date) {
    monitoringSeries(municipalityAgs: $m, samtgemeindeAgs: $sg, districtAgs: $d, categories: [INTEGRATION_COURSE], from: $from, to: $to) {
      category areaName areaKind points { date demand unmet coverage accessibility freePlaces capacity booked waitlist fillRate municipalities radiusKm }
    }
  }`;

  it('sums the snapshots of a district per date, oldest first, ending with the job of today', async () => {
    const response = await server.gql<Series>(seriesQuery, { d: place.districtAgs });
    expectNoErrors(response);
    const series = response.data!.monitoringSeries[0]!;
    expect(series).toMatchObject({ category: 'INTEGRATION_COURSE', areaName: 'Testkreis', areaKind: 'DISTRICT' });
    expect(series.points.map((p) => p.date)).toEqual([older, past, today]);
    expect(series.points[1]).toEqual({
      date: past,
      demand: 70,
      unmet: 44,
      coverage: 1 - 44 / 70,
      accessibility: (40 * 0.5 + 10 * 0.6) / 70,
      freePlaces: 5,
      capacity: 35,
      booked: 30,
      waitlist: 6,
      fillRate: 30 / 35,
      municipalities: 3,
      radiusKm: 25,
    });
    const live = await server.gql<GapTable>(
      `query($d: String!) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d) { area { demand unmet } } }`,
      { d: place.districtAgs },
    );
    expect(series.points[2]).toMatchObject(live.data!.coverageGaps.area);
  });

  it('narrows to a Samtgemeinde (itself and its members), a municipality, and a date range', async () => {
    const sg = await server.gql<Series>(seriesQuery, { sg: samtgemeindeAgs, from: past, to: past });
    expectNoErrors(sg);
    expect(sg.data!.monitoringSeries[0]!.points).toMatchObject([
      { date: past, demand: 30, unmet: 24, municipalities: 2 },
    ]);
    const town = await server.gql<Series>(seriesQuery, { m: place.townAgs, to: past });
    expect(town.data!.monitoringSeries[0]).toMatchObject({ areaName: 'Teststadt', areaKind: 'MUNICIPALITY' });
    expect(town.data!.monitoringSeries[0]!.points.map((p) => [p.date, p.demand, p.accessibility])).toEqual([
      [older, 50, 0.2],
      [past, 40, 0.5],
    ]);
  });

  it.each([
    [{ from: '2026-05-01', to: '2026-01-01' }, /from "2026-05-01" is after to "2026-01-01"/],
    [{ from: '2001-01-01', to: '2026-01-01' }, /longer than 10 years/],
    [{ d: null }, /exactly one of municipalityAgs, samtgemeindeAgs or districtAgs, got none/],
    [{ m: '03256022', d: '03256' }, /got municipalityAgs "03256022" and districtAgs "03256"/],
    [{ d: '3256' }, /districtAgs must be a 5-digit district key, got "3256"/],
  ])('refuses a bad range or area %j naming the bad value', async (variables, message) => {
    const response = await server.gql(seriesQuery, { d: place.districtAgs, ...variables });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(message);
  });

  it('answers coverageGaps for a past date from the snapshots of that date', async () => {
    const response = await server.gql<GapTable>(
      `query($d: String!, $asOf: Date!) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d, asOf: $asOf) {
        fromSnapshots asOf area { demand unmet severity } municipalities { ags demand unmet accessibility coverage severity freePlacesInReach offerIdsInReach }
        samtgemeinden { ags demand unmet } } }`,
      { d: place.districtAgs, asOf: past },
    );
    expectNoErrors(response);
    const table = response.data!.coverageGaps;
    expect(table).toMatchObject({ fromSnapshots: true, asOf: past, area: { demand: 70, unmet: 44, severity: 'HIGH' } });
    expect(table.municipalities.map((m) => [m.ags, m.demand, m.unmet, m.coverage, m.severity])).toEqual([
      [place.townAgs, 40, 20, 0.5, 'HIGH'],
      [place.villageAgs, 20, 20, 0, 'HIGH'],
      [samtgemeindeAgs, 10, 4, 0.6, 'MEDIUM'],
    ]);
    // The village is 20 km from the town's 5 free places, the Samtgemeinde's seat 40 km: out of reach.
    expect(table.municipalities.map((m) => m.freePlacesInReach)).toEqual([5, 5, 0]);
    expect(table.samtgemeinden).toEqual([{ ags: samtgemeindeAgs, demand: 30, unmet: 24 }]);
  });

  it('names the nearest dates when a past date has no snapshots, and refuses another radius', async () => {
    const between = monthsBefore(today, 3);
    const response = await server.gql(
      `query($d: String!, $asOf: Date!) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d, asOf: $asOf) { area { demand } } }`,
      {
        d: place.districtAgs,
        asOf: between,
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      nearestBefore: older,
      nearestAfter: past,
    });
    expect(response.errors?.[0]?.message).toContain(
      `the nearest dates with snapshots are "${older}" (before) and "${past}" (after)`,
    );
    const radius = await server.gql(
      `query($d: String!, $asOf: Date!) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d, asOf: $asOf, radiusKm: 30) { area { demand } } }`,
      {
        d: place.districtAgs,
        asOf: past,
      },
    );
    expect(radius.errors?.[0]?.message).toMatch(/computed with a radius of 25 km, not "30" km/);
  });

  it('lists the dates with snapshots of a district', async () => {
    const response = await server.gql<{ snapshotDates: string[] }>(
      `query($d: String!) { snapshotDates(districtAgs: $d) }`,
      {
        d: place.districtAgs,
      },
    );
    expect(response.data!.snapshotDates).toEqual([older, past, today]);
  });
});
