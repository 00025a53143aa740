// The leaks of issue 13 through filters, as reproduced by the outside test, against the real Neo4j with data of
// this file's own: a need of 40 persons with a note, a network the provider is a member of, a cooperation note and
// a monitoring snapshot. Anonymous callers and partners are refused whatever the hidden data, however the filter
// is written (literal, variable, fragment, inline fragment, alias, nested field); staff get the real answer. And
// snapshots cannot be written through any nested input, while staff still read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type Caller, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
const prefix = uniquePrefix('leaks');
const needId = `${prefix}-need`;
const networkId = `${prefix}-network`;
const snapshotId = `${prefix}-snapshot`;
const note = 'Kein Betreuungsplatz in Sicht, Eltern warten seit März';

const partner = (): Caller => ({ role: 'partner', actorId: place.partnerId, sub: `${prefix}-partner` });
const refused: { name: string; code: string; as: () => Caller }[] = [
  { name: 'anonymous', code: 'UNAUTHENTICATED', as: () => 'anonymous' },
  { name: 'a partner', code: 'FORBIDDEN', as: partner },
];

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  await server.cypher(
    `MATCH (town:Municipality {ags: $townAgs}), (provider:Actor {id: $providerId}), (other:Actor {id: $partnerId})
     CREATE (need:Need {id: $needId, category: 'EARLY_CHILDHOOD', persons: 40, reportedAt: date('2026-10-01'),
                        source: 'SURVEY', status: 'OPEN', note: $note, createdAt: datetime(), updatedAt: datetime()})-[:NEEDED_IN]->(town)
     CREATE (need)-[:REPORTED_BY]->(provider)
     CREATE (provider)-[:MEMBER_OF_NETWORK]->(:Network {id: $networkId, name: 'Trägerrunde (Test)', kind: 'WORKING_GROUP', createdAt: datetime(), updatedAt: datetime()})
     CREATE (provider)-[:COOPERATES_WITH {kind: 'REFERRAL', strength: 2, note: $note}]->(other)
     CREATE (:Snapshot {id: $snapshotId, date: date('2026-11-01'), category: 'EARLY_CHILDHOOD', radiusKm: 25.0,
                        demand: 40, freePlaces: 0, capacity: 10, booked: 10, waitlist: 3, accessibility: 0.0,
                        unmet: 40, createdAt: datetime()})-[:SNAPSHOT_OF]->(town)`,
    { ...place, needId, networkId, snapshotId, note },
  );
});

