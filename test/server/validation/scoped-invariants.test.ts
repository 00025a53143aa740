// The graph rules are checked on the nodes a write touches and their neighbours only: a rule of a neighbour that
// the write breaks without touching the neighbour itself is still caught.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
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

describe('graph rules of neighbours', () => {
  it("refuses changing a Samtgemeinde's kind while it has members (the members' rule), and writes nothing", async () => {
    const sg = `${place.districtAgs}5000`;
    const created = await server.gql(
      `mutation($sg: String!, $d: String!, $village: String!) { createMunicipalities(input: [{ ags: $sg, name: "SG Test", kind: COLLECTIVE,
         district: { connect: [{ where: { node: { ags: { eq: $d } } } }] },
         members: { connect: [{ where: { node: { ags: { eq: $village } } } }] } }]) { municipalities { ags members { ags } } } }`,
      { sg, d: place.districtAgs, village: place.villageAgs },
    );
    expectNoErrors(created);
    const refused = await server.gql(
      `mutation($sg: String!) { updateMunicipalities(where: { ags: { eq: $sg } }, update: { kind: { set: CITY } }) { municipalities { kind } } }`,
      { sg },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVARIANT' });
    expect(refused.errors?.[0]?.message).toContain(
      `Municipality "${place.villageAgs}" (Testdorf) can only be a member of a Samtgemeinde`,
    );
    expect(
      (await server.cypher<{ kind: string }>('MATCH (m:Municipality {ags: $sg}) RETURN m.kind AS kind', { sg }))[0]!
        .kind,
    ).toBe('COLLECTIVE');
  });

  it("refuses taking an offer's only provider away from the provider's side", async () => {
    const offer = await server.gql<{ createOffers: { offers: { id: string }[] } }>(
      `mutation($p: ID!) { createOffers(input: [{ title: "Kurs", category: OTHER, format: ONLINE, status: OPEN, provider: { connect: [{ where: { node: { id: { eq: $p } } } }] } }]) { offers { id } } }`,
      { p: place.providerId },
    );
    expectNoErrors(offer);
    const id = offer.data!.createOffers.offers[0]!.id;
    // The write touches the actor; the offer, its neighbour, loses its only provider.
    const refused = await server.gql(
      `mutation($p: ID!, $o: ID!) { updateActors(where: { id: { eq: $p } }, update: { offers: [{ disconnect: [{ where: { node: { id: { eq: $o } } } }] }] }) { actors { id } } }`,
      { p: place.providerId, o: id },
    );
    expect(refused.errors?.[0]?.message).toContain(`Offer "${id}" (Kurs) must have exactly one provider, has 0`);
    expect(
      (
        await server.cypher('MATCH (:Actor {id: $p})-[:PROVIDES]->(o:Offer {id: $o}) RETURN count(o) AS n', {
          p: place.providerId,
          o: id,
        })
      )[0]!.n,
    ).toBe(1);
  });
});
