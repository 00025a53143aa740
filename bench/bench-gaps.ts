// The coverage-gap table at Germany scale: one district (p50 over repeated runs) and all of Germany for one
// category, through the real server in a process of its own, whose peak memory is read from /proc.
// Run with `npm run bench:gaps`. Uses NEO4J_URI when set; otherwise a local Neo4j in db/local-germany (port
// 7690), loading the synthetic Germany into it first when it is not there (server/synthetic-data/).
// Baseline in the same run: the raw Cypher that loads the table's inputs (loadGapInputs), without the
// formula, GraphQL or HTTP. BENCH_DISTRICT_RUNS and BENCH_GERMANY_RUNS change the counts.
import { benchHeaders, benchJwt } from './bench-auth.js';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { loadGapInputs } from '../server/analysis/gaps/load-gap-inputs.js';
import { loadConfig, projectRoot, transactionMemoryOf } from '../server/config.js';
import { createDriver } from '../server/database/create-driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/database/local-neo4j.js';
import { migrate } from '../server/database/migrate.js';
import { generateGermany } from '../server/synthetic-data/generate-germany.js';
import { loadSyntheticData } from '../server/synthetic-data/load-synthetic-data.js';

const category = 'INTEGRATION_COURSE';
const districtRuns = Number(process.env.BENCH_DISTRICT_RUNS ?? 100);
const germanyRuns = Number(process.env.BENCH_GERMANY_RUNS ?? 3);
const resultsFile = path.join(projectRoot, 'bench', 'results', 'bench-gaps.json');
const targets = { districtP50Ms: 100, germanyMs: 10_000, serverPeakMiB: 1024, loadMinutes: 10 };

const tableQuery = `query Gaps($category: OfferCategory!, $districtAgs: String) {
  coverageGaps(category: $category, districtAgs: $districtAgs) {
    area { demand unmet severity }
    municipalities { ags name demand freePlacesInReach accessibility coverage unmet severity nearestOfferKm offersInReach offerIdsInReach needIds }
    samtgemeinden { ags demand unmet }
    districts { ags demand unmet }
    onlineOffers { id }
  }
}`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Peak and current resident memory of a process, in MiB, from /proc (Linux). */
function memoryOf(pid: number): { peakMiB: number; currentMiB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMiB: round(kib('VmHWM') / 1024), currentMiB: round(kib('VmRSS') / 1024) };
}

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  // One process (node with tsx's loader), so that /proc shows the server's own memory.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'server', 'main.ts')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ...env,
      JWT_SECRET: benchJwt.secret!,
      JWKS_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      // The figures here are the computation's: the analysis cache would answer the repeated districts from memory
      // (npm run bench:cache measures the cache against the computation).
      ANALYSIS_CACHE_MAX_ENTRIES: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not become healthy in 120 s');
}

