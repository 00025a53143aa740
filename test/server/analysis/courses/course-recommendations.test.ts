// POOL_COURSE_STARTS, START_NEW_COURSE and DATE_CONFLICT on cases worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  deriveCourseRecommendations,
  type CourseRecommendationInputs,
} from '../../../../server/analysis/courses/course-recommendations.js';
import { northOf, placedCourse } from './placed-course.js';

const base: CourseRecommendationInputs = {
  asOf: '2026-12-01',
  radiusKm: 25,
  targetWeeks: 6,
  courses: [],
  providerCourses: [],
  waiting: [],
  providers: [],
};
const run = (inputs: Partial<CourseRecommendationInputs>) => deriveCourseRecommendations({ ...base, ...inputs });

describe('POOL_COURSE_STARTS', () => {
  it('keeps the course with most registrations and moves the nearest others until the minimum is reached', () => {
    const recs = run({
      courses: [
        placedCourse('a', 0, { registrations: 7 }),
        placedCourse('b', 5, { registrations: 6 }),
        placedCourse('c', 15, { registrations: 4 }),
      ],
    });
    const pool = recs.filter((r) => r.code === 'POOL_COURSE_STARTS');
    expect(pool).toHaveLength(1);
    expect(pool[0]).toMatchObject({ persons: 13, offerIds: ['a', 'b'], municipalityAgs: 'v0' });
    expect(pool[0]!.figures).toContainEqual({ name: 'longestMoveKm', value: 5 });
    expect(pool[0]!.textDe).toContain('„Kurs a“');
    expect(pool[0]!.textDe).toContain('6 Anmeldungen aus „Kurs b“');
    expect(pool[0]!.textDe).toContain('Start am 01.02.2027, 7 Anmeldungen');
  });

  it('does not pool courses of another type or level, out of reach, or that start anyway', () => {
    const recs = run({
      courses: [
        placedCourse('a', 0, { registrations: 7 }),
        placedCourse('other-type', 1, { registrations: 6, courseType: 'WOMEN' }),
        placedCourse('other-level', 1, { registrations: 6, languageLevelFrom: 'B1' }),
        placedCourse('far', 30, { registrations: 6 }),
        placedCourse('starts', 2, { registrations: 12 }),
      ],
    });
    expect(recs.filter((r) => r.code === 'POOL_COURSE_STARTS')).toEqual([]);
  });

  it('does not pool when together they still fall short, or would not fit', () => {
    expect(
      run({ courses: [placedCourse('a', 0, { registrations: 4 }), placedCourse('b', 3, { registrations: 4 })] }).filter(
        (r) => r.code === 'POOL_COURSE_STARTS',
      ),
    ).toEqual([]);
    expect(
      run({
        courses: [
          placedCourse('a', 0, { registrations: 11, capacity: 12 }),
          placedCourse('b', 3, { registrations: 10 }),
        ],
      }).filter((r) => r.code === 'POOL_COURSE_STARTS'),
    ).toEqual([]);
  });
});

