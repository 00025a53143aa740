// npm run bench:attacks [-- --seconds=10 --attackers=8 --samples=200]
// The query-abuse attacks of issue 13 against a local server: the fragment bomb (a 1 KB anonymous query of 24
// nested fragment levels, 2^25 fields expanded) and the alias flood (300 aliases of courseCalendar), after a
// control (`{ __typename }`, the cheapest request, sent the same way). For each: the time of one request at a time
// (p50/p99 over --samples), then several attackers in a loop for --seconds while /healthz is polled. Then, for comparison, a flood the limits let through (20 calendars of a district in
// one request, which runs with at most GRAPHQL_MAX_SESSIONS_PER_REQUEST sessions), sent by one client for
// --seconds while /healthz is polled. Prints /healthz p99 during each attack against /healthz p99 without attack,
// measured in the same run. The server runs as its own process (server/main.ts) against a Neo4j of this bench
// alone: NEO4J_URI when set, else a local one in db/local-attacks on port 7713, with the demo county loaded when it
// is empty. The rate limit is lifted for the run (every request comes from one address).
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../server/config.js';
import { createDriver } from '../server/database/create-driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/database/local-neo4j.js';
import { migrate } from '../server/database/migrate.js';
import { generateDemoData } from '../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../server/demo-data/load-demo-data.js';
import { todayInGermany } from '../shared/calendar.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

const neo4jPort = 7713;
const httpPort = 4713;
const healthIntervalMs = 20; // one /healthz poll every 20 ms, as a monitor or load balancer would, only faster

function readOptions(): { seconds: number; attackers: number; samples: number } {
  const { values } = parseArgs({
    options: { seconds: { type: 'string' }, attackers: { type: 'string' }, samples: { type: 'string' } },
    strict: true,
  });
  const seconds = Number(values.seconds ?? 10);
  const attackers = Number(values.attackers ?? 8);
  const samples = Number(values.samples ?? 200);
  if (!Number.isInteger(samples) || samples < 1)
    throw new Error(`--samples must be a whole number, got "${values.samples}"`);
  if (!Number.isInteger(seconds) || seconds < 1)
    throw new Error(`--seconds must be whole seconds, got "${values.seconds}"`);
  if (!Number.isInteger(attackers) || attackers < 1)
    throw new Error(`--attackers must be a whole number, got "${values.attackers}"`);
  return { seconds, attackers, samples };
}

function fragmentBomb(levels: number): string {
  const fragments = ['fragment F0 on Actor { id name }'];
  for (let i = 1; i <= levels; i += 1) fragments.push(`fragment F${i} on Actor { ...F${i - 1} ...F${i - 1} }`);
  return `query { actors(limit: 1) { ...F${levels} } }\n${fragments.join('\n')}`;
}

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The p-th percentile of the results' times, printed. */
const at = (results: { ms: number }[], p: number) =>
  ms(
    percentile(
      results.map((result) => result.ms),
      p,
    ),
  );

interface Timed {
  ms: number;
  status: number;
  code?: string; // the first GraphQL error's code
}

async function timedPost(url: string, query: string): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { ms: performance.now() - started, status: response.status, code: body.errors?.[0]?.extensions?.code };
}

