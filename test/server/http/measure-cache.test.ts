// The query cost is measured once per parsed document and the variables the cost depends on (issue 17): a request
// of the same text with another id or filter reuses the figures, one with another list size is measured anew, and
// through the server (Apollo's documentStore hands each request of a text the same document) the limit still
// refuses a list size over it after the same text passed with a small one.
import { parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureQuery } from '../../../server/http/limit-queries.js';
import { MeasureCache } from '../../../server/http/measure-cache.js';
import { buildSchema } from '../../../server/schema/build-schema.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

let schema: GraphQLSchema;
let server: TestServer | undefined;

beforeAll(async () => {
  schema = await buildSchema();
});

afterAll(async () => {
  await server?.close();
});

const offersOfMunicipality = parse(`query Offers($ags: String!, $n: Int) {
  municipalities(where: { ags: { eq: $ags } }) { offers(limit: $n) { id title provider { name } } }
}
query Count { offerCountsByCategory { category offers } }`);

describe('the figures remembered per document', () => {
  it('reuses them for other values of variables the cost does not read', () => {
    const cache = new MeasureCache();
    const first = measureQuery(schema, offersOfMunicipality, { ags: '03256022', n: 10 }, 'Offers', cache);
    const second = measureQuery(schema, offersOfMunicipality, { ags: '03256001', n: 10 }, 'Offers', cache);
    expect(second).toBe(first);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 1 });
    expect(first).toEqual(measureQuery(schema, offersOfMunicipality, { ags: '03256001', n: 10 }, 'Offers'));
  });

  it('measures anew for another list size, and for another operation of the document', () => {
    const cache = new MeasureCache();
    const small = measureQuery(schema, offersOfMunicipality, { ags: 'x', n: 10 }, 'Offers', cache)!;
    const large = measureQuery(schema, offersOfMunicipality, { ags: 'x', n: 500 }, 'Offers', cache)!;
    const unset = measureQuery(schema, offersOfMunicipality, { ags: 'x' }, 'Offers', cache)!;
    const count = measureQuery(schema, offersOfMunicipality, {}, 'Count', cache)!;
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 0, misses: 4 });
    expect(large.cost).toBeGreaterThan(small.cost);
    // Each as measured without the cache.
    expect(small).toEqual(measureQuery(schema, offersOfMunicipality, { ags: 'x', n: 10 }, 'Offers'));
    expect(large).toEqual(measureQuery(schema, offersOfMunicipality, { ags: 'x', n: 500 }, 'Offers'));
    expect(unset).toEqual(measureQuery(schema, offersOfMunicipality, { ags: 'x' }, 'Offers'));
    expect(count).toEqual(measureQuery(schema, offersOfMunicipality, {}, 'Count'));
    expect(measureQuery(schema, offersOfMunicipality, { ags: 'y', n: 500 }, 'Offers', cache)).toBe(large);
    expect(cache.hits).toBe(1);
  });
});

describe('through the server', () => {
  it('refuses the same text with a list size over the limit after it passed with a small one, and back', async () => {
    const query = `query Offers($n: Int) { offers(limit: $n) { id title } }`;
    const small = measureQuery(schema, parse(query), { n: 5 })!;
    const large = measureQuery(schema, parse(query), { n: 500 })!;
    server = await startTestServer({ limits: { maxComplexity: small.cost + 1 } });
    expect(large.cost).toBeGreaterThan(small.cost + 1);
    for (const n of [5, 500, 5, 500]) {
      const response = await server.gql(query, { n });
      if (n === 5) expect(response.errors, `limit ${n}`).toBeUndefined();
      else expect(response.errors?.[0]?.extensions?.code, `limit ${n}`).toBe('QUERY_TOO_COMPLEX');
    }
  });
});
