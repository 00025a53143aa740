// Where the milliseconds of a lean read go (issue 17 item 1): each primary operation of `npm run bench` taken apart
// into layers, each timed side by side in the same iterations (the order rotates), so that the difference between two
// neighbouring layers is what the outer one adds:
//
//   raw        the bench's own hand-written Cypher (bench/api-operations.ts), driver.executeQuery
//   statement  the statement, parameters and options the lean resolver sends (recorded from a real request), replayed
//              with driver.executeQuery: the difference to raw is the statement's own cost in Neo4j
//   gated      the same through a request's gated driver (server/http/gate-sessions.ts), created per call as per request
//   execute    graphql-js execute() on the served schema with a context as create-app.ts builds it: resolvers, the
//              access guard, the selection, completion of every field, no HTTP
//   http       the whole request over loopback HTTP, as `npm run bench` times it (Express, auth, Apollo, JSON, the
//              bench's node:http client)
//   http fetch the same with Node's fetch as the client (compared with http)
//   floor      `{ __typename }` over HTTP with the node:http client: the part of http that any request pays
//
// Besides wall time per layer it reports the CPU of this process (client, server and driver together) and of Neo4j
// (from /proc, when the local instance's pid file is there) per call, which a shared machine disturbs less.
// It also prints what the lean resolvers send to Neo4j (statement, parameter types, options), once per operation.
//
// Run with `npx tsx bench/layer-lean-reads.ts` (NEO4J_URI, or a local Neo4j in db/local-bench on BENCH_NEO4J_PORT as
// `npm run bench`); BENCH_WARMUP (default 200) and BENCH_ITERATIONS (default 400) per operation.
import '../server/production-mode.js'; // first: the server in this process runs as `npm start` runs it
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { execute, parse, type DocumentNode } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, defaultLimits, projectRoot } from '../server/config.js';
import { createDriver } from '../server/database/create-driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/database/local-neo4j.js';
import { migrate } from '../server/database/migrate.js';
import { generateDemoData } from '../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../server/demo-data/load-demo-data.js';
import { claimsOf } from '../server/auth/authenticate-request.js';
import type { Viewer } from '../server/auth/viewer.js';
import { createApp, type App } from '../server/http/create-app.js';
import { createRequestSessions } from '../server/http/gate-sessions.js';
import { runRead } from '../server/lean-reads/run-read.js';
import { createLogger } from '../server/logger.js';
import { createSchema } from '../server/schema/create-schema.js';
import { todayInGermany } from '../shared/calendar.js';
import {
  countsInOnePassOperation,
  leanEgoOperation,
  makeSides,
  municipalityOffersOperation,
  offerCategories,
  offersParams,
  partnersParams,
  type Operation,
  type Sides,
} from './api-operations.js';
import { benchAuthenticator } from './bench-auth.js';
import { localNeo4jPid, processCpuMs } from './process-cpu.js';
import { stopBenchServices } from './bench-services.js';

const benchPort = Number(process.env.BENCH_NEO4J_PORT ?? 7689);
const warmup = Number(process.env.BENCH_WARMUP ?? 200);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 400);

/** One read as a lean resolver sends it: through executeQuery, or session.run with the session's options. */
interface SentRead {
  via: 'executeQuery' | 'session.run';
  statement: string;
  params: Record<string, unknown>;
  options: unknown; // executeQuery's options, or the session's configuration
}

/** The driver the app and schema get: records the reads sent through it while record() runs. */
function recordingDriver(driver: Driver): {
  driver: Driver;
  record(run: () => Promise<unknown>): Promise<SentRead[]>;
} {
  let recorded: SentRead[] | undefined;
  const proxy = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'executeQuery')
        return (...args: Parameters<Driver['executeQuery']>) => {
          recorded?.push({
            via: 'executeQuery',
            statement: typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0]),
            params: (args[1] ?? {}) as Record<string, unknown>,
            options: args[2],
          });
          return target.executeQuery(...args);
        };
      if (property === 'session')
        return (config?: Parameters<Driver['session']>[0]) => {
          const session = target.session(config);
          return new Proxy(session, {
            get(sessionTarget, sessionProperty, sessionReceiver) {
              if (sessionProperty === 'run')
                return (statement: string, params?: Record<string, unknown>) => {
                  recorded?.push({ via: 'session.run', statement, params: params ?? {}, options: config });
                  return sessionTarget.run(statement, params);
                };
              const value: unknown = Reflect.get(sessionTarget, sessionProperty, sessionReceiver);
              return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(sessionTarget) : value;
            },
          });
        };
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    driver: proxy,
    async record(run) {
      recorded = [];
      try {
        await run();
        return recorded;
      } finally {
        recorded = undefined;
      }
    },
  };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `list(${value.length})`;
  if (typeof value === 'object') return value.constructor.name;
  return typeof value;
}

interface Layer {
  name: string;
  run(index: number): Promise<unknown>;
}

interface Samples {
  wall: number[];
  cpu: number; // this process, ms summed
  neo4j: number; // Neo4j's process, ms summed
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length / 2) - 1)]!;
}

