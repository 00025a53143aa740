// The filter-path matrix of issue 13: every path of the generated schema's filter, sort and aggregate inputs that
// reaches a staff-only type or field (test/support/restricted-filter-paths.ts, up to three relationship hops, from
// every root query and, one level down, from the fields of the entities they list), for every role, through HTTP
// against the real Neo4j. Anonymous callers and partners (by API key and by token) are refused with
// UNAUTHENTICATED / FORBIDDEN naming what they reached; coordinator and analyst get answers. The mutations' inputs
// (where, nested connect and update) are walked too, for the roles that are refused: nothing is written for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../server/auth/api-keys.js';
import { findReadRestrictions } from '../../../server/auth/read-restrictions.js';
import { buildSchema } from '../../../server/schema/build-schema.js';
import { loadTypeDefs } from '../../../server/sdl/load-type-defs.js';
import { createPlace, removePlace, type Place } from '../../support/fixtures.js';
import {
  findRestrictedFilterPaths,
  relationshipsOf,
  type RestrictedPath,
} from '../../support/restricted-filter-paths.js';
import { startTestServer, type Caller, type TestServer } from '../../support/test-server.js';

const typeDefs = loadTypeDefs();
const restrictions = findReadRestrictions(typeDefs);
const rules = {
  restricted: restrictions.of('anonymous'),
  relationships: relationshipsOf(typeDefs),
  entities: restrictions.entities,
};
const schema = await buildSchema();
const queryPaths = findRestrictedFilterPaths(schema, rules, { hops: 3, rootTypes: ['Query'], nested: true });
// Of the mutations: every where (and what a partner may write, offers, whole); the rest are the same input types.
const mutationPaths = findRestrictedFilterPaths(schema, rules, { hops: 2, rootTypes: ['Mutation'] }).filter(
  (path) => path.argument === 'where' || path.field.endsWith('Offers'),
);
/** Staff get answers: one path per endpoint, so that the walk stays short on a busy machine. */
const staffPaths = [...new Map(queryPaths.map((path) => [path.endpoint, path])).values()];

let server: TestServer;
let place: Place;
let partnerKey: string;

beforeAll(async () => {
  // Many aliases per request: the matrix is about access, not about the limits (limits.test.ts).
  server = await startTestServer({ limits: { maxComplexity: 10_000_000, maxDepth: 40 } });
  place = await createPlace(server);
  partnerKey = (
    await createApiKey(
      { driver: server.driver, database: server.database },
      { actorId: place.partnerId, role: 'partner', name: 'Filterpfade (Test)' },
    )
  ).key;
});

afterAll(async () => {
  await server.cypher('MATCH (k:ApiKey)-[:ACTS_FOR]->(:Actor {id: $id}) DETACH DELETE k', { id: place.partnerId });
  await removePlace(server, place);
  await server.close();
});

interface Answer {
  path: RestrictedPath;
  data: unknown;
  codes: string[];
  restricted: unknown[];
}

/**
 * Sends the paths as aliased root fields, `batch` per request, `parallel` requests at a time. A refused root field
 * nulls the whole answer (the root fields are non-null), so refusals are asked for one path per request.
 */
async function send(paths: RestrictedPath[], as: Caller, batch: number, parallel = 4): Promise<Answer[]> {
  const batches: RestrictedPath[][] = [];
  for (let start = 0; start < paths.length; start += batch) batches.push(paths.slice(start, start + batch));
  const answers: Answer[] = [];
  const ask = async (group: RestrictedPath[]) => {
    const keyword = group[0]!.rootType === 'Mutation' ? 'mutation' : 'query';
    const document = `${keyword} { ${group.map((path, index) => `p${index}: ${path.query}`).join('\n')} }`;
    const response = await server.gql(document, {}, { as });
    group.forEach((path, index) => {
      const errors = (response.errors ?? []).filter(
        (error) => error.path === undefined || error.path[0] === `p${index}`,
      );
      answers.push({
        path,
        data: response.data?.[`p${index}`] ?? null,
        codes: errors.map((error) => String(error.extensions?.code)),
        restricted: errors.map((error) => error.extensions?.restricted),
      });
    });
  };
  for (let start = 0; start < batches.length; start += parallel)
    await Promise.all(batches.slice(start, start + parallel).map(ask));
  return answers;
}

