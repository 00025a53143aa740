// Create, read, update and delete through /graphql for every type, against the real Neo4j.
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

async function count(label: string, key: string, value: string): Promise<number> {
  const rows = await server.cypher<{ c: number }>(`MATCH (n:${label} {${key}: $value}) RETURN count(n) AS c`, {
    value,
  });
  return rows[0]!.c;
}

/** The answer of a delete mutation named M. */
type Deleted<M extends string> = { [name in M]: { nodesDeleted: number } };

describe('District and Municipality', () => {
  it('reads the municipalities of a district with their location, then updates and deletes one', async () => {
    const read = await server.gql<{ districts: unknown }>(
      `query($d: String!) { districts(where: { ags: { eq: $d } }) { name state municipalities(sort: [{ name: ASC }]) { ags name kind population location { latitude longitude } } } }`,
      { d: place.districtAgs },
    );
    expectNoErrors(read);
    expect(read.data!.districts).toEqual([
      {
        name: 'Testkreis',
        state: 'Niedersachsen',
        municipalities: [
          { ags: place.villageAgs, name: 'Testdorf', kind: 'MUNICIPALITY', population: 2000, location: place.village },
          { ags: place.townAgs, name: 'Teststadt', kind: 'CITY', population: 30000, location: place.town },
        ],
      },
    ]);

    const extraAgs = `${place.districtAgs}009`;
    const created = await server.gql<{ createMunicipalities: { municipalities: unknown } }>(
      `mutation($m: String!, $d: String!) { createMunicipalities(input: [{ ags: $m, name: "Neudorf", kind: MUNICIPALITY, district: { connect: [{ where: { node: { ags: { eq: $d } } } }] } }]) { municipalities { ags district { ags } } } }`,
      { m: extraAgs, d: place.districtAgs },
    );
    expectNoErrors(created);
    expect(created.data!.createMunicipalities.municipalities).toEqual([
      { ags: extraAgs, district: [{ ags: place.districtAgs }] },
    ]);

    const updated = await server.gql<{ updateMunicipalities: { municipalities: unknown } }>(
      `mutation($m: String!) { updateMunicipalities(where: { ags: { eq: $m } }, update: { name: { set: "Neudorf (Weser)" }, newcomers: { set: 40 } }) { municipalities { name newcomers } } }`,
      { m: extraAgs },
    );
    expectNoErrors(updated);
    expect(updated.data!.updateMunicipalities.municipalities).toEqual([{ name: 'Neudorf (Weser)', newcomers: 40 }]);

    const deleted = await server.gql<Deleted<'deleteMunicipalities'>>(
      `mutation($m: String!) { deleteMunicipalities(where: { ags: { eq: $m } }) { nodesDeleted } }`,
      { m: extraAgs },
    );
    expectNoErrors(deleted);
    expect(deleted.data!.deleteMunicipalities.nodesDeleted).toBe(1);
    expect(await count('Municipality', 'ags', extraAgs)).toBe(0);
  });

  it('makes a municipality a member of a Samtgemeinde', async () => {
    const sgAgs = `${place.districtAgs}5401`;
    const result = await server.gql<{ createMunicipalities: { municipalities: { members: unknown }[] } }>(
      `mutation($sg: String!, $d: String!, $m: String!) {
        createMunicipalities(input: [{ ags: $sg, name: "Samtgemeinde Test", kind: COLLECTIVE,
          district: { connect: [{ where: { node: { ags: { eq: $d } } } }] },
          members: { connect: [{ where: { node: { ags: { eq: $m } } } }] } }]) {
          municipalities { ags members { ags memberOf { name } } }
        }
      }`,
      { sg: sgAgs, d: place.districtAgs, m: place.villageAgs },
    );
    expectNoErrors(result);
    expect(result.data!.createMunicipalities.municipalities[0]!.members).toEqual([
      { ags: place.villageAgs, memberOf: [{ name: 'Samtgemeinde Test' }] },
    ]);
  });
});