async function measureLayers(layers: Layer[], count: number, neo4jPid: number | undefined): Promise<Samples[]> {
  const samples: Samples[] = layers.map(() => ({ wall: [], cpu: 0, neo4j: 0 }));
  let seed = 17;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  for (let i = 0; i < warmup + count; i++) {
    // A new order each iteration: no layer always follows the same one (an HTTP request leaves work behind).
    const order = layers.map((_, k) => k);
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const which of order) {
      const cpuBefore = process.cpuUsage();
      const neoBefore = neo4jPid ? (processCpuMs(neo4jPid) ?? 0) : 0;
      const start = performance.now();
      await layers[which]!.run(i);
      const wall = performance.now() - start;
      const cpu = process.cpuUsage(cpuBefore);
      const neo = neo4jPid ? (processCpuMs(neo4jPid) ?? 0) - neoBefore : 0;
      if (i >= warmup) {
        samples[which]!.wall.push(wall);
        samples[which]!.cpu += (cpu.user + cpu.system) / 1000;
        samples[which]!.neo4j += neo;
      }
    }
  }
  return samples;
}

async function main(): Promise<void> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let plain: Driver | undefined;
  let app: App | undefined;
  try {
    const homeDir = path.join(projectRoot, 'db', 'local-bench');
    const connection = config.neo4j.uri
      ? { uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password ?? '' }
      : await (async () => {
          local = await startLocalNeo4j({ ...config.localNeo4j, port: benchPort, homeDir });
          return { uri: local.uri, username: local.username, password: local.password };
        })();
    const database = config.neo4j.database;
    // BENCH_BOLT_LOG=1: a driver with debug logging, to print the Bolt messages of one call of each layer.
    const boltLines: string[] = [];
    let boltCapture = false;
    plain = process.env.BENCH_BOLT_LOG
      ? neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
          disableLosslessIntegers: true,
          logging: {
            level: 'debug',
            logger: (_level, message) => {
              if (boltCapture && /\b[CS]: /.test(message))
                boltLines.push(message.replace(/^.*?\b([CS]: )/, '$1').slice(0, 240));
            },
          },
        })
      : createDriver(connection);
    await migrate(plain, database);
    const { records } = await plain.executeQuery('MATCH (o:Offer) RETURN count(o) AS offers', {}, { database });
    if (Number(records[0]?.get('offers') ?? 0) === 0)
      await loadDemoData(plain, generateDemoData({ today: todayInGermany() }), { database });

    const recording = recordingDriver(plain);
    const driver = recording.driver;
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
    const sides: Sides = makeSides(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, plain, database);
    // The same requests with Node's fetch as the client (what `npm run bench` used before issue 17's last round).
    const fetchSides = makeSides(
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      plain,
      database,
      'fetch',
    );
    const offers = await offersParams(sides);
    const actors = await partnersParams(sides);
    const operations: Operation<unknown>[] = [
      municipalityOffersOperation(offers),
      leanEgoOperation(actors),
      countsInOnePassOperation(offerCategories(schema)),
    ];
    // The bench's coordinator, as its token makes it.
    const viewer: Viewer = { role: 'coordinator', id: 'bench', name: 'bench', via: 'jwt' };
    const contextOf = () => {
      const sessions = createRequestSessions(driver, defaultLimits.maxSessionsPerRequest);
      return { sessions, executionContext: sessions.driver, viewer, jwt: claimsOf(viewer) };
    };
    const neo4jPid = config.neo4j.uri ? localNeo4jPid(homeDir) : localNeo4jPid(homeDir);
    const load = () =>
      os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(' / ');
    console.log(
      `${warmup} warm-up and ${iterations} measured iterations per operation, the layers in rotating order; load average ${load()}; Neo4j CPU ${neo4jPid ? `from pid ${neo4jPid}` : 'not readable'}; NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}\n`,
    );

    const table: string[] = [];
    for (const operation of operations) {
      // The query text the bench sends, taken from the operation's own GraphQL side.
      let queryText = '';
      const capture: Sides = {
        graphql: (query, variables) => {
          queryText = query;
          return sides.graphql(query, variables);
        },
        cypher: (statement, params) => sides.cypher(statement, params),
      };
      const sent: SentRead[] = [];
      for (const params of operation.params) {
        const calls = await recording.record(() => operation.graphql(capture, params));
        if (calls.length !== 1)
          throw new Error(`${operation.name}: expected one read per request, saw ${calls.length}`);
        sent.push(calls[0]!);
      }
      const first = sent[0]!;
      console.log(`${operation.name}: the resolver sends, through ${first.via},`);
      console.log(`  ${first.statement.replace(/\n\s*/g, '\n  ')}`);
      console.log(
        `  parameters: ${Object.entries(first.params)
          .map(([key, value]) => `${key}: ${describeValue(value)}`)
          .join(', ')}; options: ${JSON.stringify(first.options, (key, value: unknown) =>
          key === 'bookmarkManager' && value ? "the driver's executeQuery bookmarks" : value,
        )}`,
      );
      console.log(
        `  distinct statement texts over ${sent.length} parameter sets: ${new Set(sent.map((read) => read.statement)).size}\n`,
      );

      const document: DocumentNode = parse(queryText);
      const variablesOf = (index: number): Record<string, unknown> => {
        // The variables of the GraphQL side, recorded through a fake client.
        let variables: Record<string, unknown> = {};
        void operation.graphql(
          {
            graphql: (_query, vars) => {
              variables = vars;
              return Promise.resolve({});
            },
            cypher: () => Promise.resolve([]),
          },
          operation.params[index % operation.params.length],
        );
        return variables;
      };
      const variables = operation.params.map((_, index) => variablesOf(index));
      const at = <T>(list: T[], index: number): T => list[index % list.length]!;
      /** A read as an auto-commit transaction, as server/lean-reads/run-read.ts sends it. */
      const autocommit = async (statement: string, params: Record<string, unknown>) => {
        const session = plain!.session({
          database,
          defaultAccessMode: neo4j.session.READ,
          bookmarkManager: plain!.executeQueryBookmarkManager,
        });
        try {
          return (await session.run(statement, params)).records;
        } finally {
          await session.close();
        }
      };
      const layers: Layer[] = [
        { name: 'raw', run: (i) => operation.cypher(sides, at(operation.params, i)) },
        {
          name: 'raw auto',
          run: (i) => operation.cypher(autocommitSides, at(operation.params, i)),
        },
        {
          name: 'statement',
          run: (i) => autocommit(at(sent, i).statement, at(sent, i).params),
        },
        {
          name: 'gated',
          run: (i) =>
            runRead(
              plain!,
              database,
              createRequestSessions(plain!, defaultLimits.maxSessionsPerRequest).gate,
              at(sent, i).statement,
              at(sent, i).params,
            ),
        },
        {
          name: 'execute',
          run: async (i) => {
            const result = await execute({
              schema,
              document,
              variableValues: at(variables, i),
              contextValue: contextOf(),
            });
            if (result.errors) throw new Error(JSON.stringify(result.errors));
          },
        },
        { name: 'http', run: (i) => operation.graphql(sides, at(operation.params, i)) },
        { name: 'http fetch', run: (i) => operation.graphql(fetchSides, at(operation.params, i)) },
        { name: 'floor', run: () => sides.graphql('query Floor { __typename }', {}) },
      ];
      // The bench's raw Cypher as an auto-commit transaction too: the same transaction kind as the lean reads.
      const autocommitSides: Sides = {
        graphql: (query, vars) => sides.graphql(query, vars),
        cypher: async (statement, params) => (await autocommit(statement, params)).map((record) => record.toObject()),
      };
      if (process.env.BENCH_BOLT_LOG) {
        for (const layer of layers) {
          await layer.run(1);
          boltLines.length = 0;
          boltCapture = true;
          await layer.run(1);
          boltCapture = false;
          console.log(`Bolt messages of one "${layer.name}" call (${boltLines.length}):\n  ${boltLines.join('\n  ')}`);
        }
        continue;
      }
      const samples = await measureLayers(layers, iterations, neo4jPid);
      const p50 = samples.map((s) => median(s.wall));
      const of = (name: string) => p50[layers.findIndex((layer) => layer.name === name)]!;
      // Each layer against the one it adds to: raw auto, statement against raw; http fetch and floor against http.
      const base: Record<string, string> = {
        'raw auto': 'raw',
        statement: 'raw auto',
        gated: 'statement',
        execute: 'gated',
        http: 'execute',
        'http fetch': 'http',
        floor: 'http',
      };
      table.push(`\n${operation.name} (load average ${load()})`);
      table.push('layer      | wall p50 | against   | +/- ms | CPU here/call | Neo4j CPU/call');
      layers.forEach((layer, k) => {
        const against = base[layer.name];
        const added = against ? (p50[k]! - of(against)).toFixed(2) : '';
        table.push(
          `${layer.name.padEnd(10)} | ${p50[k]!.toFixed(2).padStart(8)} | ${(against ?? '').padEnd(9)} | ${added.padStart(6)} | ${(samples[k]!.cpu / iterations).toFixed(2).padStart(13)} | ${(samples[k]!.neo4j / iterations).toFixed(2).padStart(14)}`,
        );
      });
      const ratio = (a: string, b: string) =>
        `${a} - ${b}: ${(of(a) - of(b)).toFixed(2)} ms (${(of(a) / of(b)).toFixed(2)}x)`;
      table.push(
        `${ratio('http', 'raw')}; ${ratio('http', 'raw auto')}; http - floor - execute: ${(of('http') - of('floor') - of('execute')).toFixed(2)} ms; ${ratio('http fetch', 'raw')}`,
      );
      console.log(table.slice(-(layers.length + 3)).join('\n'));
    }
    console.log('\nSummary (ms):');
    console.log(table.join('\n'));
    fs.mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(projectRoot, 'bench', 'results', 'layer-lean-reads.txt'), `${table.join('\n')}\n`);
  } finally {
    await stopBenchServices({ app, driver: plain, local });
  }
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
