// The gap table through GraphQL on a small district computed by hand: a town with an offer, a village 20 km
// south in a Samtgemeinde, an offer 15 km north across the district border, an online and a cancelled offer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, testOrigin, type Place } from '../../../support/fixtures.js';
import { startTestServer, testDistrictAgs, type TestServer } from '../../../support/test-server.js';
import type { CoverageGapTable, MunicipalityGap } from '../../../../server/generated/graphql.js';

type GapTable = { coverageGaps: CoverageGapTable }; // the generated type: tableQuery asks for every field a test reads
type GapRow = MunicipalityGap;

let server: TestServer;
let place: Place;
let neighbourAgs: string; // a second district
let samtgemeindeAgs: string;
const ids: Record<string, string> = {};
const degreesPerKm = 180 / (Math.PI * 6371.0088);

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  neighbourAgs = testDistrictAgs();
  while (neighbourAgs === place.districtAgs) neighbourAgs = testDistrictAgs();
  samtgemeindeAgs = `${place.districtAgs}5401`;
  const north = { latitude: place.town.latitude + 15 * degreesPerKm, longitude: place.town.longitude };
  const sgSeat = { latitude: place.town.latitude - 22 * degreesPerKm, longitude: place.town.longitude };
  const setup = await server.gql(
    `mutation($d: String!, $n: String!, $nm: String!, $north: PointInput!, $sg: String!, $sgSeat: PointInput!, $village: String!) {
      createDistricts(input: [{ ags: $n, name: "Nachbarkreis", state: "Niedersachsen",
        municipalities: { create: [{ node: { ags: $nm, name: "Grenzstadt", kind: CITY, location: $north } }] } }]) { districts { ags } }
      createMunicipalities(input: [{ ags: $sg, name: "Samtgemeinde Testaue", kind: COLLECTIVE, location: $sgSeat,
        district: { connect: [{ where: { node: { ags: { eq: $d } } } }] },
        members: { connect: [{ where: { node: { ags: { eq: $village } } } }] } }]) { municipalities { ags } }
    }`,
    {
      d: place.districtAgs,
      n: neighbourAgs,
      nm: `${neighbourAgs}001`,
      north,
      sg: samtgemeindeAgs,
      sgSeat,
      village: place.villageAgs,
    },
  );
  expectNoErrors(setup);
  const offer = (title: string, venue: string, fields: string) =>
    `{ title: "${title}", category: INTEGRATION_COURSE, ${fields},
       provider: { connect: [{ where: { node: { id: { eq: "${place.providerId}" } } } }] },
       venue: { connect: [{ where: { node: { ags: { eq: "${venue}" } } } }] } }`;
  const offers = await server.gql<{ createOffers: { offers: { id: string; title: string }[] } }>(
    `mutation { createOffers(input: [
      ${offer('Kurs Stadt', place.townAgs, 'status: OPEN, format: IN_PERSON, capacity: 20, booked: 10')}
      ${offer('Kurs Grenzstadt', `${neighbourAgs}001`, 'status: PLANNED, format: IN_PERSON, capacity: 25, booked: 5')}
      ${offer('Kurs online', place.townAgs, 'status: OPEN, format: ONLINE, capacity: 25, booked: 0')}
      ${offer('Kurs abgesagt', place.villageAgs, 'status: CANCELLED, format: IN_PERSON, capacity: 25, booked: 0')}
    ]) { offers { id title } } }`,
  );
  expectNoErrors(offers);
  for (const o of offers.data!.createOffers.offers) ids[o.title] = o.id;
  const need = (ags: string, persons: number) =>
    `{ category: INTEGRATION_COURSE, persons: ${persons}, reportedAt: "2026-10-01", source: WAITLIST, status: OPEN,
       municipality: { connect: [{ where: { node: { ags: { eq: "${ags}" } } } }] } }`;
  const needs = await server.gql(
    `mutation { createNeeds(input: [${need(place.townAgs, 30)} ${need(place.villageAgs, 10)} ${need(samtgemeindeAgs, 5)}
      { category: INTEGRATION_COURSE, persons: 99, reportedAt: "2026-10-01", source: WAITLIST, status: MET,
        municipality: { connect: [{ where: { node: { ags: { eq: "${place.townAgs}" } } } }] } }]) { needs { id } } }`,
  );
  expectNoErrors(needs);
});

