// A Date argument of the API (a neo4j Date or a string) as YYYY-MM-DD, or a clear error naming the field.
import { isCalendarDay } from '../../shared/calendar.js';
import { BadUserInputError, quote } from '../errors.js';

export function toDay(value: unknown, field: string): string {
  const day = String(value);
  if (!isCalendarDay(day))
    throw new BadUserInputError(`${field} must be a calendar date YYYY-MM-DD, got ${quote(day)}`, {
      field,
      value: day,
    });
  return day;
}
