// Reads one cell of an import file into the value its column means: numbers with a decimal comma or point, dates
// as YYYY-MM-DD or DD.MM.YYYY (or a date cell of a workbook), yes/no in German and English, enum values as schema
// keys or German and English labels, lists separated by commas. Then the column's field rule.
import { describeEnum, parseEnumValue } from './enum-values.js';
import { findMojibake } from './decode-text.js';
import type { ColumnSpec } from './templates.js';
import type { FieldRule } from '../validation/field-rules.js';
import { formulaProblem, listLimits, listRule, textRule } from '../validation/text-rules.js';

/** A cell as a reader delivers it: CSV gives strings, a workbook also numbers, booleans and dates. */
export type RawCell = string | number | boolean | Date | null;

export type CellValue = string | number | boolean | string[] | null;

export type ParsedCell = { ok: true; value: CellValue } | { ok: false; problem: string };

const formulaEscaped = /^'(?='*[=+\-@\t\r])/;

/** Undoes the export's guard against formula injection: "'=x" is "=x", "''=x" is "'=x". */
export function unescapeFormula(text: string): string {
  return formulaEscaped.test(text) ? text.slice(1) : text;
}

/** YYYY-MM-DD of a workbook's date cell (readers give dates at midnight UTC). */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return isoDateOf(date);
}

const dateHint = 'write YYYY-MM-DD or DD.MM.YYYY, e.g. 2027-02-01 or 01.02.2027';

export function parseDate(text: string): ParsedCell {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : undefined;
  if (!parts) return { ok: false, problem: `is not a date; ${dateHint}` };
  const date = calendarDate(Number(parts[0]), Number(parts[1]), Number(parts[2]));
  if (!date) return { ok: false, problem: 'is not a day of the calendar' };
  if (date < '1900-01-01' || date > '2199-12-31') return { ok: false, problem: 'is not a date between 1900 and 2199' };
  return { ok: true, value: date };
}

/** A decimal number with a decimal comma (German) or point; thousands separators only with a decimal separator. */
export function parseDecimal(text: string): number | undefined {
  const s = text.replace(/[\s\u00A0\u202F]/g, '');
  let normal: string | undefined;
  if (/^[+-]?\d+$/.test(s)) normal = s;
  else if (/^[+-]?\d*,\d+$/.test(s)) normal = s.replace(',', '.');
  else if (/^[+-]?\d*\.\d+$/.test(s)) normal = s;
  else if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) normal = s.replaceAll('.', '').replace(',', '.');
  else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(s)) normal = s.replaceAll(',', '');
  else if (/^[+-]?\d+([.,]\d+)?e[+-]?\d+$/i.test(s)) normal = s.replace(',', '.');
  if (normal === undefined) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/** A whole number; "1.000" and "1 000" are a thousand, as written in German. */
export function parseWholeNumber(text: string): number | undefined {
  const s = text.replace(/[\s\u00A0\u202F]/g, '');
  if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replaceAll('.', ''));
  const value = parseDecimal(text);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

const yes = new Set(['true', 'ja', 'yes', 'y', 'j', '1', 'x', 'wahr']);
const no = new Set(['false', 'nein', 'no', 'n', '0', 'falsch']);

function parseBoolean(text: string): ParsedCell {
  const word = text.toLowerCase();
  if (yes.has(word)) return { ok: true, value: true };
  if (no.has(word)) return { ok: true, value: false };
  return { ok: false, problem: 'is not yes or no; write ja or nein (also yes/no, true/false, x or 1/0)' };
}

