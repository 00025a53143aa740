// Imports one file of actors, offers, needs, cooperation links or outcomes of offers: the core that the command line (scripts/import.ts)
// and an upload over HTTP call alike, with the file's bytes and name. All or nothing: the file is checked whole,
// then written in one transaction that also checks the graph rules before it commits; a dry run does the same and
// rolls back. Re-importing a file changes nothing: records are found by source and externalId (or id).
import neo4j, { Neo4jError, type Driver, type Transaction } from 'neo4j-driver';
import { systemViewer, type Viewer } from '../auth/viewer.js';
import { diffSnapshots } from '../changes/diff-snapshots.js';
import { recordChanges } from '../changes/record-changes.js';
import { snapshotEntities } from '../changes/snapshot-entities.js';
import { advanceDataVersion } from '../database/data-version.js';
import { BadUserInputError, fromNeo4jError } from '../errors.js';
import { checkGraphInvariants } from '../validation/graph-invariants.js';
import { planCooperationImport } from './import-cooperations.js';
import { planNodeImport } from './import-nodes.js';
import { writeOutcomeImport } from './import-outcomes.js';
import type { ImportPlan, RowOutcome } from './import-plan.js';
import { fileProblem, ProblemList, type ImportProblem } from './import-problems.js';
import { mapColumns } from './map-columns.js';
import { parseRows, type ParsedRow, type RowParser } from './parse-rows.js';
import { readTable } from './read-table.js';
import { importTemplates, importTypes, type ImportType } from './templates.js';

export interface ImportDeps {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
}

export type ImportStage = 'read' | 'check' | 'write';

export interface ImportOptions {
  type: ImportType; // what the file holds
  source?: string; // the source of rows that have an externalId but no source of their own (e.g. "kurs-portal")
  dryRun?: boolean; // check everything and report, write nothing
  maxBytes?: number; // largest file accepted; default 10 MiB
  maxRows?: number; // most data rows accepted; default 10,000
  maxProblems?: number; // problems listed in the report (the rest are counted); default 100
  onProgress?: (stage: ImportStage, done: number, total: number) => void; // e.g. for a progress bar
  viewer?: Viewer; // who imports, for the change history; default the script "import"
}

export interface ImportFile {
  name: string; // the file's name, for messages (the format is told from the content)
  content: Uint8Array; // the file's bytes; a Buffer is one
}

export interface ImportReport {
  type: ImportType;
  fileName: string;
  format?: 'csv' | 'xlsx';
  encoding?: string; // CSV: how the text was decoded
  dryRun: boolean;
  ok: boolean; // the file was accepted (and, unless a dry run, written)
  written: boolean; // the transaction committed
  rows: number; // data rows read
  created: number;
  updated: number;
  unchanged: number;
  outcomes: RowOutcome[]; // one per row, when the file was accepted
  problems: ImportProblem[]; // why the file was refused; empty when ok
  moreProblems: number; // problems beyond maxProblems, counted only
}

export const defaultMaxBytes = 10 * 1024 * 1024;
export const defaultMaxRows = 10_000;

/** One line per problem, and a count of those left out. */
export function describeProblems(report: ImportReport): string[] {
  const lines = report.problems.map((problem) => problem.message);
  if (report.moreProblems > 0) lines.push(`... and ${report.moreProblems} more problems`);
  return lines;
}

function plannerOf(type: ImportType) {
  return type === 'cooperations' ? planCooperationImport : planNodeImport;
}

async function planAndWrite(
  tx: Transaction,
  parser: RowParser,
  rows: ParsedRow[],
  problems: ProblemList,
  options: ImportOptions,
): Promise<ImportPlan | undefined> {
  const plan = await plannerOf(parser.template.type)(tx, parser, rows, problems);
  if (!plan) return undefined;
  // Nothing to write (a re-import): nothing can break a graph rule, and the rules need not be read.
  if (plan.writes === 0) return plan;
  const { label, keys, fields } = plan.touched;
  const before = await snapshotEntities(tx, label, keys, fields);
  await plan.write(tx, (done, total) => options.onProgress?.('write', done, total));
  // Recorded in the import's own transaction: a dry run or a refused file rolls the history back with the rest.
  await recordChanges(
    tx,
    options.viewer ?? systemViewer('import'),
    diffSnapshots(label, before, await snapshotEntities(tx, label, keys, fields)),
    `import:${parser.template.type}`,
  );
  try {
    await checkGraphInvariants(tx, plan.labels);
  } catch (error) {
    if (error instanceof BadUserInputError) {
      problems.add(
        fileProblem(
          'INVARIANT',
          `After the import, ${error.message.replace(/; nothing was written$/, '')}; nothing was written`,
        ),
      );
      return undefined;
    }
    throw error;
  }
  return plan;
}