afterAll(async () => {
  await server.cypher('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: [needId, networkId, snapshotId] });
  await removePlace(server, place);
  await server.close();
});

function expectRefused(response: Awaited<ReturnType<TestServer['gql']>>, code: string, restricted: string) {
  expect(response.errors?.map((error) => error.extensions?.code)).toContain(code);
  expect(response.errors?.map((error) => error.extensions?.restricted)).toContain(restricted);
  expect(response.errors?.[0]?.message).toContain(`"${restricted}"`);
  expect(response.data ?? null).toBeNull();
}

const largestNeed = `query($ags: String!, $persons: Int!) {
  municipalities(where: { ags: { eq: $ags }, needs: { some: { persons: { gt: $persons } } } }) { ags }
}`;

describe.each(refused)('$name', ({ code, as }) => {
  it('cannot binary-search the persons of a need through municipalities(where: { needs })', async () => {
    // The same refusal whether the hidden need matches (gt 39) or not (gt 40): nothing to search with.
    for (const persons of [39, 40]) {
      const response = await server.gql(largestNeed, { ags: place.townAgs, persons }, { as: as() });
      expectRefused(response, code, 'Municipality.needs');
    }
  });

  it("cannot read a need's note through actors(where: { reportedNeeds }), in a variable, fragment or nested field", async () => {
    const where = { id: { eq: place.providerId }, reportedNeeds: { some: { note: { startsWith: 'Kein B' } } } };
    const byVariable = await server.gql(
      'query($where: ActorWhere) { found: actors(where: $where) { id } }',
      { where },
      { as: as() },
    );
    expectRefused(byVariable, code, 'Actor.reportedNeeds');
    const byFragment = await server.gql(
      `query($note: String!) { ...Probe }
       fragment Probe on Query { ... on Query { actors(where: { reportedNeeds: { some: { note: { startsWith: $note } } } }) { id } } }`,
      { note: 'Kein B' },
      { as: as() },
    );
    expectRefused(byFragment, code, 'Actor.reportedNeeds');
    const nested = await server.gql(
      `query($ags: String!) { municipalities(where: { ags: { eq: $ags } }) { ...Local } }
       fragment Local on Municipality { actors(where: { reportedNeedsConnection: { some: { node: { note: { startsWith: "Kein B" } } } } }) { id } }`,
      { ags: place.townAgs },
      { as: as() },
    );
    expectRefused(nested, code, 'Actor.reportedNeedsConnection');
    const aggregate = await server.gql(
      `query($id: ID!) { actors(where: { id: { eq: $id }, reportedNeedsConnection: { aggregate: { node: { note: { longestLength: { gt: 10 } } } } } }) { id } }`,
      { id: place.providerId },
      { as: as() },
    );
    expectRefused(aggregate, code, 'Actor.reportedNeedsConnection');
  });

  it("cannot list a network's members through actors(where: { memberships }) or full-text search", async () => {
    const response = await server.gql(
      'query($id: ID!) { actors(where: { memberships: { some: { id: { eq: $id } } } }) { id } }',
      { id: networkId },
      { as: as() },
    );
    expectRefused(response, code, 'Actor.memberships');
    const search = await server.gql(
      'query($id: ID!) { searchActors(phrase: "Sprachschule", where: { node: { memberships: { some: { id: { eq: $id } } } } }) { totalCount } }',
      { id: networkId },
      { as: as() },
    );
    expectRefused(search, code, 'Actor.memberships');
  });

  it('cannot filter, sort or aggregate by a cooperation note, nor select it', async () => {
    const queries = [
      `query($id: ID!) { actors(where: { id: { eq: $id } }) { cooperatesWithConnection(where: { edge: { note: { startsWith: "Kein" } } }) { totalCount } } }`,
      `query($id: ID!) { actors(where: { id: { eq: $id } }) { cooperatesWithConnection(sort: [{ edge: { note: DESC } }]) { edges { node { id } } } } }`,
      `query($id: ID!) { actors(where: { id: { eq: $id } }) { cooperatesWithConnection { aggregate { edge { note { longest } } } } } }`,
      `query($id: ID!) { actors(where: { id: { eq: $id } }) { ...Links } } fragment Links on Actor { cooperatesWithConnection { edges { properties { note } } } }`,
    ];
    for (const query of queries)
      expectRefused(await server.gql(query, { id: place.providerId }, { as: as() }), code, 'Cooperation.note');
  });

  it('still reads the public directory with filters on what it may read', async () => {
    const response = await server.gql(
      'query($ags: String!) { municipalities(where: { ags: { eq: $ags }, actors: { some: { kind: { eq: COURSE_PROVIDER } } } }) { ags actors { cooperatesWithConnection(sort: [{ edge: { strength: DESC } }]) { edges { properties { kind strength } } } } } }',
      { ags: place.townAgs },
      { as: as() },
    );
    expectNoErrors(response);
    expect(response.data!.municipalities).toHaveLength(1);
    expect(JSON.stringify(response.data)).toContain('REFERRAL');
  });
});

describe.each(['coordinator', 'analyst'] as const)('%s', (role) => {
  it('finds the largest need, the note and the members with the same filters', async () => {
    const yes = await server.gql(largestNeed, { ags: place.townAgs, persons: 39 }, { as: role });
    const no = await server.gql(largestNeed, { ags: place.townAgs, persons: 40 }, { as: role });
    expectNoErrors(yes);
    expectNoErrors(no);
    expect(yes.data!.municipalities).toEqual([{ ags: place.townAgs }]);
    expect(no.data!.municipalities).toEqual([]);
    const byNote = await server.gql(
      'query($where: ActorWhere) { actors(where: $where) { id } }',
      { where: { id: { eq: place.providerId }, reportedNeeds: { some: { note: { startsWith: 'Kein B' } } } } },
      { as: role },
    );
    expectNoErrors(byNote);
    expect(byNote.data!.actors).toEqual([{ id: place.providerId }]);
    const members = await server.gql(
      'query($id: ID!) { actors(where: { memberships: { some: { id: { eq: $id } } } }) { id } }',
      { id: networkId },
      { as: role },
    );
    expectNoErrors(members);
    expect(members.data!.actors).toEqual([{ id: place.providerId }]);
    const notes = await server.gql<{ actors: { cooperatesWithConnection: { edges: unknown[] } }[] }>(
      'query($id: ID!) { actors(where: { id: { eq: $id } }) { cooperatesWithConnection(where: { edge: { note: { startsWith: "Kein" } } }) { edges { properties { note } } } } }',
      { id: place.providerId },
      { as: role },
    );
    expectNoErrors(notes);
    expect(notes.data!.actors[0]!.cooperatesWithConnection.edges).toEqual([{ properties: { note } }]);
  });

  it('reads the snapshots of a municipality', async () => {
    const response = await server.gql<{ municipalities: unknown[] }>(
      'query($ags: String!) { municipalities(where: { ags: { eq: $ags } }) { snapshots { id demand unmet } snapshotsConnection(where: { node: { demand: { gt: 1 } } }) { totalCount } } }',
      { ags: place.townAgs },
      { as: role },
    );
    expectNoErrors(response);
    expect(response.data!.municipalities[0]).toEqual({
      snapshots: [{ id: snapshotId, demand: 40, unmet: 40 }],
      snapshotsConnection: { totalCount: 1 },
    });
  });
});

describe('snapshots are read only', () => {
  const snapshotDemand = async () =>
    (
      await server.cypher('MATCH (s:Snapshot {id: $id})-[:SNAPSHOT_OF]->(m) RETURN s.demand AS demand, m.ags AS ags', {
        id: snapshotId,
      })
    )[0];

  it.each([
    [
      'update through updateMunicipalities',
      `mutation($ags: String!) { updateMunicipalities(where: { ags: { eq: $ags } }, update: { snapshots: [{ update: { node: { demand: { set: 0 } } } }] }) { info { nodesCreated } } }`,
    ],
    [
      'create through updateMunicipalities',
      `mutation($ags: String!) { updateMunicipalities(where: { ags: { eq: $ags } }, update: { snapshots: [{ create: [{ node: { date: "2026-01-01", category: OTHER, radiusKm: 1, demand: 0, freePlaces: 0, capacity: 0, booked: 0, waitlist: 0, accessibility: 0, unmet: 0 } }] }] }) { info { nodesCreated } } }`,
    ],
    [
      'disconnect through updateMunicipalities',
      `mutation($ags: String!) { updateMunicipalities(where: { ags: { eq: $ags } }, update: { snapshots: [{ disconnect: [{ where: { node: { demand: { gt: 0 } } } }] }] }) { info { relationshipsDeleted } } }`,
    ],
    [
      'delete through deleteMunicipalities',
      `mutation($ags: String!) { deleteMunicipalities(where: { ags: { eq: "none" }, name: { eq: $ags } }, delete: { snapshots: [{ where: { node: { demand: { gt: 0 } } } }] }) { nodesDeleted } }`,
    ],
    [
      'create with a new municipality',
      `mutation($ags: String!) { createMunicipalities(input: [{ ags: $ags, name: "x", kind: MUNICIPALITY, snapshots: { connect: [{ where: { node: { demand: { gt: 0 } } } }] } }]) { info { nodesCreated } } }`,
    ],
  ])('refuses the coordinator to %s (schema validation), and the snapshot stays', async (_name, mutation) => {
    const response = await server.gql(mutation, { ags: place.townAgs });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/snapshots/);
    expect(await snapshotDemand()).toEqual({ demand: 40, ags: place.townAgs });
  });
});
