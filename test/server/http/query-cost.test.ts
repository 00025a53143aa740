// Query cost bounded before execution (issue 13, item 2): the figures of an operation are measured in one walk
// that measures each fragment once; lists count what they may return, analyses what they cost; floods are refused
// before anything runs; and one request never holds more than its share of the database's connections.
import fs from 'node:fs';
import path from 'node:path';
import {
  Kind,
  OperationTypeNode,
  parse,
  print,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Driver, Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits, projectRoot } from '../../../server/config.js';
import { fieldWeights, singleRelationships } from '../../../server/http/field-costs.js';
import { measureQuery } from '../../../server/http/limit-queries.js';
import { createSchema } from '../../../server/schema/create-schema.js';
import { createPlace, removePlace, type Place } from '../../support/fixtures.js';
import { headersFor, startTestServer, testDriver } from '../../support/test-server.js';

/** `{ actors(limit: 1) { ...Fn } }` where F0 selects two fields and each Fi spreads F(i-1) twice: 2^(n+1) fields. */
function fragmentBomb(levels: number): string {
  const fragments = ['fragment F0 on Actor { id name }'];
  for (let i = 1; i <= levels; i += 1) fragments.push(`fragment F${i} on Actor { ...F${i - 1} ...F${i - 1} }`);
  return `query { actors(limit: 1) { ...F${levels} } }\n${fragments.join('\n')}`;
}

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** Counts the sessions (and executeQuery calls) open on a driver at once, to watch the server from outside. */
function countSessions(driver: Driver) {
  const count = { open: 0, highWater: 0, opened: 0 };
  const enter = () => {
    count.open += 1;
    count.opened += 1;
    count.highWater = Math.max(count.highWater, count.open);
  };
  const wrapped = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'executeQuery')
        return async (...args: Parameters<Driver['executeQuery']>) => {
          enter();
          try {
            return await target.executeQuery(...args);
          } finally {
            count.open -= 1;
          }
        };
      if (property === 'session')
        return (...args: Parameters<Driver['session']>): Session => {
          const session = target.session(...args);
          enter();
          const close = session.close.bind(session);
          let closed = false;
          session.close = async () => {
            if (!closed) count.open -= 1;
            closed = true;
            return close();
          };
          return session;
        };
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { wrapped, count, reset: () => Object.assign(count, { open: 0, highWater: 0, opened: 0 }) };
}

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await createSchema(testDriver());
});

