// Writes a table as CSV or XLSX for spreadsheet programs, safe against formula injection: a text cell that starts
// with = + - @, a tab or a carriage return (after any apostrophes) gets one more apostrophe in front, so that no
// spreadsheet runs it; the import takes it off again (unescapeFormula), so exported lists import unchanged.
// German (de): semicolons, decimal comma, German headers and labels, what German Excel expects. English (en):
// commas, decimal point, English headers and the schema's enum keys. CSV is UTF-8 with BOM, lines end in CRLF.
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';
import { enumLabel } from './enum-values.js';
import type { PlainValue } from './neo4j-values.js';
import type { ColumnSpec } from './templates.js';

export type Language = 'de' | 'en';

export type TableColumn = Pick<ColumnSpec, 'key' | 'de' | 'kind' | 'enumName'>;

export type TableRecord = Record<string, PlainValue | undefined>;

const formulaStart = /^'*[=+\-@\t\r]/;

/** Guards a text cell against being run as a formula; see the file comment. */
export function escapeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function headerOf(column: TableColumn, language: Language): string {
  return language === 'de' ? column.de : column.key;
}

/** A value as text: a list joined by commas, a point (no column holds one; latitude and longitude have their own) as both. */
function textOf(value: NonNullable<PlainValue>): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return `${value.latitude}, ${value.longitude}`;
  return String(value);
}

/** A cell as text, before CSV quoting; numbers and dates are never escaped, since they cannot be formulas. */
export function cellTextOf(column: TableColumn, value: PlainValue | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  switch (column.kind) {
    case 'int':
      return textOf(value);
    case 'float':
      return language === 'de' ? textOf(value).replace('.', ',') : textOf(value);
    case 'date':
      return textOf(value);
    case 'boolean':
      return value ? (language === 'de' ? 'ja' : 'true') : language === 'de' ? 'nein' : 'false';
    case 'enum':
      return language === 'de' ? enumLabel(column.enumName!, textOf(value), 'de') : textOf(value);
    case 'enumList':
      return (value as string[])
        .map((item) => (language === 'de' ? enumLabel(column.enumName!, item, 'de') : item))
        .join(', ');
    default:
      return escapeFormula(textOf(value));
  }
}

function quoteCsv(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

export function toCsv(columns: TableColumn[], records: TableRecord[], language: Language): Buffer {
  const delimiter = language === 'de' ? ';' : ',';
  const lines = [
    columns.map((column) => quoteCsv(escapeFormula(headerOf(column, language)), delimiter)).join(delimiter),
  ];
  for (const record of records)
    lines.push(
      columns.map((column) => quoteCsv(cellTextOf(column, record[column.key], language), delimiter)).join(delimiter),
    );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

function xlsxCell(column: TableColumn, value: PlainValue | undefined, language: Language): Cell {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'int':
    case 'float':
      return { value: value as number, type: Number };
    case 'boolean':
      return { value: value as boolean, type: Boolean };
    case 'date': {
      const [year, month, day] = textOf(value).split('-').map(Number);
      return {
        value: new Date(Date.UTC(year!, month! - 1, day)),
        type: Date,
        format: language === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd',
      };
    }
    default:
      return { value: cellTextOf(column, value, language), type: String };
  }
}

/** Excel's limits on sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

export async function toXlsx(
  columns: TableColumn[],
  records: TableRecord[],
  language: Language,
  sheet: string,
): Promise<Buffer> {
  const header: Cell[] = columns.map((column) => ({
    value: headerOf(column, language),
    type: String,
    fontWeight: 'bold',
  }));
  const data: SheetData = [
    header,
    ...records.map((record) => columns.map((column) => xlsxCell(column, record[column.key], language))),
  ];
  const widths = columns.map((column) => {
    let longest = headerOf(column, language).length;
    for (const record of records.slice(0, 500))
      longest = Math.max(longest, cellTextOf(column, record[column.key], language).length);
    return { width: Math.min(60, Math.max(8, longest + 2)) };
  });
  return writeXlsxFile(data, {
    sheet: sheetName(sheet),
    stickyRowsCount: 1,
    columns: widths,
    dateFormat: 'yyyy-mm-dd',
  }).toBuffer();
}
