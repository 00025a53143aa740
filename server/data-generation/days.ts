// Days for the generators: "today" is checked once, every other date is a whole number of days from it. The
// arithmetic is shared/calendar.ts's (UTC midnights), so a change of daylight saving time never shifts a day.
import { addDays, isCalendarDay } from '../../shared/calendar.js';

export const dayMs = 86_400_000;

/** The UTC midnight of a YYYY-MM-DD day in ms; throws RangeError naming it as `what` when it is not a real day. */
export function readDay(day: string, what = 'today'): number {
  if (!isCalendarDay(day)) throw new RangeError(`${what} must be a date YYYY-MM-DD, got "${day}"`);
  return Date.parse(`${day}T00:00:00Z`);
}

/** The YYYY-MM-DD of a UTC time in ms. */
export function formatDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** A function from a day offset (negative: in the past) to the date that many days from `today`. */
export function createDayOffset(today: string): (offset: number) => string {
  readDay(today);
  return (offset) => addDays(today, offset);
}
