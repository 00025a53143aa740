// The county's calendar, shared by the server, the scripts and the explorer: "today" is the calendar date in
// Europe/Berlin (not the server's or the browser's time zone, nor UTC), and days are YYYY-MM-DD strings whose
// arithmetic runs on UTC midnights, so that a change of daylight saving time never shifts a day.
// Month arithmetic clamps to the month's end: 31 January + 1 month = 28/29 February, 29 February + 1 year = 28 February.

const dayMs = 86_400_000;

const berlinDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Germany as YYYY-MM-DD; `now` is the moment to ask about (the process clock when omitted). */
export function todayInGermany(now: Date = new Date()): string {
  return berlinDate.format(now);
}

/** True for a real calendar day written YYYY-MM-DD (2027-02-29 is not one). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function partsOf(day: string): [number, number, number] {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day YYYY-MM-DD: "${day}"`);
  return day.split('-').map(Number) as [number, number, number];
}

function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The day `days` days after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return dayOf(Date.parse(`${day}T00:00:00Z`) + days * dayMs);
}

/** The same day `months` months later (earlier when negative), or that month's last day when it has no such day. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = partsOf(day);
  const first = Date.UTC(year, month - 1 + months, 1);
  const firstDate = new Date(first);
  const lastDay = new Date(Date.UTC(firstDate.getUTCFullYear(), firstDate.getUTCMonth() + 1, 0)).getUTCDate();
  return dayOf(Date.UTC(firstDate.getUTCFullYear(), firstDate.getUTCMonth(), Math.min(date, lastDay)));
}

/** The same day `months` months earlier, clamped like addMonths (31 March - 1 month = 28/29 February). */
export function monthsBefore(day: string, months: number): string {
  return addMonths(day, -months);
}

/** The same day `years` years later, clamped (29 February 2028 + 1 year = 28 February 2029). */
export function addYears(day: string, years: number): string {
  return addMonths(day, 12 * years);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** The first day of the month `day` lies in. */
export function startOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}
