// A table as a view shows it, ready for spreadsheets: one description (headers, typed cells) written as CSV for
// German Excel (semicolon, decimal comma, dates as TT.MM.JJJJ, BOM) or as XLSX (typed cells: numbers stay numbers,
// dates are dates shown as TT.MM.JJJJ). The views build the table (explorer/src/export/view-tables.ts); the export
// menu (export-menu.ts) writes it.
import writeXlsxFile from 'write-excel-file/browser';
import type { Row } from 'write-excel-file/browser';
import { toCsv, type Cell } from './to-csv';

export type ColumnType = 'text' | 'number' | 'date';

export interface ExportColumn {
  header: string;
  type?: ColumnType; // default text
  digits?: number; // numbers: decimal places shown (default 0)
}

/** A cell: text, a number, an ISO date (YYYY-MM-DD) in a date column, or empty. */
export type ExportCell = string | number | null | undefined;

export interface ExportTable {
  /** The file's first word and the sheet's name, e.g. "Angebote". */
  name: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2027-01-25" as "25.01.2027"; another text unchanged. */
export function germanDate(value: string): string {
  const match = isoDate.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

/** A number as German Excel reads it: decimal comma, no thousands separator. */
export function excelNumber(value: number, digits = 0): string {
  return (Math.round(value * 10 ** digits) / 10 ** digits).toFixed(digits).replace('.', ',');
}

function csvCell(column: ExportColumn, value: ExportCell): Cell {
  if (value === null || value === undefined || value === '') return '';
  if (column.type === 'number' && typeof value === 'number') return excelNumber(value, column.digits ?? 0);
  if (column.type === 'date' && typeof value === 'string') return germanDate(value);
  return value;
}

/** The table as CSV text (without the BOM, which download.ts's downloadText writes). */
export function tableToCsv(table: ExportTable): string {
  return toCsv(
    table.columns.map((c) => c.header),
    table.rows.map((row) => table.columns.map((column, i) => csvCell(column, row[i]))),
  );
}

const numberFormat = (digits: number) => (digits > 0 ? `0.${'0'.repeat(digits)}` : '0');

/** A text a spreadsheet would run as a formula gets a leading quote, as in the CSV (to-csv.ts). */
const safeText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function xlsxCell(column: ExportColumn, value: ExportCell): Row[number] {
  if (value === null || value === undefined || value === '') return null;
  if (column.type === 'number' && typeof value === 'number')
    return { type: Number, value, format: numberFormat(column.digits ?? 0) };
  if (column.type === 'date' && typeof value === 'string') {
    const match = isoDate.exec(value);
    if (match)
      return {
        type: Date,
        value: new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
        format: 'dd.mm.yyyy',
      };
  }
  return { type: String, value: safeText(String(value)) };
}

/** The table as an XLSX workbook of one sheet, the header row bold and kept in view. */
export function tableToXlsx(table: ExportTable): Promise<Blob> {
  const header: Row = table.columns.map((c) => ({ type: String, value: c.header, fontWeight: 'bold' }));
  const rows: Row[] = table.rows.map((row) => table.columns.map((column, i) => xlsxCell(column, row[i])));
  const widths = table.columns.map((column, i) => ({
    width: Math.min(
      60,
      Math.max(column.header.length, ...table.rows.slice(0, 200).map((row) => String(row[i] ?? '').length)) + 2,
    ),
  }));
  // Excel allows sheet names of at most 31 characters, without []:*?/\
  const sheet = table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  return writeXlsxFile([header, ...rows], { sheet, columns: widths, stickyRowsCount: 1 }).toBlob();
}
