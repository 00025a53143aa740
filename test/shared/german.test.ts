// The server's German: counts with the right form, dates as TT.MM.JJJJ in Berlin, numbers with a decimal comma.
import { describe, expect, it } from 'vitest';
import { countOf, pluralFormOf } from '../../shared/german/count-of.js';
import { formatGermanDate } from '../../shared/german/format-german-date.js';
import { formatGermanNumber, formatGermanPercent } from '../../shared/german/format-german-number.js';
import { words } from '../../shared/german/words.js';

describe('countOf', () => {
  it('takes the singular after exactly one and the plural otherwise', () => {
    expect(countOf(1, words.offer)).toBe('1 Angebot');
    expect(countOf(0, words.offer)).toBe('0 Angebote');
    expect(countOf(2, words.freePlace)).toBe('2 freie Plätze');
    expect(countOf(1, words.freePlace)).toBe('1 freier Platz');
    expect(countOf(1, { one: 'Person wartet', other: 'Personen warten' })).toBe('1 Person wartet');
    expect(countOf(1234, words.person)).toBe('1.234 Personen');
    expect(countOf(1.5, words.week, 1)).toBe('1,5 Wochen');
    expect(pluralFormOf(91, words.dayDative)).toBe('Tagen');
  });
});

describe('formatGermanDate', () => {
  it('writes a calendar day as TT.MM.JJJJ whatever the time zone', () => {
    expect(formatGermanDate('2027-01-25')).toBe('25.01.2027');
    expect(formatGermanDate('2028-02-29')).toBe('29.02.2028');
    expect(formatGermanDate(null)).toBe('–');
  });

  it('writes a moment as the day it falls on in Berlin', () => {
    expect(formatGermanDate('2026-12-31T23:30:00Z')).toBe('01.01.2027'); // 00:30 in Berlin (winter time)
    expect(formatGermanDate('2027-06-30T22:30:00.000Z')).toBe('01.07.2027'); // 00:30 in Berlin (summer time)
    expect(formatGermanDate('2027-06-30T21:30:00.000Z')).toBe('30.06.2027');
  });

  it('refuses what is no date, naming it', () => {
    expect(() => formatGermanDate('gestern')).toThrow('not a date: "gestern"');
  });
});

describe('formatGermanNumber', () => {
  it('uses a decimal comma and a dot between thousands', () => {
    expect(formatGermanNumber(45.5)).toBe('45,5');
    expect(formatGermanNumber(12345.67, 2)).toBe('12.345,67');
    expect(formatGermanPercent(0.256)).toBe('26 %');
  });
});
