// The input reproductions of the outside test (issue 13), through the GraphQL API against the real Neo4j: control
// characters, lone surrogates and bidirectional overrides in text, a cooperation ending before it begins, oversized
// text and lists, Infinity, and update operators on empty values, by 0 or beyond what an Int holds. Each is refused
// with BAD_USER_INPUT naming the field and the value (escaped, never the raw character), and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
let prefix: string;
let fullOfferId: string; // capacity 20, cost 10, languages [de]
let emptyOfferId: string; // no capacity, no cost

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  prefix = uniquePrefix('valid');
  const offers = await server.gql<{ createOffers: { offers: { id: string; title: string }[] } }>(
    `mutation($provider: ID!, $full: String!, $empty: String!) { createOffers(input: [
       { title: $full, category: INTEGRATION_COURSE, format: IN_PERSON, status: OPEN, capacity: 20, cost: 10, languages: ["de"],
         provider: { connect: [{ where: { node: { id: { eq: $provider } } } }] } },
       { title: $empty, category: LANGUAGE_CAFE, format: IN_PERSON, status: OPEN,
         provider: { connect: [{ where: { node: { id: { eq: $provider } } } }] } }
     ]) { offers { id title } } }`,
    { provider: place.providerId, full: `${prefix} voll`, empty: `${prefix} leer` },
  );
  expectNoErrors(offers);
  const byTitle = new Map(offers.data!.createOffers.offers.map((offer) => [offer.title, offer.id]));
  fullOfferId = byTitle.get(`${prefix} voll`)!;
  emptyOfferId = byTitle.get(`${prefix} leer`)!;
  expectNoErrors(
    await server.gql(
      `mutation($a: ID!, $b: ID!) { updateActors(where: { id: { eq: $a } }, update: { cooperatesWith: [{ connect: [{
         where: { node: { id: { eq: $b } } }, edge: { kind: AGREEMENT, since: "2025-01-01", strength: 2 } }] }] }) { actors { id } } }`,
      { a: place.providerId, b: place.partnerId },
    ),
  );
});
afterAll(async () => {
  await server.cypher('MATCH (o:Offer) WHERE o.title STARTS WITH $prefix DETACH DELETE o', { prefix });
  await server.cypher('MATCH (a:Actor) WHERE a.name STARTS WITH $prefix DETACH DELETE a', { prefix });
  await removePlace(server, place);
  await server?.close();
});

/** The test's data, hashed: the subgraph around its district (actors, offers, cooperation links) and what it named. */
async function fingerprint(): Promise<string> {
  const rows = await server.cypher(
    `MATCH (d:District {ags: $ags}) CALL apoc.path.subgraphNodes(d, { maxLevel: 4 }) YIELD node
     WITH collect(node) AS nodes UNWIND nodes AS n OPTIONAL MATCH (n)-[r]-()
     WITH n, collect([type(r), properties(r)]) AS rels
     WITH collect(apoc.util.md5([properties(n), apoc.coll.sort([x IN rels | apoc.util.md5(x)])])) AS hashes
     OPTIONAL MATCH (x) WHERE x.title STARTS WITH $prefix OR x.name STARTS WITH $prefix
     RETURN apoc.util.md5(apoc.coll.sort(hashes)) AS hash, size(hashes) AS nodes, count(x) AS named`,
    { ags: place.districtAgs, prefix },
  );
  return JSON.stringify(rows[0]);
}

interface Case {
  name: string;
  query: () => string;
  variables?: () => Record<string, unknown>;
  message: RegExp; // names the field and the value
  raw?: string; // a character the message must not carry raw
}

const createActor = `mutation($input: [ActorCreateInput!]!) { createActors(input: $input) { actors { id } } }`;
const updateOffer = `mutation($id: ID!, $update: OfferUpdateInput!) { updateOffers(where: { id: { eq: $id } }, update: $update) { offers { id } } }`;
const actor = (fields: Record<string, unknown>) => ({ name: `${prefix} Verein`, kind: 'ASSOCIATION', ...fields });
const offerLiteral = (fields: string) =>
  `mutation { createOffers(input: [{ title: "${prefix} Kurs", category: OTHER, format: IN_PERSON, status: OPEN,
     provider: { connect: [{ where: { node: { id: { eq: "${place.providerId}" } } } }] }, ${fields} }]) { offers { id } } }`;
