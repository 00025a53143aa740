// Latency of typical reads through /graphql against the same reads with hand-written Cypher through neo4j-driver.
// Run with `npm run bench`. Uses NEO4J_URI when set; otherwise a local Neo4j of its own in db/local-bench
// (port 7689), apart from your data (db/local) and the tests' (db/local-test). Loads the demo county when the
// database has no offers. Prints a table and writes bench/results/bench-api.json.
//
// Both sides get the same parameters in every iteration and must return the same data (checked once for every
// parameter set before timing). Iterations alternate which side goes first, so both see the same conditions.
// BENCH_WARMUP and BENCH_ITERATIONS override the number of warm-up and measured iterations per operation.
import { benchAuthenticator, benchHeaders } from './bench-auth.js';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isEnumType, type GraphQLSchema } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, projectRoot } from '../server/config.js';
import { createDriver } from '../server/database/create-driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/database/local-neo4j.js';
import { migrate } from '../server/database/migrate.js';
import { generateDemoData } from '../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../server/demo-data/load-demo-data.js';
import { createApp, type App } from '../server/http/create-app.js';
import { createLogger } from '../server/logger.js';
import { createSchema } from '../server/schema/create-schema.js';
import { todayInGermany } from '../shared/calendar.js';

const TARGET_RATIO_P50 = 1.5;
const benchPort = 7689;
const resultsFile = path.join(projectRoot, 'bench', 'results', 'bench-api.json');