/** Checks and imports one file; see the file comment. Throws only when the database fails, never for bad input. */
export async function importFile(deps: ImportDeps, file: ImportFile, options: ImportOptions): Promise<ImportReport> {
  if (!importTypes.includes(options.type)) {
    throw new BadUserInputError(`Unknown import type "${String(options.type)}"; use one of ${importTypes.join(', ')}`, {
      field: 'type',
      value: options.type,
    });
  }
  const template = importTemplates[options.type];
  const problems = new ProblemList(options.maxProblems ?? 100);
  const report: ImportReport = {
    type: options.type,
    fileName: file.name,
    dryRun: Boolean(options.dryRun),
    ok: false,
    written: false,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    outcomes: [],
    problems: [],
    moreProblems: 0,
  };
  const finish = (): ImportReport => ({
    ...report,
    ok: problems.count === 0,
    problems: problems.items,
    moreProblems: problems.omitted,
  });

  const source = options.source?.trim();
  if (options.source !== undefined && (source === '' || source!.length > 100)) {
    problems.add(
      fileProblem('BAD_VALUE', `The source "${options.source}" must be 1 to 100 characters long`, {
        value: options.source,
      }),
    );
    return finish();
  }

  options.onProgress?.('read', 0, 1);
  const read = await readTable(file.content, file.name, {
    maxBytes: options.maxBytes ?? defaultMaxBytes,
    maxRows: options.maxRows ?? defaultMaxRows,
  });
  if (!read.ok) {
    problems.add(read.problem);
    return finish();
  }
  const { table } = read;
  report.format = table.format;
  report.encoding = table.encoding;
  report.rows = table.rows.length;
  options.onProgress?.('read', 1, 1);

  const { map, problems: headerProblems } = mapColumns(template, table.header, table.rows);
  for (const problem of headerProblems) problems.add(problem);
  if (problems.count > 0) return finish();

  const parser: RowParser = { template, map, defaultSource: source };
  const rows = parseRows(parser, table.rows, problems, (done) => {
    if (done % 200 === 0 || done === table.rows.length) options.onProgress?.('check', done, table.rows.length);
  });
  if (problems.count > 0) return finish();

  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  try {
    // Outcomes are checked and written as the API's reportOutcomes does them (import-outcomes.ts).
    const plan =
      template.type === 'outcomes'
        ? await writeOutcomeImport(tx, parser, rows, problems, options.viewer ?? systemViewer('import'))
        : await planAndWrite(tx, parser, rows, problems, options);
    if (!plan || options.dryRun) {
      await tx.rollback();
    } else {
      // A re-import that writes nothing leaves the cached analyses as they are.
      if (plan.writes > 0) await advanceDataVersion(tx);
      await tx.commit();
      report.written = true;
    }
    if (plan) {
      report.outcomes = plan.outcomes;
      for (const outcome of plan.outcomes)
        report[outcome.action === 'create' ? 'created' : outcome.action === 'update' ? 'updated' : 'unchanged'] += 1;
    }
    return finish();
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    // Another import may have taken a key meanwhile (the unique constraint on source and externalId).
    const mapped = error instanceof Neo4jError ? fromNeo4jError(error) : undefined;
    if (mapped instanceof BadUserInputError) {
      problems.add(
        fileProblem(
          'CONFLICT',
          `${mapped.message}: another write took the same key while this file was imported; nothing was written, import it again`,
        ),
      );
      return finish();
    }
    throw error;
  } finally {
    await session.close();
  }
}
