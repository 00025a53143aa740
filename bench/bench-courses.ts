// Waiting times and course suggestions through /graphql: for the demo county (db/local-bench, port 7689, the
// demo data loaded when missing) and for the synthetic Germany (db/local-germany, port 7690, loaded by
// `npm run data:germany` or `npm run bench:gaps` first). Run with `npm run bench:courses`.
// Baseline in the same run: a trivial query through the same server ({ __typename }).
// BENCH_COUNTY_PORT / BENCH_GERMANY_PORT move the two local Neo4j instances off 7689 / 7690 (e.g. on a shared
// machine where another checkout's instance holds the port).
import { benchAuthenticator, benchHeaders } from './bench-auth.js';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, projectRoot, transactionMemoryOf } from '../server/config.js';
import { createDriver } from '../server/database/create-driver.js';
import { startLocalNeo4j } from '../server/database/local-neo4j.js';
import { migrate } from '../server/database/migrate.js';
import { generateDemoData } from '../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../server/demo-data/load-demo-data.js';
import { createApp } from '../server/http/create-app.js';
import { createLogger } from '../server/logger.js';
import { todayInGermany } from '../shared/calendar.js';
import { createSchema } from '../server/schema/create-schema.js';

const countyRuns = Number(process.env.BENCH_COUNTY_RUNS ?? 30);
const germanyRuns = Number(process.env.BENCH_GERMANY_RUNS ?? 2);
const resultsFile = path.join(projectRoot, 'bench', 'results', 'bench-courses.json');
const targets = { countyMs: 200, germanyMs: 15_000 };
const countyPort = Number(process.env.BENCH_COUNTY_PORT ?? 7689);
const germanyPort = Number(process.env.BENCH_GERMANY_PORT ?? 7690);

const operations = {
  waiting: `query Waiting($d: String) { waitingTimes(districtAgs: $d) {
    area { waiting placed medianWeeks p90Weeks noSuitableStart overTarget } municipalities { ags waiting placed medianWeeks overTarget }
    needs { needId placements { courseId persons weeks } unplaced } } }`,
  suggestions: `query Suggestions($d: String) { courseSuggestions(districtAgs: $d) { rank code persons municipalityName textDe offerIds actorIds } }`,
};

const clockTicks = 100; // USER_HZ of /proc/<pid>/stat on Linux