function readCount(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const warmup = readCount('BENCH_WARMUP', 200); // a fresh Neo4j and the JIT keep getting faster for a few hundred queries
const iterations = readCount('BENCH_ITERATIONS', 300);

// ---------------------------------------------------------------------------------------------------------------
// Clients for both sides

class BenchError extends Error {}

interface Sides {
  graphql(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>>;
  cypher(statement: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

function makeSides(url: string, driver: Driver, database: string | undefined): Sides {
  return {
    async graphql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: await benchHeaders(),
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (response.status !== 200 || body.errors || !body.data) {
        throw new BenchError(
          `GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body)}`,
        );
      }
      return body.data;
    },
    async cypher(statement, params) {
      const result = await driver.executeQuery(statement, params, { database, routing: neo4j.routing.READ });
      return result.records.map((record) => record.toObject());
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Normalisation: both sides to plain JSON with a fixed order, so that they can be compared as strings

/** Temporal values of the driver (Date, DateTime) print as ISO strings, like the GraphQL scalars. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

function sortedByJson<T>(items: T[]): T[] {
  return items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);
}

// ---------------------------------------------------------------------------------------------------------------
// The three operations

interface Operation<P> {
  name: string;
  description: string;
  params: P[]; // cycled through over the iterations
  label(params: P): string;
  graphql(sides: Sides, params: P): Promise<unknown>; // raw result, what is timed
  cypher(sides: Sides, params: P): Promise<unknown>;
  normaliseGraphql(raw: unknown): unknown;
  normaliseCypher(raw: unknown): unknown;
}

// (1) Offers of one category whose venue is one municipality.
interface OffersParams {
  ags: string;
  name: string;
  category: string;
}

const offersQuery = `query OffersByMunicipalityAndCategory($ags: String!, $category: OfferCategory!) {
  offers(where: { category: { eq: $category }, venue: { some: { ags: { eq: $ags } } } }) {
    id title status startDate capacity booked
    provider { name }
  }
}`;

const offersCypher = `MATCH (:Municipality {ags: $ags})<-[:TAKES_PLACE_IN]-(o:Offer {category: $category})
RETURN o.id AS id, o.title AS title, o.status AS status, o.startDate AS startDate, o.capacity AS capacity, o.booked AS booked,
       [(p:Actor)-[:PROVIDES]->(o) | {name: p.name}] AS provider`;

function normaliseOffers(rows: Record<string, unknown>[]): unknown {
  return sortedByJson(
    rows.map((row) => plain({ ...row, provider: sortedByJson((row.provider as unknown[]).map(plain)) })),
  );
}

function offersOperation(params: OffersParams[]): Operation<OffersParams> {
  return {
    name: 'offers by venue filter (generic)',
    description:
      'Offers of a category whose venue is a municipality, with title, status, startDate, capacity, booked and provider name',
    params,
    label: (p) => `${p.category} in ${p.name} (${p.ags})`,
    graphql: (sides, p) => sides.graphql(offersQuery, { ags: p.ags, category: p.category }),
    cypher: (sides, p) => sides.cypher(offersCypher, { ags: p.ags, category: p.category }),
    normaliseGraphql: (raw) => normaliseOffers((raw as { offers: Record<string, unknown>[] }).offers),
    normaliseCypher: (raw) => normaliseOffers(raw as Record<string, unknown>[]),
  };
}

// (2) An actor with its cooperation partners and their partners (two hops, either direction, with the kind).
interface PartnersParams {
  id: string;
  name: string;
}

const partnersQuery = `query ActorPartnersTwoHops($id: ID!) {
  actors(where: { id: { eq: $id } }) {
    id name
    cooperatesWithConnection { edges { properties { kind } node { id name ...SecondHop } } }
    cooperatedWithByConnection { edges { properties { kind } node { id name ...SecondHop } } }
  }
}
fragment SecondHop on Actor {
  cooperatesWithConnection { edges { properties { kind } node { id name } } }
  cooperatedWithByConnection { edges { properties { kind } node { id name } } }
}`;

const partnersCypher = `MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name,
       [(a)-[r1:COOPERATES_WITH]-(p1:Actor) | {
          id: p1.id, name: p1.name, kind: r1.kind, outgoing: startNode(r1) = a,
          partners: [(p1)-[r2:COOPERATES_WITH]-(p2:Actor) | {id: p2.id, name: p2.name, kind: r2.kind, outgoing: startNode(r2) = p1}]
       }] AS partners`;

interface ConnectionEdges {
  edges: { properties: { kind: string }; node: GraphqlActor }[];
}

/** An actor as partnersQuery asks for it; the partners' partners without further connections. */
interface GraphqlActor {
  id: string;
  name: string;
  cooperatesWithConnection: ConnectionEdges;
  cooperatedWithByConnection: ConnectionEdges;
}

/** A row of partnersCypher: an actor, its partners, and theirs. */
interface CypherPartner {
  id: string;
  name: string;
  kind?: string;
  outgoing?: boolean;
  partners: CypherPartner[];
}

/** Both directions of a GraphQL actor as one list of partners, each with outgoing true for the links it entered. */
function graphqlPartners(
  actor: Pick<GraphqlActor, 'cooperatesWithConnection' | 'cooperatedWithByConnection'>,
  deeper: boolean,
): unknown[] {
  const side = (connection: ConnectionEdges, outgoing: boolean) =>
    connection.edges.map(({ properties, node }) => ({
      id: node.id,
      name: node.name,
      kind: properties.kind,
      outgoing,
      ...(deeper ? { partners: graphqlPartners(node, false) } : {}),
    }));
  return sortedByJson(
    [...side(actor.cooperatesWithConnection, true), ...side(actor.cooperatedWithByConnection, false)].map(plain),
  );
}

function partnersOperation(params: PartnersParams[]): Operation<PartnersParams> {
  return {
    name: 'partners two hops (connections)',
    description:
      'An actor with its cooperation partners and their partners (both directions), names and cooperation kind',
    params,
    label: (p) => `${p.name} (${p.id})`,
    graphql: (sides, p) => sides.graphql(partnersQuery, { id: p.id }),
    cypher: (sides, p) => sides.cypher(partnersCypher, { id: p.id }),
    normaliseGraphql: (raw) =>
      (raw as { actors: GraphqlActor[] }).actors.map((actor) => ({
        id: actor.id,
        name: actor.name,
        partners: graphqlPartners(actor, true),
      })),
    normaliseCypher: (raw) =>
      (raw as CypherPartner[]).map((row) => ({
        id: row.id,
        name: row.name,
        partners: sortedByJson(row.partners.map((p) => plain({ ...p, partners: sortedByJson(p.partners.map(plain)) }))),
      })),
  };
}

// (3) How many offers there are in each category.
function countsOperation(categories: string[]): Operation<null> {
  const aliases = categories.map(
    (category, i) =>
      `  c${i}: offersConnection(where: { category: { eq: ${category} } }) { aggregate { count { nodes } } }`,
  );
  const query = `query OfferCountsByCategory {\n${aliases.join('\n')}\n}`;
  const cypher = 'MATCH (o:Offer) RETURN o.category AS category, count(*) AS count';
  return {
    name: 'offer counts (aggregate each)',
    description: `Number of offers in each of the ${categories.length} categories (GraphQL: one aliased offersConnection aggregate per category)`,
    params: [null],
    label: () => 'all categories',
    graphql: (sides) => sides.graphql(query, {}),
    cypher: (sides) => sides.cypher(cypher, {}),
    normaliseGraphql: (raw) => {
      const data = raw as Record<string, { aggregate: { count: { nodes: number } } }>;
      return Object.fromEntries(categories.map((category, i) => [category, data[`c${i}`]!.aggregate.count.nodes]));
    },
    normaliseCypher: (raw) => {
      const counts = new Map(
        (raw as { category: string; count: number }[]).map((row) => [row.category, Number(row.count)]),
      );
      const unknown = [...counts.keys()].filter((category) => !categories.includes(category));
      if (unknown.length > 0)
        throw new BenchError(`offers with categories the schema does not know: ${unknown.join(', ')}`);
      return Object.fromEntries(categories.map((category) => [category, counts.get(category) ?? 0]));
    },
  };
}

// The same three questions asked the way the API offers them for the purpose: from the municipality by its key,
// the ego network as an edge list (Actor.egoNetwork), counts in one pass (Query.offerCountsByCategory).
const offersFromMunicipalityQuery = `query OffersOfMunicipality($ags: String!, $category: OfferCategory!) {
  municipalities(where: { ags: { eq: $ags } }) {
    offers(where: { category: { eq: $category } }) { id title status startDate capacity booked provider { name } }
  }
}`;

function offersFromMunicipalityOperation(params: OffersParams[]): Operation<OffersParams> {
  return {
    ...offersOperation(params),
    name: 'offers of a municipality (by key)',
    description:
      'The same offers, asked from the municipality: municipalities(where: {ags}) { offers(where: {category}) }',
    graphql: (sides, p) => sides.graphql(offersFromMunicipalityQuery, { ags: p.ags, category: p.category }),
    normaliseGraphql: (raw) =>
      normaliseOffers(
        (raw as { municipalities: { offers: Record<string, unknown>[] }[] }).municipalities.flatMap((m) => m.offers),
      ),
  };
}

const egoQuery = `query EgoNetwork($id: ID!) { actors(where: { id: { eq: $id } }) { egoNetwork(hops: 2) { fromId fromName toId toName kind } } }`;
const egoCypher = `MATCH (a:Actor {id: $id})
CALL apoc.path.subgraphAll(a, { relationshipFilter: 'COOPERATES_WITH', labelFilter: '+Actor', maxLevel: 2 }) YIELD relationships
UNWIND relationships AS r
RETURN startNode(r).id AS fromId, startNode(r).name AS fromName, endNode(r).id AS toId, endNode(r).name AS toName, r.kind AS kind`;

function egoOperation(params: PartnersParams[]): Operation<PartnersParams> {
  return {
    name: 'ego network, two hops (egoNetwork)',
    description: 'The cooperation links up to two hops around an actor as an edge list, via Actor.egoNetwork(hops: 2)',
    params,
    label: (p) => `${p.name} (${p.id})`,
    graphql: (sides, p) => sides.graphql(egoQuery, { id: p.id }),
    cypher: (sides, p) => sides.cypher(egoCypher, { id: p.id }),
    normaliseGraphql: (raw) =>
      sortedByJson(((raw as { actors: { egoNetwork: unknown[] }[] }).actors[0]?.egoNetwork ?? []).map(plain)),
    normaliseCypher: (raw) => sortedByJson((raw as unknown[]).map(plain)),
  };
}

function countsInOnePassOperation(categories: string[]): Operation<null> {
  const generic = countsOperation(categories);
  return {
    ...generic,
    name: 'offer counts (offerCountsByCategory)',
    description: 'Offers per category in one pass via Query.offerCountsByCategory',
    graphql: (sides) => sides.graphql('query Counts { offerCountsByCategory { category offers } }', {}),
    normaliseGraphql: (raw) => {
      const rows = (raw as { offerCountsByCategory: { category: string; offers: number }[] }).offerCountsByCategory;
      const counts = new Map(rows.map((row) => [row.category, row.offers]));
      return Object.fromEntries(categories.map((category) => [category, counts.get(category) ?? 0]));
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Parameters from the data

async function offersParams(sides: Sides): Promise<OffersParams[]> {
  const rows = await sides.cypher(
    `MATCH (m:Municipality)<-[:TAKES_PLACE_IN]-(o:Offer)
     RETURN m.ags AS ags, m.name AS name, o.category AS category, count(*) AS offers
     ORDER BY offers DESC, ags, category`,
    {},
  );
  const params = rows.map((row) => ({
    ags: row.ags as string,
    name: row.name as string,
    category: row.category as string,
  }));
  // The example of the brief first: integration courses in Nienburg/Weser.
  const first = params.findIndex((p) => p.ags === '03256022' && p.category === 'INTEGRATION_COURSE');
  if (first > 0) params.unshift(...params.splice(first, 1));
  return params;
}

async function partnersParams(sides: Sides): Promise<PartnersParams[]> {
  const rows = await sides.cypher(
    `MATCH (a:Actor) WHERE EXISTS { (a)-[:COOPERATES_WITH]-(:Actor) }
     RETURN a.id AS id, a.name AS name ORDER BY a.id`,
    {},
  );
  return rows.map((row) => ({ id: row.id as string, name: row.name as string }));
}

function offerCategories(schema: GraphQLSchema): string[] {
  const type = schema.getType('OfferCategory');
  if (!isEnumType(type)) throw new BenchError('the schema has no enum OfferCategory');
  return type.getValues().map((value) => value.name);
}

// ---------------------------------------------------------------------------------------------------------------
// Checking and timing

async function checkEqual<P>(operation: Operation<P>, sides: Sides): Promise<void> {
  for (const params of operation.params) {
    const fromGraphql = JSON.stringify(operation.normaliseGraphql(await operation.graphql(sides, params)));
    const fromCypher = JSON.stringify(operation.normaliseCypher(await operation.cypher(sides, params)));
    if (fromGraphql !== fromCypher) {
      throw new BenchError(
        `"${operation.name}" for ${operation.label(params)}: GraphQL and Cypher return different data.\n` +
          `GraphQL: ${fromGraphql.slice(0, 2000)}\nCypher:  ${fromCypher.slice(0, 2000)}`,
      );
    }
  }
}

interface Stats {
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    mean: round(sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length),
    min: round(sorted[0]!),
    max: round(sorted[sorted.length - 1]!),
  };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

interface OperationResult {
  name: string;
  description: string;
  parameterSets: number;
  graphql: Stats;
  cypher: Stats;
  ratioP50: number;
  ratioP95: number;
  targetMet: boolean;
}

async function measure<P>(operation: Operation<P>, sides: Sides): Promise<OperationResult> {
  const graphqlMs: number[] = [];
  const cypherMs: number[] = [];
  for (let i = 0; i < warmup + iterations; i++) {
    const params = operation.params[i % operation.params.length]!;
    const runGraphql = () => timed(() => operation.graphql(sides, params));
    const runCypher = () => timed(() => operation.cypher(sides, params));
    let g: number;
    let c: number;
    if (i % 2 === 0) {
      g = await runGraphql();
      c = await runCypher();
    } else {
      c = await runCypher();
      g = await runGraphql();
    }
    if (i >= warmup) {
      graphqlMs.push(g);
      cypherMs.push(c);
    }
  }
  const graphql = stats(graphqlMs);
  const cypher = stats(cypherMs);
  const ratioP50 = Math.round((graphql.p50 / cypher.p50) * 100) / 100;
  const ratioP95 = Math.round((graphql.p95 / cypher.p95) * 100) / 100;
  return {
    name: operation.name,
    description: operation.description,
    parameterSets: operation.params.length,
    graphql,
    cypher,
    ratioP50,
    ratioP95,
    targetMet: graphql.p50 <= TARGET_RATIO_P50 * cypher.p50,
  };
}

function printTable(results: OperationResult[]): void {
  const header = [
    'operation',
    'GraphQL p50',
    'GraphQL p95',
    'Cypher p50',
    'Cypher p95',
    'ratio p50',
    'ratio p95',
    `p50 <= ${TARGET_RATIO_P50}x`,
  ];
  const ms = (value: number) => value.toFixed(2);
  const rows = results.map((r) => [
    r.name,
    ms(r.graphql.p50),
    ms(r.graphql.p95),
    ms(r.cypher.p50),
    ms(r.cypher.p95),
    `${r.ratioP50.toFixed(2)}x`,
    `${r.ratioP95.toFixed(2)}x`,
    r.targetMet ? 'yes' : 'no',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-+-'));
  for (const row of rows) console.log(line(row));
  console.log('(latencies in ms)');
}

// ---------------------------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('silent');
  let local: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  let app: App | undefined;

  let stopping: Promise<void> | undefined;
  const cleanUp = () =>
    (stopping ??= (async () => {
      await app?.stop().catch((error: unknown) => console.error('stopping the app failed:', error));
      await driver?.close().catch((error: unknown) => console.error('closing the driver failed:', error));
      await local?.stop().catch((error: unknown) => console.error('stopping the local Neo4j failed:', error));
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    let connection: { uri: string; username: string; password: string };
    const database = config.neo4j.database;
    if (config.neo4j.uri) {
      connection = { uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password ?? '' };
      console.log(`Neo4j: ${connection.uri} (NEO4J_URI)`);
    } else {
      const homeDir = path.join(projectRoot, 'db', 'local-bench');
      console.log(
        `Neo4j: starting a local instance in ${path.relative(projectRoot, homeDir)} on port ${benchPort} ...`,
      );
      local = await startLocalNeo4j({ ...config.localNeo4j, port: benchPort, homeDir });
      connection = { uri: local.uri, username: local.username, password: local.password };
    }
    driver = createDriver(connection);
    await migrate(driver, database);

    const { records } = await driver.executeQuery('MATCH (o:Offer) RETURN count(o) AS offers', {}, { database });
    if (Number(records[0]?.get('offers') ?? 0) === 0) {
      const today = todayInGermany();
      console.log(`No offers in the database: loading the demo data (today ${today}) ...`);
      const counts = await loadDemoData(driver, generateDemoData({ today }), { database });
      console.log(`Loaded: ${JSON.stringify(counts)}`);
    }
    const { records: versions } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
      {},
      { database },
    );
    const neo4jVersion = versions[0] ? `${versions[0].get('version')} ${versions[0].get('edition')}` : 'unknown';

    const schema = await createSchema({ driver, database });
    // All requests come from this process: the rate limit per client would refuse most of them.
    app = await createApp({
      schema,
      driver,
      database,
      log,
      authenticate: benchAuthenticator(driver, database),
      limits: { rateLimitMax: 1_000_000_000 },
    });
    const server = app.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    const sides = makeSides(url, driver, database);

    const offers = await offersParams(sides);
    const actors = await partnersParams(sides);
    const categories = offerCategories(schema);
    // First the three questions as the API offers them for the purpose, then asked through the generic
    // generated fields (filters on relationships, nested connections, one aggregate per category).
    const operations: Operation<unknown>[] = [
      offersFromMunicipalityOperation(offers),
      egoOperation(actors),
      countsInOnePassOperation(categories),
      offersOperation(offers),
      partnersOperation(actors),
      countsOperation(categories),
    ];
    for (const operation of operations) {
      if (operation.params.length === 0)
        throw new BenchError(`"${operation.name}": the data offers no parameters to run it with`);
    }

    console.log('Checking that GraphQL and Cypher return the same data ...');
    for (const operation of operations) await checkEqual(operation, sides);
    console.log(
      `Same data for every parameter set (${operations.map((o) => `${o.name}: ${o.params.length}`).join(', ')}).`,
    );

    console.log(
      `Measuring: ${warmup} warm-up and ${iterations} measured iterations per operation, GraphQL and Cypher alternating ...\n`,
    );
    const results: OperationResult[] = [];
    for (const operation of operations) results.push(await measure(operation, sides));

    // The floor of any request through /graphql: HTTP, Express, Apollo, JSON, no database.
    const floorMs: number[] = [];
    for (let i = 0; i < warmup + iterations; i++) {
      const ms = await timed(() => sides.graphql('query Floor { __typename }', {}));
      if (i >= warmup) floorMs.push(ms);
    }
    const floor = stats(floorMs);

    printTable(results);
    console.log(
      `\nFloor of a /graphql request without the database ({ __typename }): p50 ${floor.p50.toFixed(2)} ms, p95 ${floor.p95.toFixed(2)} ms`,
    );
    const allMet = results.every((r) => r.targetMet);
    console.log(
      `\nTarget (GraphQL p50 <= ${TARGET_RATIO_P50} x Cypher p50): ${
        allMet
          ? 'met for every operation'
          : 'NOT met for ' +
            results
              .filter((r) => !r.targetMet)
              .map((r) => r.name)
              .join(', ')
      }`,
    );

    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      neo4j: { version: neo4jVersion, uri: connection.uri, database: database ?? null, local: local !== undefined },
      warmup,
      iterations,
      targetRatioP50: TARGET_RATIO_P50,
      unit: 'ms',
      operations: results,
      graphqlFloor: floor,
    };
    fs.writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Written to ${path.relative(projectRoot, resultsFile)}`);
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof BenchError ? `bench failed: ${error.message}` : error);
  process.exitCode = 1;
}
