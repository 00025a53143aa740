// upsertOffers through HTTP against the real Neo4j: idempotent batches keyed by (source, externalId), all or
// nothing with every bad item reported, 1,000 offers at once, partners kept to their own Actor, and the
// coordinator's corrections held against the partner's next push as conflicts the coordinator resolves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferConflict, OfferUpsertResult } from '../../../server/generated/graphql.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { textContaining } from '../../support/matchers.js';
import { startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
// Partners push under their own source only (server/auth/partner-source.ts): each test's token carries its source.
let own: { role: 'partner'; actorId: string; sub: string }; // a partner acting for the place's course provider
let other: { role: 'partner'; actorId: string; sub: string }; // a partner acting for the place's job centre
const prefix = uniquePrefix('upsert');
const sources: string[] = [];

const upsert = `mutation Upsert($source: String!, $offers: [OfferUpsertInput!]!) {
  upsertOffers(source: $source, offers: $offers) {
    source created updated unchanged conflicts
    errors { index externalId field value message }
    items { index externalId id outcome changedFields conflictFields }
  }
}`;

function newSource(name: string): string {
  const source = `${prefix}-${name}`;
  sources.push(source);
  return source;
}

function course(externalId: string, extra: Record<string, unknown> = {}) {
  return {
    externalId,
    title: `Integrationskurs ${externalId}`,
    category: 'INTEGRATION_COURSE',
    format: 'IN_PERSON',
    status: 'OPEN',
    courseType: 'GENERAL',
    capacity: 20,
    booked: 5,
    startDate: '2027-03-01',
    endDate: '2027-09-30',
    targetGroups: ['ADULTS'],
    venueAgs: place.townAgs,
    ...extra,
  };
}

/** An offer of a source as stored (Cypher's integers read through Number()). */
interface StoredOffer {
  externalId: string;
  title: string;
  capacity: unknown;
  booked: unknown;
  startDate: string;
  updatedAt: string;
  providerId: string | null;
  venueAgs: string | null;
}
type Upserted = { upsertOffers: OfferUpsertResult };
type Conflicts = { offerConflicts: OfferConflict[] };

async function offersOf(source: string) {
  return server.cypher<StoredOffer>(
    `MATCH (o:Offer {source: $source}) OPTIONAL MATCH (o)<-[:PROVIDES]-(a:Actor) OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(m:Municipality)
     RETURN o.externalId AS externalId, o.title AS title, o.capacity AS capacity, o.booked AS booked, toString(o.startDate) AS startDate,
            toString(o.updatedAt) AS updatedAt, a.id AS providerId, m.ags AS venueAgs ORDER BY externalId`,
    { source },
  );
}

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  own = { role: 'partner', actorId: place.providerId, sub: 'kursportal' };
  other = { role: 'partner', actorId: place.partnerId, sub: 'jobcenter' };
});

afterAll(async () => {
  await server.cypher(
    'MATCH (o:Offer) WHERE o.source IN $sources OPTIONAL MATCH (c:OfferConflict)-[:CONFLICT_OF]->(o) DETACH DELETE c, o',
    { sources },
  );
  await removePlace(server, place);
  await server.close();
});