describe('Actor and Cooperation', () => {
  it('creates an actor with a cooperation link, reads both directions, updates and deletes it', async () => {
    const created = await server.gql<{
      createActors: {
        actors: {
          id: string;
          languages: string[];
          municipality: unknown;
          cooperatesWithConnection: { edges: unknown };
        }[];
      };
    }>(
      `mutation($town: String!, $partner: ID!) {
        createActors(input: [{
          name: "Migrationsberatung Test (fiktiv)", kind: COUNSELLING_SERVICE, email: "beratung@example.org",
          languages: ["de", "ar"],
          municipality: { connect: [{ where: { node: { ags: { eq: $town } } } }] },
          cooperatesWith: { connect: [{ where: { node: { id: { eq: $partner } } }, edge: { kind: REFERRAL, since: "2024-03-01", strength: 2 } }] }
        }]) { actors { id name languages municipality { ags } cooperatesWithConnection { edges { properties { kind since strength } node { id } } } } }
      }`,
      { town: place.townAgs, partner: place.partnerId },
    );
    expectNoErrors(created);
    const actor = created.data!.createActors.actors[0]!;
    expect(actor.languages).toEqual(['de', 'ar']);
    expect(actor.municipality).toEqual([{ ags: place.townAgs }]);
    expect(actor.cooperatesWithConnection.edges).toEqual([
      { properties: { kind: 'REFERRAL', since: '2024-03-01', strength: 2 }, node: { id: place.partnerId } },
    ]);

    const partner = await server.gql<{ actors: unknown[] }>(
      `query($id: ID!) { actors(where: { id: { eq: $id } }) { partners { id } cooperatedWithBy { id } } }`,
      { id: place.partnerId },
    );
    expectNoErrors(partner);
    expect(partner.data!.actors[0]).toEqual({ partners: [{ id: actor.id }], cooperatedWithBy: [{ id: actor.id }] });

    const updated = await server.gql<{
      updateActors: { actors: { phone: string; updatedAt: string; createdAt: string }[] };
    }>(
      `mutation($id: ID!) { updateActors(where: { id: { eq: $id } }, update: { phone: { set: "+49 5021 555-0100" } }) { actors { phone updatedAt createdAt } } }`,
      { id: actor.id },
    );
    expectNoErrors(updated);
    const { phone, updatedAt, createdAt } = updated.data!.updateActors.actors[0]!;
    expect(phone).toBe('+49 5021 555-0100');
    expect(Date.parse(updatedAt)).toBeGreaterThanOrEqual(Date.parse(createdAt));

    const deleted = await server.gql<{ deleteActors: unknown }>(
      `mutation($id: ID!) { deleteActors(where: { id: { eq: $id } }) { nodesDeleted relationshipsDeleted } }`,
      { id: actor.id },
    );
    expectNoErrors(deleted);
    expect(deleted.data!.deleteActors).toEqual({ nodesDeleted: 1, relationshipsDeleted: 2 });
  });
});

describe('Offer', () => {
  it('creates an offer connected to its provider and venue, updates free places and deletes it', async () => {
    const created = await server.gql<{ createOffers: { offers: { id: string }[] } }>(
      `mutation($provider: ID!, $town: String!) {
        createOffers(input: [{
          title: "Integrationskurs Test", category: INTEGRATION_COURSE, courseType: GENERAL, format: IN_PERSON, status: OPEN,
          languageLevelFrom: A1, languageLevelTo: B1, targetGroups: [ADULTS], capacity: 20, booked: 12, hoursTotal: 700,
          startDate: "2027-02-01", endDate: "2027-09-30", childcare: false, costFree: true,
          provider: { connect: [{ where: { node: { id: { eq: $provider } } } }] },
          venue: { connect: [{ where: { node: { ags: { eq: $town } } } }] }
        }]) { offers { id title freePlaces provider { id } venue { ags } } }
      }`,
      { provider: place.providerId, town: place.townAgs },
    );
    expectNoErrors(created);
    const offer = created.data!.createOffers.offers[0]!;
    expect(offer).toMatchObject({
      title: 'Integrationskurs Test',
      freePlaces: 8,
      provider: [{ id: place.providerId }],
      venue: [{ ags: place.townAgs }],
    });

    const updated = await server.gql<{ updateOffers: { offers: unknown[] } }>(
      `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { booked: { set: 25 }, status: { set: FULL } }) { offers { booked status freePlaces } } }`,
      { id: offer.id },
    );
    expectNoErrors(updated);
    expect(updated.data!.updateOffers.offers[0]).toEqual({ booked: 25, status: 'FULL', freePlaces: 0 });

    const deleted = await server.gql<Deleted<'deleteOffers'>>(
      `mutation($id: ID!) { deleteOffers(where: { id: { eq: $id } }) { nodesDeleted } }`,
      { id: offer.id },
    );
    expectNoErrors(deleted);
    expect(await count('Offer', 'id', offer.id)).toBe(0);
  });
});