async function gapTable(url: string, districtAgs: string | null): Promise<{ ms: number; rows: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: await benchHeaders(),
    body: JSON.stringify({ query: tableQuery, variables: { category, districtAgs } }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text) as { data?: { coverageGaps: { municipalities: unknown[] } }; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`coverageGaps failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return { ms, rows: body.data.coverageGaps.municipalities.length, bytes: text.length };
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
    console.log('Neo4j: the local Germany instance (db/local-germany, port 7690) ...');
    local = await startLocalNeo4j({
      ...config.localNeo4j,
      port: 7690,
      homeDir: path.join(projectRoot, 'db', 'local-germany'),
      heap: '4g',
      pageCache: '4g',
      ...transactionMemoryOf('4g'),
    });
    connection = { uri: local.uri, username: local.username, password: local.password };
  }
  const database = config.neo4j.database;
  const driver = createDriver(connection);
  let server: ChildProcess | undefined;
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, category, targets };
  let loadMinutes: number | undefined; // when this run loaded the data
  try {
    await migrate(driver, database);
    const count = async (label: string) =>
      Number(
        (await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS c`, {}, { database })).records[0]!.get('c'),
      );
    if ((await count('Offer')) < 250_000) {
      console.log('Loading the synthetic Germany (about 400 districts, 10,800 municipalities, 300,000 offers) ...');
      const data = generateGermany({ seed: 1, scale: 1 });
      const bar = new cliProgress.SingleBar(
        { format: '  {step} [{bar}] {value}/{total} rows  {eta_formatted}' },
        cliProgress.Presets.shades_classic,
      );
      let current = '';
      const started = performance.now();
      const fresh = (
        await driver.executeQuery('MATCH (n) RETURN count(n) = 0 AS empty', {}, { database })
      ).records[0]!.get('empty') as boolean;
      await loadSyntheticData(driver, data, {
        database,
        fresh,
        onProgress: (progress) => {
          if (progress.step !== current) {
            if (current) bar.stop();
            current = progress.step;
            bar.start(progress.total, progress.done, { step: progress.step.padEnd(14) });
          } else bar.update(progress.done);
        },
      });
      bar.stop();
      loadMinutes = round((performance.now() - started) / 60_000, 2);
      results.loadMinutes = loadMinutes;
      console.log(`Loaded in ${loadMinutes} min.`);
    }
    const counts = {
      districts: await count('District'),
      municipalities: await count('Municipality'),
      actors: await count('Actor'),
      offers: await count('Offer'),
      needs: await count('Need'),
    };
    results.counts = counts;
    console.log(`Data: ${JSON.stringify(counts)}`);

    const districts = (
      await driver.executeQuery(
        `MATCH (d:District) WITH d ORDER BY d.ags RETURN collect(d.ags) AS all`,
        {},
        { database },
      )
    ).records[0]!.get('all') as string[];
    // Every twentieth district, a spread over the whole country.
    const sample = districts.filter((_, index) => index % 20 === 0);

    const started = await startServer({
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.username,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: database ?? '',
    });
    server = started.child;
    const { url } = started;
    const idle = memoryOf(server.pid!);
    console.log(`Server up (pid ${server.pid}, ${idle.currentMiB} MiB).`);

    // One district, one category: warm up, then time the API and the raw input loading in turn.
    for (const ags of sample.slice(0, 10)) await gapTable(url, ags);
    const apiMs: number[] = [];
    const rawMs: number[] = [];
    let rows = 0;
    for (let i = 0; i < districtRuns; i += 1) {
      const ags = sample[i % sample.length]!;
      const table = await gapTable(url, ags);
      apiMs.push(table.ms);
      rows += table.rows;
      const t = performance.now();
      await loadGapInputs({ driver, database, area: { kind: 'DISTRICT', ags }, category, radiusKm: 25 });
      rawMs.push(performance.now() - t);
    }
    const district = {
      runs: districtRuns,
      districts: sample.length,
      meanRows: round(rows / districtRuns),
      apiP50Ms: round(percentile(apiMs, 50)),
      apiP95Ms: round(percentile(apiMs, 95)),
      rawInputsP50Ms: round(percentile(rawMs, 50)),
      ratioP50: round(percentile(apiMs, 50) / percentile(rawMs, 50), 2),
    };
    results.district = district;
    console.log(
      `One district: API p50 ${district.apiP50Ms} ms, p95 ${district.apiP95Ms} ms (${district.meanRows} rows); raw input loading p50 ${district.rawInputsP50Ms} ms; ratio ${district.ratioP50}x`,
    );

    // All of Germany, one category.
    const germanyMs: number[] = [];
    let germanyRows = 0;
    let germanyBytes = 0;
    for (let i = 0; i < germanyRuns; i += 1) {
      const table = await gapTable(url, null);
      germanyMs.push(table.ms);
      germanyRows = table.rows;
      germanyBytes = table.bytes;
      console.log(`  all of Germany, run ${i + 1}: ${round(table.ms / 1000, 2)} s`);
    }
    const t = performance.now();
    await loadGapInputs({ driver, database, area: { kind: 'GERMANY' }, category, radiusKm: 25 });
    const rawGermanyMs = performance.now() - t;
    const memory = memoryOf(server.pid!);
    const germany = {
      runs: germanyRuns,
      rows: germanyRows,
      responseMiB: round(germanyBytes / 2 ** 20),
      medianMs: round(percentile(germanyMs, 50)),
      maxMs: round(Math.max(...germanyMs)),
      rawInputsMs: round(rawGermanyMs),
      serverPeakMiB: memory.peakMiB,
      serverIdleMiB: idle.currentMiB,
    };
    results.germany = germany;
    console.log(
      `All of Germany: median ${round(germany.medianMs / 1000, 2)} s (${germany.rows} rows, ${germany.responseMiB} MiB JSON); raw input loading ${round(rawGermanyMs / 1000, 2)} s; server peak ${memory.peakMiB} MiB`,
    );

    const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
    console.log('\nTargets:');
    console.log(
      `  one district p50 < ${targets.districtP50Ms} ms: ${district.apiP50Ms} ms, ${verdict(district.apiP50Ms < targets.districtP50Ms)}`,
    );
    console.log(
      `  all of Germany < ${targets.germanyMs / 1000} s: ${round(germany.medianMs / 1000, 2)} s, ${verdict(germany.medianMs < targets.germanyMs)}`,
    );
    console.log(
      `  server peak < ${targets.serverPeakMiB} MiB: ${memory.peakMiB} MiB, ${verdict(memory.peakMiB < targets.serverPeakMiB)}`,
    );
    if (loadMinutes !== undefined)
      console.log(
        `  bulk load < ${targets.loadMinutes} min: ${loadMinutes} min, ${verdict(loadMinutes < targets.loadMinutes)}`,
      );

    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`Written to ${path.relative(projectRoot, resultsFile)}`);
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server!.once('exit', resolve));
    }
    await driver.close();
    await local?.stop();
  }
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