describe('a partner pushing its offers', () => {
  it('creates them, and a second push of the same batch changes nothing', async () => {
    const source = newSource('idem');
    const offers = [course('K-1'), course('K-2', { capacity: 12, childcare: true, targetGroups: ['PARENTS'] })];
    const first = await server.gql<Upserted>(upsert, { source, offers }, { as: { ...own, source } });
    expectNoErrors(first);
    expect(first.data!.upsertOffers).toMatchObject({ created: 2, updated: 0, unchanged: 0, conflicts: 0, errors: [] });
    const stored = await offersOf(source);
    expect(stored.map((o) => [o.externalId, Number(o.capacity), o.providerId, o.venueAgs, o.startDate])).toEqual([
      ['K-1', 20, place.providerId, place.townAgs, '2027-03-01'],
      ['K-2', 12, place.providerId, place.townAgs, '2027-03-01'],
    ]);

    const second = await server.gql<Upserted>(upsert, { source, offers }, { as: { ...own, source } });
    expectNoErrors(second);
    expect(second.data!.upsertOffers).toMatchObject({ created: 0, updated: 0, unchanged: 2, conflicts: 0, errors: [] });
    expect(second.data!.upsertOffers.items.map((item) => item.id)).toEqual(
      first.data!.upsertOffers.items.map((item) => item.id),
    );
    expect(await offersOf(source)).toEqual(stored); // not even updatedAt moved

    const third = await server.gql<Upserted>(
      upsert,
      {
        source,
        offers: [
          course('K-1', { booked: 9 }),
          course('K-2', { capacity: 12, childcare: true, targetGroups: ['PARENTS'] }),
        ],
      },
      { as: { ...own, source } },
    );
    expect(third.data!.upsertOffers).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(third.data!.upsertOffers.items[0]).toMatchObject({
      externalId: 'K-1',
      outcome: 'UPDATED',
      changedFields: ['booked'],
    });
    const freePlaces = await server.gql(
      `query($s: String!) { offers(where: { source: { eq: $s }, externalId: { eq: "K-1" } }) { booked freePlaces } }`,
      { s: source },
      { as: 'anonymous' },
    );
    expect(freePlaces.data!.offers).toEqual([{ booked: 9, freePlaces: 11 }]);
  });

  it('records every push in the change history: who, created with its values, then only the fields that changed', async () => {
    const source = newSource('history');
    const created = await server.gql<Upserted>(upsert, { source, offers: [course('H-1')] }, { as: { ...own, source } });
    expectNoErrors(created);
    const id = created.data!.upsertOffers.items[0]!.id;
    await server.gql<Upserted>(upsert, { source, offers: [course('H-1')] }, { as: { ...own, source } }); // unchanged: nothing recorded
    expectNoErrors(
      await server.gql<Upserted>(
        upsert,
        { source, offers: [course('H-1', { booked: 7 })] },
        { as: { ...own, source } },
      ),
    );
    const history = await server.gql<{
      changes: {
        operation: string;
        origin: string;
        before: string | null;
        after: string | null;
        author: { id: string; role: string; via: string };
      }[];
    }>(
      `query($id: String!) { changes(entity: "Offer", entityId: $id) { operation origin before after author { id role via } } }`,
      { id },
      { as: 'analyst' },
    );
    expectNoErrors(history);
    const changes = history.data!.changes;
    expect(changes.map((change) => change.operation)).toEqual(['UPDATE', 'CREATE']); // newest first
    for (const change of changes)
      expect(change).toMatchObject({
        origin: 'upsertOffers',
        author: { id: 'kursportal', role: 'partner', via: 'jwt' },
      });
    const createdValues: unknown = JSON.parse(changes[1]!.after!);
    expect(createdValues).toMatchObject({
      externalId: 'H-1',
      booked: 5,
      capacity: 20,
      provider: [place.providerId],
      venue: [place.townAgs],
    });
    expect(changes[1]!.before).toBeNull();
    expect(JSON.parse(changes[0]!.before!)).toEqual({ booked: 5 });
    expect(JSON.parse(changes[0]!.after!)).toEqual({ booked: 7 });
  });

  it('writes nothing when any item is bad, and names every bad item with its index, field and value', async () => {
    const source = newSource('bad');
    const offers = [
      course('B-1'),
      course('B-2', { capacity: -3 }),
      course('B-3', { venueAgs: '99999999' }),
      course('B-4', { startDate: '2027-05-01', endDate: '2027-04-01' }),
      course('B-1'),
      course('B-6', { latitude: 52.1 }),
    ];
    const response = await server.gql<Upserted>(upsert, { source, offers }, { as: { ...own, source } });
    expectNoErrors(response);
    const result = response.data!.upsertOffers;
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 0, items: [] });
    expect(result.errors.map((e) => [e.index, e.field, e.value])).toEqual([
      [1, 'capacity', '-3'],
      [2, 'venueAgs', '"99999999"'],
      [3, 'endDate', '"2027-04-01"'],
      [4, 'externalId', '"B-1"'],
      [5, 'longitude', null],
    ]);
    expect(result.errors[0]).toMatchObject({ externalId: 'B-2', message: textContaining('"-3"') });
    expect(await offersOf(source)).toEqual([]);
  });

  it('takes a batch of 1,000 offers in one transaction', async () => {
    const source = newSource('big');
    const offers = Array.from({ length: 1000 }, (_, i) =>
      course(`G-${String(i).padStart(4, '0')}`, { capacity: 10 + (i % 7), booked: i % 5 }),
    );
    const first = await server.gql<Upserted>(upsert, { source, offers }, { as: { ...own, source } });
    expectNoErrors(first);
    expect(first.data!.upsertOffers).toMatchObject({ created: 1000, updated: 0, unchanged: 0, errors: [] });
    const [count] = await server.cypher(
      'MATCH (o:Offer {source: $source})<-[:PROVIDES]-(:Actor {id: $actor}) RETURN count(o) AS n',
      { source, actor: place.providerId },
    );
    expect(Number(count!.n)).toBe(1000);
    const again = await server.gql<Upserted>(upsert, { source, offers }, { as: { ...own, source } });
    expect(again.data!.upsertOffers).toMatchObject({ created: 0, updated: 0, unchanged: 1000 });
    const tooMany = await server.gql<Upserted>(
      upsert,
      { source, offers: [...offers, course('G-1000')] },
      { as: { ...own, source } },
    );
    expect(tooMany.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: textContaining('1001'),
    });
  });
});