describe('measuring an operation', () => {
  const measure = (query: string, variables?: Record<string, unknown>) =>
    measureQuery(schema, parse(query), variables)!;

  it('measures each fragment once: the walk of 2^24 spreads looks at as many nodes as the text holds', () => {
    const small = measure(fragmentBomb(12));
    const large = measure(fragmentBomb(24));
    // What the operation would select grows as 2^n ...
    expect(small.fields).toBe(2 ** 13 + 1);
    expect(large.fields).toBe(2 ** 25 + 1);
    expect(large.cost).toBe(1 + 2 ** 25);
    // ... the walk only with the document: actors, its spread, F0's two fields and two spreads per level.
    expect(small.visited).toBe(4 + 2 * 12);
    expect(large.visited).toBe(4 + 2 * 24);
  });

  it('does not loop on a fragment cycle (GraphQL refuses it itself)', async () => {
    const query = '{ actors(limit: 1) { ...A } } fragment A on Actor { id ...B } fragment B on Actor { name ...A }';
    expect(measure(query).visited).toBe(6);
    const server = await startTestServer();
    try {
      const response = await server.gql(query, {}, { as: 'anonymous' });
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await server.close();
    }
  });

  it("counts a list without limit as its type's @limit default, honouring variables and the @limit maximum", () => {
    expect(measure('{ actors { id } }').cost).toBe(1 + 100);
    expect(measure('query($n: Int) { actors(limit: $n) { id } }', { n: 7 }).cost).toBe(1 + 7);
    expect(measure('query($n: Int = 3) { actors(limit: $n) { id } }').cost).toBe(1 + 3);
    expect(measure('{ actors(limit: 5000) { id } }').cost).toBe(1 + 1000);
    // A relationship that holds one node counts one, not 100.
    expect(measure('{ offers(limit: 10) { provider { name } } }').cost).toBe(1 + 10 * (1 + 1));
    expect(measure('{ offers(limit: 10) { funders { name } } }').cost).toBe(1 + 10 * (1 + 100));
  });

  it('counts a filter on the unique key as the items it names', () => {
    expect(measure('{ actors(where: { id: { eq: "x" } }) { offers { id } } }').cost).toBe(1 + 1 * (1 + 100));
    expect(measure('query($id: ID!) { actors(where: { id: { eq: $id } }) { id } }', { id: 'x' }).cost).toBe(2);
    expect(
      measure('query($w: ActorWhere) { actors(where: $w) { id } }', { w: { id: { in: ['a', 'b', 'c'] } } }).cost,
    ).toBe(1 + 3);
    expect(measure('{ municipalities(where: { ags: { eq: "03256022" } }) { name } }').cost).toBe(2);
    // Other filters may match any number
    expect(measure('{ actors(where: { name: { eq: "x" } }) { id } }').cost).toBe(1 + 100);
  });

  it("multiplies a connection's edges by its page size, and not its count", () => {
    // 1 + totalCount 100 (it counts every match) + 5 x (edges 1 + node 1 + id 1)
    expect(measure('{ actorsConnection(first: 5) { totalCount edges { node { id } } } }').cost).toBe(1 + 100 + 15);
    expect(measure('{ actorsConnection { edges { node { id } } } }').cost).toBe(1 + 100 * 3);
    // The same through fragments, on the connection and on the node
    expect(
      measure(
        '{ actorsConnection(first: 5) { ...C } } fragment C on ActorsConnection { totalCount edges { node { ...N } } } fragment N on Actor { id }',
      ).cost,
    ).toBe(1 + 100 + 15);
  });

  it('weighs the analyses by what they cost, all of Germany more than one district', () => {
    expect(measure('{ courseCalendar(districtAgs: "03256") { id } }').cost).toBe(5000 + 1);
    expect(measure('{ courseCalendar { id } }').cost).toBe(50_000 + 1);
    expect(measure('query($d: String) { courseCalendar(districtAgs: $d) { id } }', { d: '03256' }).cost).toBe(5000 + 1);
    // The districts of all of Germany ranked: a country-wide pass, not one district's
    const ranking = (area: string) =>
      measure(`{ indicatorRanking(${area}category: INTEGRATION_COURSE, indicator: COVERAGE) { areaAgs } }`).cost;
    expect(ranking('districtAgs: "03256", ')).toBe(40_000 + 1);
    expect(ranking('')).toBe(400_000 + 1);
    // Per municipality of the list it is asked on
    expect(measure('{ municipalities(limit: 10) { coverageGap(category: INTEGRATION_COURSE) { unmet } } }').cost).toBe(
      1 + 10 * (2000 + 1),
    );
  });

  it('names only fields of the schema in its tables, so that they cannot go stale', () => {
    const fieldsOf = (name: string) => {
      const type = schema.getType(name);
      return type && 'getFields' in type ? type.getFields() : {};
    };
    for (const key of [...Object.keys(fieldWeights), ...singleRelationships]) {
      const [type, field] = key.split('.');
      expect(fieldsOf(type!), key).toHaveProperty(field!);
    }
  });
});

