// Date ranges of the monitoring, checked before anything is read (the day arithmetic is shared/calendar.ts).
import { monthsBefore } from '../../shared/calendar.js';
import { BadUserInputError, quote } from '../errors.js';

export const maxRangeYears = 10;

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
