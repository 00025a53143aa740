// Every write is bounded, through HTTP against the real Neo4j: items per mutation and per request (nested creates
// and connects counted), the nesting depth of inputs, and the time a transaction may run. Each refusal names the
// limit, the count and the setting, and nothing is written.
import neo4j, { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitTransactions } from '../../../server/database/limit-transactions.js';
import { formatError, fromNeo4jError } from '../../../server/errors.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, testDriver, uniquePrefix, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
const prefix = uniquePrefix('writes');

const createOffers = `mutation($input: [OfferCreateInput!]!) { createOffers(input: $input) { offers { id } } }`;

function offer(externalId: string, providerId: string) {
  return {
    title: `Sprachcafé ${externalId}`,
    category: 'LANGUAGE_CAFE',
    format: 'IN_PERSON',
    status: 'OPEN',
    source: prefix,
    externalId,
    provider: { connect: [{ where: { node: { id: { eq: providerId } } } }] },
  };
}

const countOffers = async () =>
  (await server.cypher<{ n: number }>('MATCH (o:Offer {source: $s}) RETURN count(o) AS n', { s: prefix }))[0]!.n;

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
});

afterAll(async () => {
  await server.cypher('MATCH (o:Offer {source: $s}) DETACH DELETE o', { s: prefix });
  await removePlace(server, place);
  await server.close();
});

describe('items per mutation and per request', () => {
  it('refuses a createOffers of 1,000 items from a partner at once, naming the limit, and writes nothing', async () => {
    const partner = { role: 'partner' as const, actorId: place.providerId, source: prefix };
    const input = Array.from({ length: 1000 }, (_, i) => offer(`BIG-${i}`, place.providerId));
    const response = await server.gql(createOffers, { input }, { as: partner });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ITEMS',
      limit: 100,
      count: 2000, // each offer and its provider's connect
      setting: 'GRAPHQL_MAX_WRITE_ITEMS',
    });
    expect(response.errors?.[0]?.message).toContain('at most 100 are allowed per mutation (GRAPHQL_MAX_WRITE_ITEMS)');
    expect(await countOffers()).toBe(0);
  });

  it('writes a batch at the limit, whole: 50 offers with their provider connects are 100 items', async () => {
    const partner = { role: 'partner' as const, actorId: place.providerId, source: prefix };
    const input = Array.from({ length: 50 }, (_, i) => offer(`OK-${i}`, place.providerId));
    const response = await server.gql<{ createOffers: { offers: { id: string }[] } }>(
      createOffers,
      { input },
      { as: partner },
    );
    expectNoErrors(response);
    expect(response.data!.createOffers.offers).toHaveLength(50);
    const linked = await server.cypher<{ n: number }>(
      'MATCH (o:Offer {source: $s})<-[:PROVIDES]-(a:Actor {id: $a}) WHERE o.externalId STARTS WITH "OK-" RETURN count(o) AS n',
      { s: prefix, a: place.providerId },
    );
    expect(linked[0]!.n).toBe(50);
  }, 300_000);

  it('counts nested creates and connects, and every mutation field of a request', async () => {
    const small = await startTestServer({ writes: { maxItemsPerMutation: 4, maxItemsPerRequest: 6 } });
    try {
      // An actor, its nested offers and the connect of its municipality: 1 + offers + 1 items.
      const nested = (name: string, offers: number) => ({
        name,
        kind: 'OTHER',
        offers: {
          create: Array.from({ length: offers }, (_, i) => ({
            node: { title: `${name} ${i}`, category: 'OTHER', format: 'ONLINE', status: 'PLANNED', source: prefix },
          })),
        },
        municipality: { connect: [{ where: { node: { ags: { eq: place.townAgs } } } }] },
      });
      const createActors = `mutation($input: [ActorCreateInput!]!) { createActors(input: $input) { actors { id } } }`;
      const tooMany = await small.gql(createActors, { input: [nested(`${prefix} A`, 3)] });
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TOO_MANY_ITEMS',
        limit: 4,
        count: 5,
        setting: 'GRAPHQL_MAX_WRITE_ITEMS',
      });
      const twoFields = await small.gql(
        `mutation($a: [ActorCreateInput!]!, $b: [ActorCreateInput!]!) {
          first: createActors(input: $a) { actors { id } }
          second: createActors(input: $b) { actors { id } }
        }`,
        { a: [nested(`${prefix} B`, 2)], b: [nested(`${prefix} C`, 2)] },
      );
      // The first field (4 items) is written, the second would make 8 of 6 and is refused whole (its result type is
      // non-null, so the refusal nulls the data of the whole request; the database shows what was written).
      expect(twoFields.errors).toHaveLength(1);
      expect(twoFields.errors?.[0]?.path).toEqual(['second']);
      expect(twoFields.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TOO_MANY_ITEMS',
        limit: 6,
        count: 8,
        setting: 'GRAPHQL_MAX_WRITE_ITEMS_PER_REQUEST',
      });
      const written = await server.cypher(
        'MATCH (a:Actor) WHERE a.name STARTS WITH $p OPTIONAL MATCH (a)-[:PROVIDES]->(o:Offer) RETURN a.name AS name, count(o) AS offers ORDER BY name',
        { p: prefix },
      );
      expect(written).toEqual([{ name: `${prefix} B`, offers: 2 }]);
    } finally {
      await server.cypher(
        'MATCH (a:Actor) WHERE a.name STARTS WITH $p OPTIONAL MATCH (a)-[:PROVIDES]->(o:Offer) DETACH DELETE a, o',
        { p: prefix },
      );
      await small.close();
    }
  }, 300_000);
});

