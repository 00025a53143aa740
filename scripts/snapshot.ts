// npm run snapshot [-- --district=03256 [--district=...]] [--radius=25]
// Takes today's monitoring snapshots (the gap figures of every category per municipality) from the live graph of
// the configured Neo4j (NEO4J_URI), or of the local one when NEO4J_URI is unset. Running it again the same day
// replaces that day's snapshots.
import { parseArgs } from 'node:util';
import { AppError } from '../server/errors.js';
import { loadConfig } from '../server/config.js';
import { connectDatabase } from '../server/database/connect-database.js';
import { createLogger } from '../server/logger.js';
import { takeSnapshots } from '../server/monitoring/take-snapshots.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      district: { type: 'string', multiple: true }, // 5-digit district keys; default every district
      radius: { type: 'string' }, // catchment radius in km; default 25
    },
    strict: true,
  });
  const radiusKm = values.radius === undefined ? undefined : Number(values.radius);
  if (radiusKm !== undefined && !Number.isFinite(radiusKm))
    throw new Error(`--radius must be a number of km, got "${values.radius}"`);
  const config = loadConfig();
  const db = await connectDatabase(config, createLogger('warn'));
  try {
    const started = Date.now();
    const run = await takeSnapshots(
      { driver: db.driver, database: db.database },
      {
        districtAgs: values.district,
        radiusKm,
        onProgress: (ags, done, total) => process.stdout.write(`\r  district ${ags} (${done}/${total})`),
      },
    );
    process.stdout.write('\n');
    console.log(
      `Snapshots of ${run.date}: ${run.created} written for ${run.municipalities} municipalities in ${run.districts.length} district(s), ${run.replaced} of the same day replaced (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `Snapshot failed: ${error instanceof AppError || error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
