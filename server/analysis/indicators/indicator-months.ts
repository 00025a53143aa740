// Months (YYYY-MM) of the indicators: checked arguments and the arithmetic on them (shared/calendar.ts for days).
import { addDays, addMonths, todayInGermany } from '../../../shared/calendar.js';
import { BadUserInputError, quote } from '../../errors.js';

export const maxIndicatorMonths = 120;

export function currentMonth(today: string = todayInGermany()): string {
  return today.slice(0, 7);
}

export function shiftMonth(month: string, months: number): string {
  return addMonths(`${month}-01`, months).slice(0, 7);
}

export function lastDayOf(month: string): string {
  return addDays(addMonths(`${month}-01`, 1), -1);
}

/** The months from..to inclusive, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = shiftMonth(month, 1)) months.push(month);
  return months;
}

export function checkMonth(name: string, value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12 || Number(match[1]) < 1900)
    throw new BadUserInputError(`${name} must be a month YYYY-MM, got ${quote(text)}`, { field: name, value: text });
  return text;
}

/** from..to as months: default the current month; not after the current month, at most maxIndicatorMonths. */
export function checkMonthRange(fromArg: unknown, toArg: unknown, today: string = todayInGermany()): string[] {
  const now = currentMonth(today);
  const to = toArg === undefined || toArg === null ? now : checkMonth('to', toArg);
  const from = fromArg === undefined || fromArg === null ? to : checkMonth('from', fromArg);
  if (to > now)
    throw new BadUserInputError(
      `to ${quote(to)} is after the current month ${quote(now)}; indicators are known up to now`,
      {
        field: 'to',
        value: to,
      },
    );
  if (from > to)
    throw new BadUserInputError(`from ${quote(from)} is after to ${quote(to)}; give the earlier month as from`, {
      field: 'from',
      value: from,
    });
  const months = monthsBetween(from, to);
  if (months.length > maxIndicatorMonths)
    throw new BadUserInputError(
      `The range ${quote(from)} to ${quote(to)} has ${months.length} months; at most ${maxIndicatorMonths} are allowed`,
      { field: 'from', value: from },
    );
  return months;
}

/** The months a read asks for (in order) with the days they span, as the outcome and stored-state reads take them. */
export function monthRange(months: string[]): { months: string[]; from: string; to: string } {
  return { months, from: `${months[0]!}-01`, to: lastDayOf(months[months.length - 1]!) };
}
