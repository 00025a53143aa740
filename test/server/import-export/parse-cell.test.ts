// Reading cells without a database: German and international numbers and dates, yes/no, enum labels, lists,
// keys typed into number cells, and the formula escape that the export adds and the import takes off.
import { describe, expect, it } from 'vitest';
import { parseEnumValue } from '../../../server/import-export/enum-values.js';
import {
  parseCell,
  parseDate,
  parseDecimal,
  parseWholeNumber,
  unescapeFormula,
} from '../../../server/import-export/parse-cell.js';
import { importTemplates } from '../../../server/import-export/templates.js';
import { escapeFormula } from '../../../server/import-export/write-table.js';

const column = (type: keyof typeof importTemplates, key: string) =>
  importTemplates[type].columns.find((spec) => spec.key === key)!;

describe('dates', () => {
  it('accepts YYYY-MM-DD and DD.MM.YYYY (also without leading zeros)', () => {
    expect(parseDate('2027-02-01')).toEqual({ ok: true, value: '2027-02-01' });
    expect(parseDate('01.02.2027')).toEqual({ ok: true, value: '2027-02-01' });
    expect(parseDate('1.2.2027')).toEqual({ ok: true, value: '2027-02-01' });
    expect(parseDate('29.02.2028')).toEqual({ ok: true, value: '2028-02-29' });
  });
  it('refuses days that are not in the calendar and other formats', () => {
    expect(parseDate('29.02.2027')).toEqual({ ok: false, problem: 'is not a day of the calendar' });
    expect(parseDate('2027-13-01')).toEqual({ ok: false, problem: 'is not a day of the calendar' });
    expect(parseDate('02/01/2027').ok).toBe(false);
    expect(parseDate('1.2.27').ok).toBe(false);
    expect(parseDate('01.02.1850')).toEqual({ ok: false, problem: 'is not a date between 1900 and 2199' });
  });
  it('takes a workbook date cell as the day it shows, and refuses a plain number', () => {
    expect(parseCell(column('offers', 'startDate'), new Date(Date.UTC(2027, 1, 1)))).toEqual({
      ok: true,
      value: '2027-02-01',
    });
    expect(parseCell(column('offers', 'startDate'), 46000).ok).toBe(false);
  });
});

describe('numbers', () => {
  it('reads a decimal comma, a decimal point and thousands groups next to a decimal mark', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('-60,25')).toBe(-60.25);
    expect(parseDecimal('1.234,56')).toBe(1234.56);
    expect(parseDecimal('1,234.56')).toBe(1234.56);
    expect(parseDecimal(',5')).toBe(0.5);
    expect(parseDecimal('1e-7')).toBe(1e-7);
    expect(parseDecimal('12 Euro')).toBeUndefined();
    expect(parseDecimal('1,2,3')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
  });
  it('reads whole numbers with German thousands groups, and refuses fractions', () => {
    expect(parseWholeNumber('1.000')).toBe(1000);
    expect(parseWholeNumber('1 000')).toBe(1000);
    expect(parseWholeNumber('12,0')).toBe(12);
    expect(parseWholeNumber('12,5')).toBeUndefined();
    expect(parseCell(column('offers', 'capacity'), 20)).toEqual({ ok: true, value: 20 });
    expect(parseCell(column('offers', 'capacity'), 20.5)).toEqual({ ok: false, problem: 'is not a whole number' });
  });
  it('applies the field rule after reading', () => {
    expect(parseCell(column('offers', 'capacity'), '-1')).toEqual({
      ok: false,
      problem: 'must be a whole number of 0 or more',
    });
    expect(parseCell(column('cooperations', 'strength'), '4')).toEqual({
      ok: false,
      problem: 'must be a whole number from 1 to 3',
    });
    expect(parseCell(column('offers', 'cost'), '-0,5')).toEqual({
      ok: false,
      problem: 'must be a number of 0 or more',
    });
  });
});

describe('yes and no', () => {
  it('understands German and English words, x and 1/0, and workbook booleans', () => {
    const childcare = column('offers', 'childcare');
    for (const yes of ['ja', 'Ja', 'JA', 'yes', 'true', 'WAHR', 'x', '1', true])
      expect(parseCell(childcare, yes)).toEqual({ ok: true, value: true });
    for (const no of ['nein', 'no', 'false', 'falsch', '0', false])
      expect(parseCell(childcare, no)).toEqual({ ok: true, value: false });
    expect(parseCell(childcare, '').ok && parseCell(childcare, '')).toEqual({ ok: true, value: null });
    expect(parseCell(childcare, 'vielleicht').ok).toBe(false);
  });
});

