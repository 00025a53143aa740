// npm run import:outlines -- file.geojson [--attribution "© GeoBasis-DE / BKG 2021 (dl-de/by-2-0)"]
// Imports the outlines of one district's areas (a GeoJSON FeatureCollection by AGS, see server/outlines/) into the
// configured Neo4j (NEO4J_URI), or into the local one when NEO4J_URI is unset. All or nothing; the district's
// earlier outlines are replaced.
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { connectDatabase } from '../server/database/connect-database.js';
import { AppError } from '../server/errors.js';
import { createLogger } from '../server/logger.js';
import { importOutlines } from '../server/outlines/import-outlines.js';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { attribution: { type: 'string' } }, // shown with the outlines; else the file's "attribution" member
    allowPositionals: true,
    strict: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new Error('usage: npm run import:outlines -- file.geojson [--attribution "..."]');
  const text = await fs.readFile(file, 'utf8');
  const config = loadConfig();
  const database = await connectDatabase(config, createLogger(config.logLevel));
  try {
    const result = await importOutlines(database.driver, text, {
      database: database.database,
      attribution: values.attribution,
    });
    const { district, collective, municipality, unitary } = result.byLevel;
    console.log(
      `${file}: ${result.features} outlines of ${result.districtName} (${result.districtAgs}) written: district ${district}, Samtgemeinden ${collective}, municipalities ${municipality}, unitary ${unitary}${result.skipped ? `, ${result.skipped} unitary features left out (their municipality has its own)` : ''}; attribution "${result.attribution}"`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `Import of outlines failed: ${error instanceof AppError || error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
