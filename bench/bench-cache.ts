// The analysis cache and the one Chromium, measured in one run on the demo county (issue 17):
// 1. each cached analysis, p50 of a request answered from the cache against p50 of the same request computed
//    (a server with the cache off, same process, same database), and a write followed by a read (a miss);
// 2. ten simultaneous PDF requests against one, through the server's one Chromium: time and the peak memory of the
//    process with its Chromium children (from /proc).
// Run with `npm run bench:cache`. Uses NEO4J_URI when set; otherwise a local Neo4j in db/local-bench-cache on
// BENCH_NEO4J_PORT (default 7694), loading the demo county when it holds no offers. BENCH_CACHE_RUNS: requests per
// side and analysis (default 30).
import { benchAuthenticator, benchHeaders } from './bench-auth.js';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
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

const runs = Number(process.env.BENCH_CACHE_RUNS ?? 30);
const neo4jPort = Number(process.env.BENCH_NEO4J_PORT ?? 7694);
const pdfConcurrency = Number(process.env.PDF_CONCURRENCY ?? 2);
const resultsFile = path.join(projectRoot, 'bench', 'results', 'bench-cache.json');

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Resident memory of this process and all its descendants (the Chromium processes), in MiB. */
function treeRssMiB(): number {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  const rows = out
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  return round(rows.filter(([pid]) => tree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024);
}

interface Served {
  app: App;
  url: string;
}

async function serve(
  schema: Awaited<ReturnType<typeof createSchema>>,
  driver: ReturnType<typeof createDriver>,
  database: string | undefined,
  cacheEntries: number,
): Promise<Served> {
  const app = await createApp({
    schema,
    driver,
    database,
    log: createLogger('warn'),
    authenticate: benchAuthenticator(driver, database),
    limits: { rateLimitMax: 1_000_000_000 },
    cache: { maxEntries: cacheEntries },
    pdfConcurrency,
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  app.readiness.markReady();
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: await benchHeaders(),
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`request failed: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return performance.now() - started;
}

async function getReport(url: string, pathAndQuery: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${url}${pathAndQuery}`, { headers: await benchHeaders() });
  const bytes = (await response.arrayBuffer()).byteLength;
  if (!response.ok) throw new Error(`${pathAndQuery}: HTTP ${response.status}`);
  return { ms: performance.now() - started, bytes };
}

async function main(): Promise<void> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let connection = {
    uri: config.neo4j.uri ?? '',
    username: config.neo4j.username,
    password: config.neo4j.password ?? '',
  };
  if (!config.neo4j.uri) {
    const homeDir = path.join(projectRoot, 'db', 'local-bench-cache');
    console.log(`Neo4j: a local instance in ${path.relative(projectRoot, homeDir)} on port ${neo4jPort} ...`);
    // A busy machine can take minutes to start it.
    local = await startLocalNeo4j(
      { ...config.localNeo4j, port: neo4jPort, homeDir, heap: '1g', pageCache: '512m' },
      { startTimeoutMs: 600_000 },
    );
    connection = { uri: local.uri, username: local.username, password: local.password };
  }
  const database = config.neo4j.database;
  const driver = createDriver(connection);
  const servers: Served[] = [];
  try {
    await migrate(driver, database);
    const { records } = await driver.executeQuery('MATCH (o:Offer) RETURN count(o) AS n', {}, { database });
    if (Number(records[0]?.get('n') ?? 0) === 0) {
      console.log('Loading the demo county ...');
      await loadDemoData(driver, generateDemoData({ today: todayInGermany() }), { database });
    }
    // The district with the most actors: the demo's own county, not a neighbour's border area (whose key may sort first).
    const district = (
      await driver.executeQuery(
        `MATCH (d:District)
         RETURN d.ags AS ags ORDER BY COUNT { (:Actor)-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(d) } DESC, ags LIMIT 1`,
        {},
        { database },
      )
    ).records[0]!.get('ags') as string;
    const schema = await createSchema({ driver, database });
    const uncached = await serve(schema, driver, database, 0);
    const cached = await serve(schema, driver, database, 500);
    servers.push(uncached, cached);

    const analyses: { name: string; query: string }[] = [
      {
        name: 'coverageGaps',
        query: `query($d: String) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d) { area { demand unmet } municipalities { ags demand unmet freePlacesInReach } } }`,
      },
      {
        name: 'recommendations',
        query: `query($d: String) { recommendations(districtAgs: $d) { id code rank persons } }`,
      },
      {
        name: 'networkAnalysis',
        query: `query($d: String) { networkAnalysis(districtAgs: $d) { actorCount actors { id } } }`,
      },
      { name: 'waitingTimes', query: `query($d: String) { waitingTimes(districtAgs: $d) { needs { needId } } }` },
      { name: 'courseSuggestions', query: `query($d: String) { courseSuggestions(districtAgs: $d) { id } }` },
      { name: 'courseCalendar', query: `query($d: String) { courseCalendar(districtAgs: $d) { id } }` },
    ];
    const rows: Record<string, unknown>[] = [];
    console.log(`\nAnalyses of district ${district}, ${runs} requests per side, p50 in ms:`);
    console.log('| analysis | computed p50 | cached p50 | ratio | write + read (a miss) |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const { name, query } of analyses) {
      const variables = { d: district };
      await graphql(uncached.url, query, variables); // warm up both
      await graphql(cached.url, query, variables);
      const computedMs: number[] = [];
      const cachedMs: number[] = [];
      for (let i = 0; i < runs; i++) {
        computedMs.push(await graphql(uncached.url, query, variables));
        cachedMs.push(await graphql(cached.url, query, variables));
      }
      // A write (the data version advances) and the read after it: the cached server computes again.
      const missMs: number[] = [];
      for (let i = 0; i < 5; i++) {
        await driver.executeQuery(
          `MERGE (v:DataVersion {id: 'graph'}) ON CREATE SET v.epoch = randomUUID(), v.value = 1 ON MATCH SET v.value = v.value + 1`,
          {},
          { database },
        );
        missMs.push(await graphql(cached.url, query, variables));
      }
      const row = {
        name,
        computedP50Ms: round(percentile(computedMs, 50), 2),
        cachedP50Ms: round(percentile(cachedMs, 50), 2),
        missP50Ms: round(percentile(missMs, 50), 2),
      };
      rows.push({ ...row, ratio: round(row.computedP50Ms / row.cachedP50Ms, 1) });
      console.log(
        `| ${name} | ${row.computedP50Ms} | ${row.cachedP50Ms} | ${round(row.computedP50Ms / row.cachedP50Ms, 1)}x | ${row.missP50Ms} |`,
      );
    }
    const report = `/reports/needs-analysis.html?district=${district}`;
    const computedReport: number[] = [];
    const cachedReport: number[] = [];
    for (let i = 0; i < Math.min(runs, 10); i++) {
      computedReport.push((await getReport(uncached.url, report)).ms);
      cachedReport.push((await getReport(cached.url, report)).ms);
    }
    const reportRow = {
      name: 'needs-analysis.html',
      computedP50Ms: round(percentile(computedReport, 50), 2),
      cachedP50Ms: round(percentile(cachedReport, 50), 2),
    };
    rows.push(reportRow);
    console.log(
      `| report needs-analysis.html | ${reportRow.computedP50Ms} | ${reportRow.cachedP50Ms} | ${round(reportRow.computedP50Ms / reportRow.cachedP50Ms, 1)}x | |`,
    );
    console.log(`Cache after the run: ${JSON.stringify(cached.app.analysisCache.stats())}`);

    // PDFs through the server with the cache off, so that every request prints.
    const pdf = `/reports/needs-analysis.pdf?district=${district}`;
    const baseRss = treeRssMiB();
    let peak = baseRss;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssMiB())), 50);
    try {
      const first = await getReport(uncached.url, pdf); // starts the browser
      const single = await getReport(uncached.url, pdf);
      const singlePeak = peak;
      const started = performance.now();
      // Settled, not all: a failed request is counted, and the others are waited for before the server stops.
      const settled = await Promise.allSettled(Array.from({ length: 10 }, () => getReport(uncached.url, pdf)));
      const ten = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const failed = settled.filter((r) => r.status === 'rejected').map((r) => String(r.reason));
      const tenMs = performance.now() - started;
      const pdfResult = {
        concurrency: pdfConcurrency,
        firstWithLaunchMs: round(first.ms),
        singleMs: round(single.ms),
        tenSimultaneousMs: round(tenMs),
        tenSlowestMs: round(Math.max(0, ...ten.map((r) => r.ms))),
        tenFailed: failed.length,
        failures: failed.slice(0, 3),
        pdfKiB: round(single.bytes / 1024),
        rssBeforeMiB: baseRss,
        peakAfterSingleMiB: singlePeak,
        peakWithTenMiB: peak,
        launches: uncached.app.pdfPrinter.stats().launches,
      };
      console.log(`\nPDF (${pdf}), PDF_CONCURRENCY=${pdfConcurrency}:`);
      console.log(JSON.stringify(pdfResult, null, 2));
      console.log(
        `ten at once took ${round(tenMs / single.ms, 1)}x one request; peak memory (server + Chromium) ${peak} MiB against ${singlePeak} MiB after one`,
      );
      fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
      fs.writeFileSync(
        resultsFile,
        `${JSON.stringify({ date: new Date().toISOString(), runs, district, analyses: rows, pdf: pdfResult }, null, 2)}\n`,
      );
      console.log(`Written to ${path.relative(projectRoot, resultsFile)}`);
    } finally {
      clearInterval(sampler);
    }
  } finally {
    for (const server of servers) await server.app.stop();
    await driver.close();
    await local?.stop();
  }
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