describe('START_NEW_COURSE', () => {
  const uchte = { ags: 'm1', name: 'Uchte', ...northOf(0), category: 'INTEGRATION_COURSE', courseType: 'PARENTS' };

  it('counts persons over the target or without a start and names the providers in reach that run that course type, best connected first', () => {
    const recs = run({
      waiting: [{ ...uchte, overTarget: 9, noSuitableStart: 14, needIds: ['n1', 'n2'] }],
      providerCourses: [
        placedCourse('x', 10, { providerId: 'p1', providerName: 'Eins' }),
        placedCourse('y', 20, { providerId: 'p2', providerName: 'Zwei', status: 'COMPLETED' }),
        placedCourse('z', 40, { providerId: 'p3', providerName: 'Drei' }), // out of reach
        placedCourse('g', 2, { providerId: 'p4', providerName: 'Vier', courseType: 'GENERAL' }), // in reach, another type
        placedCourse('j', 3, {
          providerId: 'p5',
          providerName: 'Fünf',
          category: 'JOB_LANGUAGE_COURSE',
          courseType: 'JOB_BASIC_B2',
        }),
      ],
      providers: [
        { id: 'p1', weightedDegree: 2, degree: 2 },
        { id: 'p2', weightedDegree: 9, degree: 5 },
        { id: 'p4', weightedDegree: 20, degree: 9 },
      ],
    });
    const rec = recs.find((r) => r.code === 'START_NEW_COURSE')!;
    expect(rec).toMatchObject({
      id: 'START_NEW_COURSE:INTEGRATION_COURSE:m1:PARENTS',
      persons: 23,
      actorIds: ['p2', 'p1'],
      needIds: ['n1', 'n2'],
      municipalityAgs: 'm1',
    });
    expect(rec.textDe).toContain('Uchte: 23 Personen warten auf einen Integrationskurs (Elternkurs)');
    expect(rec.textDe).toContain('am besten vernetzt zuerst: Zwei, Eins.');
    expect(rec.figures).toContainEqual({ name: 'providersInReach', value: 2 });
  });

  it('says so when providers in reach run the category but not the course type', () => {
    const recs = run({
      waiting: [{ ...uchte, courseType: 'LITERACY', overTarget: 0, noSuitableStart: 5, needIds: ['n1'] }],
      providerCourses: [
        placedCourse('g', 2, { providerId: 'p4', providerName: 'Vier', courseType: 'GENERAL' }),
        placedCourse('x', 10, { providerId: 'p1', providerName: 'Eins' }),
      ],
    });
    const rec = recs.find((r) => r.code === 'START_NEW_COURSE')!;
    expect(rec.actorIds).toEqual([]);
    expect(rec.textDe).toContain('(Alphabetisierungskurs)');
    expect(rec.textDe).toContain('kein Träger im Umkreis bietet diese Kursart an');
    expect(rec.textEn).toContain('no provider in reach runs this course type');
  });

  it('raises one suggestion per course type of a municipality', () => {
    const recs = run({
      waiting: [
        { ...uchte, overTarget: 4, noSuitableStart: 0, needIds: ['n1'] },
        { ...uchte, courseType: 'GENERAL', overTarget: 0, noSuitableStart: 7, needIds: ['n2'] },
      ],
      providerCourses: [placedCourse('g', 2, { providerId: 'p4', providerName: 'Vier', courseType: 'GENERAL' })],
    });
    expect(recs.filter((r) => r.code === 'START_NEW_COURSE').map((r) => [r.id, r.persons, r.actorIds])).toEqual([
      ['START_NEW_COURSE:INTEGRATION_COURSE:m1:PARENTS', 4, []],
      ['START_NEW_COURSE:INTEGRATION_COURSE:m1:GENERAL', 7, ['p4']],
    ]);
  });

  it('is not raised where everyone starts within the target', () => {
    const recs = run({ waiting: [{ ...uchte, overTarget: 0, noSuitableStart: 0, needIds: [] }] });
    expect(recs).toEqual([]);
  });
});

describe('DATE_CONFLICT', () => {
  it('finds two providers starting the same type in reach within two weeks, neither full', () => {
    const recs = run({
      courses: [
        placedCourse('a', 0, { courseType: 'GENERAL', startDate: '2027-01-11', registrations: 14, capacity: 25 }),
        placedCourse('b', 3, { courseType: 'GENERAL', startDate: '2027-01-18', registrations: 12, capacity: 25 }),
      ],
    });
    const conflict = recs.find((r) => r.code === 'DATE_CONFLICT')!;
    expect(conflict).toMatchObject({ persons: 26, offerIds: ['a', 'b'] });
    expect(conflict.figures).toContainEqual({ name: 'daysApart', value: 7 });
    // German with its dates as TT.MM.JJJJ and the course type by name, not its code (issue 15 item 5).
    expect(conflict.textDe).toMatch(
      /^Integrationskurs \(allgemeiner Kurs\) ab A1: „Kurs a“ \(Träger a, Start am 11\.01\.2027, 14 Anmeldungen\) und „Kurs b“ \(Träger b, Start am 18\.01\.2027, 12 Anmeldungen\) beginnen 7 Tage auseinander, /,
    );
  });

  it('is not raised 15 days apart, when one is full, or for one provider', () => {
    const general = { courseType: 'GENERAL', registrations: 14, capacity: 25 };
    expect(
      run({
        courses: [
          placedCourse('a', 0, { ...general, startDate: '2027-01-11' }),
          placedCourse('b', 3, { ...general, startDate: '2027-01-26' }),
        ],
      }).some((r) => r.code === 'DATE_CONFLICT'),
    ).toBe(false);
    expect(
      run({
        courses: [
          placedCourse('a', 0, { ...general, startDate: '2027-01-11' }),
          placedCourse('b', 3, { ...general, startDate: '2027-01-18', registrations: 25 }),
        ],
      }).some((r) => r.code === 'DATE_CONFLICT'),
    ).toBe(false);
    expect(
      run({
        courses: [
          placedCourse('a', 0, { ...general, startDate: '2027-01-11', providerId: 'p' }),
          placedCourse('b', 3, { ...general, startDate: '2027-01-18', providerId: 'p' }),
        ],
      }).some((r) => r.code === 'DATE_CONFLICT'),
    ).toBe(false);
  });

  it('leaves out courses that started before asOf', () => {
    const general = { courseType: 'GENERAL', registrations: 14, capacity: 25 };
    const recs = run({
      asOf: '2027-01-15',
      courses: [
        placedCourse('a', 0, { ...general, startDate: '2027-01-11' }),
        placedCourse('b', 3, { ...general, startDate: '2027-01-18' }),
      ],
    });
    expect(recs).toEqual([]);
  });
});
