// Which ONLINE offers an area lists (issue 20 item 3, DESIGN.md): those whose venue, or without a venue whose
// provider, lies in the area. Two test districts, each with its provider; an online offer held from one district by
// the other's provider belongs to the district of its venue only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../../support/fixtures.js';
import { startTestServer, type TestServer } from '../../../support/test-server.js';

let server: TestServer;
let first: Place;
let second: Place;

beforeAll(async () => {
  server = await startTestServer();
  first = await createPlace(server);
  second = await createPlace(server);
  const offer = (title: string, provider: string, venue: string | null) =>
    `{ title: "${title}", category: INTEGRATION_COURSE, status: OPEN, format: ONLINE, capacity: 20, booked: 0,
       provider: { connect: [{ where: { node: { id: { eq: "${provider}" } } } }] }
       ${venue ? `, venue: { connect: [{ where: { node: { ags: { eq: "${venue}" } } } }] }` : ''} }`;
  expectNoErrors(
    await server.gql(
      `mutation { createOffers(input: [
        ${offer('Online A: venue and provider in the first', first.providerId, first.townAgs)}
        ${offer('Online B: no venue, provider in the first', first.providerId, null)}
        ${offer('Online C: venue in the second, provider in the first', first.providerId, second.townAgs)}
        ${offer('Online D: no venue, provider in the second', second.providerId, null)}
      ]) { offers { id } } }`,
    ),
  );
});

afterAll(async () => {
  for (const place of [first, second]) if (place) await removePlace(server, place);
  await server?.close();
});

const onlineTitles = async (districtAgs: string) => {
  const response = await server.gql<{ coverageGaps: { onlineOffers: { title: string }[] } }>(
    `query($d: String) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d) { onlineOffers { title } } }`,
    { d: districtAgs },
  );
  expectNoErrors(response);
  return response.data!.coverageGaps.onlineOffers.map((o) => o.title);
};

describe('the ONLINE offers an area lists', () => {
  it('are those whose venue, or without a venue whose provider, lies in the area', async () => {
    expect(await onlineTitles(first.districtAgs)).toEqual([
      'Online A: venue and provider in the first',
      'Online B: no venue, provider in the first',
    ]);
    expect(await onlineTitles(second.districtAgs)).toEqual([
      'Online C: venue in the second, provider in the first',
      'Online D: no venue, provider in the second',
    ]);
  });
});
