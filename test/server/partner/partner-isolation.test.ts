// Partners kept apart, through HTTP against the real Neo4j: a partner system's source belongs to its API key (or its
// token), so no other partner can write under it and block its pushes; a partner touching another partner's offer in
// any way (update, delete, linking itself as provider or funder, unlinking) is refused with FORBIDDEN before any graph
// rule runs; and no client sets createdAt or updatedAt through any input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, listApiKeys, setApiKeySource } from '../../../server/auth/api-keys.js';
import { importFile } from '../../../server/import-export/import-file.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type Caller, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
const prefix = uniquePrefix('isolation');
const sourceA = `${prefix}-a`; // the course provider's partner system
const sourceB = `${prefix}-b`; // the job centre's partner system
let keyA: Caller;
let keyB: Caller;
const keyIds: string[] = [];

const upsert = `mutation($source: String!, $offers: [OfferUpsertInput!]!) {
  upsertOffers(source: $source, offers: $offers) { created updated errors { message } items { id outcome } }
}`;
interface Upserted {
  upsertOffers: {
    created: number;
    updated: number;
    errors: { message: string }[];
    items: { id: string; outcome: string }[];
  };
}

const course = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  title: `Sprachkurs ${externalId}`,
  category: 'OTHER_LANGUAGE_COURSE',
  format: 'IN_PERSON',
  status: 'OPEN',
  capacity: 12,
  ...extra,
});

const offersUnder = (source: string) =>
  server.cypher<{ externalId: string; capacity: number; providers: string[] }>(
    `MATCH (o:Offer {source: $source}) OPTIONAL MATCH (o)<-[:PROVIDES]-(a:Actor)
     RETURN o.externalId AS externalId, o.capacity AS capacity, collect(a.id) AS providers ORDER BY externalId`,
    { source },
  );

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  const store = { driver: server.driver, database: server.database };
  const a = await createApiKey(store, {
    actorId: place.providerId,
    role: 'partner',
    name: `${prefix} A`,
    source: sourceA,
  });
  const b = await createApiKey(store, {
    actorId: place.partnerId,
    role: 'partner',
    name: `${prefix} B`,
    source: sourceB,
  });
  keyIds.push(a.id, b.id);
  keyA = { apiKey: a.key };
  keyB = { apiKey: b.key };
});

afterAll(async () => {
  await server.cypher('MATCH (k:ApiKey) WHERE k.id IN $ids DETACH DELETE k', { ids: keyIds });
  await server.cypher('MATCH (o:Offer) WHERE o.source STARTS WITH $p DETACH DELETE o', { p: prefix });
  await removePlace(server, place);
  await server.close();
});

