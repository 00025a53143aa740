// Indicators and decision effects of the demo county through /graphql (db/local-bench-outcomes, port 7753 or
// BENCH_OUTCOMES_PORT; the demo data with its outcomes loaded when missing), then all of the synthetic Germany
// (db/local-germany, port 7690 or BENCH_GERMANY_PORT, loaded with its outcomes by `npm run data:germany`; skipped when
// it holds no data or with BENCH_OUTCOMES_GERMANY=0): the districts of the whole graph ranked by an indicator
// (indicatorRanking without districtAgs) for every course category, cold, and one district's operations as in the
// county. Run with `npm run bench:outcomes`.
// Every analysis is measured cold (a server without the analysis cache: what a first request after a write pays)
// and the indicators and the ranking also warm (the cache on, as served). Baselines in the same run: a trivial query
// ({ __typename }), waitingTimes of the same district, and the path before the shared district state: the
// indicators and the area ranking with each area's live state read for that area alone (one gap table and one
// waiting-time matching per area and category), called in-process like the services. Target: indicators of the
// county below 200 ms; all of Germany (synthetic data with outcomes) below 10 s. Each figure comes with the CPU time
// of the call (this process, which holds the server, and Neo4j), as medians: the wall time swings with a shared
// machine's load.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { courseCategories } from '../server/analysis/courses/course-arguments.js';
import { currentMonth } from '../server/analysis/indicators/indicator-months.js';
import { loadConfig, projectRoot, readIndicatorTargets, transactionMemoryOf } from '../server/config.js';
import { createDriver } from '../server/database/create-driver.js';
import { startLocalNeo4j } from '../server/database/local-neo4j.js';
import { migrate } from '../server/database/migrate.js';
import { generateDemoData } from '../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../server/demo-data/load-demo-data.js';
import { createApp, type App } from '../server/http/create-app.js';
import { createLogger } from '../server/logger.js';
import { indicatorRanking } from '../server/monitoring/indicator-ranking-service.js';
import { indicatorsOfArea } from '../server/monitoring/indicator-service.js';
import { loadMonitoringArea } from '../server/monitoring/load-monitoring-series.js';
import { createSchema } from '../server/schema/create-schema.js';
import { todayInGermany } from '../shared/calendar.js';
import { benchAuthenticator, benchHeaders } from './bench-auth.js';

const runs = Number(process.env.BENCH_OUTCOMES_RUNS ?? 20);
const germanyRuns = Number(process.env.BENCH_GERMANY_RUNS ?? 3);
const port = Number(process.env.BENCH_OUTCOMES_PORT ?? 7753);
const germanyPort = Number(process.env.BENCH_GERMANY_PORT ?? 7690);
const measureGermany = process.env.BENCH_OUTCOMES_GERMANY !== '0';
const countyAgs = '03256';
const resultsFile = path.join(projectRoot, 'bench', 'results', 'bench-outcomes.json');
const targets = { countyMs: 200, germanyMs: 10_000 };

const twelveMonthsBack = () => {
  const today = todayInGermany();
  const from = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 12, 1));
  return from.toISOString().slice(0, 7);
};

const operations = {
  floor: 'query Floor { __typename }',
  waiting: `query Waiting($d: String) { waitingTimes(districtAgs: $d) { area { placed medianWeeks p90Weeks } } }`,
  indicatorsNow: `query Now($d: String) { indicators(districtAgs: $d) { category month values { indicator value state yearBefore } } }`,
  indicatorsYear: `query Year($d: String, $from: String) { indicators(districtAgs: $d, from: $from) { category month values { indicator value state } } }`,
  ranking: `query Ranking($d: String!) { indicatorRanking(districtAgs: $d, category: INTEGRATION_COURSE, indicator: UNMET_DEMAND) { rank areaAgs value { value change } } }`,
  effects: `query Effects($d: String) { decisionEffects(districtAgs: $d) { decisionId before after effect } }`,
};
type Operation = keyof typeof operations;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;
const load = () => round(os.loadavg()[0]!);

