// The synthetic Germany's outcomes (issue 19): per course offer and calendar half-year, each one the API would accept
// (server/analysis/outcomes/check-outcome.ts), periods of a course that do not overlap and lie within its run,
// plausible pooled rates, and the same outcomes for the same options.
import { describe, expect, it } from 'vitest';
import { checkOutcomeItem } from '../../../server/analysis/outcomes/check-outcome.js';
import { reportPeriods } from '../../../server/synthetic-data/build/stream-outcomes.js';
import { generateGermany, type GenerateGermanyOptions } from '../../../server/synthetic-data/generate-germany.js';

const options: GenerateGermanyOptions = { seed: 3, scale: 0.01, today: '2026-11-26' };

describe('the half-year periods of a course', () => {
  it('cuts the run at the half-years and reports a half-year once it is over, or at the course’s end', () => {
    // A course from March 2025 to February 2026, looked at in November 2026: three periods, the last its end.
    expect(reportPeriods('2025-03-10', '2026-02-20', '2026-11-26')).toEqual([
      ['2025-03-10', '2025-06-30'],
      ['2025-07-01', '2025-12-31'],
      ['2026-01-01', '2026-02-20'],
    ]);
    // A running course: the half-year under way is not reported yet.
    expect(reportPeriods('2026-05-04', '2027-01-15', '2026-11-26')).toEqual([['2026-05-04', '2026-06-30']]);
    expect(reportPeriods('2026-08-01', '2027-01-15', '2026-11-26')).toEqual([]);
    // A course that ends today has not ended yet.
    expect(reportPeriods('2026-08-01', '2026-11-26', '2026-11-26')).toEqual([]);
  });
});

describe('the synthetic outcomes', () => {
  const data = generateGermany(options);
  const offers = new Map([...data.offers()].map((offer) => [offer.id, offer]));
  const outcomes = [...data.outcomes()];

  it('are outcomes of running and completed integration and job language courses, accepted by the API’s checks', () => {
    expect(outcomes.length).toBeGreaterThan(100);
    for (const [index, outcome] of outcomes.entries()) {
      const offer = offers.get(outcome.offerId)!;
      expect(['INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE']).toContain(offer.category);
      expect(['RUNNING', 'COMPLETED']).toContain(offer.status);
      const { id: _id, ...item } = outcome;
      expect(checkOutcomeItem(item, index, options.today!, offer.category), outcome.id).toEqual([]);
      expect(outcome.periodStart >= offer.startDate!).toBe(true);
      // Within one calendar half-year.
      const half = (day: string) => `${day.slice(0, 4)}-${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;
      expect(half(outcome.periodStart)).toBe(half(outcome.periodEnd));
    }
    expect(new Set(outcomes.map((outcome) => outcome.id)).size).toBe(outcomes.length);
    // Both categories, both statuses.
    const kinds = new Set(outcomes.map((o) => `${offers.get(o.offerId)!.category} ${offers.get(o.offerId)!.status}`));
    expect(kinds.size).toBe(4);
  });

  it('gives an offer periods that follow each other, its participants going down from period to period', () => {
    const byOffer = new Map<string, typeof outcomes>();
    for (const outcome of outcomes) byOffer.set(outcome.offerId, [...(byOffer.get(outcome.offerId) ?? []), outcome]);
    let several = 0;
    for (const periods of byOffer.values()) {
      for (let i = 1; i < periods.length; i++) {
        expect(periods[i]!.periodStart > periods[i - 1]!.periodEnd).toBe(true);
        expect(periods[i]!.started).toBe(periods[i - 1]!.started - periods[i - 1]!.droppedOut);
        expect(periods[i - 1]!.finished).toBe(0); // only the course's last period has finishers
      }
      if (periods.length > 1) several++;
    }
    expect(several).toBeGreaterThan(0);
  });

  it('has plausible rates over the courses’ last periods', () => {
    const last = outcomes.filter((outcome) => outcome.finished > 0);
    const sum = (pick: (o: (typeof outcomes)[number]) => number | null) =>
      last.reduce((total, outcome) => total + (pick(outcome) ?? 0), 0);
    const completion = sum((o) => o.finished) / sum((o) => o.started);
    expect(completion).toBeGreaterThan(0.7);
    expect(completion).toBeLessThan(0.95);
    const b1 = sum((o) => o.dtzB1) / sum((o) => (o.dtzB1 ?? 0) + (o.dtzA2 ?? 0) + (o.dtzBelowA2 ?? 0));
    expect(b1).toBeGreaterThan(0.45);
    expect(b1).toBeLessThan(0.7);
    const certified = last.filter((o) => o.certificates !== null);
    const certificates =
      certified.reduce((t, o) => t + o.certificates!, 0) / certified.reduce((t, o) => t + o.finished, 0);
    expect(certificates).toBeGreaterThan(0.55);
    expect(certificates).toBeLessThan(0.85);
  });

  it('are the same for the same options and others for another seed', () => {
    expect([...generateGermany(options).outcomes()]).toEqual(outcomes);
    expect([...generateGermany({ ...options, seed: 4 }).outcomes()]).not.toEqual(outcomes);
  });
});