describe("partners and other partners' offers", () => {
  it("refuses to write an offer for another actor, or over another partner's offer, and changes nothing", async () => {
    const source = newSource('cross');
    expectNoErrors(await server.gql<Upserted>(upsert, { source, offers: [course('X-1')] }, { as: { ...own, source } }));
    const before = await offersOf(source);

    const named = await server.gql<Upserted>(
      upsert,
      { source, offers: [course('X-2', { providerId: place.providerId })] },
      { as: { ...other, source } },
    );
    expect(named.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const taken = await server.gql<Upserted>(
      upsert,
      { source, offers: [course('X-3'), course('X-1', { booked: 19 })] },
      { as: { ...other, source } },
    );
    expect(taken.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(taken.errors?.[0]?.message).toContain('"X-1"');
    expect(await offersOf(source)).toEqual(before);

    const generated = await server.gql(
      `mutation($s: String!) { updateOffers(where: { source: { eq: $s } }, update: { booked: { set: 19 } }) { offers { id } } }`,
      { s: source },
      { as: { ...other, source } },
    );
    expect(generated.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const deleted = await server.gql(
      `mutation($s: String!) { deleteOffers(where: { source: { eq: $s } }) { nodesDeleted } }`,
      { s: source },
      { as: { ...other, source } },
    );
    expect(deleted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await offersOf(source)).toEqual(before);
  });

  it("keeps a partner's generated offer writes flat: no nested writes through the offer's relationships", async () => {
    const source = newSource('nested');
    const before = await server.cypher(
      'MATCH (m:Municipality {ags: $ags}) RETURN m.name AS name, COUNT { (m)-[:MEMBER_OF]-() } AS links',
      { ags: place.villageAgs },
    );
    const nested = await server.gql(
      `mutation($s: String!, $p: ID!, $town: String!, $village: String!) { createOffers(input: [{ title: "Kurs", category: OTHER, format: IN_PERSON, status: OPEN, source: $s, externalId: "N-1",
        provider: { connect: [{ where: { node: { id: { eq: $p } } } }] },
        venue: { connect: [{ where: { node: { ags: { eq: $town } } }, connect: { members: [{ where: { node: { ags: { eq: $village } } } }] } }] } }]) { offers { id } } }`,
      { s: source, p: place.providerId, town: place.townAgs, village: place.villageAgs },
      { as: { ...own, source } },
    );
    expect(nested.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: textContaining('venue.connect[0].connect'),
    });
    const created = await server.gql(
      `mutation($s: String!, $p: ID!) { createOffers(input: [{ title: "Kurs", category: OTHER, format: IN_PERSON, status: OPEN, source: $s, externalId: "N-2",
        provider: { connect: [{ where: { node: { id: { eq: $p } } } }] }, venue: { create: [{ node: { ags: "99999998", name: "Neu", kind: CITY } }] } }]) { offers { id } } }`,
      { s: source, p: place.providerId },
      { as: { ...own, source } },
    );
    expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await offersOf(source)).toEqual([]);
    expect(
      await server.cypher(
        'MATCH (m:Municipality {ags: $ags}) RETURN m.name AS name, COUNT { (m)-[:MEMBER_OF]-() } AS links',
        { ags: place.villageAgs },
      ),
    ).toEqual(before);
  });

  it('lets the coordinator push offers of any provider', async () => {
    const source = newSource('coord');
    const response = await server.gql<Upserted>(upsert, {
      source,
      offers: [course('C-1', { providerId: place.partnerId }), course('C-2', { providerId: place.providerId })],
    });
    expectNoErrors(response);
    expect(response.data!.upsertOffers.created).toBe(2);
    expect((await offersOf(source)).map((o) => o.providerId)).toEqual([place.partnerId, place.providerId]);
    const missing = await server.gql<Upserted>(upsert, { source, offers: [course('C-3')] });
    expect(missing.data!.upsertOffers.errors).toMatchObject([{ index: 0, field: 'providerId' }]);
  });
});

describe("the coordinator's corrections", () => {
  const conflictsQuery = `query($s: String) { offerConflicts(source: $s) { id offerId externalId field partnerValue coordinatorValue status detectedAt } }`;

  it("keeps a corrected field against the partner's next push, records the conflict, and resolves it either way", async () => {
    const source = newSource('prov');
    const created = await server.gql<Upserted>(
      upsert,
      { source, offers: [course('P-1'), course('P-2')] },
      { as: { ...own, source } },
    );
    expectNoErrors(created);
    const [p1, p2] = created.data!.upsertOffers.items;

    // The coordinator corrects the capacity of both offers and the title of one.
    expectNoErrors(
      await server.gql(
        `mutation($s: String!) { updateOffers(where: { source: { eq: $s } }, update: { capacity: { set: 16 } }) { info { nodesCreated } } }`,
        { s: source },
      ),
    );
    expectNoErrors(
      await server.gql(
        `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { title: { set: "Integrationskurs (korrigiert)" } }) { offers { id } } }`,
        { id: p1!.id },
      ),
    );

    // The partner pushes its old capacity of 20 and a new booked figure.
    const push = await server.gql<Upserted>(
      upsert,
      { source, offers: [course('P-1', { booked: 8 }), course('P-2', { booked: 8 })] },
      { as: { ...own, source } },
    );
    expectNoErrors(push);
    expect(push.data!.upsertOffers).toMatchObject({ updated: 2, conflicts: 3 });
    expect(push.data!.upsertOffers.items[0]).toMatchObject({
      changedFields: ['booked'],
      conflictFields: ['title', 'capacity'],
    });
    const stored = await offersOf(source);
    expect(stored.map((o) => [o.title, Number(o.capacity), Number(o.booked)])).toEqual([
      ['Integrationskurs (korrigiert)', 16, 8],
      ['Integrationskurs P-2', 16, 8],
    ]);

    const listed = await server.gql<Conflicts>(conflictsQuery, { s: source }, { as: 'analyst' });
    expectNoErrors(listed);
    const conflicts = listed.data!.offerConflicts;
    expect(conflicts.map((c) => [c.externalId, c.field, c.partnerValue, c.coordinatorValue, c.status]).sort()).toEqual([
      ['P-1', 'capacity', '20', '16', 'OPEN'],
      ['P-1', 'title', '"Integrationskurs P-1"', '"Integrationskurs (korrigiert)"', 'OPEN'],
      ['P-2', 'capacity', '20', '16', 'OPEN'],
    ]);
    expect(
      (await server.gql<Conflicts>(conflictsQuery, { s: source }, { as: { ...own, source } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await server.gql<Conflicts>(conflictsQuery, { s: source }, { as: 'anonymous' })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');

    // The same push again records nothing new.
    const again = await server.gql<Upserted>(
      upsert,
      { source, offers: [course('P-1', { booked: 8 }), course('P-2', { booked: 8 })] },
      { as: { ...own, source } },
    );
    expect(again.data!.upsertOffers).toMatchObject({ updated: 0, unchanged: 2, conflicts: 0 });
    expect((await server.gql<Conflicts>(conflictsQuery, { s: source })).data!.offerConflicts).toHaveLength(3);

    const resolve = `mutation($ids: [ID!]!, $r: OfferConflictResolution!) { resolveOfferConflicts(ids: $ids, resolution: $r) { id field status resolvedBy } }`;
    const capacityOf = (offerId: string) => conflicts.find((c) => c.offerId === offerId && c.field === 'capacity')!.id;
    const titleOfP1 = conflicts.find((c) => c.field === 'title')!.id;
    expect(
      (
        await server.gql<{ resolveOfferConflicts: unknown }>(
          resolve,
          { ids: [capacityOf(p1!.id)], r: 'ACCEPT_PARTNER_VALUE' },
          { as: 'analyst' },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    // Accept the partner's capacity for P-1, keep the coordinator's for P-2 and the title of P-1.
    const accepted = await server.gql<{ resolveOfferConflicts: unknown }>(resolve, {
      ids: [capacityOf(p1!.id)],
      r: 'ACCEPT_PARTNER_VALUE',
    });
    expectNoErrors(accepted);
    expect(accepted.data!.resolveOfferConflicts).toMatchObject([
      { field: 'capacity', status: 'ACCEPTED', resolvedBy: 'test-coordinator' },
    ]);
    expectNoErrors(
      await server.gql<{ resolveOfferConflicts: unknown }>(resolve, {
        ids: [capacityOf(p2!.id), titleOfP1],
        r: 'KEEP_COORDINATOR_VALUE',
      }),
    );
    const twice = await server.gql<{ resolveOfferConflicts: unknown }>(resolve, {
      ids: [titleOfP1],
      r: 'ACCEPT_PARTNER_VALUE',
    });
    expect(twice.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: textContaining('already resolved'),
    });
    expect((await offersOf(source)).map((o) => [o.title, Number(o.capacity)])).toEqual([
      ['Integrationskurs (korrigiert)', 20],
      ['Integrationskurs P-2', 16],
    ]);
    expect((await server.gql<Conflicts>(conflictsQuery, { s: source })).data!.offerConflicts).toEqual([]);

    // P-1's capacity is the partner's again; the kept fields stay held without new conflicts for the same value.
    const later = await server.gql<Upserted>(
      upsert,
      { source, offers: [course('P-1', { booked: 8, capacity: 22 }), course('P-2', { booked: 8 })] },
      { as: { ...own, source } },
    );
    expect(later.data!.upsertOffers).toMatchObject({ updated: 1, unchanged: 1, conflicts: 0 });
    expect(later.data!.upsertOffers.items[0]).toMatchObject({ changedFields: ['capacity'], conflictFields: ['title'] });
    const other = await server.gql<Upserted>(
      upsert,
      { source, offers: [course('P-2', { booked: 8, capacity: 25 })] },
      { as: { ...own, source } },
    );
    expect(other.data!.upsertOffers).toMatchObject({ unchanged: 1, conflicts: 1 });
    expect((await server.gql<Conflicts>(conflictsQuery, { s: source })).data!.offerConflicts).toMatchObject([
      { externalId: 'P-2', field: 'capacity', partnerValue: '25', coordinatorValue: '16' },
    ]);
  });
});