async function startApp(driver: Driver, cacheOn: boolean): Promise<{ app: App; url: string }> {
  const app = await createApp({
    schema: await createSchema({ driver }),
    driver,
    log: createLogger('silent'),
    authenticate: benchAuthenticator(driver),
    limits: { rateLimitMax: 1_000_000_000 },
    ...(cacheOn ? {} : { cache: { maxEntries: 0 } }),
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql` };
}

// CPU time besides the wall time: on a shared machine the wall time swings with the load, the CPU a call costs much
// less. The server runs in this process (its CPU: process.cpuUsage, with the client's small share); Neo4j's is read
// from /proc for the pid of the bench's instance (its background work included).
let neo4jPid: number | undefined;
const clockTicksPerSecond = 100; // USER_HZ of Linux (getconf CLK_TCK)

function neo4jCpuMs(): number {
  if (neo4jPid === undefined) return 0;
  try {
    // Fields after the command's closing parenthesis: state is the 3rd, utime the 14th and stime the 15th.
    const fields = fs.readFileSync(`/proc/${neo4jPid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return 0;
  }
}

interface Timing {
  ms: number;
  nodeCpuMs: number;
  neo4jCpuMs: number;
}

async function time<T>(work: () => Promise<T>): Promise<Timing & { value: T }> {
  const cpuBefore = process.cpuUsage();
  const dbBefore = neo4jCpuMs();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { ms, nodeCpuMs: (cpu.user + cpu.system) / 1000, neo4jCpuMs: neo4jCpuMs() - dbBefore, value };
}

/** Medians of the operations through /graphql, cold (no cache) and warm; and the path before, in-process. */
async function measureDistrict(
  driver: Driver,
  districtAgs: string,
  rounds: number,
  names: Operation[],
  otherDistricts: string[] = [],
) {
  const headers = await benchHeaders();
  const variables = { d: districtAgs, from: twelveMonthsBack() };
  const cold = await startApp(driver, false);
  const warm = await startApp(driver, true);
  const call = async (url: string, query: string) => {
    const { value, ...timing } = await time(async () => {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as { errors?: unknown[]; data?: Record<string, unknown> };
    });
    if (value.errors) throw new Error(JSON.stringify(value.errors).slice(0, 400));
    return { ...timing, data: value.data! };
  };
  const deps = { driver };
  const today = todayInGermany();
  const indicatorTargets = readIndicatorTargets();
  const district = await loadMonitoringArea(deps, { kind: 'DISTRICT', ags: districtAgs });
  const rankingAreas = await indicatorRanking(deps, {
    districtAgs,
    category: 'INTEGRATION_COURSE',
    indicator: 'UNMET_DEMAND',
  });
  // Before: each area's live state read for it alone (an area without a known district takes that path).
  const before = {
    indicatorsNow: () =>
      indicatorsOfArea(
        deps,
        { ...district, districtAgs: null },
        courseCategories,
        [currentMonth(today)],
        indicatorTargets,
        today,
      ),
    // The explorer asked each area of the ranking with one indicators query at once; the server's sessions are
    // bounded, so in-process they run four at a time (all at once exhausts the driver's pool under load).
    ranking: async () => {
      const results = [];
      for (let start = 0; start < rankingAreas.length; start += 4)
        results.push(
          ...(await Promise.all(
            rankingAreas.slice(start, start + 4).map(async ({ areaAgs, areaKind }) => {
              const area = await loadMonitoringArea(deps, { kind: areaKind, ags: areaAgs });
              return indicatorsOfArea(
                deps,
                { ...area, districtAgs: null },
                ['INTEGRATION_COURSE'],
                [currentMonth(today)],
                indicatorTargets,
                today,
              );
            }),
          )),
        );
      return results;
    },
  };
  const times: Record<string, Timing[]> = {};
  const add = (name: string, timing: Timing) => (times[name] ??= []).push(timing);
  let effects: unknown[] = [];
  try {
    // Warm-up: query plans, JIT, the warm server's cache.
    for (const name of names) {
      await call(cold.url, operations[name]);
      await call(warm.url, operations[name]);
    }
    await before.indicatorsNow();
    for (let i = 0; i < rounds; i += 1) {
      for (const name of names) {
        const result = await call(cold.url, operations[name]);
        add(`${name} (cold)`, result);
        if (name === 'effects') effects = result.data.decisionEffects as unknown[];
        if (name === 'indicatorsNow' || name === 'ranking')
          add(`${name} (warm)`, await call(warm.url, operations[name]));
      }
      add('indicatorsNow (before, in-process)', await time(before.indicatorsNow));
      add(
        'indicatorsNow (after, in-process)',
        await time(() =>
          indicatorsOfArea(deps, district, courseCategories, [currentMonth(today)], indicatorTargets, today),
        ),
      );
      if (names.includes('ranking'))
        add('ranking (before: one query per area, 4 at a time, in-process)', await time(before.ranking));
    }
    // Another district on the warm server: its own gap tables, the country-wide matching kept from the first.
    for (const other of otherDistricts) {
      const timing = await time(async () => {
        const response = await fetch(warm.url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: operations.indicatorsNow, variables: { d: other } }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
      });
      add('indicatorsNow (another district, matching kept)', timing);
    }
  } finally {
    await cold.app.stop();
    await warm.app.stop();
  }
  const ms = Object.fromEntries(
    Object.entries(times).map(([name, values]) => [name, round(median(values.map((timing) => timing.ms)))]),
  );
  // Medians of the CPU of this process (server and client) and of Neo4j, and of their sum, per call.
  const cpuMs = Object.fromEntries(
    Object.entries(times).map(([name, values]) => [
      name,
      {
        node: round(median(values.map((timing) => timing.nodeCpuMs))),
        neo4j: round(median(values.map((timing) => timing.neo4jCpuMs))),
        total: round(median(values.map((timing) => timing.nodeCpuMs + timing.neo4jCpuMs))),
      },
    ]),
  );
  return { ms, cpuMs, effects };
}

async function startNeo4j(homeDir: string, neo4jPort: number, big: boolean) {
  const config = loadConfig();
  const local = await startLocalNeo4j({
    ...config.localNeo4j,
    port: neo4jPort,
    homeDir: path.join(projectRoot, 'db', homeDir),
    ...(big ? { heap: '4g', pageCache: '4g', ...transactionMemoryOf('4g') } : {}),
  });
  // The pid file holds "<neo4j pid> <owner pid>" (server/database/local-neo4j.ts).
  const pidFile = path.join(projectRoot, 'db', homeDir, 'run', 'local-neo4j.pid');
  neo4jPid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').trim().split(/\s+/)[0]) : undefined;
  return { local, driver: createDriver(local) };
}

const count = async (driver: Driver, label: string) =>
  Number((await driver.executeQuery(`MATCH (x:${label}) RETURN count(x) AS c`)).records[0]!.get('c'));

async function measureCounty() {
  const { local, driver } = await startNeo4j('local-bench-outcomes', port, false);
  try {
    await migrate(driver);
    if ((await count(driver, 'Outcome')) === 0)
      await loadDemoData(driver, generateDemoData({ today: todayInGermany(), seed: 1 }));
    const loadBefore = load();
    const { ms, cpuMs, effects } = await measureDistrict(
      driver,
      countyAgs,
      runs,
      Object.keys(operations) as Operation[],
    );
    const cpu = (name: string) => cpuMs[name]!.total;
    const ratios = {
      indicatorsNowBeforeToAfter: round(
        ms['indicatorsNow (before, in-process)']! / ms['indicatorsNow (after, in-process)']!,
      ),
      rankingBeforeToAfter: round(
        ms['ranking (before: one query per area, 4 at a time, in-process)']! / ms['ranking (cold)']!,
      ),
      indicatorsNowColdToWaiting: round(ms['indicatorsNow (cold)']! / ms['waiting (cold)']!),
      indicatorsNowColdToFloor: round(ms['indicatorsNow (cold)']! / ms['floor (cold)']!),
      indicatorsNowWarmToFloor: round(ms['indicatorsNow (warm)']! / ms['floor (cold)']!),
      cpuIndicatorsNowColdToWaiting: round(cpu('indicatorsNow (cold)') / cpu('waiting (cold)')),
      cpuIndicatorsNowColdToFloor: round(cpu('indicatorsNow (cold)') / cpu('floor (cold)')),
      cpuEffectsColdToWaiting: round(cpu('effects (cold)') / cpu('waiting (cold)')),
    };
    return { loadBefore, loadAfter: load(), runs, medianMs: ms, medianCpuMs: cpuMs, ratios, decisionEffects: effects };
  } finally {
    await driver.close();
    await local.stop();
  }
}

/**
 * All of Germany: the districts of the whole graph ranked by one indicator (indicatorRanking without districtAgs),
 * one course category per request, through /graphql on a server with the analysis cache off (every call computes the
 * country pass: gap figures, places, matching, outcomes and snapshots of all districts). "All of Germany" is the
 * rankings of every course category: measured one after another (their sum) and side by side (two requests at once).
 */
async function measureCountryRanking(driver: Driver, rounds: number, districts: number) {
  const headers = await benchHeaders();
  const cold = await startApp(driver, false);
  const query = `query Districts($c: OfferCategory!) { indicatorRanking(category: $c, indicator: UNMET_DEMAND) { rank areaAgs areaKind value { value change } } }`;
  const call = (category: string) =>
    time(async () => {
      const response = await fetch(cold.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: { c: category } }),
      });
      const body = (await response.json()) as { errors?: unknown[]; data?: { indicatorRanking: unknown[] } };
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
      if (body.data!.indicatorRanking.length !== districts)
        throw new Error(`${body.data!.indicatorRanking.length} districts ranked, ${districts} in the graph`);
    });
  const times: Record<string, Timing[]> = {};
  const add = (name: string, timing: Timing) => (times[name] ??= []).push(timing);
  try {
    for (const category of courseCategories) await call(category); // warm-up: query plans, JIT
    for (let i = 0; i < rounds; i += 1) {
      let sequential: Timing = { ms: 0, nodeCpuMs: 0, neo4jCpuMs: 0 };
      for (const category of courseCategories) {
        const { ms, nodeCpuMs, neo4jCpuMs: dbMs } = await call(category);
        add(`ranking of the districts, ${category} (cold)`, { ms, nodeCpuMs, neo4jCpuMs: dbMs });
        sequential = {
          ms: sequential.ms + ms,
          nodeCpuMs: sequential.nodeCpuMs + nodeCpuMs,
          neo4jCpuMs: sequential.neo4jCpuMs + dbMs,
        };
      }
      add('all of Germany: every category one after another (cold)', sequential);
      const { ms, nodeCpuMs, neo4jCpuMs: dbMs } = await time(() => Promise.all(courseCategories.map(call)));
      add('all of Germany: every category side by side (cold)', { ms, nodeCpuMs, neo4jCpuMs: dbMs });
    }
  } finally {
    await cold.app.stop();
  }
  return {
    medianMs: Object.fromEntries(
      Object.entries(times).map(([name, values]) => [name, round(median(values.map((timing) => timing.ms)))]),
    ),
    medianCpuMs: Object.fromEntries(
      Object.entries(times).map(([name, values]) => [
        name,
        {
          node: round(median(values.map((timing) => timing.nodeCpuMs))),
          neo4j: round(median(values.map((timing) => timing.neo4jCpuMs))),
          total: round(median(values.map((timing) => timing.nodeCpuMs + timing.neo4jCpuMs))),
        },
      ]),
    ),
  };
}