describe('Need', () => {
  it('records an aggregate need for a municipality, marks it met and deletes it', async () => {
    const created = await server.gql<{ createNeeds: { needs: { id: string }[] } }>(
      `mutation($village: String!, $jc: ID!) {
        createNeeds(input: [{ category: INTEGRATION_COURSE, targetGroup: PARENTS, languageLevel: A1, persons: 14, reportedAt: "2026-10-01",
          source: JOBCENTER, status: OPEN,
          municipality: { connect: [{ where: { node: { ags: { eq: $village } } } }] },
          reportedBy: { connect: [{ where: { node: { id: { eq: $jc } } } }] } }]) {
          needs { id persons municipality { ags } reportedBy { id } }
        }
      }`,
      { village: place.villageAgs, jc: place.partnerId },
    );
    expectNoErrors(created);
    const need = created.data!.createNeeds.needs[0]!;
    expect(need).toMatchObject({
      persons: 14,
      municipality: [{ ags: place.villageAgs }],
      reportedBy: [{ id: place.partnerId }],
    });

    const updated = await server.gql<{ updateNeeds: { needs: unknown } }>(
      `mutation($id: ID!) { updateNeeds(where: { id: { eq: $id } }, update: { status: { set: MET } }) { needs { status } } }`,
      { id: need.id },
    );
    expectNoErrors(updated);
    expect(updated.data!.updateNeeds.needs).toEqual([{ status: 'MET' }]);

    const deleted = await server.gql<Deleted<'deleteNeeds'>>(
      `mutation($id: ID!) { deleteNeeds(where: { id: { eq: $id } }) { nodesDeleted } }`,
      { id: need.id },
    );
    expect(deleted.data!.deleteNeeds.nodesDeleted).toBe(1);
  });
});

describe('Network, Meeting and Decision', () => {
  it('creates an exchange round with members, a meeting and a decision; updates and deletes them', async () => {
    const created = await server.gql<{
      createNetworks: {
        networks: {
          id: string;
          members: { name: string }[];
          coordinator: unknown;
          meetings: { id: string; attendees: unknown; decisions: { id: string }[] }[];
        }[];
      };
    }>(
      `mutation($a: ID!, $b: ID!) {
        createNetworks(input: [{ name: "Trägerrunde Test", kind: EXCHANGE_ROUND, cadence: MONTHLY,
          coordinator: { connect: [{ where: { node: { id: { eq: $b } } } }] },
          members: { connect: [{ where: { node: { id: { in: [$a, $b] } } } }] },
          meetings: { create: [{ node: { date: "2026-11-05", topic: "Kursstarts Q1",
            attendees: { connect: [{ where: { node: { id: { eq: $a } } } }] },
            decisions: { create: [{ node: { text: "Kurse in Uchte bündeln", status: OPEN, dueDate: "2026-12-03" } }] } } }] }
        }]) { networks { id members(sort: [{ name: ASC }]) { name } coordinator { id } meetings { id attendees { id } decisions { id text status } } } }
      }`,
      { a: place.providerId, b: place.partnerId },
    );
    expectNoErrors(created);
    const network = created.data!.createNetworks.networks[0]!;
    expect(network.members.map((m) => m.name)).toEqual(['Jobcenter Test (fiktiv)', 'Sprachschule Test (fiktiv)']);
    expect(network.coordinator).toEqual([{ id: place.partnerId }]);
    const meeting = network.meetings[0]!;
    expect(meeting.attendees).toEqual([{ id: place.providerId }]);
    expect(meeting.decisions[0]).toMatchObject({ text: 'Kurse in Uchte bündeln', status: 'OPEN' });

    const updatedDecision = await server.gql<{ updateDecisions: { decisions: unknown } }>(
      `mutation($id: ID!) { updateDecisions(where: { id: { eq: $id } }, update: { status: { set: DONE } }) { decisions { status meeting { id } } } }`,
      { id: meeting.decisions[0]!.id },
    );
    expectNoErrors(updatedDecision);
    expect(updatedDecision.data!.updateDecisions.decisions).toEqual([
      { status: 'DONE', meeting: [{ id: meeting.id }] },
    ]);

    const updatedMeeting = await server.gql<{ updateMeetings: { meetings: unknown } }>(
      `mutation($id: ID!) { updateMeetings(where: { id: { eq: $id } }, update: { place: { set: "Kreishaus" } }) { meetings { place } } }`,
      { id: meeting.id },
    );
    expect(updatedMeeting.data!.updateMeetings.meetings).toEqual([{ place: 'Kreishaus' }]);

    const deleted = await server.gql<Deleted<'deleteNetworks'>>(
      `mutation($id: ID!) { deleteNetworks(where: { id: { eq: $id } }, delete: { meetings: [{ delete: { decisions: [{}] } }] }) { nodesDeleted } }`,
      { id: network.id },
    );
    expectNoErrors(deleted);
    expect(deleted.data!.deleteNetworks.nodesDeleted).toBe(3);
  });
});