describe("a partner system's source", () => {
  it("cannot be written under by another key: B's push goes through after A's attempt", async () => {
    const taken = await server.gql(upsert, { source: sourceB, offers: [course('B-1')] }, { as: keyA });
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'FOREIGN_SOURCE',
      source: sourceB,
    });
    expect(taken.errors?.[0]?.message).toContain(`"${sourceB}"`);
    expect(await offersUnder(sourceB)).toEqual([]);

    const own = await server.gql<Upserted>(upsert, { source: sourceB, offers: [course('B-1')] }, { as: keyB });
    expectNoErrors(own);
    expect(own.data!.upsertOffers.created).toBe(1);
    expect(await offersUnder(sourceB)).toEqual([{ externalId: 'B-1', capacity: 12, providers: [place.partnerId] }]);
  });

  it('is checked on createOffers and updateOffers too', async () => {
    const create = await server.gql(
      `mutation($s: String!, $p: ID!) { createOffers(input: [{ title: "Kurs", category: OTHER, format: ONLINE, status: OPEN,
        source: $s, externalId: "B-2", provider: { connect: [{ where: { node: { id: { eq: $p } } } }] } }]) { offers { id } } }`,
      { s: sourceB, p: place.providerId },
      { as: keyA },
    );
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FOREIGN_SOURCE' });
    const ownCreated = await server.gql<Upserted>(upsert, { source: sourceA, offers: [course('A-9')] }, { as: keyA });
    expectNoErrors(ownCreated);
    const update = await server.gql(
      `mutation($s: String!, $id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { source: { set: $s } }) { offers { id } } }`,
      { s: sourceB, id: ownCreated.data!.upsertOffers.items[0]!.id },
      { as: keyA },
    );
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FOREIGN_SOURCE' });
    expect((await offersUnder(sourceB)).map((offer) => offer.externalId)).not.toContain('B-2');
    expect((await offersUnder(sourceA)).map((offer) => offer.externalId)).toEqual(['A-9']);
  });

  it("belongs to one Actor: a key of another Actor cannot be given it; a key without one uses its Actor's id", async () => {
    const store = { driver: server.driver, database: server.database };
    await expect(
      createApiKey(store, { actorId: place.partnerId, role: 'partner', name: `${prefix} C`, source: sourceA }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'SOURCE_TAKEN' } });
    // A second key of the same Actor (e.g. to rotate keys) may share it.
    const second = await createApiKey(store, {
      actorId: place.providerId,
      role: 'partner',
      name: `${prefix} A2`,
      source: sourceA,
    });
    keyIds.push(second.id);
    const plain = await createApiKey(store, { actorId: place.partnerId, role: 'partner', name: `${prefix} D` });
    keyIds.push(plain.id);
    expect((await listApiKeys(store)).find((key) => key.id === plain.id)?.source).toBeNull();
    const underActor = await server.gql(
      upsert,
      { source: place.partnerId, offers: [course('D-1')] },
      { as: { apiKey: plain.key } },
    );
    expectNoErrors(underActor);
    const elsewhere = await server.gql(
      upsert,
      { source: `${prefix}-d`, offers: [course('D-1')] },
      { as: { apiKey: plain.key } },
    );
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FOREIGN_SOURCE' });
    await expect(setApiKeySource(store, plain.id, sourceA)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await setApiKeySource(store, plain.id, `${prefix}-d`)).source).toBe(`${prefix}-d`);
    expectNoErrors(
      await server.gql(upsert, { source: `${prefix}-d`, offers: [course('D-2')] }, { as: { apiKey: plain.key } }),
    );
    await server.cypher('MATCH (o:Offer {source: $s}) DETACH DELETE o', { s: place.partnerId });
  });

  it("of a partner's token is its source claim, else its actorId", async () => {
    const withClaim = { role: 'partner' as const, actorId: place.providerId, source: sourceA };
    expectNoErrors(await server.gql(upsert, { source: sourceA, offers: [course('A-1')] }, { as: withClaim }));
    const refused = await server.gql(upsert, { source: sourceB, offers: [course('A-1')] }, { as: withClaim });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FOREIGN_SOURCE' });
    const noClaim = { role: 'partner' as const, actorId: place.providerId };
    const other = await server.gql(upsert, { source: sourceA, offers: [course('A-2')] }, { as: noClaim });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', ownSource: place.providerId });
  });
});

describe("another partner's offer", () => {
  let offerId: string; // B's offer

  beforeAll(async () => {
    const created = await server.gql<Upserted>(upsert, { source: sourceB, offers: [course('B-10')] }, { as: keyB });
    expectNoErrors(created);
    offerId = created.data!.upsertOffers.items[0]!.id;
  });

  // What A attempts on B's offer: the update, and who $actor is in it (A itself, or B, the offer's provider).
  const attempts: [string, string, 'self' | 'owner' | 'none'][] = [
    [
      'adding itself as a second provider',
      `provider: [{ connect: [{ where: { node: { id: { eq: $actor } } } }] }]`,
      'self',
    ],
    ['adding itself as a funder', `funders: [{ connect: [{ where: { node: { id: { eq: $actor } } } }] }]`, 'self'],
    ['removing its provider', `provider: [{ disconnect: [{ where: { node: { id: { eq: $actor } } } }] }]`, 'owner'],
    ['changing a field', `capacity: { set: 99 }`, 'none'],
  ];

  it.each(attempts)('is refused with FORBIDDEN when %s, and nothing changes', async (_what, update, actor) => {
    const before = await offersUnder(sourceB);
    const response = await server.gql(
      actor === 'none'
        ? `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { ${update} }) { offers { id } } }`
        : `mutation($id: ID!, $actor: ID!) { updateOffers(where: { id: { eq: $id } }, update: { ${update} }) { offers { id } } }`,
      { id: offerId, ...(actor === 'none' ? {} : { actor: actor === 'self' ? place.providerId : place.partnerId }) },
      { as: keyA },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'FOREIGN_OFFER',
      offerIds: [offerId],
    });
    expect(await offersUnder(sourceB)).toEqual(before);
    const funders = await server.cypher('MATCH (o:Offer {id: $id})<-[:FUNDS]-(a) RETURN a.id AS id', { id: offerId });
    expect(funders).toEqual([]);
  });

  it('is refused with FORBIDDEN on delete, and stays', async () => {
    const response = await server.gql(
      `mutation($id: ID!) { deleteOffers(where: { id: { eq: $id } }) { nodesDeleted } }`,
      { id: offerId },
      { as: keyA },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FOREIGN_OFFER' });
    expect(await offersUnder(sourceB)).toContainEqual({
      externalId: 'B-10',
      capacity: 12,
      providers: [place.partnerId],
    });
  });

  it("cannot be made by naming another Actor as provider of one's own offer", async () => {
    const response = await server.gql(
      `mutation($s: String!, $p: ID!) { createOffers(input: [{ title: "Kurs", category: OTHER, format: ONLINE, status: OPEN,
        source: $s, externalId: "A-20", provider: { connect: [{ where: { node: { id: { in: [$p] } } } }] } }]) { offers { id } } }`,
      { s: sourceA, p: place.partnerId },
      { as: keyA },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await offersUnder(sourceA)).map((offer) => offer.externalId)).not.toContain('A-20');
  });
});

