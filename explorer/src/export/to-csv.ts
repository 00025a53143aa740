// CSV for spreadsheets: semicolon separated (what German Excel expects), every cell quoted when it needs to be,
// and cells a spreadsheet would run as a formula (starting with = + - @, tab or CR) prefixed with a quote.
export type Cell = string | number | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;

export function toCsvCell(value: Cell): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(toCsvCell).join(';')).join('\r\n') + '\r\n';
}
