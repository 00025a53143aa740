// The change history of a sequence of edits through /graphql, read back exactly, against the real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';
import { importFile } from '../../../server/import-export/import-file.js';
import { csv } from '../import-export/import-test-kit.js';

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

const changesQuery = `query($entityId: String, $author: String, $from: DateTime, $to: DateTime, $limit: Int, $offset: Int) {
  changes(entityId: $entityId, author: $author, from: $from, to: $to, limit: $limit, offset: $offset) {
    id at changeSet origin entity entityId operation author { id name role via } before after
  }
}`;

interface ChangeRow {
  at: string;
  changeSet: string;
  origin: string;
  entity: string;
  entityId: string;
  operation: string;
  author: { id: string; name: string; role: string; via: string };
  before: string | null;
  after: string | null;
}

async function changesOf(variables: Record<string, unknown>): Promise<ChangeRow[]> {
  const response = await server.gql<{ changes: ChangeRow[] }>(changesQuery, variables);
  expectNoErrors(response);
  return response.data!.changes;
}

const json = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

describe('change history', () => {
  it('reads back create, two updates, a connect and a delete of an offer exactly, newest first', async () => {
    const started = new Date().toISOString();
    const created = await server.gql<{ createOffers: { offers: { id: string }[] } }>(
      `mutation($provider: ID!) { createOffers(input: [{ title: "Sprachcafé", category: LANGUAGE_CAFE, format: IN_PERSON, status: OPEN,
         capacity: 12, startDate: "2027-01-10", targetGroups: [ADULTS],
         provider: { connect: [{ where: { node: { id: { eq: $provider } } } }] } }]) { offers { id } } }`,
      { provider: place.providerId },
    );
    expectNoErrors(created);
    const id = created.data!.createOffers.offers[0]!.id;
    const edits = [
      `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { title: { set: "Sprachcafé am Markt" } }) { offers { id } } }`,
      `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { capacity: { set: 15 }, booked: { set: 4 } }) { info { nodesCreated } } }`,
      `mutation($id: ID!, $town: String!) { updateOffers(where: { id: { eq: $id } }, update: { venue: [{ connect: [{ where: { node: { ags: { eq: $town } } } }] }] }) { offers { title } } }`,
      `mutation($id: ID!) { deleteOffers(where: { id: { eq: $id } }) { nodesDeleted } }`,
    ];
    for (const edit of edits) expectNoErrors(await server.gql(edit, { id, town: place.townAgs }));

    const changes = await changesOf({ entityId: id });
    expect(changes.map((change) => [change.operation, change.origin, json(change.before), json(change.after)])).toEqual(
      [
        [
          'DELETE',
          'deleteOffers',
          {
            id,
            title: 'Sprachcafé am Markt',
            category: 'LANGUAGE_CAFE',
            format: 'IN_PERSON',
            status: 'OPEN',
            capacity: 15,
            booked: 4,
            startDate: '2027-01-10',
            targetGroups: ['ADULTS'],
            provider: [place.providerId],
            venue: [place.townAgs],
          },
          null,
        ],
        ['UPDATE', 'updateOffers', { venue: [] }, { venue: [place.townAgs] }],
        ['UPDATE', 'updateOffers', { capacity: 12, booked: null }, { capacity: 15, booked: 4 }],
        ['UPDATE', 'updateOffers', { title: 'Sprachcafé' }, { title: 'Sprachcafé am Markt' }],
        [
          'CREATE',
          'createOffers',
          null,
          {
            id,
            title: 'Sprachcafé',
            category: 'LANGUAGE_CAFE',
            format: 'IN_PERSON',
            status: 'OPEN',
            capacity: 12,
            startDate: '2027-01-10',
            targetGroups: ['ADULTS'],
            provider: [place.providerId],
          },
        ],
      ],
    );
    for (const change of changes) {
      expect(change).toMatchObject({
        entity: 'Offer',
        entityId: id,
        author: { id: 'test-coordinator', name: 'test-coordinator', role: 'coordinator', via: 'jwt' },
      });
      expect(change.at >= started.slice(0, 19)).toBe(true);
    }
    expect(new Set(changes.map((change) => change.changeSet)).size).toBe(5);

    // Paginated: the second and third newest, then by time range (nothing after now), by author.
    expect((await changesOf({ entityId: id, limit: 2, offset: 1 })).map((change) => change.operation)).toEqual([
      'UPDATE',
      'UPDATE',
    ]);
    expect(await changesOf({ entityId: id, from: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    expect((await changesOf({ entityId: id, author: 'test-coordinator', from: started })).length).toBe(5);
    expect(await changesOf({ entityId: id, author: 'someone-else' })).toEqual([]);
  });

  it('records a nested create as a change of its own, and nothing for a write that is rolled back', async () => {
    const created = await server.gql<{ createActors: { actors: { id: string; offers: { id: string }[] }[] } }>(
      `mutation($town: String!) { createActors(input: [{ name: "Verein Test (fiktiv)", kind: ASSOCIATION,
         municipality: { connect: [{ where: { node: { ags: { eq: $town } } } }] },
         offers: { create: [{ node: { title: "Mentoring", category: MENTORING, format: IN_PERSON, status: OPEN } }] } }]) { actors { id offers { id } } } }`,
      { town: place.townAgs },
    );
    expectNoErrors(created);
    const actor = created.data!.createActors.actors[0]!;
    const offerId = actor.offers[0]!.id;
    const [actorChange] = await changesOf({ entityId: actor.id });
    expect(json(actorChange!.after)).toEqual({
      id: actor.id,
      name: 'Verein Test (fiktiv)',
      kind: 'ASSOCIATION',
      municipality: [place.townAgs],
      offers: [offerId],
    });
    const [offerChange] = await changesOf({ entityId: offerId });
    expect(offerChange).toMatchObject({
      operation: 'CREATE',
      entity: 'Offer',
      origin: 'createActors',
      changeSet: actorChange!.changeSet,
    });
    expect(json(offerChange!.after)).toEqual({
      id: offerId,
      title: 'Mentoring',
      category: 'MENTORING',
      format: 'IN_PERSON',
      status: 'OPEN',
    });

    // The end before the start breaks a graph rule after the write: rolled back, no history.
    const refused = await server.gql(
      `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { startDate: { set: "2027-05-01" }, endDate: { set: "2027-04-01" } }) { offers { id } } }`,
      {
        id: offerId,
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await changesOf({ entityId: offerId })).length).toBe(1);
    await server.cypher('MATCH (n) WHERE n.id IN [$a, $o] DETACH DELETE n', { a: actor.id, o: offerId });
  });

  it('records an import as the script "import", and a dry run not at all', async () => {
    const source = uniquePrefix('changes');
    const file = (capacity: number) => ({
      name: 'offers.csv',
      content: Buffer.from(
        csv([
          ['externalId', 'title', 'category', 'format', 'status', 'capacity', 'providerId'],
          ['K-1', 'Integrationskurs', 'INTEGRATION_COURSE', 'IN_PERSON', 'OPEN', capacity, place.providerId],
        ]),
      ),
    });
    const run = (capacity: number, dryRun = false) =>
      importFile({ driver: server.driver, database: server.database }, file(capacity), {
        type: 'offers',
        source,
        dryRun,
      });
    expect((await run(20)).created).toBe(1);
    expect((await run(25, true)).updated).toBe(1);
    expect((await run(22)).updated).toBe(1);
    const id = (
      await server.cypher<{ id: string }>('MATCH (o:Offer {source: $source}) RETURN o.id AS id', { source })
    )[0]!.id;
    const changes = await changesOf({ entityId: id });
    expect(
      changes.map((change) => [
        change.operation,
        change.origin,
        change.author,
        json(change.before),
        json(change.after),
      ]),
    ).toEqual([
      [
        'UPDATE',
        'import:offers',
        { id: 'import', name: 'import', role: 'coordinator', via: 'system' },
        { capacity: 20 },
        { capacity: 22 },
      ],
      [
        'CREATE',
        'import:offers',
        { id: 'import', name: 'import', role: 'coordinator', via: 'system' },
        null,
        {
          id,
          externalId: 'K-1',
          source,
          title: 'Integrationskurs',
          category: 'INTEGRATION_COURSE',
          format: 'IN_PERSON',
          status: 'OPEN',
          capacity: 20,
          provider: [place.providerId],
        },
      ],
    ]);
    await server.cypher('MATCH (o:Offer {source: $source}) DETACH DELETE o', { source });
  });

  it('cannot be written through the API', async () => {
    const response = await server.gql(
      `mutation { createChangeEvents(input: [{ entity: "Offer" }]) { info { nodesCreated } } }`,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
