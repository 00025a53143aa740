// Query.offersAcrossBorder on the demo county and its neighbour's border area (issue 20): exactly the offers of the
// neighbour within the radius of a seat of the county, by the gap analysis's distance, readable by everyone (the
// public directory draws them too), and the same courses the gap table counts in reach across the border.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCounty, ensureDemoCounty } from '../../../support/demo-county.js';
import { expectNoErrors } from '../../../support/fixtures.js';
import { startTestServer, type TestServer } from '../../../support/test-server.js';
import { haversineKm } from '../../../../server/analysis/area/haversine.js';

let server: TestServer;
const data = demoCounty;
const county = data.district.ags;
const live = ['PLANNED', 'OPEN', 'FULL', 'RUNNING'];

beforeAll(async () => {
  server = await startTestServer();
  await ensureDemoCounty(server.driver, server.database);
});
afterAll(async () => {
  await server?.close();
});

/** The border offers within km of a seat of the county, worked out from the generated data itself. */
function expectedBorderOffers(km: number): string[] {
  const seats = data.municipalities.filter((m) => m.lat !== null && m.lon !== null);
  const nearest = (o: { lat: number | null; lon: number | null }) =>
    Math.min(...seats.map((m) => haversineKm(m.lat, m.lon, o.lat!, o.lon!)));
  return data.borderArea.offers
    .filter((o) => o.format !== 'ONLINE' && o.lat !== null && nearest(o) <= km)
    .sort((a, b) => nearest(a) - nearest(b) || (a.id < b.id ? -1 : 1))
    .map((o) => o.id);
}

const query = `query ($d: String!, $r: Float) {
  offersAcrossBorder(districtAgs: $d, radiusKm: $r) { id title provider { name } venue { name district { name } } }
}`;

describe('offers across the district border', () => {
  it('lists the neighbour’s offers within the radius of the county, nearest first, to anonymous callers too', async () => {
    for (const radius of [25, 10, 5]) {
      const expected = expectedBorderOffers(radius);
      const response = await server.gql(query, { d: county, r: radius }, { as: 'anonymous' });
      expectNoErrors(response);
      const offers = response.data!.offersAcrossBorder as { id: string; venue: { district: { name: string }[] }[] }[];
      expect(offers.map((o) => o.id)).toEqual(expected);
      for (const offer of offers) expect(offer.venue[0]!.district[0]!.name).toBe('Landkreis Diepholz');
    }
    // At 25 km the whole border area's offers are in reach (the plans put them within 15 km); at 5 km fewer.
    expect(expectedBorderOffers(25)).toHaveLength(data.borderArea.offers.length);
    expect(expectedBorderOffers(5).length).toBeLessThan(data.borderArea.offers.length);
  });

  it('names the same courses across the border that the gap table counts in reach', async () => {
    const categories = [...new Set(data.borderArea.offers.map((o) => o.category))];
    const across = (await server.gql(query, { d: county, r: 25 })).data!.offersAcrossBorder as { id: string }[];
    const borderCategory = new Map(data.borderArea.offers.map((o) => [o.id, o]));
    for (const category of categories) {
      const response = await server.gql<{ coverageGaps: { municipalities: { offerIdsInReach: string[] }[] } }>(
        `query ($c: OfferCategory!, $d: String!) { coverageGaps(category: $c, districtAgs: $d, radiusKm: 25) {
          municipalities { offerIdsInReach } } }`,
        { c: category, d: county },
      );
      expectNoErrors(response);
      const inReach = new Set(response.data!.coverageGaps.municipalities.flatMap((row) => row.offerIdsInReach));
      const fromGaps = [...inReach].filter((id) => borderCategory.has(id)).sort();
      const fromQuery = across
        .map((o) => borderCategory.get(o.id)!)
        .filter((o) => o.category === category && live.includes(o.status))
        .map((o) => o.id)
        .sort();
      expect(fromQuery, category).toEqual(fromGaps);
    }
  });

  it('lists none of the district’s own offers, and refuses a radius the analyses refuse, naming it', async () => {
    const across = (await server.gql(query, { d: county, r: 200 })).data!.offersAcrossBorder as { id: string }[];
    const own = new Set(data.offers.map((o) => o.id));
    expect(across.length).toBeGreaterThan(0);
    expect(across.filter((o) => own.has(o.id))).toEqual([]);
    for (const radius of [0, -3, 250]) {
      const response = await server.gql(query, { d: county, r: radius });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toContain(String(radius));
    }
  });
});