const nestedOfferUpdate = (offerId: string, update: Record<string, unknown>) => ({
  a: place.providerId,
  update: { offers: [{ update: { where: { node: { id: { eq: offerId } } }, node: update } }] },
});
const updateActor = `mutation($a: ID!, $update: ActorUpdateInput!) { updateActors(where: { id: { eq: $a } }, update: $update) { actors { id } } }`;
const cooperationUpdate = (edge: Record<string, unknown>) => ({
  a: place.providerId,
  update: { cooperatesWith: [{ update: { where: { node: { id: { eq: place.partnerId } } }, edge } }] },
});

const cases: Case[] = [
  // text: control characters, lone surrogates, bidirectional controls
  {
    name: 'NUL in a name',
    query: () => createActor,
    variables: () => ({ input: [actor({ name: `${prefix} Ver\u0000ein` })] }),
    message: /Actor\.name must not contain control characters.*U\+0000 \(NUL\) at character \d+; got ".*\\u0000ein"/,
    raw: '\u0000',
  },
  {
    name: 'a right-to-left override in a title',
    query: () => updateOffer,
    variables: () => ({ id: fullOfferId, update: { title: { set: 'Kurs \u202Egnalsfuak' } } }),
    message: /Offer\.title .*U\+202E \(RIGHT-TO-LEFT OVERRIDE\) at character 6; got "Kurs \\u202Egnalsfuak"/,
    raw: '\u202E',
  },
  {
    name: 'a bidirectional isolate in an address',
    query: () => createActor,
    variables: () => ({ input: [actor({ address: 'Lange Str. \u20661\u2069' })] }),
    message: /Actor\.address .*U\+2066 \(LEFT-TO-RIGHT ISOLATE\) at character 12/,
    raw: '\u2066',
  },
  {
    name: 'a lone surrogate in a description',
    query: () => updateOffer,
    variables: () => ({ id: fullOfferId, update: { description: { set: 'ab\uD800cd' } } }),
    message: /Offer\.description .*U\+D800 \(a lone surrogate\) at character 3; got "ab\\uD800cd"/,
  },
  {
    name: 'a line break in a one-line field',
    query: () => createActor,
    variables: () => ({ input: [actor({ city: 'Nienburg\nWeser' })] }),
    message:
      /Actor\.city must not contain line breaks or tabs.*U\+000A \(LINE FEED\) at character 9; got "Nienburg\\u000AWeser"/,
    raw: '\n',
  },
  {
    name: 'a control character in a cooperation note',
    query: () => updateActor,
    variables: () => cooperationUpdate({ note: { set: 'Klingel\u0007' } }),
    message: /Cooperation\.note .*U\+0007 \(BEL\) at character 8/,
    raw: '\u0007',
  },
  // since <= until
  {
    name: 'a new cooperation ending before it begins',
    query: () => createActor,
    variables: () => ({
      input: [
        actor({
          cooperatesWith: {
            connect: [
              {
                where: { node: { id: { eq: place.partnerId } } },
                edge: { kind: 'INFORMAL', since: '2027-01-01', until: '2026-01-01' },
              },
            ],
          },
        }),
      ],
    }),
    message: /cooperation with ".*" whose since \(2027-01-01\) is after its until \(2026-01-01\); nothing was written/,
  },
  {
    name: "a cooperation's until set alone before its since",
    query: () => updateActor,
    variables: () => cooperationUpdate({ until: { set: '2024-06-30' } }),
    message: /whose since \(2025-01-01\) is after its until \(2024-06-30\)/,
  },
  // length limits
  {
    name: 'a description over 5,000 characters',
    query: () => updateOffer,
    variables: () => ({ id: fullOfferId, update: { description: { set: 'x'.repeat(5_001) } } }),
    message: /Offer\.description must be at most 5000 characters long \(has 5001\); got "x{77}\.\.\."/,
  },
  {
    name: 'a name over 200 characters',
    query: () => createActor,
    variables: () => ({ input: [actor({ name: `${prefix} ${'n'.repeat(200)}` })] }),
    message: /Actor\.name must be at most 200 characters long/,
  },
  {
    name: '51 languages',
    query: () => createActor,
    variables: () => ({ input: [actor({ languages: Array(51).fill('de') })] }),
    message: /Actor\.languages must have at most 50 items \(has 51\)/,
  },
  {
    name: 'a push beyond 50 languages',
    query: () => updateOffer,
    variables: () => ({ id: fullOfferId, update: { languages: { push: Array(50).fill('ar') } } }),
    message: /must have at most 50 languages .*has 51/,
  },
  {
    name: 'a push of a bad language code',
    query: () => updateOffer,
    variables: () => ({ id: fullOfferId, update: { languages: { push: ['Deutsch'] } } }),
    message: /Offer\.languages must be language codes.*got "\["Deutsch"\]" at update\.languages\.push/,
  },
  // non-finite numbers: a big literal is Infinity after GraphQL's coercion
  {
    name: 'a cost of 1e400',
    query: () => offerLiteral('cost: 1e400'),
    message: /Offer\.cost must be a finite number, not Infinity; got "Infinity"/,
  },
  {
    name: 'a latitude of -1e400',
    query: () => offerLiteral('location: { latitude: -1e400, longitude: 9.2 }'),
    message: /Offer\.location must have a latitude from -90 to 90, not -Infinity/,
  },
  {
    name: 'adding 1e400',
    query: () =>
      `mutation { updateOffers(where: { id: { eq: "${fullOfferId}" } }, update: { cost: { add: 1e400 } }) { offers { id } } }`,
    message: /Offer\.cost takes only a finite number to add; got "Infinity" at update\.cost\.add/,
  },
  // update operators
  {
    name: 'add on an empty capacity',
    query: () => updateOffer,
    variables: () => ({ id: emptyOfferId, update: { capacity: { add: 5 } } }),
    message:
      /Offer\.capacity of Offer ".*" \(.* leer\) is empty \(null\).*: add "5" at update\.capacity\.add; nothing was written/,
  },
  {
    name: 'divide by 0',
    query: () => updateOffer,
    variables: () => ({ id: fullOfferId, update: { cost: { divide: 0 } } }),
    message: /Offer\.cost cannot be divided by 0; got "0" at update\.cost\.divide/,
  },
  {
    name: 'a required field set to null',
    query: () => updateOffer,
    variables: () => ({ id: fullOfferId, update: { title: { set: null } } }),
    message: /Offer\.title is required and cannot be set to null; got "null" at update\.title\.set/,
  },
  {
    name: 'add 2147483647 (Int overflow)',
    query: () => updateOffer,
    variables: () => ({ id: fullOfferId, update: { capacity: { add: 2_147_483_647 } } }),
    message:
      /Offer\.capacity of Offer .* would become 2147483667, more than a whole number field holds: add "2147483647"/,
  },
  {
    name: 'subtract below the rule',
    query: () => updateOffer,
    variables: () => ({ id: fullOfferId, update: { booked: { set: 1 }, capacity: { subtract: 30 } } }),
    message: /Offer\.capacity .* would become -10 \(from 20\), but must be a whole number of 0 or more: subtract "30"/,
  },
  {
    name: 'two operators on one field',
    query: () => updateOffer,
    variables: () => ({ id: fullOfferId, update: { capacity: { set: 1, add: 2 } } }),
    message: /Offer\.capacity takes one update operator at a time, not set and add/,
  },
  {
    name: 'a nested add on an empty capacity',
    query: () => updateActor,
    variables: () => nestedOfferUpdate(emptyOfferId, { capacity: { add: 5 } }),
    message:
      /Offer\.capacity is empty \(null\) on an entity it applies to.*: add "5" at update\.offers\[0\]\.update\.node\.capacity\.add/,
  },
  {
    name: 'a nested Int overflow',
    query: () => updateActor,
    variables: () => nestedOfferUpdate(fullOfferId, { capacity: { add: 2_147_483_647 } }),
    message: /Offer\.capacity would become more than 2147483647: add "2147483647"/,
  },
  {
    name: 'a nested divide by 0',
    query: () => updateActor,
    variables: () => nestedOfferUpdate(fullOfferId, { cost: { divide: 0 } }),
    message: /Offer\.cost cannot be divided by 0/,
  },
  {
    name: 'a cooperation strength added beyond 3',
    query: () => updateActor,
    variables: () => cooperationUpdate({ strength: { add: 5 } }),
    message: /whose strength 7 is not from 1 to 3/,
  },
];

