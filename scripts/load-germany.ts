// npm run data:germany [-- --scale=1 --seed=1 --batch=10000 --today=YYYY-MM-DD --wipe --keep-running --port=7690]
// Loads the synthetic Germany (server/synthetic-data/) into the configured Neo4j (NEO4J_URI), or else into a local
// Neo4j of its own in db/local-germany on port 7690 (or --port), apart from db/local, db/local-test and db/local-bench, and
// stopped again at the end unless --keep-running. An empty database is written with CREATE, any other with MERGE.
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { Driver } from 'neo4j-driver';
import { loadConfig, projectRoot, transactionMemoryOf } from '../server/config.js';
import { createDriver } from '../server/database/create-driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/database/local-neo4j.js';
import { createLogger } from '../server/logger.js';
import { generateGermany } from '../server/synthetic-data/generate-germany.js';
import { countNodes, loadSyntheticData, type LoadProgress } from '../server/synthetic-data/load-synthetic-data.js';

interface CliOptions {
  scale: number;
  seed: number;
  batch: number;
  today: string | undefined;
  wipe: boolean;
  keepRunning: boolean;
  port: number;
}

function readOptions(): CliOptions {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' }, // multiplies every count; default 1 (all of Germany)
      seed: { type: 'string' }, // PRNG seed; default 1
      batch: { type: 'string' }, // rows per transaction; default 10000
      today: { type: 'string' }, // the date every date is relative to; default today (UTC)
      wipe: { type: 'boolean', default: false }, // delete every node of the database first
      'keep-running': { type: 'boolean', default: false }, // leave the local Neo4j running at the end
      port: { type: 'string' }, // port of the local Neo4j in db/local-germany; default 7690 (bench:outcomes reads BENCH_GERMANY_PORT)
    },
    strict: true,
  });
  const number = (raw: string | undefined, fallback: number, name: string, integer: boolean) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value <= 0)
      throw new Error(`--${name} must be a positive ${integer ? 'whole ' : ''}number, got "${raw}"`);
    return value;
  };
  return {
    scale: number(values.scale, 1, 'scale', false),
    seed: values.seed === undefined ? 1 : number(values.seed, 1, 'seed', true),
    batch: number(values.batch, 10_000, 'batch', true),
    today: values.today,
    wipe: values.wipe ?? false,
    keepRunning: values['keep-running'] ?? false,
    port: number(values.port, 7690, 'port', true),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Deletes every node in batches, so that a large graph never needs one huge transaction. */
async function wipe(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database });
  try {
    // IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 50000 ROWS');
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const cli = readOptions();
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const startedAt = performance.now();
  let peakRss = process.memoryUsage().rss;
  const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const sampler = setInterval(sampleMemory, 200);
  sampler.unref();

  const data = generateGermany({ seed: cli.seed, scale: cli.scale, today: cli.today });
  const { counts } = data;
  console.log(
    `Synthetic Germany, seed ${cli.seed}, scale ${cli.scale}, relative to ${data.options.today}: ${counts.districts} districts, ` +
      `${counts.municipalities} municipalities + ${counts.collectives} Samtgemeinden, ${counts.actors} actors, ${counts.offers} offers, ` +
      `${counts.needs} needs, ${counts.cooperations} cooperation links`,
  );

  let local: LocalNeo4j | undefined;
  let driver: Driver;
  const database = config.neo4j.database;
  if (config.neo4j.uri) {
    driver = createDriver({
      uri: config.neo4j.uri,
      username: config.neo4j.username,
      password: config.neo4j.password ?? '',
      maxTransactionRetryTimeMs: 60_000,
    });
  } else {
    const homeDir = path.join(projectRoot, 'db', 'local-germany');
    console.log(`Starting the local Neo4j in ${path.relative(projectRoot, homeDir)} on port ${cli.port} ...`);
    local = await startLocalNeo4j(
      { ...config.localNeo4j, port: cli.port, homeDir, heap: '4g', pageCache: '4g', ...transactionMemoryOf('4g') },
      { log },
    );
    driver = createDriver({
      uri: local.uri,
      username: local.username,
      password: local.password,
      maxTransactionRetryTimeMs: 60_000,
    });
  }
  const uri = local?.uri ?? config.neo4j.uri!;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await driver.close().catch(() => {});
    if (local && !cli.keepRunning) await local.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));

  try {
    await driver.verifyConnectivity({ database });
    if (cli.wipe) {
      const before = await countNodes(driver, database);
      console.log(`Wiping ${before} nodes from ${uri}${database ? ` (database ${database})` : ''} ...`);
      const wipeStarted = performance.now();
      await wipe(driver, database);
      console.log(`Wiped in ${seconds(performance.now() - wipeStarted)}`);
    }
    const fresh = (await countNodes(driver, database)) === 0;
    console.log(
      `Writing to ${uri} with ${fresh ? 'CREATE (empty database)' : 'MERGE (the database holds data)'}, ${cli.batch} rows per transaction`,
    );

    const multibar = new cliProgress.MultiBar(
      {
        format:
          '{step} |{bar}| {percentage}% | {value}/{total} rows | {speed} rows/s | ETA {eta_formatted} | {duration_formatted}',
        barsize: 30,
        hideCursor: true,
        clearOnComplete: false,
        stopOnComplete: true,
        etaBuffer: 20,
        noTTYOutput: true, // when piped, a line every few seconds instead of nothing
        notTTYSchedule: 10_000,
      },
      cliProgress.Presets.shades_classic,
    );
    let bar: cliProgress.SingleBar | undefined;
    let barStep = '';
    let stepStarted = performance.now();
    const onProgress = (progress: LoadProgress) => {
      sampleMemory();
      const label = `[${progress.stepIndex + 1}/${progress.steps}] ${progress.step}`.padEnd(34);
      if (progress.step !== barStep) {
        bar?.stop();
        barStep = progress.step;
        stepStarted = performance.now();
        bar = multibar.create(Math.max(1, progress.total), 0, { step: label, speed: '-' });
      }
      const elapsed = (performance.now() - stepStarted) / 1000;
      const speed =
        elapsed > 0 && progress.done > 0 ? Math.round(progress.done / elapsed).toLocaleString('en-US') : '-';
      bar?.update(progress.total === 0 ? 1 : progress.done, { step: label, speed });
    };

    let result;
    try {
      result = await loadSyntheticData(driver, data, { database, batchSize: cli.batch, fresh, onProgress });
    } finally {
      bar?.stop();
      multibar.stop();
    }

    sampleMemory();
    console.log('\nLoaded:');
    for (const step of result.steps) {
      const rate = step.ms > 0 ? Math.round((step.rows / step.ms) * 1000).toLocaleString('en-US') : '-';
      console.log(
        `  ${step.step.padEnd(26)} ${String(step.rows).padStart(9)} rows  ${seconds(step.ms).padStart(9)}  ${rate.padStart(9)} rows/s`,
      );
    }
    const loadMs = result.steps.reduce((sum, step) => sum + step.ms, 0);
    console.log(`  ${'load (all steps)'.padEnd(26)} ${' '.repeat(14)} ${seconds(loadMs).padStart(9)}`);
    console.log(
      `  ${'with migration'.padEnd(26)} ${' '.repeat(14)} ${seconds(result.totalMs).padStart(9)}  (${result.mode})`,
    );
    console.log(
      `Total time ${seconds(performance.now() - startedAt)}; loader memory peak (RSS) ${Math.round(peakRss / 2 ** 20)} MiB`,
    );
    if (local && cli.keepRunning)
      console.log(`The local Neo4j keeps running at ${local.uri} (password in db/local-germany/password)`);
  } finally {
    clearInterval(sampler);
    if (!stopping) {
      stopping = true;
      await driver.close();
      if (local && !cli.keepRunning) await local.stop();
    }
  }
}

main().catch((error: unknown) => {
  console.error(`Loading the synthetic Germany failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