async function measureGermanyDistrict() {
  if (!measureGermany) return { skipped: 'BENCH_OUTCOMES_GERMANY=0' };
  if (!fs.existsSync(path.join(projectRoot, 'db', 'local-germany', 'password')))
    return { skipped: 'db/local-germany holds no data (npm run data:germany)' };
  const { local, driver } = await startNeo4j('local-germany', germanyPort, true);
  try {
    const outcomes = await count(driver, 'Outcome');
    const [first] = (
      await driver.executeQuery(
        `MATCH (d:District)<-[:IN_DISTRICT]-(:Municipality)<-[:TAKES_PLACE_IN]-(:Offer)<-[:OUTCOME_OF]-(:Outcome)
         RETURN d.ags AS ags, count(*) AS n ORDER BY n DESC, ags LIMIT 1`,
      )
    ).records.map((record) => record.get('ags') as string);
    const districtAgs =
      first ??
      ((await driver.executeQuery('MATCH (d:District) RETURN min(d.ags) AS ags')).records[0]!.get('ags') as string);
    const districtKeys = (await driver.executeQuery('MATCH (d:District) RETURN d.ags AS ags ORDER BY ags')).records.map(
      (record) => record.get('ags') as string,
    );
    const loadBefore = load();
    const country = await measureCountryRanking(driver, germanyRuns, districtKeys.length);
    const loadBetween = load();
    const { ms, cpuMs } = await measureDistrict(driver, districtAgs, germanyRuns, [
      'floor',
      'waiting',
      'indicatorsNow',
      'ranking',
    ]);
    const sequentialMs = country.medianMs['all of Germany: every category one after another (cold)']!;
    const sideBySideMs = country.medianMs['all of Germany: every category side by side (cold)']!;
    return {
      districtAgs,
      districts: districtKeys.length,
      outcomes,
      categories: courseCategories,
      loadBefore,
      loadBetween,
      loadAfter: load(),
      runs: germanyRuns,
      allOfGermany: { ...country, met: Math.min(sequentialMs, sideBySideMs) < targets.germanyMs },
      oneDistrict: { medianMs: ms, medianCpuMs: cpuMs },
      ...(outcomes === 0
        ? { note: 'db/local-germany was loaded before the outcome stream: run npm run data:germany again' }
        : {}),
    };
  } finally {
    await driver.close();
    await local.stop();
  }
}

async function main(): Promise<void> {
  const county = await measureCounty();
  const germany = await measureGermanyDistrict();
  const result = {
    date: new Date().toISOString(),
    targets,
    county: { ...county, met: county.medianMs['indicatorsNow (cold)']! < targets.countyMs },
    germany,
  };
  console.log(JSON.stringify(result, null, 2));
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
