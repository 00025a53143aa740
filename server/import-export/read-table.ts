// Reads an uploaded file (CSV or XLSX, told apart by content, not by name) into a header and rows of cells,
// refusing what cannot be read with a message that says why: empty, too large, too many rows, not text in a known
// encoding, not a workbook, broken CSV quoting.
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { decodeText, type TextEncoding } from './decode-text.js';
import { fileProblem, type ImportProblem } from './import-problems.js';
import type { RawCell } from './parse-cell.js';

export interface TableRow {
  row: number; // as a spreadsheet program numbers it: the header is row 1
  cells: RawCell[];
}

export interface Table {
  format: 'csv' | 'xlsx';
  encoding?: TextEncoding; // CSV only
  delimiter?: string; // CSV only
  header: RawCell[];
  rows: TableRow[]; // data rows, blank rows left out
}

export interface ReadLimits {
  maxBytes: number; // the file's size
  maxRows: number; // data rows
}

export type ReadResult = { ok: true; table: Table } | { ok: false; problem: ImportProblem };

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
const count = (n: number) => n.toLocaleString('en-GB');

// A workbook expands when unzipped; beyond this many times the file's limit it is refused unread (a zip bomb).
const maxExpansion = 20;

function isBlank(cells: RawCell[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

function sniffFormat(bytes: Uint8Array): 'xlsx' | 'xls' | 'text' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  return 'text';
}

/** The delimiter used most in the header line (outside quotes): semicolon, comma or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ';';
  for (const [delimiter, n] of counts) if (n > counts.get(best)!) best = delimiter;
  return best;
}

function readCsv(bytes: Uint8Array, limits: ReadLimits): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { ok: false, problem: fileProblem('ENCODING', decoded.message, decoded.line ? { row: decoded.line } : {}) };
  if (decoded.text.trim() === '')
    return { ok: false, problem: fileProblem('EMPTY_FILE', 'The file holds no data: it is empty or only blank') };
  const delimiter = detectDelimiter(decoded.text);
  let records: string[][];
  try {
    // Blank lines are kept, so that record n is row n as a spreadsheet program shows it.
    records = parseCsv(decoded.text, { delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) {
      const row = ((error as unknown as { records?: number }).records ?? 0) + 1;
      const line = (error as unknown as { lines?: number }).lines;
      const what =
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a quoted cell ("...") is never closed'
          : error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'INVALID_OPENING_QUOTE'
            ? 'a quote (") stands inside a cell that is not quoted as a whole; double it ("") or quote the whole cell'
            : error.message;
      // An unclosed quote is only noticed at the end of the file, so its line says nothing.
      const at = line && error.code !== 'CSV_QUOTE_NOT_CLOSED' ? ` (line ${line})` : '';
      return {
        ok: false,
        problem: fileProblem('UNREADABLE', `Row ${row}${at}: the CSV cannot be read: ${what}`, { row }),
      };
    }
    throw error;
  }
  return finish({ format: 'csv', encoding: decoded.encoding, delimiter }, records, limits);
}

function uncompressedSize(bytes: Uint8Array): number | undefined {
  let total = 0;
  try {
    // The filter sees each entry's declared size and declines it, so nothing is inflated here.
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return total;
}

async function readXlsx(bytes: Uint8Array, limits: ReadLimits): Promise<ReadResult> {
  const expanded = uncompressedSize(bytes);
  if (expanded === undefined)
    return {
      ok: false,
      problem: fileProblem(
        'UNREADABLE',
        'The file is not a readable Excel workbook (.xlsx): the zip archive is damaged',
      ),
    };
  if (expanded > limits.maxBytes * maxExpansion) {
    return {
      ok: false,
      problem: fileProblem(
        'FILE_TOO_LARGE',
        `The workbook unpacks to ${megabytes(expanded)}; at most ${megabytes(limits.maxBytes * maxExpansion)} can be read. Split it into several files`,
      ),
    };
  }
  let data: RawCell[][];
  try {
    data = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      trim: false,
    })) as unknown as RawCell[][];
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (
      name === 'InvalidInputError' ||
      name === 'InvalidSpreadsheetError' ||
      name === 'SheetNotFoundError' ||
      error instanceof SyntaxError
    ) {
      return {
        ok: false,
        problem: fileProblem(
          'UNREADABLE',
          `The file is not a readable Excel workbook (.xlsx): ${(error as Error).message || name}`,
        ),
      };
    }
    throw error;
  }
  return finish({ format: 'xlsx' }, data, limits);
}

function finish(
  meta: Pick<Table, 'format' | 'encoding' | 'delimiter'>,
  records: RawCell[][],
  limits: ReadLimits,
): ReadResult {
  const header = records[0];
  if (!header || isBlank(header)) {
    return {
      ok: false,
      problem: fileProblem(
        records.some((cells) => !isBlank(cells)) ? 'MISSING_COLUMN' : 'EMPTY_FILE',
        records.some((cells) => !isBlank(cells))
          ? 'Row 1 must hold the column names, but it is empty'
          : 'The file holds no data: it is empty or only blank',
        { row: 1 },
      ),
    };
  }
  const rows: TableRow[] = [];
  for (let index = 1; index < records.length; index += 1) {
    const cells = records[index]!;
    if (!isBlank(cells)) rows.push({ row: index + 1, cells });
  }
  if (rows.length > limits.maxRows) {
    return {
      ok: false,
      problem: fileProblem(
        'TOO_MANY_ROWS',
        `The file has ${count(rows.length)} data rows; at most ${count(limits.maxRows)} can be imported at once. Split it into several files`,
      ),
    };
  }
  if (rows.length === 0)
    return {
      ok: false,
      problem: fileProblem('NO_ROWS', 'The file has column names in row 1 but no data rows below them'),
    };
  return { ok: true, table: { ...meta, header, rows } };
}

/** Reads a file into a table, or names the one reason why it cannot be read. */
export async function readTable(content: Uint8Array, fileName: string, limits: ReadLimits): Promise<ReadResult> {
  if (content.byteLength === 0)
    return { ok: false, problem: fileProblem('EMPTY_FILE', `The file "${fileName}" is empty (0 bytes)`) };
  if (content.byteLength > limits.maxBytes) {
    return {
      ok: false,
      problem: fileProblem(
        'FILE_TOO_LARGE',
        `The file "${fileName}" is ${megabytes(content.byteLength)}; at most ${megabytes(limits.maxBytes)} can be imported at once. Split it into several files`,
      ),
    };
  }
  const format = sniffFormat(content);
  if (format === 'xls') {
    return {
      ok: false,
      problem: fileProblem(
        'UNREADABLE',
        `The file "${fileName}" is an old Excel workbook (.xls) or a password-protected one; save it as an Excel workbook (.xlsx) without password, or as CSV UTF-8`,
      ),
    };
  }
  if (format === 'xlsx') return readXlsx(content, limits);
  if (/\.xlsx$/i.test(fileName))
    return {
      ok: false,
      problem: fileProblem('UNREADABLE', `The file "${fileName}" is named .xlsx but is not an Excel workbook`),
    };
  return readCsv(content, limits);
}
