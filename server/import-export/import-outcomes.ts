// The outcomes sheet of the import (issue 19): per offer and period the counts, checked and written exactly as the
// API's reportOutcomes does (server/analysis/outcomes/report-outcomes.ts, inside the import's transaction), with every
// problem located in the file by row and column. Any problem and nothing is written.
import type { Transaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer.js';
import type { OutcomeItem, OutcomeNames, OutcomeProblem } from '../analysis/outcomes/check-outcome.js';
import { writeOutcomeItems } from '../analysis/outcomes/report-outcomes.js';
import type { ImportPlan } from './import-plan.js';
import { cellProblem, rowProblem, type ProblemList, type ProblemReason } from './import-problems.js';
import { enumLabel } from './enum-values.js';
import { columnName, locate, type ParsedRow, type RowParser } from './parse-rows.js';

type Item = OutcomeItem & { source?: string | null };

// The counts a row may leave empty (exam figures: only where the category has the exam).
const optionalCounts = [
  'dtzB1',
  'dtzA2',
  'dtzBelowA2',
  'orientationPassed',
  'orientationFailed',
  'certificates',
] as const;

function itemOf(parser: RowParser, row: ParsedRow): Item {
  const text = (key: string) => {
    const value = row.values.get(key);
    return typeof value === 'string' ? value : null;
  };
  const number = (key: string) => {
    const value = row.values.get(key);
    return typeof value === 'number' ? value : null;
  };
  const item: Item = {
    offerId: text('offerId'),
    externalId: text('offerExternalId'),
    source: text('offerSource') ?? parser.defaultSource ?? null,
    periodStart: text('periodStart'),
    periodEnd: text('periodEnd'),
    started: number('started') ?? 0,
    finished: number('finished') ?? 0,
    droppedOut: number('droppedOut') ?? 0,
  };
  for (const key of optionalCounts) item[key] = number(key);
  return item;
}

/** The file's column that holds what a problem of the API's checks names. */
function columnOf(parser: RowParser, field: string): string {
  if (field === 'externalId') return 'offerExternalId';
  if (field === 'offerId') return parser.map.byKey.has('offerId') ? 'offerId' : 'offerExternalId';
  return field;
}

/** The API's checks, said with the file's column headers and the categories' German labels. */
function namesOf(parser: RowParser): OutcomeNames {
  const keys: Record<string, string> = { source: 'offerSource', externalId: 'offerExternalId' };
  const field = (name: string) => columnName(parser, keys[name] ?? name);
  return {
    field,
    category: (value) => `"${enumLabel('OfferCategory', value, 'de')}"`,
    missingSource: `a source: fill ${field('source')} or give the import a source (--source=...)`,
  };
}

function reasonOf(message: string): ProblemReason {
  if (message.includes('there is no offer')) return 'UNKNOWN_REFERENCE';
  if (message.includes('occur twice')) return 'DUPLICATE_KEY';
  if (message.includes('overlaps')) return 'CONFLICT';
  return 'BAD_VALUE';
}

function locateProblem(parser: RowParser, rows: ParsedRow[], problem: OutcomeProblem, problems: ProblemList): void {
  const row = rows[problem.index]!;
  // The API's message names the item (outcomes[3].finished: ...); here the row and column say where.
  const what = problem.message.replace(/^outcomes\[\d+\](\.\w+)?: /, '');
  const key = columnOf(parser, problem.field);
  if (!parser.map.byKey.has(key)) {
    problems.add(rowProblem(reasonOf(what), row.row, what));
    return;
  }
  problems.add(cellProblem(reasonOf(what), locate(parser, row, key), row.texts.get(key) ?? '', what));
}

/** Checks and writes the rows inside the import's transaction; undefined (with the problems listed) when refused. */
export async function writeOutcomeImport(
  tx: Transaction,
  parser: RowParser,
  rows: ParsedRow[],
  problems: ProblemList,
  viewer: Viewer,
): Promise<Pick<ImportPlan, 'outcomes' | 'writes'> | undefined> {
  const items = rows.map((row) => itemOf(parser, row));
  const result = await writeOutcomeItems(tx, viewer, parser.defaultSource, items, undefined, namesOf(parser));
  if (!result.ok) {
    for (const { index } of result.foreign)
      problems.add(
        rowProblem(
          'FORBIDDEN',
          rows[index]!.row,
          `names an offer of another provider: a partner imports outcomes only for offers of its own Actor`,
        ),
      );
    for (const problem of [...result.problems].sort((a, b) => a.index - b.index))
      locateProblem(parser, rows, problem, problems);
    return undefined;
  }
  const { actions } = result.write;
  return {
    writes: actions.filter((action) => action !== 'unchanged').length,
    outcomes: rows.map((row, index) => {
      const item = items[index]!;
      const action = actions[index]!;
      return {
        row: row.row,
        action,
        key: `${item.offerId ?? `${item.source ?? ''}/${item.externalId ?? ''}`} ${String(item.periodStart)}..${String(item.periodEnd)}`,
        fields:
          action === 'unchanged'
            ? []
            : parser.map.columns.map((column) => column.spec.key).filter((key) => row.values.get(key) !== null),
      };
    }),
  };
}