describe('bad input through the generated mutations', () => {
  it.each(cases)('refuses $name with BAD_USER_INPUT and writes nothing', async ({ query, variables, message, raw }) => {
    const before = await fingerprint();
    const response = await server.gql(query(), variables?.());
    expect(response.errors, JSON.stringify(response).slice(0, 500)).toHaveLength(1);
    const error = response.errors![0]!;
    expect(error.extensions?.code, error.message).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    if (raw) {
      expect(error.message).not.toContain(raw);
      expect(JSON.stringify(error.extensions)).not.toContain(raw);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('still applies good operators and multi-line text', async () => {
    const response = await server.gql<{
      updateOffers: { offers: { capacity: number; cost: number; description: string }[] };
    }>(
      `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: {
         capacity: { add: 5 }, cost: { multiply: 1.5 }, description: { set: "Zeile 1\\nZeile 2\\tmit Tab" } }) {
         offers { capacity cost description } } }`,
      { id: fullOfferId },
    );
    expectNoErrors(response);
    expect(response.data!.updateOffers.offers).toEqual([
      { capacity: 25, cost: 15, description: 'Zeile 1\nZeile 2\tmit Tab' },
    ]);
    expectNoErrors(
      await server.gql(
        `mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { capacity: { subtract: 5 }, cost: { divide: 1.5 } }) { offers { id } } }`,
        { id: fullOfferId },
      ),
    );
  });
});

describe('bad input through the custom mutations', () => {
  it('refuses a 500 KB basis of a course-type setting, and stores nothing', async () => {
    const read = () =>
      server.cypher(`MATCH (s:CourseTypeSetting {courseType: 'SECOND_SCRIPT'}) RETURN properties(s) AS props`);
    const before = JSON.stringify(await read());
    const response = await server.gql(
      `mutation($basis: String) { setCourseTypeSettings(settings: [{ courseType: SECOND_SCRIPT, minGroupSize: 6, maxGroupSize: 14, basis: $basis }]) { basis } }`,
      { basis: 'B'.repeat(500_000) },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toMatch(
      /courseType SECOND_SCRIPT: CourseTypeSetting\.basis must be at most 5000 characters long \(has 500000\); got "B{77}\.\.\."/,
    );
    expect(JSON.stringify(response).length).toBeLessThan(2_000); // the value is not echoed whole
    expect(JSON.stringify(await read())).toBe(before);
  });

  it('refuses control characters and oversized text in an upsertOffers batch, and writes nothing', async () => {
    const online = { category: 'OTHER', format: 'ONLINE', status: 'OPEN' };
    const before = await fingerprint();
    const response = await server.gql<{
      upsertOffers: { created: number; errors: { index: number; field: string; value: string; message: string }[] };
    }>(
      `mutation($offers: [OfferUpsertInput!]!) { upsertOffers(source: "${prefix}-portal", offers: $offers) {
         created errors { index field value message } } }`,
      {
        offers: [
          { externalId: 'k1', title: `${prefix} Kurs\u0000`, providerId: place.providerId, ...online },
          { externalId: 'k2', title: 'T'.repeat(301), providerId: place.providerId, ...online },
          {
            externalId: 'k3',
            title: `${prefix} Kurs`,
            providerId: 'x\u202Ey',
            ...online,
          },
        ],
      },
    );
    expectNoErrors(response);
    const result = response.data!.upsertOffers;
    expect(result.created).toBe(0);
    const errors = result.errors;
    expect(errors.map((error) => [error.index, error.field])).toEqual([
      [0, 'title'],
      [1, 'title'],
      [2, 'providerId'],
      [2, 'providerId'], // and there is no such Actor
    ]);
    expect(errors[0]!.message).toMatch(/title ".* Kurs\\u0000" must not contain .*U\+0000 \(NUL\) at character \d+/);
    expect(errors[1]!.message).toMatch(/title "T{77}\.\.\." must be at most 300 characters long \(has 301\)/);
    expect(errors[2]!.message).toMatch(/providerId "x\\u202Ey" must not contain .*U\+202E/);
    // eslint-disable-next-line no-control-regex -- a NUL is what must not come back
    expect(JSON.stringify(result)).not.toMatch(/\u0000|\u202E/);
    expect(await fingerprint()).toBe(before);
  });
});
