// Latency of typical reads through /graphql against the same reads with hand-written Cypher through neo4j-driver.
// Run with `npm run bench`. Uses NEO4J_URI when set; otherwise a local Neo4j of its own in db/local-bench
// (port BENCH_NEO4J_PORT, default 7689), apart from your data (db/local) and the tests' (db/local-test). Loads the demo county when the
// database has no offers. Prints a table and writes bench/results/bench-api.json.
//
// Both sides get the same parameters in every iteration and must return the same data (checked once for every
// parameter set before timing). Iterations alternate which side goes first, so both see the same conditions.
// BENCH_WARMUP and BENCH_ITERATIONS override the number of warm-up and measured iterations per operation.
// The GraphQL side's client is node:http with one kept-alive connection (BENCH_CLIENT=fetch: Node's fetch); the raw
// side reads with driver.executeQuery (BENCH_RAW=autocommit: auto-commit transactions, as the lean resolvers do).
// The server runs with NODE_ENV=production unless NODE_ENV is set (server/production-mode.ts), as `npm start` does.
import '../server/production-mode.js'; // first: the server in this process runs as `npm start` runs it
import { benchAuthenticator } from './bench-auth.js';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
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
import {
  BenchError,
  checkEqual,
  countsInOnePassOperation,
  countsOperation,
  egoOperation,
  leanEgoOperation,
  makeSides,
  municipalityOffersOperation,
  offerCategories,
  offersFromMunicipalityOperation,
  offersOperation,
  offersParams,
  partnersOperation,
  partnersParams,
  rawTransaction,
  type Operation,
  type Sides,
} from './api-operations.js';
import { stopBenchServices } from './bench-services.js';

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

const TARGET_RATIO_P50 = 1.5;
const TARGET_CUSTOM_ABOVE_MS = 1; // a custom resolver's p50 at most this far above raw Cypher's
const benchPort = Number(process.env.BENCH_NEO4J_PORT ?? 7689); // the local Neo4j's port when NEO4J_URI is unset
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
  aboveP50: number; // GraphQL p50 minus Cypher p50, ms
  custom: boolean;
  targetMet: boolean; // ratio, and for a custom resolver also aboveP50
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
  const aboveP50 = Math.round((graphql.p50 - cypher.p50) * 1000) / 1000;
  const custom = operation.custom ?? false;
  return {
    name: operation.name,
    description: operation.description,
    parameterSets: operation.params.length,
    graphql,
    cypher,
    ratioP50,
    ratioP95,
    aboveP50,
    custom,
    targetMet: graphql.p50 <= TARGET_RATIO_P50 * cypher.p50 && (!custom || aboveP50 <= TARGET_CUSTOM_ABOVE_MS),
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
    'p50 above',
    `p50 <= ${TARGET_RATIO_P50}x (custom: +${TARGET_CUSTOM_ABOVE_MS} ms)`,
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
    `${r.aboveP50 >= 0 ? '+' : ''}${r.aboveP50.toFixed(2)}`,
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
      await stopBenchServices({ app, driver, local });
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
    // First the three questions through the resolvers of hand-written Cypher (the primary rows), then asked
    // through the generated fields: from the municipality by key and Actor.egoNetwork's @cypher (the primary rows
    // before issue 17), filters on relationships, nested connections, one aggregate per category.
    const operations: Operation<unknown>[] = [
      municipalityOffersOperation(offers),
      leanEgoOperation(actors),
      countsInOnePassOperation(categories),
      offersFromMunicipalityOperation(offers),
      egoOperation(actors),
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
      `Measuring: ${warmup} warm-up and ${iterations} measured iterations per operation, GraphQL and Cypher alternating; raw Cypher through ${rawTransaction()}; NODE_ENV=${process.env.NODE_ENV}; load average ${loadAverage()} ...\n`,
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
    console.log(`Load average at the end: ${loadAverage()}`);
    console.log(
      `\nFloor of a /graphql request without the database ({ __typename }): p50 ${floor.p50.toFixed(2)} ms, p95 ${floor.p95.toFixed(2)} ms`,
    );
    const allMet = results.every((r) => r.targetMet);
    console.log(
      `\nTarget (GraphQL p50 <= ${TARGET_RATIO_P50} x Cypher p50; custom resolvers also <= ${TARGET_CUSTOM_ABOVE_MS} ms above): ${
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
      rawTransaction: rawTransaction(),
      nodeEnv: process.env.NODE_ENV ?? null,
      targetRatioP50: TARGET_RATIO_P50,
      targetCustomAboveMs: TARGET_CUSTOM_ABOVE_MS,
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