describe('refused before execution', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let sessions: ReturnType<typeof countSessions>;

  beforeAll(async () => {
    server = await startTestServer({
      wrapDriver: (driver) => {
        sessions = countSessions(driver);
        return sessions.wrapped;
      },
    });
  });
  afterAll(() => server?.close());

  it('refuses the fragment bomb of an anonymous caller with QUERY_TOO_COMPLEX, naming GRAPHQL_MAX_FIELDS', async () => {
    sessions.reset();
    const response = await server.gql(fragmentBomb(24), {}, { as: 'anonymous' });
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      {
        message: `The query selects ${2 ** 25 + 1} fields once its fragments are expanded; at most ${defaultLimits.maxFields} are allowed (GRAPHQL_MAX_FIELDS)`,
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: defaultLimits.maxFields, value: 2 ** 25 + 1 },
      },
    ]);
    expect(sessions.count.opened).toBe(0);
  });

  it('refuses 300 aliases of courseCalendar before any of them runs, naming GRAPHQL_MAX_ROOT_FIELDS', async () => {
    sessions.reset();
    const response = await server.gql(
      aliases(300, 'courseCalendar(districtAgs: "03256") { id }'),
      {},
      {
        as: 'anonymous',
      },
    );
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: defaultLimits.maxRootFields,
      value: 300,
    });
    expect(response.errors?.[0]?.message).toMatch(
      /^The query asks for 300 fields at its top level \(each alias counts\); at most 20 are allowed \(GRAPHQL_MAX_ROOT_FIELDS\)/,
    );
    expect(sessions.count.opened).toBe(0);
    expect(server.app.sessionUse.highWater).toBe(0);
  });

  it('refuses the flood by its cost too when the top-level cap is raised: 300 calendars of all of Germany', async () => {
    const lenient = await startTestServer({ limits: { maxRootFields: 1000 } });
    try {
      const response = await lenient.gql(aliases(300, 'courseCalendar { id }'), {}, { as: 'anonymous' });
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        limit: defaultLimits.maxComplexity,
        value: 300 * 50_001,
      });
      expect(response.errors?.[0]?.message).toMatch(/\(GRAPHQL_MAX_COMPLEXITY\)/);
      expect(lenient.app.sessionUse.highWater).toBe(0);
    } finally {
      await lenient.close();
    }
  });
});

