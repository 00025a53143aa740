// The shared calendar: today in Berlin whatever the process's time zone, and day and month arithmetic that clamps
// to the month's end. Every "now" is a fixed moment, not the process clock.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  isCalendarDay,
  monthsBefore,
  startOfMonth,
  todayInGermany,
} from '../../shared/calendar.js';

describe('todayInGermany', () => {
  it.each([
    // New Year: 23:30 UTC on 31 December is already 00:30 on 1 January in Berlin (UTC+1).
    ['2026-12-31T23:30:00Z', '2027-01-01'],
    ['2026-12-31T22:59:59Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    // Spring forward, 28 March 2027: 00:30 UTC is 01:30 CET; 22:30 UTC that evening is 00:30 CEST on the 29th.
    ['2027-03-28T00:30:00Z', '2027-03-28'],
    ['2027-03-27T22:30:00Z', '2027-03-27'],
    ['2027-03-27T23:30:00Z', '2027-03-28'],
    ['2027-03-28T21:59:59Z', '2027-03-28'],
    ['2027-03-28T22:30:00Z', '2027-03-29'],
    // Fall back, 31 October 2027: 22:30 UTC is 23:30 CET on the 31st; 23:30 UTC is 00:30 on 1 November.
    ['2027-10-31T22:30:00Z', '2027-10-31'],
    ['2027-10-31T23:30:00Z', '2027-11-01'],
    ['2027-10-30T22:30:00Z', '2027-10-31'],
    // In summer time Berlin is two hours ahead: 22:00 UTC on 30 June is already 1 July.
    ['2027-06-30T21:59:59Z', '2027-06-30'],
    ['2027-06-30T22:00:00Z', '2027-07-01'],
    // Leap day.
    ['2028-02-28T23:15:00Z', '2028-02-29'],
  ])('at %s it is %s in Berlin', (now, day) => {
    expect(todayInGermany(new Date(now))).toBe(day);
  });

  it('differs from the UTC date late in the evening, which is what the UTC copies got wrong', () => {
    const now = new Date('2027-05-04T22:30:00Z');
    expect(now.toISOString().slice(0, 10)).toBe('2027-05-04');
    expect(todayInGermany(now)).toBe('2027-05-05');
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-11-30', 3, '2027-02-28'], // the briefing's horizon: not 2 March
    ['2027-11-30', 3, '2028-02-29'], // leap year
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-03-31', 1, '2027-04-30'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2028-03-31', -1, '2028-02-29'],
    ['2027-12-31', 1, '2028-01-31'],
    ['2027-01-15', -1, '2026-12-15'],
    ['2027-05-31', 0, '2027-05-31'],
    ['2027-08-31', 18, '2029-02-28'],
    ['2027-08-31', -18, '2026-02-28'],
  ])('%s + %i months = %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it('monthsBefore counts back the same way', () => {
    expect(monthsBefore('2027-03-31', 1)).toBe('2027-02-28');
    expect(monthsBefore('2027-05-31', 12 * 10)).toBe('2017-05-31');
  });

  it('refuses what is not a calendar day rather than rolling it over', () => {
    expect(() => addMonths('2027-02-30', 1)).toThrow(/not a calendar day YYYY-MM-DD: "2027-02-30"/);
    expect(() => addMonths('30.11.2026', 1)).toThrow(RangeError);
  });
});

describe('addYears', () => {
  it('29 February + 1 year = 28 February; + 4 years = 29 February again', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2028-02-29', -1)).toBe('2027-02-28');
  });
});

describe('days', () => {
  it('adds days across month ends, leap days and the change of daylight saving time', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29'); // over the 23-hour day of 28 March
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01'); // over the 25-hour day of 31 October
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('counts whole days between two days, also over the change of daylight saving time', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2027-03-01', '2027-02-01')).toBe(-28);
  });

  it('knows real calendar days and the first of a month', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('2027-13-01')).toBe(false);
    expect(isCalendarDay('2027-1-01')).toBe(false);
    expect(startOfMonth('2027-10-31')).toBe('2027-10-01');
  });
});
