// Dates as German readers write them, TT.MM.JJJJ, in the county's time zone (Europe/Berlin).
const dateFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/**
 * A calendar day (YYYY-MM-DD) or a moment (an ISO date-time) as TT.MM.JJJJ; '–' for none. A calendar day is read at
 * noon UTC, which lies within the same day in Berlin, so that no time zone moves it; a moment is the Berlin day it
 * falls on.
 */
export function formatGermanDate(value: string | null | undefined): string {
  if (!value) return '–';
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T12:00:00Z`) : Date.parse(value);
  if (!Number.isFinite(time)) throw new RangeError(`not a date: "${value}"`);
  return dateFormat.format(time);
}
