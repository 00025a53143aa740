// npm run import -- --type=offers --file=path.xlsx [--source=kurs-portal] [--dry-run] [--verbose]
// Imports a CSV or XLSX file of actors, offers, needs or cooperations into the configured Neo4j (NEO4J_URI), or into
// the local one when NEO4J_URI is unset. All or nothing; the templates are in docs/import-templates/.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../server/config.js';
import { connectDatabase } from '../server/database/connect-database.js';
import {
  describeProblems,
  importFile,
  type ImportReport,
  type ImportStage,
} from '../server/import-export/import-file.js';
import { importTypes, type ImportType } from '../server/import-export/templates.js';
import { createLogger } from '../server/logger.js';

class UsageError extends Error {}

function readOptions() {
  const { values } = parseArgs({
    options: {
      type: { type: 'string' }, // actors, offers, needs or cooperations
      file: { type: 'string' }, // the CSV or XLSX file
      source: { type: 'string' }, // source of rows with an externalId and no source of their own
      'dry-run': { type: 'boolean', default: false }, // check and report, write nothing
      verbose: { type: 'boolean', default: false }, // list every row's outcome
    },
    strict: true,
  });
  if (!values.type || !importTypes.includes(values.type as ImportType))
    throw new UsageError(
      `--type must be one of ${importTypes.join(', ')}${values.type ? `, got "${values.type}"` : ''}`,
    );
  if (!values.file) throw new UsageError('--file=path/to/file.csv (or .xlsx) is required');
  return {
    type: values.type as ImportType,
    file: values.file,
    source: values.source,
    dryRun: values['dry-run'],
    verbose: values.verbose,
  };
}

const stageNames: Record<ImportStage, string> = { read: 'reading ', check: 'checking', write: 'writing ' };

function printReport(report: ImportReport, verbose: boolean): void {
  const what = `${report.fileName}: ${report.rows} rows of ${report.type}${report.format ? ` (${report.format}${report.encoding ? `, ${report.encoding}` : ''})` : ''}`;
  if (!report.ok) {
    console.error(`${what}\nThe file was refused; nothing was written:`);
    for (const line of describeProblems(report)) console.error(`  ${line}`);
    return;
  }
  console.log(what);
  console.log(`  created    ${report.created}\n  updated    ${report.updated}\n  unchanged  ${report.unchanged}`);
  const listed = report.outcomes.filter((outcome) => verbose || (report.dryRun && outcome.action !== 'unchanged'));
  for (const outcome of listed.slice(0, verbose ? undefined : 50)) {
    console.log(
      `  row ${String(outcome.row).padStart(5)}  ${outcome.action.padEnd(9)} ${outcome.key}${outcome.fields.length ? `: ${outcome.fields.join(', ')}` : ''}`,
    );
  }
  if (!verbose && listed.length > 50) console.log(`  ... and ${listed.length - 50} more rows (--verbose lists all)`);
  console.log(report.dryRun ? 'Dry run: nothing was written.' : 'Written.');
}

async function main(): Promise<void> {
  const options = readOptions();
  const content = await fs.readFile(options.file).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${options.file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  const config = loadConfig();
  const database = await connectDatabase(config, createLogger(config.logLevel));
  const bar = new cliProgress.SingleBar(
    { format: '{stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let stage: ImportStage | undefined;
  try {
    const report = await importFile(
      { driver: database.driver, database: database.database },
      { name: path.basename(options.file), content },
      {
        type: options.type,
        source: options.source,
        dryRun: options.dryRun,
        onProgress: (next, done, total) => {
          if (next !== stage) {
            if (stage === undefined) bar.start(total, done, { stage: stageNames[next] });
            else bar.setTotal(total);
            stage = next;
          }
          bar.update(done, { stage: stageNames[next] });
        },
      },
    );
    bar.stop();
    printReport(report, options.verbose);
    if (!report.ok) process.exitCode = 1;
  } finally {
    bar.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
