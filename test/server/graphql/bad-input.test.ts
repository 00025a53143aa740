// Bad input is refused with a clear code and a message that quotes the bad value, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
});
afterAll(async () => {
  await removePlace(server, place);
  await server?.close();
});

/** Everything under the test's district and its actors, to compare before and after a refused write. */
async function fingerprint(): Promise<string> {
  const rows = await server.cypher(
    `MATCH (d:District {ags: $ags}) OPTIONAL MATCH (d)-[*0..6]-(x)
     WITH collect(DISTINCT x) AS nodes
     UNWIND nodes AS n OPTIONAL MATCH (n)-[r]-() 
     RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS rels, collect(DISTINCT properties(n)) AS props`,
    { ags: place.districtAgs },
  );
  const offers = await server.cypher('MATCH (o:Offer) WHERE o.title STARTS WITH $t RETURN count(o) AS c', {
    t: `Kurs ${place.districtAgs}`,
  });
  return JSON.stringify([rows[0], offers[0]]);
}

function offerInput(overrides: string): string {
  return `{ title: "Kurs ${place.districtAgs}", category: INTEGRATION_COURSE, format: IN_PERSON, status: OPEN,
    provider: { connect: [{ where: { node: { id: { eq: "${place.providerId}" } } } }] },
    venue: { connect: [{ where: { node: { ags: { eq: "${place.townAgs}" } } } }] }, ${overrides} }`;
}

