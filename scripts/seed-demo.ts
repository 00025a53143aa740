// npm run seed [-- --today=YYYY-MM-DD] [-- --seed=N]
// Loads the fictional demo county into the configured Neo4j (NEO4J_URI), or into the local one, started for the
// purpose and stopped again, when NEO4J_URI is unset.
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { connectDatabase } from '../server/database/connect-database.js';
import { generateDemoData } from '../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../server/demo-data/load-demo-data.js';
import { createLogger } from '../server/logger.js';
import { takeSnapshots } from '../server/monitoring/take-snapshots.js';
import { todayInGermany } from '../shared/calendar.js';

function readOptions(): { today: string; seed: number } {
  const { values } = parseArgs({
    options: {
      today: { type: 'string' }, // the date every demo date is relative to; default today (UTC)
      seed: { type: 'string' }, // PRNG seed; default 1
    },
    strict: true,
  });
  const today = values.today ?? todayInGermany();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be a date YYYY-MM-DD, got "${today}"`);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
  return { today, seed };
}

async function main(): Promise<void> {
  const { today, seed } = readOptions();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const data = generateDemoData({ today, seed });
  console.log(`Demo data for ${data.district.name}, seed ${seed}, relative to ${today}`);
  const database = await connectDatabase(config, log);
  try {
    console.log(`Writing to ${database.uri}${database.database ? ` (database ${database.database})` : ''} ...`);
    const counts = await loadDemoData(database.driver, data, {
      database: database.database,
      onProgress: (step, done, total) => console.log(`  [${String(done).padStart(2)}/${total}] ${step}`),
    });
    console.log('Written:');
    for (const [name, count] of Object.entries(counts)) console.log(`  ${name.padEnd(18)} ${count}`);
    // The history ends a month before --today; today's snapshots come from the live graph, as the job takes them.
    if (today === todayInGermany()) {
      const run = await takeSnapshots(
        { driver: database.driver, database: database.database },
        { districtAgs: [data.district.ags] },
      );
      console.log(`  snapshots of today ${run.created}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
