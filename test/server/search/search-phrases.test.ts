// The three full-text search fields over the real Neo4j: any text is a valid phrase (data, or BAD_USER_INPUT for an
// empty or too long one, never INTERNAL_SERVER_ERROR), and the grammar finds what it says it finds.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSearchPhrase } from '../../../explorer/src/ui/search-phrase.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type GraphQLResponse, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let place: Place;
const tag = uniquePrefix('search').toLowerCase();
let offerId: string;

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  // Names carrying the tag, so that the searches below find these entities and no others.
  await server.cypher('MATCH (a:Actor {id: $id}) SET a.name = $name', {
    id: place.providerId,
    name: `Sprachschule ${tag}neuland (fiktiv)`,
  });
  await server.cypher('MATCH (a:Actor {id: $id}) SET a.name = $name', {
    id: place.partnerId,
    name: `Jobcenter ${tag}mitte (fiktiv)`,
  });
  await server.cypher('MATCH (m:Municipality {ags: $ags}) SET m.name = $name', {
    ags: place.townAgs,
    name: `${tag}stadt an der Weser`,
  });
  const created = await server.gql<{ createOffers: { offers: { id: string }[] } }>(
    `mutation($provider: ID!, $title: String!) { createOffers(input: [{ title: $title, category: LANGUAGE_CAFE,
       format: IN_PERSON, status: OPEN, provider: { connect: [{ where: { node: { id: { eq: $provider } } } }] } }]) { offers { id } } }`,
    { provider: place.providerId, title: `Deutsch für Eltern ${tag}kurs am Abend` },
  );
  expectNoErrors(created);
  offerId = created.data!.createOffers.offers[0]!.id;
});
afterAll(async () => {
  if (offerId) await server.cypher('MATCH (o:Offer {id: $id}) DETACH DELETE o', { id: offerId });
  if (place) await removePlace(server, place);
  await server?.close();
});

const fields = {
  searchActors: 'id',
  searchOffers: 'id',
  searchMunicipalities: 'ags',
} as const;
type SearchField = keyof typeof fields;
/** A search's answer: the key (id or ags) of every node found. */
type SearchResults = Partial<Record<SearchField, { edges: { node: Record<string, string> }[] }>>;

async function search(field: SearchField, phrase: string, as: 'coordinator' | 'anonymous' = 'coordinator') {
  return server.gql<SearchResults>(
    `query($phrase: String!) { ${field}(phrase: $phrase) { edges { node { ${fields[field]} } } } }`,
    { phrase },
    { as },
  );
}

function found(response: GraphQLResponse<SearchResults>, field: SearchField): string[] {
  expectNoErrors(response);
  return response.data![field]!.edges.map((edge) => edge.node[fields[field]]!);
}

/** Data, or only BAD_USER_INPUT errors with a German message; never anything else. */
function expectDataOrBadInput(response: GraphQLResponse, label: string): void {
  if (!response.errors) {
    expect(response.status, label).toBe(200);
    expect(response.data, label).toBeDefined();
    return;
  }
  for (const error of response.errors) {
    expect(error.extensions?.code, `${label}: ${error.message}`).toBe('BAD_USER_INPUT');
    expect(error.extensions?.messageDe, label).toMatch(/^Der Suchbegriff/);
  }
}

