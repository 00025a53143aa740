// The outcomes' records (issue 19), from the 'outcomes' stream: what came of the integration and job language courses
// that have begun (RUNNING and COMPLETED), as aggregate counts per offer and calendar half-year (January to June,
// July to December) of the course's run up to today. A half-year is reported once it is over, or when the course
// ended in it: a running course has no report for the half-year it is in. The participants at a period's start are
// its `started` (the course's bookings in the first), some drop out in each period in proportion to its share of
// the course, and those left finish in the course's last period; the final period has the exams (integration
// courses: DTZ and orientation test) or the certificates (job language courses). Rates: drop-out 8 to 25 % of a
// course, B1 among the DTZ takers 45 to 70 %, certificates 60 to 80 % of those who finished.
// The offers are read from their own stream again, and the outcomes draw from a stream of their own, so that the
// other streams stay value for value what they were (generator-fingerprint.test.ts).
import { addDays, daysBetween } from '../../../shared/calendar.js';
import { createStream } from '../../data-generation/create-random.js';
import { padNumber } from '../../data-generation/numbers.js';
import type { SyntheticOffer, SyntheticOutcome } from '../synthetic-types.js';
import type { GermanyContext } from './germany-context.js';
import { streamOffers } from './stream-offers.js';

const reported = new Set<SyntheticOffer['status']>(['RUNNING', 'COMPLETED']);
const categories = new Set<SyntheticOffer['category']>(['INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE']);

/** The last day of the calendar half-year a day lies in. */
function halfYearEnd(day: string): string {
  return Number(day.slice(5, 7)) <= 6 ? `${day.slice(0, 4)}-06-30` : `${day.slice(0, 4)}-12-31`;
}

/** The course's periods: its run up to today cut at the half-years, each reported once over or at the course's end. */
export function reportPeriods(start: string, end: string | null, today: string): [string, string][] {
  const periods: [string, string][] = [];
  for (let from = start; from < today;) {
    const last = halfYearEnd(from);
    if (end !== null && end <= last) {
      if (end < today) periods.push([from, end]);
      break;
    }
    if (last >= today) break; // the half-year under way is not reported yet
    periods.push([from, last]);
    from = addDays(last, 1);
  }
  return periods;
}

export function* streamOutcomes(context: GermanyContext): Generator<SyntheticOutcome> {
  const { options, counts } = context;
  const today = context.day(0);
  const random = createStream(options.seed, 'outcomes');
  const width = context.idWidth(counts.offers);
  let number = 0;
  for (const offer of streamOffers(context)) {
    if (!categories.has(offer.category) || !reported.has(offer.status)) continue;
    if (offer.startDate === null || offer.booked === null || offer.booked <= 0) continue;
    const periods = reportPeriods(offer.startDate, offer.endDate, today);
    if (periods.length === 0) continue;
    const integration = offer.category === 'INTEGRATION_COURSE';
    const courseDays = Math.max(1, daysBetween(offer.startDate, offer.endDate ?? today));
    const dropRate = 0.08 + 0.17 * random.next() ** 1.5;
    let present = Math.min(offer.booked, offer.capacity ?? offer.booked);
    for (const [periodStart, periodEnd] of periods) {
      const started = present;
      const share = Math.min(1, (daysBetween(periodStart, periodEnd) + 1) / courseDays);
      const droppedOut = Math.min(started, Math.round(started * dropRate * share));
      const final = offer.endDate !== null && periodEnd === offer.endDate;
      // A few of the last period's participants have not finished yet (exam outstanding, illness).
      const finished = final ? Math.max(0, started - droppedOut - (random.chance(0.3) ? 1 : 0)) : 0;
      const takers = final ? Math.max(0, finished - (random.chance(0.4) ? 1 : 0)) : 0;
      const dtzB1 = Math.round(takers * (0.45 + 0.25 * random.next()));
      const dtzA2 = Math.round((takers - dtzB1) * 0.7);
      const orientationPassed = Math.round(takers * (0.85 + 0.1 * random.next()));
      const certificates = Math.round(finished * (0.6 + 0.2 * random.next()));
      number += 1;
      yield {
        id: `${options.idPrefix}-outcome-${padNumber(number, width)}`,
        offerId: offer.id,
        periodStart,
        periodEnd,
        started,
        finished,
        droppedOut,
        dtzB1: integration && final ? dtzB1 : null,
        dtzA2: integration && final ? dtzA2 : null,
        dtzBelowA2: integration && final ? takers - dtzB1 - dtzA2 : null,
        orientationPassed: integration && final ? orientationPassed : null,
        orientationFailed: integration && final ? takers - orientationPassed : null,
        certificates: !integration && final ? certificates : null,
      };
      present = started - droppedOut;
    }
  }
}
