// The demo county in the real Neo4j: loads whole, loads again to the same graph, and keeps every graph rule,
// so that the API accepts writes on top of it. The demo data is shared with the explorer's browser tests, which
// run in parallel: both load it (loading is idempotent) and neither deletes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCounty } from '../../support/demo-county.js';
import { loadDemoData } from '../../../server/demo-data/load-demo-data.js';
import type { CoverageGapTable } from '../../../server/generated/graphql.js';
import { expectNoErrors } from '../../support/fixtures.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

let server: TestServer;
const data = demoCounty;

/** Nodes and relationships of the demo county, with every property, in a stable order. */
async function graphFingerprint(): Promise<string> {
  const rows = await server.cypher(
    `MATCH (n) WHERE n.id STARTS WITH 'demo-' OR n.ags STARTS WITH $ags
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY coalesce(n.id, n.ags), type(r), coalesce(m.id, m.ags)
     RETURN collect([coalesce(n.id, n.ags), apoc.map.removeKeys(properties(n), ['createdAt', 'updatedAt']), type(r), coalesce(m.id, m.ags), properties(r)]) AS graph`,
    { ags: data.district.ags },
  );
  return JSON.stringify(rows[0]!.graph);
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('the demo data in Neo4j', () => {
  it('loads whole, and a second load leaves the same graph', async () => {
    const counts = await loadDemoData(server.driver, data, { database: server.database });
    expect(counts).toMatchObject({
      districts: 2, // the county and the neighbour whose border area comes with it
      municipalities: 42 + data.borderArea.municipalities.length,
      actors: data.actors.length + data.borderArea.actors.length,
      offers: data.offers.length + data.borderArea.offers.length,
      needs: data.needs.length,
    });
    const first = await graphFingerprint();
    const again = await loadDemoData(server.driver, data, { database: server.database });
    expect(await graphFingerprint()).toBe(first);
    // The change history records what a load changed: nothing, the second time.
    expect(again.changes).toBe(0);
    const seeded = await server.cypher(
      `MATCH (c:ChangeEvent {entityId: $id, origin: 'seed'}) RETURN c.authorId AS author LIMIT 1`,
      { id: data.offers[0]!.id },
    );
    expect(counts.changes === 0 || seeded[0]?.author === 'seed').toBe(true);
  });

  it('is what the API shows: every actor kind, every category, the monthly round', async () => {
    type Count = { aggregate: { count: { nodes: number } } };
    const response = await server.gql<{
      districts: { municipalitiesConnection: Count }[];
      actors: { kind: string }[];
      offers: { category: string; provider: unknown[] }[];
      networks: { meetingsConnection: Count }[];
    }>(
      `query($ags: String!) {
        districts(where: { ags: { eq: $ags } }) { name municipalitiesConnection { aggregate { count { nodes } } } }
        actors(where: { id: { startsWith: "demo-" } }, limit: 1000) { kind }
        offers(where: { id: { startsWith: "demo-" } }, limit: 1000) { category provider { id } }
        networks(where: { kind: { eq: EXCHANGE_ROUND }, cadence: { eq: MONTHLY } }) { name meetingsConnection { aggregate { count { nodes } } } }
      }`,
      { ags: data.district.ags },
    );
    expectNoErrors(response);
    const { districts, actors, offers, networks } = response.data!;
    expect(districts[0]!.municipalitiesConnection.aggregate.count.nodes).toBe(42);
    expect(new Set(actors.map((a) => a.kind)).size).toBe(19);
    expect(new Set(offers.map((o) => o.category)).size).toBe(15);
    expect(offers.every((o) => o.provider.length === 1)).toBe(true);
    expect(networks.length).toBeGreaterThanOrEqual(1);
    expect(networks[0]!.meetingsConnection.aggregate.count.nodes).toBeGreaterThanOrEqual(6);
  });

  it('keeps every graph rule, so writes through the API succeed on top of it', async () => {
    const offer = data.offers[0]!;
    const response = await server.gql<{ updateOffers: { offers: unknown } }>(
      `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { waitlist: { set: 3 } }) { offers { waitlist } } }`,
      {
        id: offer.id,
      },
    );
    expectNoErrors(response);
    expect(response.data!.updateOffers.offers).toEqual([{ waitlist: 3 }]);
  });
});

/** The generated type; each query asks for the fields its test reads. */
type GapTable = { coverageGaps: CoverageGapTable };

// An independent computation of the gap formula of ../shared/DESIGN.md, by brute force over every pair,
// from the raw graph, to check the API's table against.
interface RawPoint {
  ags: string;
  lat: number;
  lon: number;
  demand: number;
}
interface RawOffer {
  id: string;
  lat: number;
  lon: number;
  status: string;
  capacity: number | null;
  booked: number | null;
}

/** The great-circle distance of DESIGN.md (haversine, mean earth radius), written here apart from the server's. */
function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const R = 6371.0088;
  const rad = (x: number) => (x * Math.PI) / 180;
  return (
    2 *
    R *
    Math.asin(
      Math.sqrt(
        Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
          Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2,
      ),
    )
  );
}

