// The waiting-time matching on cases worked out by hand. Places lie on one meridian, km from a base point.
import { describe, expect, it } from 'vitest';
import {
  matchWaitingTimes,
  summariseWaiting,
  type WaitingCourse,
  type WaitingNeed,
} from '../../../../server/analysis/courses/match-waiting-times.js';

const degreesPerKm = 180 / (Math.PI * 6371.0088);
const at = (km: number) => ({ latitude: 52 + km * degreesPerKm, longitude: 9 });
const need = (
  id: string,
  km: number,
  persons: number,
  reportedAt: string,
  targetGroup: string | null = null,
): WaitingNeed => ({
  id,
  municipalityAgs: `m${km}`,
  ...at(km),
  persons,
  reportedAt,
  targetGroup,
});
const course = (
  id: string,
  km: number,
  startDate: string,
  freePlaces: number,
  fields: Partial<WaitingCourse> = {},
): WaitingCourse => ({
  id,
  ...at(km),
  startDate,
  freePlaces,
  targetGroups: null,
  childcare: false,
  ...fields,
});
const options = { asOf: '2026-12-01', radiusKm: 25, targetWeeks: 6, childcareGroups: ['PARENTS', 'WOMEN'] };

describe('matchWaitingTimes', () => {
  it('places the oldest need first; it takes the earliest start, the next need what is left', () => {
    const results = matchWaitingTimes(
      [need('new', 0, 10, '2026-11-01'), need('old', 0, 15, '2026-06-01')],
      [course('late', 0, '2027-03-01', 20), course('soon', 0, '2026-12-15', 12)],
      options,
    );
    const [old, young] = results;
    expect(old!.needId).toBe('old');
    // 12 places in 'soon' (2 weeks: 14 days), the other 3 in 'late' (90 days: 13 weeks).
    expect(old!.placements.map((p) => [p.courseId, p.persons, p.weeks])).toEqual([
      ['soon', 12, 2],
      ['late', 3, 13],
    ]);
    expect(young!.placements.map((p) => [p.courseId, p.persons, p.weeks])).toEqual([['late', 10, 13]]);
    expect(young!.unplaced).toBe(0);
  });

  it('leaves persons without a suitable start when capacity runs out', () => {
    const [result] = matchWaitingTimes([need('a', 0, 30, '2026-01-01')], [course('x', 5, '2027-01-05', 18)], options);
    expect(result).toMatchObject({ persons: 30, unplaced: 12 });
    expect(result!.placements).toEqual([
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
      { courseId: 'x', persons: 18, startDate: '2027-01-05', weeks: 5, distanceKm: expect.closeTo(5, 6) },
    ]);
  });

  it('gives parents and women only courses with childcare', () => {
    const results = matchWaitingTimes(
      [need('parents', 0, 8, '2026-01-01', 'PARENTS'), need('adults', 0, 5, '2026-02-01', 'ADULTS')],
      [course('plain', 0, '2026-12-08', 20), course('kita', 10, '2027-02-01', 20, { childcare: true })],
      options,
    );
    expect(results[0]!.placements.map((p) => p.courseId)).toEqual(['kita']);
    expect(results[1]!.placements.map((p) => p.courseId)).toEqual(['plain']);
  });

  it('keeps to courses listing the need’s target group, or listing none', () => {
    const results = matchWaitingTimes(
      [need('youth', 0, 4, '2026-01-01', 'YOUTH'), need('unknown', 0, 3, '2026-02-01')],
      [
        course('women', 0, '2026-12-08', 20, { targetGroups: ['WOMEN'], childcare: true }),
        course('youth', 0, '2027-01-12', 20, { targetGroups: ['YOUTH', 'YOUNG_ADULTS'] }),
        course('open', 0, '2027-04-01', 20),
      ],
      options,
    );
    expect(results[0]!.placements.map((p) => p.courseId)).toEqual(['youth']);
    // A need without a target group fits only courses that list none.
    expect(results[1]!.placements.map((p) => p.courseId)).toEqual(['open']);
  });

  it('ignores courses out of reach and courses that started before asOf', () => {
    const [result] = matchWaitingTimes(
      [need('a', 0, 5, '2026-01-01')],
      [
        course('far', 25.01, '2026-12-08', 20),
        course('started', 0, '2026-11-30', 20),
        course('edge', 24.99, '2027-01-26', 20),
      ],
      options,
    );
    expect(result!.placements.map((p) => [p.courseId, p.weeks])).toEqual([['edge', 8]]);
  });

  it('has no suitable start when no course is in reach at all', () => {
    const [result] = matchWaitingTimes([need('a', 0, 7, '2026-01-01')], [], options);
    expect(result).toMatchObject({ placements: [], unplaced: 7 });
  });

  it('breaks ties of the start date by distance, then by id', () => {
    const [result] = matchWaitingTimes(
      [need('a', 0, 3, '2026-01-01')],
      [
        course('b-far', 10, '2027-01-05', 1),
        course('c-near', 2, '2027-01-05', 1),
        course('a-near', 2, '2027-01-05', 1),
      ],
      options,
    );
    expect(result!.placements.map((p) => p.courseId)).toEqual(['a-near', 'c-near', 'b-far']);
  });

  it('counts a course starting on asOf as 0 weeks', () => {
    const [result] = matchWaitingTimes([need('a', 0, 1, '2026-01-01')], [course('today', 0, '2026-12-01', 5)], options);
    expect(result!.placements[0]!.weeks).toBe(0);
  });
});

describe('summariseWaiting', () => {
  it('sums and takes nearest-rank median and 90th percentile over placed persons', () => {
    const results = matchWaitingTimes(
      [need('a', 0, 6, '2026-01-01'), need('b', 0, 4, '2026-02-01'), need('c', 0, 5, '2026-03-01')],
      [course('w1', 0, '2026-12-08', 6), course('w10', 0, '2027-02-09', 3)],
      options,
    );
    // a: 6 persons at 1 week; b: 3 persons at 10 weeks, 1 without a start; c: 5 without a start.
    expect(summariseWaiting(results, 6)).toEqual({
      waiting: 15,
      placed: 9,
      medianWeeks: 1,
      p90Weeks: 10,
      noSuitableStart: 6,
      overTarget: 3,
    });
  });

  it('has no median without placed persons', () => {
    expect(summariseWaiting([], 6)).toEqual({
      waiting: 0,
      placed: 0,
      medianWeeks: null,
      p90Weeks: null,
      noSuitableStart: 0,
      overTarget: 0,
    });
  });
});