function splitList(text: string): string[] {
  return text
    .split(/[,;|\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const agsPattern = /^\d{8,9}$/;

function agsProblem(item: string): string {
  const lost = /^\d{7}$/.test(item)
    ? ' (a leading zero lost? Spreadsheet programs drop it when a column is formatted as numbers: format it as text)'
    : '';
  return `is not a municipality key (AGS): 8 digits, 9 for a Samtgemeinde, e.g. "03256022"${lost}`;
}

/** The cell as text, as a person would read it; null for an empty cell. */
function textOf(column: ColumnSpec, raw: RawCell): string | null {
  if (raw === null) return null;
  if (raw instanceof Date) return isoDateOf(raw);
  if (typeof raw === 'number') {
    // A key typed into a number cell loses its leading zeros; put them back where the length is certain.
    if (column.kind === 'ags' && Number.isInteger(raw) && raw >= 1_000_000 && raw < 10_000_000)
      return String(raw).padStart(8, '0');
    if (column.key === 'postcode' && Number.isInteger(raw) && raw >= 1000 && raw < 10_000)
      return String(raw).padStart(5, '0');
    return String(raw);
  }
  if (typeof raw === 'boolean') return raw ? 'true' : 'false';
  const text = unescapeFormula(raw.trim());
  return text === '' ? null : text;
}

function parseByKind(column: ColumnSpec, raw: RawCell, text: string): ParsedCell {
  switch (column.kind) {
    case 'id':
      return text.length <= 200
        ? { ok: true, value: text }
        : { ok: false, problem: 'is too long for an id (at most 200 characters)' };
    case 'string':
      return /[\r\n]/.test(text) ? { ok: false, problem: 'must be one line of text' } : { ok: true, value: text };
    case 'text':
      return { ok: true, value: text };
    case 'int': {
      if (typeof raw === 'number')
        return Number.isInteger(raw) ? { ok: true, value: raw } : { ok: false, problem: 'is not a whole number' };
      const value = parseWholeNumber(text);
      if (value !== undefined) return { ok: true, value };
      return { ok: false, problem: parseDecimal(text) !== undefined ? 'is not a whole number' : 'is not a number' };
    }
    case 'float': {
      if (typeof raw === 'number') return { ok: true, value: raw };
      const value = parseDecimal(text);
      return value === undefined
        ? { ok: false, problem: 'is not a number; write e.g. 12,5 or 12.5' }
        : { ok: true, value };
    }
    case 'date':
      if (raw instanceof Date) return { ok: true, value: isoDateOf(raw) };
      if (typeof raw === 'number')
        return { ok: false, problem: `is a number, not a date: format the cell as a date or ${dateHint}` };
      return parseDate(text);
    case 'boolean':
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      return parseBoolean(text);
    case 'enum': {
      const value = parseEnumValue(column.enumName!, text);
      return value === undefined
        ? { ok: false, problem: `is not a known ${column.enumName}; use one of ${describeEnum(column.enumName!)}` }
        : { ok: true, value };
    }
    case 'enumList': {
      const values: string[] = [];
      for (const item of splitList(text)) {
        const value = parseEnumValue(column.enumName!, item);
        if (value === undefined)
          return {
            ok: false,
            problem: `contains "${item}", which is not a known ${column.enumName}; use values of ${describeEnum(column.enumName!)}, separated by commas`,
          };
        if (!values.includes(value)) values.push(value);
      }
      return { ok: true, value: values.length === 0 ? null : values };
    }
    case 'languages': {
      const values = splitList(text).map((item) => item.toLowerCase());
      return { ok: true, value: values.length === 0 ? null : values };
    }
    case 'ags':
      return agsPattern.test(text) ? { ok: true, value: text } : { ok: false, problem: agsProblem(text) };
    case 'agsList': {
      const values = splitList(text);
      const bad = values.find((item) => !agsPattern.test(item));
      if (bad !== undefined) return { ok: false, problem: `contains "${bad}", which ${agsProblem(bad)}` };
      return { ok: true, value: values.length === 0 ? null : [...new Set(values)] };
    }
    case 'idList': {
      const values = splitList(text);
      return { ok: true, value: values.length === 0 ? null : [...new Set(values)] };
    }
    case 'datetime':
      return { ok: true, value: text };
  }
}

// Columns without a field rule of their own still take the text rules every write path shares (text-rules.ts):
// no text is unbounded or carries control characters, wherever it comes from.
const keyText = textRule('key');
const defaultRules: Partial<Record<ColumnSpec['kind'], FieldRule>> = {
  id: keyText,
  string: textRule('line'),
  text: textRule('text', { multiline: true }),
  ags: keyText,
  idList: listRule(listLimits.default, keyText),
  agsList: listRule(listLimits.default, keyText),
  enumList: listRule(listLimits.enumList),
  languages: listRule(listLimits.languages, textRule('languageCode')),
};

/** Parses a cell of an importable column; an empty cell is null. */
export function parseCell(column: ColumnSpec, raw: RawCell): ParsedCell {
  const text = textOf(column, raw);
  if (text === null) return { ok: true, value: null };
  if (typeof raw === 'string') {
    const broken = findMojibake(text);
    if (broken) return { ok: false, problem: broken };
  }
  const parsed = parseByKind(column, raw, text);
  const rule = column.rule ?? defaultRules[column.kind];
  if (!parsed.ok || parsed.value === null || !rule) return parsed;
  const problem = rule(parsed.value);
  if (problem === formulaProblem && typeof raw === 'string' && raw.trim() !== text)
    // The cell came from an export, which defuses formulas with an apostrophe; the stored text is still refused.
    return { ok: false, problem: `${problem}; the apostrophe in front only keeps a spreadsheet from running it` };
  return problem ? { ok: false, problem } : parsed;
}

/** The cell as written, for messages. */
export function cellText(raw: RawCell): string {
  if (raw === null) return '';
  if (raw instanceof Date) return isoDateOf(raw);
  return String(raw);
}