describe('Snapshot', () => {
  it('is read-only in the API (written by the snapshot job) and readable with its municipality', async () => {
    const id = `snap-${place.districtAgs}`;
    await server.cypher(
      `MATCH (m:Municipality {ags: $ags})
       CREATE (s:Snapshot {id: $id, date: date('2026-10-01'), category: 'INTEGRATION_COURSE', radiusKm: 25.0, demand: 30, freePlaces: 10,
         capacity: 40, booked: 30, waitlist: 5, accessibility: 0.33, unmet: 20, createdAt: datetime()})-[:SNAPSHOT_OF]->(m)`,
      { ags: place.villageAgs, id },
    );
    const read = await server.gql<{ snapshots: unknown }>(
      `query($id: ID!) { snapshots(where: { id: { eq: $id } }) { date demand unmet accessibility municipality { ags } } }`,
      { id },
    );
    expectNoErrors(read);
    expect(read.data!.snapshots).toEqual([
      { date: '2026-10-01', demand: 30, unmet: 20, accessibility: 0.33, municipality: [{ ags: place.villageAgs }] },
    ]);

    const write = await server.gql<unknown>(`mutation { createSnapshots(input: []) { snapshots { id } } }`);
    expect(write.status).toBe(400);
    expect(write.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('ego network', () => {
  it('lists the cooperation links up to two hops around an actor, in both directions', async () => {
    const third = await server.gql<{ createActors: { actors: { id: string }[] } }>(
      `mutation($partner: ID!, $provider: ID!) { createActors(input: [{ name: "Sprachcafé Test (fiktiv)", kind: VOLUNTEER_INITIATIVE,
        cooperatesWith: { connect: [{ where: { node: { id: { eq: $partner } } }, edge: { kind: INFORMAL, strength: 1 } }] } }]) { actors { id } } 
        updateActors(where: { id: { eq: $provider } }, update: { cooperatesWith: [{ connect: [{ where: { node: { id: { eq: $partner } } }, edge: { kind: AGREEMENT, since: "2023-01-01", strength: 3 } }] }] }) { actors { id } } }`,
      { partner: place.partnerId, provider: place.providerId },
    );
    expectNoErrors(third);
    const thirdId = third.data!.createActors.actors[0]!.id;
    const ego = async (hops: number) => {
      const response = await server.gql<{ actors: { egoNetwork: { fromId: string; toId: string }[] }[] }>(
        `query($id: ID!, $hops: Int) { actors(where: { id: { eq: $id } }) { egoNetwork(hops: $hops) { fromId toId kind since strength } } }`,
        {
          id: place.providerId,
          hops,
        },
      );
      expectNoErrors(response);
      return response.data!.actors[0]!.egoNetwork;
    };
    expect(await ego(1)).toEqual([
      { fromId: place.providerId, toId: place.partnerId, kind: 'AGREEMENT', since: '2023-01-01', strength: 3 },
    ]);
    const twoHops = await ego(2);
    expect(twoHops).toHaveLength(2);
    expect(twoHops).toContainEqual({
      fromId: thirdId,
      toId: place.partnerId,
      kind: 'INFORMAL',
      since: null,
      strength: 1,
    });
    await server.cypher('MATCH (a:Actor {id: $id}) DETACH DELETE a', { id: thirdId });
    await server.cypher('MATCH (:Actor {id: $a})-[r:COOPERATES_WITH]->(:Actor {id: $b}) DELETE r', {
      a: place.providerId,
      b: place.partnerId,
    });
  });
});