/** Polls /healthz every healthIntervalMs until stopped; the latencies and statuses. */
function pollHealth(url: string): { stop(): Promise<Timed[]> } {
  const results: Timed[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${url}/healthz`);
        await response.arrayBuffer();
        results.push({ ms: performance.now() - started, status: response.status });
      } catch {
        results.push({ ms: performance.now() - started, status: 0 });
      }
      const wait = healthIntervalMs - (performance.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return results;
    },
  };
}

/** attackers loops sending the query for the given seconds, while /healthz is polled. */
async function attack(
  url: string,
  query: string,
  seconds: number,
  attackers: number,
): Promise<{ requests: Timed[]; health: Timed[] }> {
  const health = pollHealth(url);
  const requests: Timed[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: attackers }, async () => {
      while (performance.now() < until) requests.push(await timedPost(url, query));
    }),
  );
  return { requests, health: await health.stop() };
}

async function main(): Promise<void> {
  const { seconds, attackers, samples } = readOptions();
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let server: ServerProcess | undefined;
  const connection = config.neo4j.uri
    ? { uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password ?? '' }
    : await (async () => {
        const homeDir = path.join(projectRoot, 'db', 'local-attacks');
        console.log(
          `Neo4j: starting a local instance in ${path.relative(projectRoot, homeDir)} on port ${neo4jPort} ...`,
        );
        local = await startLocalNeo4j({
          ...config.localNeo4j,
          port: neo4jPort,
          homeDir,
          heap: '512m',
          pageCache: '128m',
        });
        return { uri: local.uri, username: local.username, password: local.password };
      })();
  const database = config.neo4j.database;
  const driver = createDriver(connection);
  try {
    await migrate(driver, database);
    const { records } = await driver.executeQuery('MATCH (o:Offer) RETURN count(o) AS offers', {}, { database });
    if (Number(records[0]?.get('offers') ?? 0) === 0) {
      console.log('Loading the demo county ...');
      await loadDemoData(driver, generateDemoData({ today: todayInGermany() }), { database });
    }
    const { records: districts } = await driver.executeQuery(
      'MATCH (d:District) RETURN d.ags AS ags ORDER BY ags LIMIT 1',
      {},
      { database },
    );
    const districtAgs = districts[0]!.get('ags') as string;

    server = await startServerProcess({
      connection,
      port: httpPort,
      readyPath: '/healthz',
      env: {
        LOG_LEVEL: 'error', // a warning per refused request would measure the logger
        JWT_SECRET: randomBytes(32).toString('base64url'),
      },
    });
    const url = server.url;

    const bomb = fragmentBomb(24);
    const flood = aliases(300, `courseCalendar(districtAgs: "${districtAgs}") { id title startDate }`);
    const allowed = aliases(20, `courseCalendar(districtAgs: "${districtAgs}") { id title startDate }`);
    // Warm-up (not measured): the first runs are planned by Neo4j and compiled by V8.
    for (let i = 0; i < 5; i += 1) {
      await timedPost(url, bomb);
      await timedPost(url, flood);
      await timedPost(url, allowed);
    }

    const loadBefore = os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ');
    const quiet = pollHealth(url);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const baseline = await quiet.stop();
    const baselineP99 = percentile(
      baseline.map((result) => result.ms),
      99,
    );

    let failed = false;
    const healthOf = (results: Timed[]) => {
      const p99 = percentile(
        results.map((result) => result.ms),
        99,
      );
      const failures = results.filter((result) => result.status !== 200).length;
      if (failures > 0) failed = true;
      return `/healthz ${results.length} polls, p99 ${ms(p99)} = ${(p99 / baselineP99).toFixed(2)}x without attack${failures ? `, ${failures} not 200` : ''}`;
    };
    const lines = [
      `load average before ${loadBefore}; ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), shared with other work; Node ${process.version}; /healthz every ${healthIntervalMs} ms`,
      `/healthz without attack: p50 ${at(baseline, 50)}, ${healthOf(baseline).replace(/ = .*x without attack/, '')}`,
    ];
    // The control: the cheapest request there is, sent the same way, shows what any flood of requests does to the
    // server's two cores; an attack refused as cheaply should not do more.
    for (const [name, query, expected] of [
      ['control: { __typename }', '{ __typename }', undefined],
      ['fragment bomb (2^25 fields, 1 KB)', bomb, 'QUERY_TOO_COMPLEX'],
      ['alias flood (300 x courseCalendar)', flood, 'QUERY_TOO_COMPLEX'],
    ] as const) {
      const single: Timed[] = [];
      for (let i = 0; i < samples; i += 1) single.push(await timedPost(url, query));
      const { requests, health } = await attack(url, query, seconds, attackers);
      const unexpected = [...single, ...requests].filter((result) => result.code !== expected).length;
      if (unexpected > 0) failed = true;
      lines.push(
        `${name}: ${expected ? `refused (${expected})` : 'answered'} one at a time in p50 ${at(single, 50)}, p99 ${at(single, 99)} (${samples} requests)` +
          `${unexpected ? `; ${unexpected} not ${expected ?? 'answered'}` : ''}; ${attackers} attackers for ${seconds} s: ${(requests.length / seconds).toFixed(0)} requests/s, p99 ${at(requests, 99)}; ${healthOf(health)}`,
      );
    }
    {
      const { requests, health } = await attack(url, allowed, seconds, 1);
      const unexpected = requests.filter((result) => result.status !== 200 || result.code !== undefined).length;
      if (unexpected > 0) failed = true;
      lines.push(
        `allowed flood (20 x courseCalendar in one request, runs): ${requests.length} requests one after another for ${seconds} s, p50 ${at(requests, 50)}${unexpected ? `, ${unexpected} failed` : ''}; ${healthOf(health)}`,
      );
    }
    console.log(lines.join('\n'));
    if (failed) process.exitCode = 1;
  } finally {
    await server?.stop();
    await driver.close();
    await local?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:attacks failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
