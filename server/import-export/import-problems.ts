// What is wrong with an import file, located as a spreadsheet program shows it: row number (the header is row 1),
// column letter and header, and the value as it was in the cell.
import { quote } from '../errors.js';

export type ProblemReason =
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'ENCODING'
  | 'UNREADABLE'
  | 'NO_ROWS'
  | 'UNKNOWN_COLUMN'
  | 'MISSING_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'EXTRA_CELLS'
  | 'BAD_VALUE'
  | 'REQUIRED'
  | 'UNKNOWN_REFERENCE'
  | 'DUPLICATE_KEY'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INVARIANT';

export interface ImportProblem {
  reason: ProblemReason;
  message: string; // the whole sentence, with row, column and value
  row?: number; // 1 is the header row
  column?: string; // A, B, ..., AA
  header?: string; // the column's header as written in the file
  value?: string; // the cell as written
}

export interface CellLocation {
  row: number;
  columnIndex: number; // 0-based
  header: string;
}

/** A, B, ..., Z, AA, AB, ... for a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellProblem(reason: ProblemReason, at: CellLocation, value: string, problem: string): ImportProblem {
  const column = columnLetter(at.columnIndex);
  return {
    reason,
    row: at.row,
    column,
    header: at.header,
    value,
    message: `Row ${at.row}, column ${column}${at.header ? ` (${at.header})` : ''}: ${quote(value)} ${problem}`,
  };
}

export function rowProblem(reason: ProblemReason, row: number, problem: string): ImportProblem {
  return { reason, row, message: `Row ${row}: ${problem}` };
}

export function fileProblem(reason: ProblemReason, message: string, extra: Partial<ImportProblem> = {}): ImportProblem {
  return { reason, message, ...extra };
}

/** Collects problems up to a limit, so that a file with thousands of bad rows still gives a readable report. */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  omitted = 0;

  constructor(private readonly limit = 100) {}

  add(problem: ImportProblem): void {
    if (this.items.length < this.limit) this.items.push(problem);
    else this.omitted += 1;
  }

  get count(): number {
    return this.items.length + this.omitted;
  }
}