/** CPU time (ms) the local Neo4j has used so far, from /proc; undefined elsewhere (then only wall time is shown). */
function neo4jCpuMs(homeDir: string): number | undefined {
  try {
    const pid = fs
      .readFileSync(path.join(projectRoot, 'db', homeDir, 'run', 'local-neo4j.pid'), 'utf8')
      .trim()
      .split(/\s+/)[0];
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks; // utime + stime
  } catch {
    return undefined;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

async function measureOn(
  label: string,
  homeDir: string,
  port: number,
  districtAgs: string | null,
  runs: number,
  loadDemo: boolean,
) {
  const config = loadConfig();
  const local = await startLocalNeo4j({
    ...config.localNeo4j,
    port,
    homeDir: path.join(projectRoot, 'db', homeDir),
    ...(homeDir === 'local-germany' ? { heap: '4g', pageCache: '4g', ...transactionMemoryOf('4g') } : {}),
  });
  const driver = createDriver(local);
  const app = await createApp({
    schema: await createSchema({ driver }),
    driver,
    log: createLogger('silent'),
    authenticate: benchAuthenticator(driver),
    limits: { rateLimitMax: 1_000_000_000 },
    // The computation is measured, not the analysis cache (issue 17): repeated requests would be answered from memory.
    cache: { maxEntries: 0 },
  });
  const headers = await benchHeaders();
  try {
    await migrate(driver);
    const offers = Number((await driver.executeQuery('MATCH (o:Offer) RETURN count(o) AS c')).records[0]!.get('c'));
    if (offers === 0) {
      if (!loadDemo) throw new Error(`${label}: no data in db/${homeDir}; run npm run data:germany first`);
      await loadDemoData(driver, generateDemoData({ today: todayInGermany() }));
    }
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
    // Wall time, and the CPU time of the server (this process) and of Neo4j: on a shared machine wall time grows
    // with everyone else's load, CPU time much less.
    const call = async (query: string) => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const db = neo4jCpuMs(homeDir);
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: { d: districtAgs } }),
      });
      const body = (await response.json()) as { errors?: unknown[]; data?: Record<string, unknown> };
      if (body.errors) throw new Error(`${label}: ${JSON.stringify(body.errors).slice(0, 400)}`);
      const used = process.cpuUsage(cpu);
      const dbAfter = neo4jCpuMs(homeDir);
      return {
        ms: performance.now() - started,
        serverCpuMs: (used.user + used.system) / 1000,
        dbCpuMs: db === undefined || dbAfter === undefined ? NaN : dbAfter - db,
        data: body.data!,
      };
    };
    await call(operations.waiting);
    await call(operations.suggestions);
    const times = { waiting: [] as number[], suggestions: [] as number[], floor: [] as number[] };
    const cpu = {
      waitingServer: [] as number[],
      waitingDb: [] as number[],
      suggestionsServer: [] as number[],
      suggestionsDb: [] as number[],
    };
    let suggestions = 0;
    let waiting = 0;
    for (let i = 0; i < runs; i += 1) {
      const w = await call(operations.waiting);
      times.waiting.push(w.ms);
      cpu.waitingServer.push(w.serverCpuMs);
      cpu.waitingDb.push(w.dbCpuMs);
      waiting = (w.data.waitingTimes as { area: { waiting: number } }).area.waiting;
      const s = await call(operations.suggestions);
      times.suggestions.push(s.ms);
      cpu.suggestionsServer.push(s.serverCpuMs);
      cpu.suggestionsDb.push(s.dbCpuMs);
      suggestions = (s.data.courseSuggestions as unknown[]).length;
      times.floor.push((await call('query Floor { __typename }')).ms);
    }
    const result = {
      label,
      runs,
      personsWaiting: waiting,
      suggestions,
      waitingMs: round(median(times.waiting)),
      suggestionsMs: round(median(times.suggestions)),
      totalMs: round(median(times.waiting) + median(times.suggestions)),
      floorMs: round(median(times.floor)),
      cpuMs: {
        waitingServer: round(median(cpu.waitingServer)),
        waitingNeo4j: round(median(cpu.waitingDb)),
        suggestionsServer: round(median(cpu.suggestionsServer)),
        suggestionsNeo4j: round(median(cpu.suggestionsDb)),
      },
      loadAverage: round(os.loadavg()[0]!),
    };
    console.log(
      `${label}: waiting times ${result.waitingMs} ms, suggestions ${result.suggestionsMs} ms (${suggestions} suggestions, ${waiting} persons waiting); floor ${result.floorMs} ms`,
    );
    console.log(
      `  CPU: waiting times ${result.cpuMs.waitingServer} ms server + ${result.cpuMs.waitingNeo4j} ms Neo4j, suggestions ${result.cpuMs.suggestionsServer} ms server + ${result.cpuMs.suggestionsNeo4j} ms Neo4j; machine load average ${result.loadAverage}`,
    );
    return result;
  } finally {
    await app.stop();
    await driver.close();
    await local.stop();
  }
}

const county = await measureOn('demo county (03256)', 'local-bench', countyPort, '03256', countyRuns, true);
const germanyReady = fs.existsSync(path.join(projectRoot, 'db', 'local-germany', 'password'));
const germany = germanyReady
  ? await measureOn('all of Germany', 'local-germany', germanyPort, null, germanyRuns, false)
  : undefined;
if (!germany) console.log('all of Germany: skipped, db/local-germany holds no data (npm run data:germany)');

console.log('\nTargets:');
console.log(
  `  whole county (waiting times + suggestions) < ${targets.countyMs} ms: ${county.totalMs} ms, ${county.totalMs < targets.countyMs ? 'met' : 'NOT met'}`,
);
if (germany)
  console.log(
    `  all of Germany < ${targets.germanyMs / 1000} s: ${round(germany.totalMs / 1000)} s, ${germany.totalMs < targets.germanyMs ? 'met' : 'NOT met'}`,
  );
fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
fs.writeFileSync(
  resultsFile,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, targets, county, germany }, null, 2)}\n`,
);
console.log(`Written to ${path.relative(projectRoot, resultsFile)}`);
