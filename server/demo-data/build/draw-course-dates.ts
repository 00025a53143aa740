// Start, end and registration deadline of a dated offer, by its status relative to today.
import type { OfferStatus } from '../demo-types.js';
import type { DemoContext } from './demo-context.js';

export interface CourseDates {
  startDate: string;
  endDate: string;
  registrationDeadline: string;
}

export function drawCourseDates(
  context: DemoContext,
  status: OfferStatus,
  weeks: number,
  startInDays: number | undefined,
): CourseDates {
  const { random, day } = context;
  const length = Math.max(1, weeks) * 7;
  let start: number;
  if (startInDays !== undefined) start = startInDays;
  else if (status === 'COMPLETED') start = -random.int(7, 120) - length;
  else if (status === 'RUNNING') start = -random.int(7, Math.max(8, Math.min(length - 7, 160)));
  else if (status === 'FULL') start = random.int(10, 45);
  else if (status === 'CANCELLED') start = random.int(-40, 40);
  else start = random.int(30, 180); // OPEN and PLANNED: within the next one to six months
  return {
    startDate: day(start),
    endDate: day(start + length),
    registrationDeadline: day(start - random.int(7, 14)),
  };
}
