// The nth given weekday (0 Sunday … 6 Saturday) of the month monthsBack months before today's month, in ms.
import { addMonths, startOfMonth } from '../../../shared/calendar.js';
import { dayMs, readDay } from '../../data-generation/days.js';

export function findMeetingDay(today: string, monthsBack: number, weekday: number, nth: number): number {
  const first = readDay(addMonths(startOfMonth(today), -monthsBack));
  const offset = (weekday - new Date(first).getUTCDay() + 7) % 7;
  return first + (offset + 7 * (nth - 1)) * dayMs;
}