function independentGaps(
  points: RawPoint[],
  offers: RawOffer[],
  d0: number,
): Map<string, { accessibility: number; unmet: number }> {
  const dist = greatCircleKm;
  const w = (d: number) => (d > d0 ? 0 : (Math.exp(-(d ** 2) / (2 * d0 ** 2)) - Math.exp(-0.5)) / (1 - Math.exp(-0.5)));
  const ratios = offers.map((o) => {
    if (!['PLANNED', 'OPEN'].includes(o.status) || o.capacity === null) return 0;
    const s = Math.max(0, o.capacity - (o.booked ?? 0));
    const weighted = points.reduce((sum, p) => sum + (dist(p, o) <= d0 ? w(dist(p, o)) * p.demand : 0), 0);
    return weighted > 0 ? s / weighted : 0;
  });
  return new Map(
    points.map((p) => {
      const a = offers.reduce((sum, o, j) => sum + (dist(p, o) <= d0 ? w(dist(p, o)) * ratios[j]! : 0), 0);
      return [p.ags, { accessibility: a, unmet: Math.round(p.demand * (1 - Math.min(1, a))) }];
    }),
  );
}

describe('the demo county’s gap tables', () => {
  it('agree with an independent computation of the formula for every category (unmet within 1, accessibility within 1 %)', async () => {
    await loadDemoData(server.driver, data, { database: server.database });
    const categories = (
      await server.cypher('MATCH (o:Offer) WHERE o.id STARTS WITH "demo-" RETURN collect(DISTINCT o.category) AS c')
    )[0]!.c as string[];
    expect(categories).toHaveLength(15);
    for (const category of categories) {
      const response = await server.gql<GapTable>(
        `query($c: OfferCategory!) { coverageGaps(category: $c, districtAgs: "03256") { area { demand unmet } municipalities { ags demand accessibility unmet severity } } }`,
        { c: category },
      );
      expectNoErrors(response);
      const table = response.data!.coverageGaps;
      expect(table.municipalities).toHaveLength(42);

      const points = await server.cypher<RawPoint>(
        `MATCH (m:Municipality) WHERE m.location IS NOT NULL
         OPTIONAL MATCH (m)<-[:NEEDED_IN]-(n:Need {category: $c, status: 'OPEN'})
         RETURN m.ags AS ags, m.location.latitude AS lat, m.location.longitude AS lon, coalesce(sum(n.persons), 0) AS demand`,
        { c: category },
      );
      const offers = await server.cypher<RawOffer>(
        `MATCH (o:Offer {category: $c}) WHERE o.status IN ['PLANNED', 'OPEN', 'FULL', 'RUNNING'] AND o.format <> 'ONLINE'
         OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
         WITH o, coalesce(o.location, v.location) AS at WHERE at IS NOT NULL
         RETURN o.id AS id, at.latitude AS lat, at.longitude AS lon, o.status AS status, o.capacity AS capacity, o.booked AS booked`,
        { c: category },
      );
      const expected = independentGaps(points, offers, 25);
      for (const row of table.municipalities) {
        const want = expected.get(row.ags)!;
        expect(Math.abs(row.unmet - want.unmet), `${category} ${row.ags} unmet`).toBeLessThanOrEqual(1);
        expect(
          Math.abs(row.accessibility - want.accessibility),
          `${category} ${row.ags} accessibility`,
        ).toBeLessThanOrEqual(0.01 * Math.max(want.accessibility, 1e-9) + 1e-9);
      }
      const demand = table.municipalities.reduce((sum, row) => sum + row.demand, 0);
      expect(table.area.demand).toBe(demand);
    }
  });

  it('shows the south-west gap: open demand in Samtgemeinde Uchte with no offer within 25 km', async () => {
    const response = await server.gql<GapTable>(
      `query { coverageGaps(category: JOB_LANGUAGE_COURSE, samtgemeindeAgs: "032565408") { area { name demand unmet severity }
        municipalities { ags name demand unmet severity offersInReach nearestOfferKm nearestOffer { title providerName } } } }`,
    );
    expectNoErrors(response);
    const table = response.data!.coverageGaps;
    expect(table.area.name).toBe('Samtgemeinde Uchte');
    const withDemand = table.municipalities.filter((row) => row.demand > 0);
    expect(withDemand.length).toBeGreaterThan(0);
    const gap = withDemand.find((row) => row.offersInReach === 0);
    expect(gap).toBeDefined();
    expect(gap!.severity).toBe('HIGH');
    expect(gap!.unmet).toBe(gap!.demand);
    expect(gap!.nearestOfferKm).toBeGreaterThan(25);
    expect(gap!.nearestOffer?.providerName).toBeTruthy();
  });

  it('counts the courses across the border: the neighbour’s integration courses are in reach where they are near', async () => {
    const live = ['PLANNED', 'OPEN', 'FULL', 'RUNNING'];
    const border = data.borderArea.offers.filter((o) => o.category === 'INTEGRATION_COURSE' && live.includes(o.status));
    expect(border.length).toBeGreaterThan(0);
    const borderIds = new Set(border.map((o) => o.id));
    const response = await server.gql<GapTable>(
      `query { coverageGaps(category: INTEGRATION_COURSE, districtAgs: "03256") {
        municipalities { ags kind offerIdsInReach } } }`,
    );
    expectNoErrors(response);
    const rows = response.data!.coverageGaps.municipalities;
    const reached = rows
      .filter((row) => row.kind !== 'COLLECTIVE' && row.offerIdsInReach.some((id) => borderIds.has(id)))
      .map((row) => row.ags)
      .sort();
    const near = data.municipalities
      .filter(
        (m) => m.kind !== 'COLLECTIVE' && border.some((o) => greatCircleKm(m, { lat: o.lat!, lon: o.lon! }) <= 25),
      )
      .map((m) => m.ags)
      .sort();
    expect(near.length).toBeGreaterThan(0); // the plans put the neighbour's courses within reach of the county
    expect(reached).toEqual(near);
    // The neighbour's offers belong to the neighbour: its district, its real municipality.
    const venue = await server.cypher<{ district: string; municipality: string }>(
      `MATCH (o:Offer {id: $id})-[:TAKES_PLACE_IN]->(m:Municipality)-[:IN_DISTRICT]->(d:District)
       RETURN d.name AS district, m.name AS municipality`,
      { id: border[0]!.id },
    );
    expect(venue).toEqual([{ district: 'Landkreis Diepholz', municipality: 'Bruchhausen-Vilsen' }]);
  });
});

