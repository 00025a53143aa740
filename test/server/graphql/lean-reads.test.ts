// The hot reads answered by hand-written Cypher (schema/lean-reads.graphql, offerCountsByCategory) give the same data
// as the generic formulations through @neo4j/graphql's generated resolvers: for every municipality and category and
// every actor of the demo county, for each role (issue 17 item 1). And what the projection cannot answer is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCounty, ensureDemoCounty } from '../../support/demo-county.js';
import { expectNoErrors } from '../../support/fixtures.js';
import { startTestServer, type Caller, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let categories: string[];
let municipalities: string[];
let actors: string[];
let callers: { name: string; caller: Caller }[];
const districtAgs = demoCounty.district.ags;

/** Lists in a fixed order (objects by their JSON), so that two answers compare as values. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .map(canonical)
      .map((item) => [JSON.stringify(item), item] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, item]) => item);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, canonical(item)]),
    );
  return value;
}

async function ask<T>(query: string, variables: Record<string, unknown>, caller: Caller): Promise<T> {
  const response = await server.gql<T>(query, variables, { as: caller });
  expectNoErrors(response);
  return response.data!;
}

// Every field the lean projection answers: the offer's own (dates, enums, lists, timestamps), freePlaces, and its
// links' own fields.
const offerFields = `id title description category courseType languageLevelFrom languageLevelTo targetGroups capacity
  booked waitlist minGroupSize startDate endDate registrationDeadline schedule hoursTotal format childcare costFree cost
  languages accessible status freePlaces source externalId createdAt updatedAt
  provider { id name kind city } venue { ags name kind population } funders { id name }`;

beforeAll(async () => {
  server = await startTestServer();
  await ensureDemoCounty(server.driver, server.database);
  const types = await ask<{ __type: { enumValues: { name: string }[] } }>(
    '{ __type(name: "OfferCategory") { enumValues { name } } }',
    {},
    'coordinator',
  );
  categories = types.__type.enumValues.map((value) => value.name);
  municipalities = (
    await server.cypher<{ ags: string }>(
      'MATCH (m:Municipality)-[:IN_DISTRICT]->(:District {ags: $districtAgs}) RETURN m.ags AS ags ORDER BY ags',
      { districtAgs },
    )
  ).map((row) => row.ags);
  actors = (
    await server.cypher<{ id: string }>(
      `MATCH (a:Actor)-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(:District {ags: $districtAgs})
       RETURN a.id AS id ORDER BY id`,
      { districtAgs },
    )
  ).map((row) => row.id);
  const [provider] = await server.cypher<{ id: string }>(
    `MATCH (a:Actor)-[:PROVIDES]->(:Offer)-[:TAKES_PLACE_IN]->(:Municipality)-[:IN_DISTRICT]->(:District {ags: $districtAgs})
     RETURN a.id AS id ORDER BY id LIMIT 1`,
    { districtAgs },
  );
  callers = [
    { name: 'coordinator', caller: 'coordinator' },
    { name: 'analyst', caller: 'analyst' },
    { name: 'partner', caller: { role: 'partner', actorId: provider!.id, sub: 'lean-partner', source: 'lean' } },
    { name: 'anonymous', caller: 'anonymous' },
  ];
}, 300_000);

afterAll(async () => {
  await server?.close();
});

describe('municipalityOffers gives what municipalities { offers } gives', () => {
  it('for every municipality and category of the demo county, for each role', async () => {
    expect(municipalities.length).toBeGreaterThan(20);
    // One request per municipality and side: an alias per category.
    const lean = `query Lean($ags: String!) {\n${categories
      .map((category) => `  ${category}: municipalityOffers(ags: $ags, category: ${category}) { ${offerFields} }`)
      .join('\n')}\n}`;
    const generic = `query Generic($ags: String!) { municipalities(where: { ags: { eq: $ags } }) {\n${categories
      .map(
        (category) => `  ${category}: offers(where: { category: { eq: ${category} } }, limit: 100) { ${offerFields} }`,
      )
      .join('\n')}\n} }`;
    let offersSeen = 0;
    for (const { name, caller } of callers) {
      for (const ags of municipalities) {
        const fromLean = await ask<Record<string, unknown[]>>(lean, { ags }, caller);
        const fromGeneric = await ask<{ municipalities: Record<string, unknown[]>[] }>(generic, { ags }, caller);
        expect(fromGeneric.municipalities).toHaveLength(1);
        const label = `${name}, ${ags}`;
        expect(canonical(fromLean), label).toEqual(canonical(fromGeneric.municipalities[0]));
        // Ordered by id, as the description says.
        for (const list of Object.values(fromLean)) {
          const ids = list.map((offer) => (offer as { id: string }).id);
          expect(ids, label).toEqual([...ids].sort());
          offersSeen += list.length;
        }
      }
    }
    // The comparison covered the county's offers with a venue, for every role.
    expect(offersSeen).toBeGreaterThan(100 * callers.length);
  }, 600_000);

  it('answers aliases, fragments and __typename as the schema asks', async () => {
    const [row] = await server.cypher<{ ags: string; category: string }>(
      `MATCH (m:Municipality)<-[:TAKES_PLACE_IN]-(o:Offer)<-[:FUNDS]-(:Actor)
       RETURN m.ags AS ags, o.category AS category LIMIT 1`,
    );
    const query = `query($ags: String!, $category: OfferCategory!) {
      municipalityOffers(ags: $ags, category: $category) { __typename key: id ...Own funders { __typename name } }
    }
    fragment Own on Offer { title places: freePlaces provider { ... on Actor { name } } }`;
    const data = await ask<{
      municipalityOffers: {
        __typename: string;
        key: string;
        title: string;
        places: number | null;
        provider: { name: string }[];
        funders: { __typename: string; name: string }[];
      }[];
    }>(query, { ags: row!.ags, category: row!.category }, 'anonymous');
    const funded = data.municipalityOffers.find((offer) => offer.funders.length > 0);
    expect(funded).toMatchObject({
      __typename: 'Offer',
      key: expect.any(String) as string,
      title: expect.any(String) as string,
    });
    expect(funded!.provider[0]!.name.length).toBeGreaterThan(0);
    expect(funded!.funders[0]!.__typename).toBe('Actor');
  });

  it('gives freePlaces as Offer.freePlaces does: never below 0, the capacity without bookings, null without one', async () => {
    // The demo county has no overbooked offer: a municipality of this test's own, removed afterwards.
    const ags = '99999917';
    const offers = [
      { id: 'lean-free-over', capacity: 5, booked: 9, freePlaces: 0 },
      { id: 'lean-free-none-booked', capacity: 5, booked: null, freePlaces: 5 },
      { id: 'lean-free-no-capacity', capacity: null, booked: 2, freePlaces: null },
      { id: 'lean-free-some', capacity: 10, booked: 4, freePlaces: 6 },
    ];
    await server.cypher(
      `CREATE (m:Municipality {ags: $ags, name: 'Leanhausen', kind: 'MUNICIPALITY', createdAt: datetime(), updatedAt: datetime()})
       WITH m UNWIND $offers AS offer
       CREATE (o:Offer {id: offer.id, title: offer.id, category: 'INTEGRATION_COURSE', format: 'IN_PERSON',
                        status: 'OPEN', createdAt: datetime(), updatedAt: datetime()})-[:TAKES_PLACE_IN]->(m)
       SET o.capacity = offer.capacity, o.booked = offer.booked`,
      { ags, offers },
    );
    try {
      const fields = 'id capacity booked freePlaces';
      const lean = await ask<{ municipalityOffers: unknown[] }>(
        `query($ags: String!) { municipalityOffers(ags: $ags, category: INTEGRATION_COURSE) { ${fields} } }`,
        { ags },
        'coordinator',
      );
      const generic = await ask<{ municipalities: { offers: unknown[] }[] }>(
        `query($ags: String!) { municipalities(where: { ags: { eq: $ags } }) {
           offers(where: { category: { eq: INTEGRATION_COURSE } }) { ${fields} } } }`,
        { ags },
        'coordinator',
      );
      expect(lean.municipalityOffers).toEqual([...offers].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect(canonical(lean.municipalityOffers)).toEqual(canonical(generic.municipalities[0]!.offers));
    } finally {
      await server.cypher(
        'MATCH (m:Municipality {ags: $ags}) OPTIONAL MATCH (m)<-[:TAKES_PLACE_IN]-(o:Offer) DETACH DELETE m, o',
        {
          ags,
        },
      );
    }
  });

  it.each([
    ['a point', '{ location { latitude } }', 'Offer.location'],
    ['a link with arguments', '{ provider(limit: 1) { name } }', 'Offer.provider(…)'],
    ['a link of a link', '{ provider { offers { id } } }', 'Offer.provider.offers'],
    ['a connection', '{ providerConnection { totalCount } }', 'Offer.providerConnection'],
  ])('refuses %s with the generic query to ask instead', async (_what, selection, field) => {
    const response = await server.gql(
      `{ municipalityOffers(ags: "${municipalities[0]}", category: INTEGRATION_COURSE) ${selection} }`,
      {},
      { as: 'coordinator' },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain(`"${field}"`);
    expect(response.errors?.[0]?.message).toContain('municipalities(where');
  });
});

describe('Query.egoNetwork gives what Actor.egoNetwork gives', () => {
  it('for every actor of the demo county, one to three hops, for each role', async () => {
    expect(actors.length).toBeGreaterThan(50);
    const fields = 'fromId fromName fromKind toId toName toKind kind since until strength';
    const lean = `query Lean($id: ID!) { h1: egoNetwork(actorId: $id, hops: 1) { ${fields} }
      h2: egoNetwork(actorId: $id, hops: 2) { ${fields} } h3: egoNetwork(actorId: $id, hops: 3) { ${fields} } }`;
    const generic = `query Generic($id: ID!) { actors(where: { id: { eq: $id } }) {
      h1: egoNetwork(hops: 1) { ${fields} } h2: egoNetwork(hops: 2) { ${fields} } h3: egoNetwork(hops: 3) { ${fields} } } }`;
    let links = 0;
    for (const { name, caller } of callers) {
      for (const id of actors) {
        const fromLean = await ask<Record<string, { fromId: string; toId: string }[]>>(lean, { id }, caller);
        const fromGeneric = await ask<{ actors: Record<string, unknown[]>[] }>(generic, { id }, caller);
        expect(canonical(fromLean), `${name}, ${id}`).toEqual(canonical(fromGeneric.actors[0]));
        // Ordered by start and end id, as Actor.egoNetwork's.
        const order = fromLean.h2!.map((link) => `${link.fromId} ${link.toId}`);
        expect(order).toEqual([...order].sort());
        links += fromLean.h2!.length;
      }
    }
    expect(links).toBeGreaterThan(actors.length * callers.length);
  }, 600_000);

  it('clamps hops as Actor.egoNetwork does, and is empty for an unknown actor', async () => {
    const id = actors[0]!;
    const data = await ask<Record<string, unknown[]>>(
      `query($id: ID!) { low: egoNetwork(actorId: $id, hops: -4) { toId } one: egoNetwork(actorId: $id, hops: 1) { toId }
        high: egoNetwork(actorId: $id, hops: 9) { toId } three: egoNetwork(actorId: $id, hops: 3) { toId }
        none: egoNetwork(actorId: "no-such-actor", hops: 2) { toId } }`,
      { id },
      'anonymous',
    );
    expect(data.low).toEqual(data.one);
    expect(data.high).toEqual(data.three);
    expect(data.none).toEqual([]);
  });
});

describe('offerCountsByCategory gives what the generic offers give', () => {
  const statuses = [null, ['OPEN', 'PLANNED'], ['COMPLETED']].map((status) => ({ status }));

  it.each(statuses)('in the demo county, statuses $status, for each role', async ({ status }) => {
    for (const { name, caller } of callers) {
      const counted = await ask<{
        offerCountsByCategory: { category: string; offers: number; capacity: number; freePlaces: number }[];
      }>(
        'query($status: [OfferStatus!], $d: String) { offerCountsByCategory(status: $status, districtAgs: $d) { category offers capacity freePlaces } }',
        { status, d: districtAgs },
        caller,
      );
      const listed = await ask<{ offers: { category: string; capacity: number | null; freePlaces: number | null }[] }>(
        `query($where: OfferWhere) { offers(where: $where, limit: 1000) { category capacity freePlaces } }`,
        {
          where: {
            venue: { some: { district: { some: { ags: { eq: districtAgs } } } } },
            ...(status ? { status: { in: status } } : {}),
          },
        },
        caller,
      );
      const expected = new Map<string, { category: string; offers: number; capacity: number; freePlaces: number }>();
      for (const offer of listed.offers) {
        const row = expected.get(offer.category) ?? { category: offer.category, offers: 0, capacity: 0, freePlaces: 0 };
        row.offers += 1;
        row.capacity += offer.capacity ?? 0;
        row.freePlaces += offer.freePlaces ?? 0;
        expected.set(offer.category, row);
      }
      expect(listed.offers.length, name).toBeGreaterThan(0);
      expect(counted.offerCountsByCategory, name).toEqual(
        [...expected.values()].sort((a, b) => a.category.localeCompare(b.category)),
      );
      // Asked for the counts alone (a statement without the places' sums): the same counts.
      const countsOnly = await ask<{ offerCountsByCategory: { category: string; offers: number }[] }>(
        'query($status: [OfferStatus!], $d: String) { offerCountsByCategory(status: $status, districtAgs: $d) { category offers } }',
        { status, d: districtAgs },
        caller,
      );
      expect(countsOnly.offerCountsByCategory, name).toEqual(
        counted.offerCountsByCategory.map(({ category, offers }) => ({ category, offers })),
      );
    }
  });

  it('over the whole database, counts and capacities as the generic aggregates give them', async () => {
    const counted = await ask<{ offerCountsByCategory: { category: string; offers: number; capacity: number }[] }>(
      '{ offerCountsByCategory { category offers capacity } }',
      {},
      'anonymous',
    );
    const aggregates = await ask<
      Record<string, { aggregate: { count: { nodes: number }; node: { capacity: { sum: number | null } } } }>
    >(
      `{\n${categories
        .map(
          (category) =>
            `${category}: offersConnection(where: { category: { eq: ${category} } }) { aggregate { count { nodes } node { capacity { sum } } } }`,
        )
        .join('\n')}\n}`,
      {},
      'anonymous',
    );
    const expected = categories
      .map((category) => ({
        category,
        offers: aggregates[category]!.aggregate.count.nodes,
        capacity: aggregates[category]!.aggregate.node.capacity.sum ?? 0,
      }))
      .filter((row) => row.offers > 0)
      .sort((a, b) => a.category.localeCompare(b.category));
    expect(counted.offerCountsByCategory).toEqual(expected);
  });
});
