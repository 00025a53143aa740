// npm run export -- --type=offers --format=xlsx --out=offers.xlsx [--district=03256] [--source=kurs-portal]
//                    [--lang=de|en] [--category=INTEGRATION_COURSE --radius=25 for --type=gaps]
// Exports an entity list or the coverage-gap table from the configured Neo4j (NEO4J_URI), or from the local one
// when NEO4J_URI is unset. An exported actor, offer, need or cooperation list imports again unchanged.
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AppError } from '../server/errors.js';
import { loadConfig } from '../server/config.js';
import { connectDatabase } from '../server/database/connect-database.js';
import { exportList, exportTypes, type ExportOptions, type ExportType } from '../server/import-export/export-list.js';
import { createLogger } from '../server/logger.js';

class UsageError extends Error {}

function readOptions(): ExportOptions & { out?: string } {
  const { values } = parseArgs({
    options: {
      type: { type: 'string' }, // actors, offers, needs, cooperations, municipalities, networks or gaps
      format: { type: 'string' }, // csv or xlsx; default from --out, else csv
      out: { type: 'string' }, // the file to write; default e.g. offers-03256.xlsx in the current folder
      district: { type: 'string' }, // 5-digit district key; default all
      source: { type: 'string' }, // only records of this source (actors, offers, needs, cooperations)
      lang: { type: 'string', default: 'de' }, // de: German headers, labels, ; and decimal comma; en: English, keys, , and point
      category: { type: 'string' }, // gaps: the offer category
      radius: { type: 'string' }, // gaps: catchment radius in km; default 25
    },
    strict: true,
  });
  if (!values.type || !exportTypes.includes(values.type as ExportType))
    throw new UsageError(
      `--type must be one of ${exportTypes.join(', ')}${values.type ? `, got "${values.type}"` : ''}`,
    );
  const fromOut = values.out ? /\.(csv|xlsx)$/i.exec(values.out)?.[1]?.toLowerCase() : undefined;
  const format = (values.format ?? fromOut ?? 'csv').toLowerCase();
  if (format !== 'csv' && format !== 'xlsx')
    throw new UsageError(`--format must be csv or xlsx, got "${values.format}"`);
  if (values.lang !== 'de' && values.lang !== 'en')
    throw new UsageError(`--lang must be de or en, got "${values.lang}"`);
  const radiusKm = values.radius === undefined ? undefined : Number(values.radius);
  if (radiusKm !== undefined && !Number.isFinite(radiusKm))
    throw new UsageError(`--radius must be a number of km, got "${values.radius}"`);
  return {
    type: values.type as ExportType,
    format,
    out: values.out,
    districtAgs: values.district,
    source: values.source,
    language: values.lang,
    category: values.category,
    radiusKm,
  };
}

async function main(): Promise<void> {
  const { out, ...options } = readOptions();
  const config = loadConfig();
  const database = await connectDatabase(config, createLogger(config.logLevel));
  try {
    const result = await exportList({ driver: database.driver, database: database.database }, options);
    const file = out ?? result.fileName;
    await fs.writeFile(file, result.content);
    console.log(`Wrote ${result.rows} rows of ${options.type} to ${file}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError || error instanceof AppError ? 2 : 1;
});