describe('database sessions per request', () => {
  const cap = 3;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let sessions: ReturnType<typeof countSessions>;
  let place: Place;
  // 15 calendars (custom resolver) and 5 generated list queries: 20 fields that all start at once
  const flood = (districtAgs: string) =>
    `{ ${Array.from({ length: 15 }, (_, i) => `c${i}: courseCalendar(districtAgs: "${districtAgs}") { id }`).join(' ')}
       ${Array.from({ length: 5 }, (_, i) => `l${i}: actors(limit: 1, where: { id: { eq: "none" } }) { id }`).join(' ')} }`;

  beforeAll(async () => {
    server = await startTestServer({
      limits: { maxSessionsPerRequest: cap },
      maxConnectionPoolSize: cap + 2,
      wrapDriver: (driver) => {
        sessions = countSessions(driver);
        return sessions.wrapped;
      },
    });
    place = await createPlace(server);
  });
  afterAll(async () => {
    if (place) await removePlace(server, place);
    await server?.close();
  });

  it(`never holds more than GRAPHQL_MAX_SESSIONS_PER_REQUEST (${cap}) sessions at once; the other fields wait`, async () => {
    sessions.reset();
    const response = await server.gql(flood(place.districtAgs), {}, { as: 'anonymous' });
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data!)).toHaveLength(20);
    expect(response.data!.c14).toEqual([]);
    // Seen from the driver: every field opened sessions, never more than the cap at once, and the cap was used.
    expect(sessions.count.opened).toBeGreaterThanOrEqual(20);
    expect(sessions.count.highWater).toBe(cap);
    expect(server.app.sessionUse.highWater).toBe(cap);
  });

  it('holds the cap for the hand-written reads too, which read in auto-commit transactions of their own', async () => {
    sessions.reset();
    const lean = `{ ${Array.from(
      { length: 10 },
      (_, i) => `e${i}: egoNetwork(actorId: "${place.providerId}", hops: 2) { fromId }`,
    ).join(' ')}
      ${Array.from({ length: 10 }, (_, i) => `n${i}: offerCountsByCategory(districtAgs: "${place.districtAgs}") { offers }`).join(' ')} }`;
    const response = await server.gql(lean, {}, { as: 'anonymous' });
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data!)).toHaveLength(20);
    expect(sessions.count.opened).toBeGreaterThanOrEqual(20);
    expect(sessions.count.highWater).toBe(cap);
  });

  it('without the cap the same request takes a session per field at once (what the cap prevents)', async () => {
    let counted: ReturnType<typeof countSessions> | undefined;
    const uncapped = await startTestServer({
      limits: { maxSessionsPerRequest: 1000 },
      wrapDriver: (driver) => {
        counted = countSessions(driver);
        return counted.wrapped;
      },
    });
    try {
      const response = await uncapped.gql(flood(place.districtAgs), {}, { as: 'anonymous' });
      expect(response.errors).toBeUndefined();
      expect(counted!.count.highWater).toBeGreaterThanOrEqual(20);
    } finally {
      await uncapped.close();
    }
  });

  it('keeps /healthz answering 200 while requests flood the pool', async () => {
    let done = false;
    const floods = Promise.all(
      Array.from({ length: 3 }, () => server.gql(flood(place.districtAgs), {}, { as: 'anonymous' })),
    ).finally(() => {
      done = true;
    });
    const statuses: number[] = [];
    do {
      statuses.push((await fetch(`${server.url}/healthz`)).status);
    } while (!done);
    for (const response of await floods) expect(response.errors).toBeUndefined();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(server.app.sessionUse.highWater).toBe(cap);
  });

  it('lets every operation of the explorer through with realistic variables', async () => {
    const values: Record<string, unknown> = {
      category: 'INTEGRATION_COURSE',
      districtAgs: place.districtAgs,
      radiusKm: 25,
      from: '2026-01-01',
      to: '2026-12-31',
      id: place.providerId,
      ids: ['none'],
      entityId: place.providerId,
      answerId: 'none',
      offset: 0,
      phrase: 'Test',
      text: 'Test',
      status: 'DONE',
      indicator: 'COVERAGE',
    };
    // Where two operations give the same variable name different types, the operation's own value.
    const byOperation: Record<string, Record<string, unknown>> = {
      PartnerConflicts: { status: 'OPEN' },
      MonitoringIndicators: { from: '2026-01', to: '2026-11' },
    };
    const namesMissing: Record<string, string> = { CompareSurveyAnswer: 'none' }; // operation → the id it lacks
    const dir = path.join(projectRoot, 'explorer', 'src', 'operations');
    const files = fs.readdirSync(dir).filter((name) => name.endsWith('.graphql'));
    const parsed = files.map((file) => ({ file, document: parse(fs.readFileSync(path.join(dir, file), 'utf8')) }));
    // Fragments may live in another file (public-fields.graphql); each operation is sent with those it spreads, as
    // the explorer's generated documents carry them.
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const { document } of parsed)
      for (const definition of document.definitions)
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const withFragments = (operation: OperationDefinitionNode): DocumentNode => {
      const used = new Map<string, FragmentDefinitionNode>();
      const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (!fragment || used.has(fragment.name.value)) return;
            used.set(fragment.name.value, fragment);
            collect(fragment);
          },
        });
      collect(operation);
      return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
    };
    let checked = 0;
    for (const { file, document: fileDocument } of parsed) {
      for (const definition of fileDocument.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const name = definition.name!.value;
        const document = withFragments(definition);
        const text = print(document);
        const variables = Object.fromEntries(
          (definition.variableDefinitions ?? [])
            .map((variable) => variable.variable.name.value)
            .filter((variable) => variable in values)
            .map((variable) => [variable, byOperation[name]?.[variable] ?? values[variable]]),
        );
        const size = measureQuery(schema, document, variables, name)!;
        expect(size.cost, `${file} ${name}`).toBeLessThanOrEqual(defaultLimits.maxComplexity / 2);
        expect(size.fields, `${file} ${name}`).toBeLessThanOrEqual(defaultLimits.maxFields / 2);
        expect(size.rootFields, `${file} ${name}`).toBeLessThanOrEqual(defaultLimits.maxRootFields);
        expect(size.depth, `${file} ${name}`).toBeLessThanOrEqual(defaultLimits.maxDepth);
        checked += 1;
        // Mutations would write; the queries run as the coordinator.
        if (definition.operation !== OperationTypeNode.QUERY) continue;
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(await headersFor('coordinator')) },
          body: JSON.stringify({ query: text, variables, operationName: name }),
        });
        const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        if (name in namesMissing) {
          // The test's place has no such record: the query is understood and the answer names the id it lacks.
          expect(body.errors?.[0]?.extensions?.code, `${file} ${name}`).toBe('NOT_FOUND');
          expect(body.errors?.[0]?.message).toContain(`"${namesMissing[name]}"`);
        } else expect(body.errors, `${file} ${name}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      }
    }
    expect(checked).toBeGreaterThanOrEqual(14);
  }, 240_000);
});