describe('enum values', () => {
  it('accepts the schema key, the German and the English label, in any case, with umlauts spelled out', () => {
    expect(parseEnumValue('ActorKind', 'COURSE_PROVIDER')).toBe('COURSE_PROVIDER');
    expect(parseEnumValue('ActorKind', 'course provider')).toBe('COURSE_PROVIDER');
    expect(parseEnumValue('ActorKind', 'Kursträger')).toBe('COURSE_PROVIDER');
    expect(parseEnumValue('ActorKind', 'KURSTRAEGER')).toBe('COURSE_PROVIDER');
    expect(parseEnumValue('ActorKind', 'VHS')).toBe('ADULT_EDUCATION_CENTRE');
    expect(parseEnumValue('OfferCategory', 'Sprachcafe')).toBe('LANGUAGE_CAFE');
    expect(parseEnumValue('CourseType', 'Eltern')).toBe('PARENTS');
    expect(parseEnumValue('TargetGroup', 'Jugendliche')).toBe('YOUTH');
    expect(parseEnumValue('ActorKind', 'Kurstraeger-X')).toBeUndefined();
  });
  it('reads lists of enum values, without repeats', () => {
    expect(parseCell(column('offers', 'targetGroups'), 'Eltern, WOMEN; Frauen')).toEqual({
      ok: true,
      value: ['PARENTS', 'WOMEN'],
    });
  });
});

describe('keys and lists', () => {
  it('puts back the leading zero of an AGS or postcode typed into a number cell', () => {
    expect(parseCell(column('actors', 'municipalityAgs'), 3256022)).toEqual({ ok: true, value: '03256022' });
    expect(parseCell(column('actors', 'postcode'), 1067)).toEqual({ ok: true, value: '01067' });
    expect(parseCell(column('actors', 'municipalityAgs'), '3256022').ok).toBe(false);
  });
  it('reads language codes in lower case and checks them', () => {
    expect(parseCell(column('actors', 'languages'), 'DE, ar')).toEqual({ ok: true, value: ['de', 'ar'] });
    expect(parseCell(column('actors', 'languages'), 'Deutsch')).toEqual({
      ok: false,
      problem: 'must be language codes like "de", "ar" or "uk" (ISO 639, lower case)',
    });
  });
  it('keeps text on one line where the schema wants a name, and trims it', () => {
    expect(parseCell(column('actors', 'name'), '  Verein  ')).toEqual({ ok: true, value: 'Verein' });
    expect(parseCell(column('actors', 'name'), 'Zwei\nZeilen')).toEqual({
      ok: false,
      problem: 'must be one line of text',
    });
    expect(parseCell(column('actors', 'description'), 'Zwei\nZeilen')).toEqual({ ok: true, value: 'Zwei\nZeilen' });
  });
});

describe('the formula escape', () => {
  const values = [
    '=SUM(A1)',
    '+49 5021',
    '-5',
    '@cmd',
    '\tTab',
    '\rCR',
    "'=x",
    "''=x",
    "'abc",
    'abc',
    "'",
    '',
    "It's",
    "'-",
  ];
  it('is undone by the import for every value, so that export and import are inverse', () => {
    for (const value of values) expect(unescapeFormula(escapeFormula(value))).toBe(value);
  });
  it('escapes exactly what a spreadsheet would run', () => {
    expect(values.map(escapeFormula)).toEqual([
      "'=SUM(A1)",
      "'+49 5021",
      "'-5",
      "'@cmd",
      "'\tTab",
      "'\rCR",
      "''=x",
      "'''=x",
      "'abc",
      'abc',
      "'",
      '',
      "It's",
      "''-",
    ]);
  });
});

describe('text rules shared with every write path', () => {
  it('refuses control characters and bidirectional overrides in columns with a rule and in those without', () => {
    const title = parseCell(column('offers', 'title'), 'Kurs\u0000A');
    expect(title).toEqual({
      ok: false,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
      problem: expect.stringMatching(/must not contain control characters.*U\+0000 \(NUL\) at character 5/),
    });
    // providerId and municipalityName have no field rule of their own: the default rule of their kind holds.
    expect(parseCell(column('offers', 'providerId'), 'abc\u202Edef')).toEqual({
      ok: false,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
      problem: expect.stringMatching(/U\+202E \(RIGHT-TO-LEFT OVERRIDE\) at character 4/),
    });
    expect(parseCell(column('needs', 'municipalityName'), 'x'.repeat(501)).ok).toBe(false);
    expect(parseCell(column('offers', 'description'), 'Zeile 1\nZeile 2')).toEqual({
      ok: true,
      value: 'Zeile 1\nZeile 2',
    });
    expect(parseCell(column('offers', 'description'), 'x'.repeat(5_001)).ok).toBe(false);
  });
});