describe('timestamps', () => {
  it('cannot be set by any client through the generated inputs or upsertOffers', async () => {
    const partner = { role: 'partner' as const, actorId: place.providerId, source: sourceA };
    const attempts: [string, Record<string, unknown>][] = [
      [
        `mutation($p: ID!) { createOffers(input: [{ title: "Kurs", category: OTHER, format: ONLINE, status: OPEN, createdAt: "2001-01-01T00:00:00Z",
          provider: { connect: [{ where: { node: { id: { eq: $p } } } }] } }]) { offers { id } } }`,
        { p: place.providerId },
      ],
      [
        `mutation { updateOffers(where: { source: { eq: "${sourceA}" } }, update: { createdAt: { set: "2001-01-01T00:00:00Z" } }) { offers { id } } }`,
        {},
      ],
      [
        `mutation { updateOffers(where: { source: { eq: "${sourceA}" } }, update: { updatedAt: { set: "2001-01-01T00:00:00Z" } }) { offers { id } } }`,
        {},
      ],
      [
        `mutation($o: [OfferUpsertInput!]!) { upsertOffers(source: "${sourceA}", offers: $o) { created } }`,
        { o: [course('A-30', { createdAt: '2001-01-01T00:00:00Z' })] },
      ],
    ];
    for (const caller of [partner, 'coordinator'] as Caller[]) {
      for (const [query, variables] of attempts) {
        const response = await server.gql(query, variables, { as: caller });
        expect(
          response.data?.createOffers ?? response.data?.updateOffers ?? response.data?.upsertOffers,
        ).toBeUndefined();
        expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(response.errors?.[0]?.extensions?.code);
        expect(response.errors?.[0]?.message).toMatch(/createdAt|updatedAt/);
      }
    }
    // No create or update input of any entity has them.
    const types = await server.gql<{ __schema: { types: { name: string; inputFields: { name: string }[] | null }[] } }>(
      `{ __schema { types { name inputFields { name } } } }`,
    );
    const settable = types
      .data!.__schema.types.filter((type) => /(Create|Update)Input$/.test(type.name))
      .filter((type) =>
        (type.inputFields ?? []).some((field) => field.name === 'createdAt' || field.name === 'updatedAt'),
      )
      .map((type) => type.name);
    expect(settable).toEqual([]);
    const dated = await server.cypher(
      'MATCH (o:Offer {source: $s}) WHERE o.createdAt < datetime("2020-01-01T00:00:00Z") OR o.updatedAt < datetime("2020-01-01T00:00:00Z") RETURN count(o) AS n',
      { s: sourceA },
    );
    expect(dated[0]!.n).toBe(0);
  });
  it('are ignored in an imported file: its createdAt and updatedAt columns are for reading only', async () => {
    const csv = [
      'externalId,title,category,format,status,providerId,createdAt,updatedAt',
      `I-1,Importkurs,OTHER,ONLINE,OPEN,${place.providerId},2001-01-01T00:00:00Z,2001-01-01T00:00:00Z`,
    ].join('\n');
    const source = `${prefix}-import`;
    const report = await importFile(
      { driver: server.driver, database: server.database },
      { name: 'angebote.csv', content: Buffer.from(csv, 'utf8') },
      { type: 'offers', source },
    );
    expect(report).toMatchObject({ ok: true, written: true, created: 1 });
    const [stored] = await server.cypher(
      'MATCH (o:Offer {source: $s, externalId: "I-1"}) RETURN o.createdAt > datetime("2020-01-01T00:00:00Z") AS fresh, o.updatedAt > datetime("2020-01-01T00:00:00Z") AS touched',
      { s: source },
    );
    expect(stored).toEqual({ fresh: true, touched: true });
  });
});
