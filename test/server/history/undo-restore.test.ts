// Undo of changes and the Papierkorb against the real Neo4j, through /graphql: an update undone (and the undo undone),
// an undo refused because the field changed since, a create undone, an actor deleted with its links and restored,
// restores refused (a linked actor gone, the id taken), the purge after the retention, and who may do any of it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { purgeDeleted } from '../../../server/history/purge-deleted.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type Caller, type TestServer } from '../../support/test-server.js';

// Several writes per test on a machine shared by many suites.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

let server: TestServer;
let place: Place;
const prefix = uniquePrefix('undo');
const made: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
});
afterAll(async () => {
  await removePlace(server, place);
  await server.cypher('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: made });
  await server.cypher('MATCH (n:Network) WHERE n.name STARTS WITH $prefix DETACH DELETE n', { prefix });
  await server.cypher('MATCH (c:ChangeEvent) WHERE c.entityId IN $ids OR c.entityId IN [$p, $q] DETACH DELETE c', {
    ids: made,
    p: place.providerId,
    q: place.partnerId,
  });
  await server.cypher('MATCH (d:DeletedEntity) WHERE d.entityId IN $ids DELETE d', { ids: made });
  await server?.close();
});

interface ChangeRow {
  id: string;
  entity: string;
  entityId: string;
  operation: string;
  origin: string;
  undoOf: string | null;
  before: string | null;
  after: string | null;
}
const changeFields = 'id entity entityId operation origin undoOf before after';

async function createActor(name: string): Promise<string> {
  const response = await server.gql<{ createActors: { actors: { id: string }[] } }>(
    `mutation($name: String!, $town: String!) { createActors(input: [{ name: $name, kind: ASSOCIATION,
       municipality: { connect: [{ where: { node: { ags: { eq: $town } } } }] } }]) { actors { id } } }`,
    { name, town: place.townAgs },
  );
  expectNoErrors(response);
  const id = response.data!.createActors.actors[0]!.id;
  made.push(id);
  return id;
}

async function updateActor(id: string, update: string): Promise<void> {
  expectNoErrors(
    await server.gql(
      `mutation($id: ID!) { updateActors(where: { id: { eq: $id } }, update: ${update}) { actors { id } } }`,
      {
        id,
      },
    ),
  );
}

async function changesOf(entityId: string): Promise<ChangeRow[]> {
  const response = await server.gql<{ changes: ChangeRow[] }>(
    `query($id: String!) { changes(entityId: $id) { ${changeFields} } }`,
    { id: entityId },
  );
  expectNoErrors(response);
  return response.data!.changes;
}

const undo = (id: string, as: Caller = 'coordinator') =>
  server.gql<{ undoChange: ChangeRow[] }>(
    `mutation($id: ID!) { undoChange(id: $id) { ${changeFields} } }`,
    { id },
    { as },
  );
const restore = (id: string, as: Caller = 'coordinator') =>
  server.gql<{ restoreDeleted: ChangeRow[] }>(
    `mutation($id: ID!) { restoreDeleted(id: $id) { ${changeFields} } }`,
    { id },
    {
      as,
    },
  );

async function actorRow(id: string): Promise<Record<string, unknown> | undefined> {
  const rows = await server.cypher(
    'MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.kind AS kind, a.phone AS phone',
    {
      id,
    },
  );
  return rows[0];
}

async function dataVersion(): Promise<number> {
  // Every write advances one of the version's nodes (server/database/data-version.ts): their sum counts the writes.
  const rows = await server.cypher<{ value: unknown }>('MATCH (v:DataVersion) RETURN sum(v.value) AS value');
  const value = rows[0]!.value;
  return typeof value === 'number' ? value : (value as { toNumber(): number }).toNumber();
}

describe('undoChange', () => {
  it('gives an update its values from before, records the undo naming the change, and advances the data version', async () => {
    const id = await createActor(`${prefix} Verein`);
    await updateActor(
      id,
      `{ name: { set: "${prefix} Verein neu" }, kind: { set: MIGRANT_ORGANISATION }, phone: { set: "0500 1" } }`,
    );
    const [update] = await changesOf(id);
    expect(update!.operation).toBe('UPDATE');
    const version = await dataVersion();
    const response = await undo(update!.id);
    expectNoErrors(response);
    expect(await actorRow(id)).toEqual({ name: `${prefix} Verein`, kind: 'ASSOCIATION', phone: null });
    expect(await dataVersion()).toBeGreaterThan(version);
    const recorded = response.data!.undoChange;
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ operation: 'UPDATE', origin: 'undoChange', undoOf: update!.id, entityId: id });
    expect(JSON.parse(recorded[0]!.after!)).toEqual({ name: `${prefix} Verein`, kind: 'ASSOCIATION', phone: null });
    // The history shows the undo as the newest change, naming what it undid.
    const [newest] = await changesOf(id);
    expect(newest).toMatchObject({ id: recorded[0]!.id, undoOf: update!.id });
  });

  it('undoes an undo: the value of the undone change comes back', async () => {
    const id = await createActor(`${prefix} Initiative`);
    await updateActor(id, `{ name: { set: "${prefix} Initiative zwei" } }`);
    const [update] = await changesOf(id);
    const first = await undo(update!.id);
    expectNoErrors(first);
    expect((await actorRow(id))!.name).toBe(`${prefix} Initiative`);
    const second = await undo(first.data!.undoChange[0]!.id);
    expectNoErrors(second);
    expect((await actorRow(id))!.name).toBe(`${prefix} Initiative zwei`);
    expect(second.data!.undoChange[0]!.undoOf).toBe(first.data!.undoChange[0]!.id);
  });

  it('refuses when the field has changed since, naming its current value, and writes nothing', async () => {
    const id = await createActor(`${prefix} Eins`);
    await updateActor(id, `{ name: { set: "${prefix} Zwei" } }`);
    const [older] = await changesOf(id);
    await updateActor(id, `{ name: { set: "${prefix} Drei" } }`);
    const before = (await changesOf(id)).length;
    const response = await undo(older!.id);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CHANGED_SINCE',
      field: 'name',
      current: JSON.stringify(`${prefix} Drei`),
    });
    expect(response.errors![0]!.message).toContain(`${prefix} Drei`);
    expect((await actorRow(id))!.name).toBe(`${prefix} Drei`);
    expect(await changesOf(id)).toHaveLength(before);
  });

  it('undoes a create: the entity goes to the Papierkorb', async () => {
    const id = await createActor(`${prefix} Kurzlebig`);
    const [create] = await changesOf(id);
    expect(create!.operation).toBe('CREATE');
    const response = await undo(create!.id);
    expectNoErrors(response);
    expect(await actorRow(id)).toBeUndefined();
    expect(response.data!.undoChange[0]).toMatchObject({ operation: 'DELETE', undoOf: create!.id });
    const trash = await server.gql<{ deletedEntities: { id: string; entityId: string; name: string }[] }>(
      '{ deletedEntities(entity: "Actor") { id entityId name } }',
    );
    expectNoErrors(trash);
    expect(trash.data!.deletedEntities).toContainEqual({
      id: response.data!.undoChange[0]!.id,
      entityId: id,
      name: `${prefix} Kurzlebig`,
    });
  });

  it('answers NOT_FOUND for an unknown change', async () => {
    const response = await undo(`${prefix}-none`);
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the Papierkorb', () => {
  async function deleteActor(id: string): Promise<string> {
    expectNoErrors(
      await server.gql('mutation($id: ID!) { deleteActors(where: { id: { eq: $id } }) { nodesDeleted } }', { id }),
    );
    const [deleted] = await changesOf(id);
    expect(deleted!.operation).toBe('DELETE');
    return deleted!.id;
  }

  it('restores a deleted actor with its cooperation links, memberships, places and the offers it provides', async () => {
    const id = await createActor(`${prefix} Netzwerker`);
    const networkId = `${prefix}-net`;
    made.push(networkId);
    await server.cypher(
      `MATCH (a:Actor {id: $id}), (b:Actor {id: $partner}), (m:Municipality {ags: $village})
       CREATE (a)-[:COOPERATES_WITH {kind: 'REFERRAL', since: date('2025-03-01'), strength: 2}]->(b)
       CREATE (b)-[:COOPERATES_WITH {kind: 'EXCHANGE'}]->(a)
       CREATE (a)-[:SERVES]->(m)
       CREATE (a)-[:MEMBER_OF_NETWORK]->(:Network {id: $networkId, name: $name, kind: 'EXCHANGE_ROUND', createdAt: datetime(), updatedAt: datetime()})`,
      { id, partner: place.partnerId, village: place.villageAgs, networkId, name: `${prefix} Runde` },
    );
    // The actor goes with its only offer (an offer never loses its only provider).
    const offer = await server.gql<{ createOffers: { offers: { id: string }[] } }>(
      `mutation($id: ID!) { createOffers(input: [{ title: "${prefix} Kurs", category: LANGUAGE_CAFE, format: IN_PERSON, status: OPEN, capacity: 12,
         startDate: "2027-02-01", provider: { connect: [{ where: { node: { id: { eq: $id } } } }] } }]) { offers { id } } }`,
      { id },
    );
    expectNoErrors(offer);
    const offerId = offer.data!.createOffers.offers[0]!.id;
    made.push(offerId);
    expectNoErrors(
      await server.gql(
        'mutation($id: ID!) { deleteActors(where: { id: { eq: $id } }, delete: { offers: [{ where: {} }] }) { nodesDeleted } }',
        { id },
      ),
    );
    const deleteId = (await changesOf(id))[0]!.id;
    expect(await actorRow(id)).toBeUndefined();

    const response = await restore(deleteId);
    expectNoErrors(response);
    const restored = response.data!.restoreDeleted;
    expect(restored.map((change) => [change.entity, change.operation, change.undoOf]).sort()).toEqual([
      ['Actor', 'CREATE', deleteId],
      ['Offer', 'CREATE', deleteId],
    ]);
    const [row] = await server.cypher(
      `MATCH (a:Actor {id: $id})
       RETURN a.name AS name, a.createdAt IS NOT NULL AS stamped,
         [(a)-[r:COOPERATES_WITH]->(b) | [b.id, r.kind, toString(r.since), r.strength]] AS out,
         [(a)<-[r:COOPERATES_WITH]-(b) | [b.id, r.kind]] AS in,
         [(a)-[:SERVES]->(m) | m.ags] AS serves, [(a)-[:LOCATED_IN]->(m) | m.ags] AS located,
         [(a)-[:MEMBER_OF_NETWORK]->(n) | n.id] AS networks,
         [(a)-[:PROVIDES]->(o) | [o.id, o.capacity, toString(o.startDate)]] AS offers`,
      { id },
    );
    expect(row).toEqual({
      name: `${prefix} Netzwerker`,
      stamped: true,
      out: [[place.partnerId, 'REFERRAL', '2025-03-01', 2]],
      in: [[place.partnerId, 'EXCHANGE']],
      serves: [place.villageAgs],
      located: [place.townAgs],
      networks: [networkId],
      offers: [[offerId, 12, '2027-02-01']],
    });
    // The strength is an integer again, as the API stores it (the history keeps JSON numbers).
    const [types] = await server.cypher(
      `MATCH (:Actor {id: $id})-[r:COOPERATES_WITH]->() MATCH (o:Offer {id: $offerId})
       RETURN valueType(r.strength) AS strength, valueType(r.since) AS since, valueType(o.capacity) AS capacity`,
      { id, offerId },
    );
    expect(types).toEqual({ strength: 'INTEGER NOT NULL', since: 'DATE NOT NULL', capacity: 'INTEGER NOT NULL' });
    const trash = await server.cypher('MATCH (d:DeletedEntity) WHERE d.entityId IN [$id, $offerId] RETURN d', {
      id,
      offerId,
    });
    expect(trash).toEqual([]);
    // Restored once: a second restore finds nothing.
    expect((await restore(deleteId)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a restore when a linked actor is gone, and writes nothing', async () => {
    const id = await createActor(`${prefix} Allein`);
    const other = await createActor(`${prefix} Partner weg`);
    await server.cypher(
      "MATCH (a:Actor {id: $id}), (b:Actor {id: $other}) CREATE (a)-[:COOPERATES_WITH {kind: 'INFORMAL'}]->(b)",
      { id, other },
    );
    const deleteId = await deleteActor(id);
    await deleteActor(other);
    const response = await restore(deleteId);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'RELATED_GONE',
      field: 'cooperatesWith',
      target: 'Actor',
      value: other,
    });
    expect(await actorRow(id)).toBeUndefined();
    expect(await server.cypher('MATCH (d:DeletedEntity {id: $deleteId}) RETURN d.id', { deleteId })).toHaveLength(1);
  });

  it('refuses a restore when the id is taken again', async () => {
    const id = await createActor(`${prefix} Doppelt`);
    const deleteId = await deleteActor(id);
    await server.cypher(
      "CREATE (:Actor {id: $id, name: 'Neu belegt', kind: 'OTHER', createdAt: datetime(), updatedAt: datetime()})",
      { id },
    );
    const response = await restore(deleteId);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'KEY_TAKEN', value: id });
    expect((await actorRow(id))!.name).toBe('Neu belegt');
  });

  it('is purged after the retention: older entries go, newer ones stay', async () => {
    const old = await deleteActor(await createActor(`${prefix} Alt`));
    const recent = await deleteActor(await createActor(`${prefix} Frisch`));
    await server.cypher("MATCH (d:DeletedEntity {id: $old}) SET d.deletedAt = datetime() - duration('P91D')", { old });
    const version = await dataVersion();
    const purged = await purgeDeleted({ driver: server.driver, database: server.database }, 90);
    expect(purged).toBeGreaterThanOrEqual(1);
    expect(await dataVersion()).toBeGreaterThan(version);
    const left = await server.cypher<{ id: string }>(
      'MATCH (d:DeletedEntity) WHERE d.id IN [$old, $recent] RETURN d.id AS id',
      {
        old,
        recent,
      },
    );
    expect(left).toEqual([{ id: recent }]);
    expect((await restore(old)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The list says until when an entry can be restored: 90 days after its deletion.
    const listed = await server.gql<{ deletedEntities: { id: string; deletedAt: string; restorableUntil: string }[] }>(
      '{ deletedEntities(entity: "Actor", limit: 500) { id deletedAt restorableUntil } }',
    );
    const entry = listed.data!.deletedEntities.find((candidate) => candidate.id === recent)!;
    expect(Date.parse(entry.restorableUntil) - Date.parse(entry.deletedAt)).toBe(90 * 24 * 3600 * 1000);
  });
});

describe('who may', () => {
  it('only the coordinator undoes and restores; staff read the Papierkorb', async () => {
    const id = await createActor(`${prefix} Rechte`);
    await updateActor(id, `{ name: { set: "${prefix} Rechte zwei" } }`);
    const [update] = await changesOf(id);
    const partner: Caller = { role: 'partner', actorId: place.providerId, sub: 'history-partner', source: prefix };
    for (const [as, code] of [
      ['analyst', 'FORBIDDEN'],
      [partner, 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const) {
      expect((await undo(update!.id, as)).errors?.[0]?.extensions?.code).toBe(code);
      expect((await restore(update!.id, as)).errors?.[0]?.extensions?.code).toBe(code);
    }
    expect((await actorRow(id))!.name).toBe(`${prefix} Rechte zwei`);
    const read = (as: Caller) => server.gql('{ deletedEntities { id } }', {}, { as });
    expectNoErrors(await read('analyst'));
    expect((await read(partner)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await read('anonymous')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