// The partner by API key differs from the one by token only in how it is recognised: it walks the queries.
const refusedRoles: { name: string; code: string; caller: () => Caller; mutations: boolean }[] = [
  { name: 'anonymous', code: 'UNAUTHENTICATED', caller: () => 'anonymous', mutations: true },
  { name: 'partner (API key)', code: 'FORBIDDEN', caller: () => ({ apiKey: partnerKey }), mutations: false },
  {
    name: 'partner (token)',
    code: 'FORBIDDEN',
    caller: () => ({ role: 'partner', actorId: place.providerId, sub: 'filter-paths-partner' }),
    mutations: true,
  },
];

describe('the walk of the generated schema', () => {
  it('finds the staff-only types and fields in the SDL and paths to each of them', () => {
    expect([...rules.restricted.types].sort()).toEqual(['Decision', 'Meeting', 'Need', 'Network', 'Snapshot']);
    expect([...rules.restricted.fields]).toEqual(['Cooperation.note']);
    const endpoints = new Set(queryPaths.map((path) => path.endpoint));
    // The three reproductions of the issue, an aggregate, a connection sort and a full-text where among them.
    for (const endpoint of [
      'MunicipalityWhere.needs',
      'ActorWhere.reportedNeeds',
      'ActorWhere.memberships',
      'CooperationAggregationWhereInput.note',
      'CooperationSort.note',
      'CooperationWhere.note',
      'MunicipalityWhere.snapshotsConnection',
    ])
      expect(endpoints).toContain(endpoint);
    expect(queryPaths.some((path) => path.field === 'searchActors')).toBe(true);
    expect(queryPaths.some((path) => path.argument === 'sort')).toBe(true);
    expect(queryPaths.length).toBeGreaterThan(500);
    expect(mutationPaths.some((path) => path.field === 'updateOffers' && path.argument === 'where')).toBe(true);
  });
});

describe.each(refusedRoles)('$name', ({ code, caller }) => {
  it(`is refused with ${code} on every query path, naming what it reached`, { timeout: 300_000 }, async () => {
    const results = await send(queryPaths, caller(), 1, 8);
    const leaks = results.filter((result) => result.data !== null || !result.codes.includes(code));
    expect(leaks.map((leak) => leak.path.query)).toEqual([]);
    const unnamed = results.filter((result) => !result.restricted.some((name) => typeof name === 'string'));
    expect(unnamed.map((result) => result.path.query)).toEqual([]);
  });
});

// The mutation paths once per kind of refusal (anonymous, partner by token); the API-key partner is the same role.
describe.each(refusedRoles.filter((role) => role.mutations))('$name', ({ code, caller }) => {
  it(`is refused with ${code} on every mutation input path`, { timeout: 300_000 }, async () => {
    const results = await send(mutationPaths, caller(), 1, 8);
    const leaks = results.filter((result) => result.data !== null || !result.codes.includes(code));
    expect(leaks.map((leak) => leak.path.query)).toEqual([]);
  });
});

describe.each(['coordinator', 'analyst'] as const)('%s', (role) => {
  it('gets answers through every endpoint', { timeout: 600_000 }, async () => {
    // One at a time: the answers read the database, and the test is about access, not about load.
    const results = await send(staffPaths, role, 1, 1);
    const refused = results.filter((result) => result.codes.length > 0 || result.data === null);
    expect(refused.map((result) => `${result.path.query} -> ${result.codes.join(',')}`)).toEqual([]);
  });
});