describe('the demo county’s recommendations', () => {
  it('finds what the demo data was built to show, ranked by the persons concerned', async () => {
    await loadDemoData(server.driver, data, { database: server.database });
    const response = await server.gql(
      `query { recommendations(districtAgs: "03256", limit: 1000) { id code rank persons category municipalityName textDe textEn figures { name value } offerIds actorIds needIds networkIds } }`,
    );
    expectNoErrors(response);
    const recs = response.data!.recommendations as {
      code: string;
      rank: number;
      persons: number;
      municipalityName: string | null;
      textDe: string;
      actorIds: string[];
      offerIds: string[];
      needIds: string[];
      category: string | null;
    }[];
    const codes = new Set(recs.map((r) => r.code));
    for (const code of [
      'NO_OFFER_IN_REACH',
      'CAPACITY_SHORTFALL',
      'CHILDCARE_MISSING',
      'SINGLE_PROVIDER',
      'STALE_OFFER',
      'ISOLATED_ACTOR',
      'POOL_COURSE_STARTS',
      'START_NEW_COURSE',
      'DATE_CONFLICT',
    ]) {
      expect(codes, code).toContain(code);
    }
    // The demo's two parents' courses of the adult education centre, in Nienburg and Marklohe, pool.
    expect(recs.some((r) => r.code === 'POOL_COURSE_STARTS' && r.textDe.includes('Elternintegrationskurs'))).toBe(true);
    expect(recs.map((r) => r.rank)).toEqual(recs.map((_, i) => i + 1));
    expect(recs.map((r) => r.persons)).toEqual([...recs.map((r) => r.persons)].sort((a, b) => b - a));

    const southWest = recs.filter(
      (r) => r.code === 'NO_OFFER_IN_REACH' && ['Diepenau', 'Warmsen', 'Raddestorf'].includes(r.municipalityName ?? ''),
    );
    expect(southWest.length).toBeGreaterThanOrEqual(2);
    const isolated = recs.filter((r) => r.code === 'ISOLATED_ACTOR').map((r) => r.textDe);
    expect(isolated.some((text) => text.includes('Sprachschule Neuland'))).toBe(true);
    const single = recs.filter((r) => r.code === 'SINGLE_PROVIDER');
    expect(single.every((r) => r.actorIds.length === 1)).toBe(true);
    for (const r of recs) {
      expect(r.textDe.length).toBeGreaterThan(20);
      expect(r.actorIds.length + r.offerIds.length + r.needIds.length, `evidence of ${r.code}`).toBeGreaterThan(0);
    }
  });

  it('keeps to the codes and categories asked for', async () => {
    const response = await server.gql(
      `query { recommendations(districtAgs: "03256", codes: [NO_OFFER_IN_REACH], categories: [JOB_LANGUAGE_COURSE]) { code category } }`,
    );
    expectNoErrors(response);
    const recs = response.data!.recommendations as { code: string; category: string }[];
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.every((r) => r.code === 'NO_OFFER_IN_REACH' && r.category === 'JOB_LANGUAGE_COURSE')).toBe(true);
  });
});