afterAll(async () => {
  await removePlace(server, place);
  await server.cypher('MATCH (d:District {ags: $ags}) OPTIONAL MATCH (d)-[*0..4]-(x) DETACH DELETE x', {
    ags: neighbourAgs,
  });
  await server?.close();
});

const tableQuery = `query($d: String, $sg: String, $r: Float) {
  coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d, samtgemeindeAgs: $sg, radiusKm: $r) {
    category radiusKm asOf
    area { ags name kind demand unmet severity municipalities }
    municipalities { ags name demand freePlacesInReach accessibility coverage unmet severity nearestOfferKm nearestOffer { title freePlaces providerName }
      offersInReach offerIdsInReach needIds samtgemeindeAgs located }
    samtgemeinden { ags name demand unmet severity municipalities }
    districts { ags demand unmet severity }
    onlineOffers { title format freePlaces }
  }
}`;

describe('coverageGaps for a district', () => {
  it('computes every row as by hand, counting the offer across the district border', async () => {
    const response = await server.gql<GapTable>(tableQuery, { d: place.districtAgs });
    expectNoErrors(response);
    const table = response.data!.coverageGaps;
    expect(table).toMatchObject({ category: 'INTEGRATION_COURSE', radiusKm: 25 });
    expect(table.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [village, sg, town] = table.municipalities as [GapRow, GapRow, GapRow]; // the largest unmet first

    expect(town).toMatchObject({
      ags: place.townAgs,
      demand: 30,
      freePlacesInReach: 30,
      unmet: 1,
      severity: 'LOW',
      offersInReach: 2,
      located: true,
    });
    expect(town.accessibility).toBeCloseTo(0.9611270324, 8);
    expect(town.offerIdsInReach).toEqual([ids['Kurs Stadt'], ids['Kurs Grenzstadt']]);
    expect(town.nearestOfferKm).toBeCloseTo(0, 6);
    expect(town.nearestOffer).toEqual({
      title: 'Kurs Stadt',
      freePlaces: 10,
      providerName: 'Sprachschule Test (fiktiv)',
    });
    expect(town.needIds).toHaveLength(1); // the MET need does not count

    expect(village).toMatchObject({
      ags: place.villageAgs,
      demand: 10,
      freePlacesInReach: 10,
      unmet: 9,
      severity: 'HIGH',
      offersInReach: 1,
      samtgemeindeAgs,
    });
    expect(village.accessibility).toBeCloseTo(0.0895187186, 8);
    expect(village.nearestOfferKm).toBeCloseTo(20, 6);

    expect(sg).toMatchObject({ ags: samtgemeindeAgs, demand: 5, unmet: 5, severity: 'HIGH', offersInReach: 1 });
    expect(sg.accessibility).toBeCloseTo(0.0542003684, 8);
  });

  it('sums demand and unmet per Samtgemeinde (itself and its members) and per district', async () => {
    const table = (await server.gql<GapTable>(tableQuery, { d: place.districtAgs })).data!.coverageGaps;
    expect(table.area).toEqual({
      ags: place.districtAgs,
      name: 'Testkreis',
      kind: 'DISTRICT',
      demand: 45,
      unmet: 15,
      severity: 'MEDIUM',
      municipalities: 3,
    });
    expect(table.samtgemeinden).toEqual([
      {
        ags: samtgemeindeAgs,
        name: 'Samtgemeinde Testaue',
        demand: 15,
        unmet: 14,
        severity: 'HIGH',
        municipalities: 2,
      },
    ]);
    expect(table.districts).toEqual([{ ags: place.districtAgs, demand: 45, unmet: 15, severity: 'MEDIUM' }]);
  });

  it('lists ONLINE offers apart and leaves them and cancelled offers out of the computation', async () => {
    const table = (await server.gql<GapTable>(tableQuery, { d: place.districtAgs })).data!.coverageGaps;
    expect(table.onlineOffers).toEqual([{ title: 'Kurs online', format: 'ONLINE', freePlaces: 25 }]);
    const allInReach = table.municipalities.flatMap((row) => row.offerIdsInReach);
    expect(allInReach).not.toContain(ids['Kurs online']);
    expect(allInReach).not.toContain(ids['Kurs abgesagt']);
  });

  it('takes the radius as a parameter', async () => {
    const table = (await server.gql<GapTable>(tableQuery, { d: place.districtAgs, r: 50 })).data!.coverageGaps;
    const village = table.municipalities.find((row) => row.ags === place.villageAgs);
    expect(village?.offersInReach).toBe(2);
  });
});

describe('coverageGaps for a Samtgemeinde, and for one municipality', () => {
  it('has the Samtgemeinde and its members as rows', async () => {
    const table = (await server.gql<GapTable>(tableQuery, { sg: samtgemeindeAgs })).data!.coverageGaps;
    expect(table.area).toMatchObject({ kind: 'SAMTGEMEINDE', name: 'Samtgemeinde Testaue', demand: 15, unmet: 14 });
    expect(table.municipalities.map((row) => row.ags).sort()).toEqual([place.villageAgs, samtgemeindeAgs].sort());
  });

  it('gives the same figures as a field of the municipality', async () => {
    const response = await server.gql<{ municipalities: { coverageGap: { accessibility: number } | null }[] }>(
      `query($ags: String!) { municipalities(where: { ags: { eq: $ags } }) { name coverageGap(category: INTEGRATION_COURSE) { demand unmet accessibility severity } } }`,
      { ags: place.villageAgs },
    );
    expectNoErrors(response);
    const gap = response.data!.municipalities[0]?.coverageGap;
    expect(gap).toMatchObject({ demand: 10, unmet: 9, severity: 'HIGH' });
    expect(gap?.accessibility).toBeCloseTo(0.0895187186, 8);
  });
});

describe('bad input', () => {
  it.each([
    [{ d: '99999', r: 0 }, 'BAD_USER_INPUT', /radiusKm must be above 0 and at most 200 km, got "0"/],
    [{ d: '99999', r: 500 }, 'BAD_USER_INPUT', /got "500"/],
    [{ d: '3256' }, 'BAD_USER_INPUT', /districtAgs must be a 5-digit district key, got "3256"/],
    [{ d: '03256', sg: '032565408' }, 'BAD_USER_INPUT', /not both/],
    [{ sg: '032560220' }, 'NOT_FOUND', /no Samtgemeinde .* with ags "032560220"/],
  ])('refuses %o with %s', async (variables, code, message) => {
    const response = await server.gql<GapTable>(tableQuery, variables);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.errors?.[0]?.message).toMatch(message);
  });

  it('refuses an unknown district with NOT_FOUND', async () => {
    let unknown = testDistrictAgs();
    while (unknown === place.districtAgs || unknown === neighbourAgs) unknown = testDistrictAgs();
    const response = await server.gql<GapTable>(tableQuery, { d: unknown });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toContain(`"${unknown}"`);
  });

  it('refuses an asOf date in the future, and a past date without snapshots names that there are none', async () => {
    const future = await server.gql(
      `query { coverageGaps(category: INTEGRATION_COURSE, districtAgs: "${place.districtAgs}", asOf: "2999-01-01") { area { demand } } }`,
    );
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0]?.message).toMatch(/asOf "2999-01-01" is in the future/);
    const past = await server.gql(
      `query { coverageGaps(category: INTEGRATION_COURSE, districtAgs: "${place.districtAgs}", asOf: "2020-01-01") { area { demand } } }`,
    );
    expect(past.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(past.errors?.[0]?.message).toMatch(
      /no monitoring snapshots of INTEGRATION_COURSE for district "\d{5}" on "2020-01-01"; there are no snapshots of it at all/,
    );
  });
});

it('places test districts far apart', () => {
  expect(testOrigin('99001')).not.toEqual(testOrigin('99002'));
});
