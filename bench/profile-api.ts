// Where the time of a /graphql request goes (issue 17): the app in this process (as in `npm run bench`) on a local
// Neo4j, then for each operation of bench-api.ts a warm-up and N requests under V8's CPU profiler (the profiler of
// `node --cpu-prof`, started through the inspector around the measured requests only, so that the Neo4j start, the
// demo load and the JIT's warm-up stay out). Each operation's profile is written to bench/results/profile-<op>.cpuprofile
// (open it in Chrome's DevTools) and summarised by bench/summarise-profile.ts: self time per request, by package.
// The client (fetch, undici) runs in the same process: its share is listed on its own line.
//
// Run with `npm run bench:profile`. Uses NEO4J_URI when set; otherwise a local Neo4j in db/local-bench on
// BENCH_NEO4J_PORT (default 7689), as `npm run bench` does. BENCH_PROFILE_REQUESTS: measured requests per operation
// (default 1000); BENCH_WARMUP: warm-up requests per operation (default 300); BENCH_PROFILE_OPS: a comma-separated
// list of operation names' beginnings to profile only those.
import '../server/production-mode.js'; // first: the server in this process runs as `npm start` runs it
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
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
  countsInOnePassOperation,
  egoOperation,
  leanEgoOperation,
  municipalityOffersOperation,
  makeSides,
  offerCategories,
  offersFromMunicipalityOperation,
  offersParams,
  partnersParams,
  type Operation,
  type Sides,
} from './api-operations.js';
import { benchAuthenticator } from './bench-auth.js';
import { formatSummary, summariseProfile, type CpuProfile } from './summarise-profile.js';
import { stopBenchServices } from './bench-services.js';

const benchPort = Number(process.env.BENCH_NEO4J_PORT ?? 7689);
const requests = Number(process.env.BENCH_PROFILE_REQUESTS ?? 1000);
const warmup = Number(process.env.BENCH_WARMUP ?? 300);
const only = (process.env.BENCH_PROFILE_OPS ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const resultsDir = path.join(projectRoot, 'bench', 'results');

/** The operation's requests one after another; the wall time of all of them. */
async function send<P>(operation: Operation<P>, sides: Sides, count: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) await operation.graphql(sides, operation.params[i % operation.params.length]!);
  return performance.now() - start;
}

async function main(): Promise<void> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  let app: App | undefined;
  try {
    const connection = config.neo4j.uri
      ? { uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password ?? '' }
      : await (async () => {
          console.log(`Neo4j: starting a local instance in db/local-bench on port ${benchPort} ...`);
          local = await startLocalNeo4j({
            ...config.localNeo4j,
            port: benchPort,
            homeDir: path.join(projectRoot, 'db', 'local-bench'),
          });
          return { uri: local.uri, username: local.username, password: local.password };
        })();
    const database = config.neo4j.database;
    driver = createDriver(connection);
    await migrate(driver, database);
    const { records } = await driver.executeQuery('MATCH (o:Offer) RETURN count(o) AS offers', {}, { database });
    if (Number(records[0]?.get('offers') ?? 0) === 0)
      await loadDemoData(driver, generateDemoData({ today: todayInGermany() }), { database });

    const schema = await createSchema({ driver, database });
    app = await createApp({
      schema,
      driver,
      database,
      log: createLogger('silent'),
      authenticate: benchAuthenticator(driver, database),
      limits: { rateLimitMax: 1_000_000_000 },
    });
    const server = app.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const sides = makeSides(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, driver, database);
    const floor: Operation<null> = {
      ...countsInOnePassOperation(offerCategories(schema)),
      name: 'floor ({ __typename })',
      graphql: (s) => s.graphql('query Floor { __typename }', {}),
    };
    const offers = await offersParams(sides);
    const actors = await partnersParams(sides);
    // The primary rows of `npm run bench` (hand-written Cypher resolvers), then the generic ones they replaced.
    const operations: Operation<unknown>[] = [
      municipalityOffersOperation(offers),
      leanEgoOperation(actors),
      countsInOnePassOperation(offerCategories(schema)),
      offersFromMunicipalityOperation(offers),
      egoOperation(actors),
      floor,
    ].filter((operation) => only.length === 0 || only.some((name) => operation.name.startsWith(name)));

    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 }); // µs, as --cpu-prof-interval
    fs.mkdirSync(resultsDir, { recursive: true });
    const loadBefore = (await import('node:os')).loadavg().map((value) => value.toFixed(1));
    console.log(
      `${warmup} warm-up and ${requests} profiled requests per operation, one at a time; load average ${loadBefore.join(' ')}\n`,
    );
    for (const operation of operations) {
      await send(operation, sides, warmup);
      await session.post('Profiler.start');
      const wallMs = await send(operation, sides, requests);
      const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
      const file = path.join(
        resultsDir,
        `profile-${operation.name
          .split(/[^a-z]+/i)
          .filter(Boolean)
          .join('-')}.cpuprofile`,
      );
      fs.writeFileSync(file, JSON.stringify(profile));
      console.log(
        `${operation.name}: ${(wallMs / requests).toFixed(2)} ms wall per request (${path.relative(projectRoot, file)})`,
      );
      console.log(formatSummary(summariseProfile(profile), requests));
      console.log('');
    }
    session.disconnect();
  } finally {
    await stopBenchServices({ app, driver, local });
  }
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
