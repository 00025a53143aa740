// The reason a need's persons have no suitable start, one case per reason and the order in which they are checked.
import { describe, expect, it } from 'vitest';
import { explainUnplaced, type ReasonCourse } from '../../../../server/analysis/courses/explain-unplaced.js';
import type { WaitingNeed } from '../../../../server/analysis/courses/match-waiting-times.js';

const asOf = '2027-03-01';
const options = { asOf, radiusKm: 25, childcareGroups: ['PARENTS', 'WOMEN'] };
// 0.1° of latitude is 11.1 km: one course beside the need, one 33 km away.
const need = (targetGroup: string | null): WaitingNeed => ({
  id: 'n',
  municipalityAgs: '01001001',
  latitude: 52.6,
  longitude: 9.2,
  persons: 5,
  reportedAt: '2027-01-01',
  targetGroup,
});
const course = (fields: Partial<ReasonCourse>): ReasonCourse => ({
  id: 'c',
  latitude: 52.6,
  longitude: 9.2,
  startDate: '2027-04-01',
  status: 'OPEN',
  targetGroups: null,
  childcare: null,
  ...fields,
});
const reason = (n: WaitingNeed, courses: ReasonCourse[]) => explainUnplaced([n], courses, options).get('n');

describe('explainUnplaced', () => {
  it('names no course in reach when the only one lies beyond the radius', () => {
    expect(reason(need('ADULTS'), [])).toBe('NO_COURSE_IN_REACH');
    expect(reason(need('ADULTS'), [course({ latitude: 52.9 })])).toBe('NO_COURSE_IN_REACH');
  });

  it('names the target group when the courses in reach are for other groups only', () => {
    expect(reason(need('YOUTH'), [course({ targetGroups: ['WOMEN'] })])).toBe('NO_COURSE_FOR_TARGET_GROUP');
    // A need without a target group fits only courses open to everyone.
    expect(reason(need(null), [course({ targetGroups: ['WOMEN'] })])).toBe('NO_COURSE_FOR_TARGET_GROUP');
  });

  it('names childcare for parents when the courses for them in reach have none', () => {
    expect(reason(need('PARENTS'), [course({ childcare: false }), course({ childcare: null })])).toBe('NO_CHILDCARE');
    // Adults need no childcare: the same courses only lack places.
    expect(reason(need('ADULTS'), [course({ childcare: false })])).toBe('ALL_FULL');
  });

  it('names the start date when every suitable course in reach began before asOf', () => {
    expect(
      reason(need('ADULTS'), [
        course({ startDate: '2027-02-01', status: 'RUNNING' }),
        course({ startDate: '2027-01-04' }),
      ]),
    ).toBe('NO_START_AFTER_AS_OF');
    expect(reason(need('ADULTS'), [course({ startDate: asOf })])).toBe('ALL_FULL');
  });

  it('checks in order: a course for the group beats one with childcare that is too far', () => {
    const n = need('PARENTS');
    expect(
      reason(n, [course({ targetGroups: ['YOUTH'], childcare: true }), course({ latitude: 52.9, childcare: true })]),
    ).toBe('NO_COURSE_FOR_TARGET_GROUP');
  });

  it('counts full courses starting after asOf as all full', () => {
    expect(reason(need('WOMEN'), [course({ status: 'FULL', childcare: true, targetGroups: ['WOMEN'] })])).toBe(
      'ALL_FULL',
    );
  });
});
