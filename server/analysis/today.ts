// "Today" for the county's purposes: the calendar date in Germany, not in the server's time zone.
const germanDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function todayInGermany(now: Date = new Date()): string {
  return germanDate.format(now);
}