interface Case {
  name: string;
  mutation: () => string;
  code: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'an unknown enum value',
    mutation: () => `mutation { createOffers(input: [${offerInput('courseType: EVENING')}]) { offers { id } } }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /"EVENING".*CourseType/,
  },
  {
    name: 'a negative capacity',
    mutation: () => `mutation { createOffers(input: [${offerInput('capacity: -5')}]) { offers { id } } }`,
    code: 'BAD_USER_INPUT',
    message: /Offer\.capacity must be a whole number of 0 or more; got "-5"/,
  },
  {
    name: 'a negative capacity in an update',
    mutation: () =>
      `mutation { updateOffers(where: { title: { eq: "none" } }, update: { capacity: { set: -1 } }) { offers { id } } }`,
    code: 'BAD_USER_INPUT',
    message: /Offer\.capacity .*got "-1"/,
  },
  {
    name: 'an unknown municipality ags',
    mutation: () =>
      `mutation { createNeeds(input: [{ category: INTEGRATION_COURSE, persons: 5, reportedAt: "2026-10-01", source: SURVEY, status: OPEN,
        municipality: { connect: [{ where: { node: { ags: { eq: "03256999" } } } }] } }]) { needs { id } } }`,
    code: 'BAD_USER_INPUT',
    message: /no Municipality with ags "03256999"/,
  },
  {
    name: 'a missing required field',
    mutation: () =>
      `mutation { createOffers(input: [{ category: INTEGRATION_COURSE, format: IN_PERSON, status: OPEN }]) { offers { id } } }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /OfferCreateInput\.title" of required type/,
  },
  {
    name: 'a duplicate ags',
    mutation: () =>
      `mutation { createMunicipalities(input: [{ ags: "${place.townAgs}", name: "Doppelt", kind: CITY,
        district: { connect: [{ where: { node: { ags: { eq: "${place.districtAgs}" } } } }] } }]) { municipalities { ags } } }`,
    code: 'BAD_USER_INPUT',
    message: new RegExp(`Municipality with ags "${'\\d+'}" already exists`),
  },
  {
    name: 'the same new ags twice in one batch',
    mutation: () =>
      `mutation { createMunicipalities(input: [
        { ags: "${place.districtAgs}077", name: "A", kind: CITY, district: { connect: [{ where: { node: { ags: { eq: "${place.districtAgs}" } } } }] } },
        { ags: "${place.districtAgs}077", name: "B", kind: CITY, district: { connect: [{ where: { node: { ags: { eq: "${place.districtAgs}" } } } }] } }
      ]) { municipalities { ags } } }`,
    code: 'BAD_USER_INPUT',
    message: /occurs twice in the input/,
  },
  {
    name: 'a malformed ags',
    mutation: () =>
      `mutation { createMunicipalities(input: [{ ags: "3256-22", name: "X", kind: CITY,
        district: { connect: [{ where: { node: { ags: { eq: "${place.districtAgs}" } } } }] } }]) { municipalities { ags } } }`,
    code: 'BAD_USER_INPUT',
    message: /Municipality\.ags must be an 8-digit Amtlicher Gemeindeschlüssel.*got "3256-22"/,
  },
  {
    name: 'an offer without a provider',
    mutation: () =>
      `mutation { createOffers(input: [{ title: "Kurs ${place.districtAgs} ohne Träger", category: LANGUAGE_CAFE, format: IN_PERSON, status: OPEN }]) { offers { id } } }`,
    code: 'BAD_USER_INPUT',
    message: /must have exactly one provider, has 0/,
  },
  {
    name: 'an offer that ends before it starts',
    mutation: () =>
      `mutation { createOffers(input: [${offerInput('startDate: "2027-03-01", endDate: "2027-01-01"')}]) { offers { id } } }`,
    code: 'BAD_USER_INPUT',
    message: /must not end \(2027-01-01\) before it starts \(2027-03-01\)/,
  },
  {
    name: 'language levels the wrong way round',
    mutation: () =>
      `mutation { createOffers(input: [${offerInput('languageLevelFrom: B2, languageLevelTo: A1')}]) { offers { id } } }`,
    code: 'BAD_USER_INPUT',
    message: /languageLevelFrom B2 above languageLevelTo A1/,
  },
  {
    name: 'a cooperation strength outside 1..3',
    mutation: () =>
      `mutation { updateActors(where: { id: { eq: "${place.providerId}" } }, update: { cooperatesWith: [{ connect: [{ where: { node: { id: { eq: "${place.partnerId}" } } }, edge: { kind: INFORMAL, strength: 7 } }] }] }) { actors { id } } }`,
    code: 'BAD_USER_INPUT',
    message: /Cooperation\.strength must be a whole number from 1 to 3; got "7"/,
  },
  {
    name: 'an actor cooperating with itself',
    mutation: () =>
      `mutation { updateActors(where: { id: { eq: "${place.providerId}" } }, update: { cooperatesWith: [{ connect: [{ where: { node: { id: { eq: "${place.providerId}" } } }, edge: { kind: INFORMAL } }] }] }) { actors { id } } }`,
    code: 'BAD_USER_INPUT',
    message: /cannot cooperate with itself/,
  },
  {
    name: 'a latitude outside the globe',
    mutation: () =>
      `mutation { createOffers(input: [${offerInput('location: { latitude: 152.6, longitude: 9.2 }')}]) { offers { id } } }`,
    code: 'BAD_USER_INPUT',
    message: /latitude from -90 to 90/,
  },
  {
    name: 'deleting a provider that still has offers',
    mutation: () => `mutation { deleteActors(where: { id: { eq: "${place.providerId}" } }) { nodesDeleted } }`,
    code: 'BAD_USER_INPUT',
    message: /must have exactly one provider, has 0/,
  },
];

describe('bad input', () => {
  beforeAll(async () => {
    // An offer of the provider, so that deleting the provider would orphan it.
    const seeded = await server.gql(
      `mutation { createOffers(input: [${offerInput('capacity: 10')}]) { offers { id } } }`,
    );
    expect(seeded.errors).toBeUndefined();
  });

  it.each(cases)('refuses $name with $code and writes nothing', async ({ mutation, code, message }) => {
    const before = await fingerprint();
    const response = await server.gql(mutation());
    expect(response.errors, JSON.stringify(response)).toHaveLength(1);
    const error = response.errors![0]!;
    expect(error.extensions?.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(await fingerprint()).toBe(before);
  });
});
