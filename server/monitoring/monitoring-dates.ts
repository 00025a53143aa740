// Dates of the monitoring: calendar days as YYYY-MM-DD, months counted back from a day, and date ranges checked
// before anything is read.
import { BadUserInputError, quote } from '../errors.js';

const dayMs = 86_400_000;
export const maxRangeYears = 10;

export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The same day `months` months earlier, or the month's last day when it has no such day (31 March - 1 = 28/29 Feb). */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(date, lastDay)))
    .toISOString()
    .slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** A Date argument of the API (a neo4j Date or a string) as YYYY-MM-DD, or a clear error naming the field. */
export function toDay(value: unknown, field: string): string {
  const day = String(value);
  if (!isCalendarDay(day))
    throw new BadUserInputError(`${field} must be a calendar date YYYY-MM-DD, got ${quote(day)}`, {
      field,
      value: day,
    });
  return day;
}

/** Checks from..to: both real days, from not after to, at most maxRangeYears apart. */
export function checkRange(from: string, to: string): void {
  if (from > to)
    throw new BadUserInputError(`from ${quote(from)} is after to ${quote(to)}; give the earlier date as from`, {
      field: 'from',
      value: from,
    });
  if (from < monthsBefore(to, 12 * maxRangeYears)) {
    throw new BadUserInputError(
      `The range ${quote(from)} to ${quote(to)} is longer than ${maxRangeYears} years; ask for a shorter one`,
      { field: 'from', value: from },
    );
  }
}