describe('search phrases', () => {
  it('answers the phrases that failed with INTERNAL_SERVER_ERROR, for all three fields', async () => {
    for (const field of Object.keys(fields) as SearchField[]) {
      for (const phrase of [
        '(',
        'AND',
        '-',
        'OR',
        'NOT',
        '+',
        '!',
        '{',
        'x:',
        'a\\',
        '(*',
        '&&',
        '||',
        '\\"',
        '/',
        '~',
      ]) {
        const response = await search(field, phrase, 'anonymous');
        expect(response.errors, `${field} ${JSON.stringify(phrase)}`).toBeUndefined();
        expect(response.data![field]!.edges, `${field} ${JSON.stringify(phrase)}`).toBeInstanceOf(Array);
      }
    }
  });

  it('refuses 2,000 words, a 900 KB phrase and an empty one with BAD_USER_INPUT in English and German', async () => {
    const cases = [
      { phrase: Array(2000).fill('Kurs').join(' '), message: /has 9999 characters; at most 200 are allowed/ },
      { phrase: Array(11).fill('Kurs').join(' '), message: /has 11 words; at most 10 are allowed/ },
      { phrase: 'x'.repeat(900_000), message: /has 900000 characters; at most 200 are allowed/ },
      { phrase: '', message: /has no word to search for/ },
      { phrase: '   ', message: /has no word to search for/ },
      { phrase: '"', message: /has no word to search for/ },
    ];
    for (const field of Object.keys(fields) as SearchField[]) {
      for (const { phrase, message } of cases) {
        const response = await search(field, phrase, 'anonymous');
        expect(response.errors).toHaveLength(1);
        expect(response.errors![0]!.message).toMatch(message);
        expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phrase' });
        expect(response.errors![0]!.extensions!.messageDe).toMatch(/^Der Suchbegriff /);
        expect(response.errors![0]!.path).toEqual([field]);
      }
    }
  });

  it('finds by words (all required), prefixes, quoted words and OR', async () => {
    expect(found(await search('searchActors', `${tag}neuland`), 'searchActors')).toEqual([place.providerId]);
    expect(found(await search('searchActors', `${tag}neu*`), 'searchActors')).toEqual([place.providerId]);
    expect(found(await search('searchActors', `Sprachschule ${tag}neuland`), 'searchActors')).toEqual([
      place.providerId,
    ]);
    // Every word is required: the jobcenter's tag word does not find the language school.
    expect(found(await search('searchActors', `Sprachschule ${tag}mitte`), 'searchActors')).toEqual([]);
    expect(found(await search('searchActors', `${tag}neuland OR ${tag}mitte`), 'searchActors').sort()).toEqual(
      [place.providerId, place.partnerId].sort(),
    );
    // AND between two terms is allowed and changes nothing (the explorer's earlier phrases used it).
    expect(found(await search('searchActors', `Sprachschule* AND ${tag}neu*`), 'searchActors')).toEqual([
      place.providerId,
    ]);
    expect(found(await search('searchOffers', `"Eltern ${tag}kurs"`), 'searchOffers')).toEqual([offerId]);
    expect(found(await search('searchOffers', `"${tag}kurs Eltern"`), 'searchOffers')).toEqual([]);
    expect(found(await search('searchMunicipalities', `${tag}stadt*`), 'searchMunicipalities')).toEqual([
      place.townAgs,
    ]);
    // Punctuation around a word is left to the analyzer, as typed.
    expect(found(await search('searchMunicipalities', `(${tag}stadt)`), 'searchMunicipalities')).toEqual([
      place.townAgs,
    ]);
  });

  it("finds what the explorer's search box sends while typing", async () => {
    expect(toSearchPhrase(`  Sprachsch ${tag}neu  `)).toBe(`Sprachsch* ${tag}neu*`);
    expect(toSearchPhrase('( - "')).toBe('');
    expect(found(await search('searchActors', toSearchPhrase(`Sprachsch ${tag}neu`)), 'searchActors')).toEqual([
      place.providerId,
    ]);
    expect(found(await search('searchOffers', toSearchPhrase(`deutsch ${tag}ku`)), 'searchOffers')).toEqual([offerId]);
    // However much is typed, the phrase stays within the server's default limits.
    const typed = Array.from({ length: 30 }, (_, i) => `OR (w${i}:`).join(' ');
    expectDataOrBadInput(await search('searchActors', toSearchPhrase(typed)), 'typed');
    expect(found(await search('searchActors', toSearchPhrase(typed)), 'searchActors')).toEqual([]);
  });

  it('answers any text with data or BAD_USER_INPUT, never INTERNAL_SERVER_ERROR (fast-check)', async () => {
    const luceneBits = fc.constantFrom(
      'AND',
      'OR',
      'NOT',
      'TO',
      '&&',
      '||',
      '!',
      '+',
      '-',
      '(',
      ')',
      '{',
      '}',
      '[',
      ']',
      '^',
      '"',
      '~',
      '*',
      '?',
      ':',
      '\\',
      '/',
      '*:*',
      'name:',
      '[a TO z]',
      'x~2',
      'x^3',
      '/re.*/',
      '"',
      ' ',
      '\u3000',
      '\t',
      '\n',
      '\0',
    );
    const word = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }), // any code point, lone surrogates included
      fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9]{1,10}\*?$/),
      luceneBits,
    );
    const phrase = fc.oneof(
      { weight: 6, arbitrary: fc.array(word, { maxLength: 14 }).map((words) => words.join(' ')) },
      { weight: 2, arbitrary: fc.array(word, { maxLength: 30 }).map((words) => words.join('')) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 150, maxLength: 400 }) },
      { weight: 1, arbitrary: fc.array(luceneBits, { minLength: 1, maxLength: 400 }).map((bits) => bits.join(' ')) },
    );
    const field = fc.constantFrom<SearchField>('searchActors', 'searchOffers', 'searchMunicipalities');
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(field, phrase, async (name, text) => {
        const response = await search(name, text, 'anonymous');
        expectDataOrBadInput(response, `${name} ${JSON.stringify(text).slice(0, 200)}`);
        checked += 1;
      }),
      { numRuns: 600 },
    );
    expect(checked).toBeGreaterThanOrEqual(600);
  }, 600_000); // 600 requests: a minute or more on a busy machine
});