describe('nesting depth of inputs', () => {
  it('refuses a create nested 300 levels deep before building any Cypher, and writes nothing', async () => {
    // Offer -> provider (Actor) -> offers (Offer) -> provider ... 300 levels of nested creates.
    let node: Record<string, unknown> = {
      title: `${prefix} deep`,
      category: 'OTHER',
      format: 'ONLINE',
      status: 'OPEN',
    };
    for (let level = 0; level < 300; level += 1) {
      node =
        level % 2 === 0
          ? { name: `${prefix} deep ${level}`, kind: 'OTHER', offers: { create: [{ node }] } }
          : {
              title: `${prefix} deep ${level}`,
              category: 'OTHER',
              format: 'ONLINE',
              status: 'OPEN',
              provider: { create: [{ node }] },
            };
    }
    const response = await server.gql(createOffers, { input: [node] });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INPUT_TOO_DEEP',
      limit: 20,
      setting: 'GRAPHQL_MAX_INPUT_DEPTH',
    });
    const left = await server.cypher<{ n: number }>(
      'MATCH (n) WHERE n.title STARTS WITH $p OR n.name STARTS WITH $p RETURN count(n) AS n',
      { p: `${prefix} deep` },
    );
    expect(left[0]!.n).toBe(0);
  });
});

describe('the transaction time limit', () => {
  it('stops a transaction of the server that runs over it: QUERY_TOO_EXPENSIVE, nothing written', async () => {
    const quick = await startTestServer({ writes: { transactionTimeoutMs: 1000 } });
    // Another transaction holds a write lock on the actor, so the mutation waits past its time limit.
    const { driver, database } = testDriver();
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    const holder = session.beginTransaction();
    try {
      await holder.run('MATCH (a:Actor {id: $id}) SET a.description = "locked"', { id: place.partnerId });
      const response = await quick.gql(
        `mutation($id: ID!) { updateActors(where: { id: { eq: $id } }, update: { phone: { set: "05021 1234" } }) { actors { id } } }`,
        { id: place.partnerId },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', reason: 'TIMEOUT' });
      expect(response.errors?.[0]?.message).toContain('NEO4J_TRANSACTION_TIMEOUT_MS');
    } finally {
      await holder.rollback();
      await session.close();
      await driver.close();
      await quick.close();
    }
    const [actor] = await server.cypher('MATCH (a:Actor {id: $id}) RETURN a.phone AS phone, a.description AS d', {
      id: place.partnerId,
    });
    expect(actor).toEqual({ phone: null, d: null });
  }, 120_000);

  it('limits every session and query of the driver it wraps, unless one sets its own timeout', async () => {
    const { driver, database } = testDriver();
    const limited = limitTransactions(driver, 300);
    try {
      const error = await limited.executeQuery('CALL apoc.util.sleep(20000)', {}, { database }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toMatchObject({
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
        code: expect.stringMatching(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/),
      });
      expect(fromNeo4jError(error as never)).toMatchObject({
        code: 'QUERY_TOO_EXPENSIVE',
        extensions: { reason: 'TIMEOUT' },
      });
      const session = limited.session({ database });
      try {
        const sessionError = await session
          .executeRead((tx) => tx.run('CALL apoc.util.sleep(20000)'))
          .then(
            () => undefined,
            (caught: unknown) => caught,
          );
        expect(fromNeo4jError(sessionError as never)?.code).toBe('QUERY_TOO_EXPENSIVE');
        // Its own, longer timeout is kept.
        const slow = await session.executeRead((tx) => tx.run('CALL apoc.util.sleep(600) RETURN 1 AS one'), {
          timeout: 20_000,
        });
        expect(slow.records[0]!.get('one')).toBe(1);
      } finally {
        await session.close();
      }
    } finally {
      await driver.close();
    }
  }, 120_000);
});

describe("Neo4j's memory guard", () => {
  it('answers QUERY_TOO_EXPENSIVE, not a retryable 503, when a transaction takes more memory than one may', () => {
    const error = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB. Currently using 255.0 MiB. db.memory.transaction.max threshold reached',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      '25N06',
      'error: transaction rollback - memory limit exceeded',
    );
    expect(error.retryable).toBe(true); // to the driver it is transient: without the mapping it would be retried and become a 503
    expect(fromNeo4jError(error)).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', extensions: { reason: 'MEMORY' } });
    const formatted = formatError({ message: error.message, path: ['createOffers'] }, error, {
      debug: false,
      onUnknown: () => undefined,
    });
    expect(formatted.extensions).toEqual({ code: 'QUERY_TOO_EXPENSIVE', reason: 'MEMORY' });
    expect(formatted.message).toContain('db.memory.transaction.max');
  });
});
