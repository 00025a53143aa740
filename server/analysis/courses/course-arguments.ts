// The arguments the course analyses share: the course categories, dates and the target waiting time.
import { BadUserInputError, quote } from '../../errors.js';

export const courseCategories = ['INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE'];

export function checkDate(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  // A String argument or a Neo4j Date (the Date scalar); both print as the text the client sent.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- see above
  const date = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new BadUserInputError(`${name} must be a date YYYY-MM-DD, got ${quote(date)}`, { field: name, value: date });
  return date;
}

export function checkTargetWeeks(value: number | null | undefined): number {
  const targetWeeks = value ?? 6;
  if (!Number.isInteger(targetWeeks) || targetWeeks < 0 || targetWeeks > 104) {
    throw new BadUserInputError(`targetWeeks must be a whole number from 0 to 104, got ${quote(targetWeeks)}`, {
      field: 'targetWeeks',
      value: targetWeeks,
    });
  }
  return targetWeeks;
}
