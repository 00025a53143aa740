// POOL_COURSE_STARTS, START_NEW_COURSE and DATE_CONFLICT on cases worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  deriveCourseRecommendations,
  type CourseRecommendationInputs,
  type PlacedCourse,
} from '../../../../server/analysis/courses/course-recommendations.js';

const degreesPerKm = 180 / (Math.PI * 6371.0088);
const at = (km: number) => ({ latitude: 52 + km * degreesPerKm, longitude: 9 });

function course(id: string, km: number, fields: Partial<PlacedCourse> = {}): PlacedCourse {
  return {
    id,
    title: `Kurs ${id}`,
    category: 'INTEGRATION_COURSE',
    courseType: 'PARENTS',
    languageLevelFrom: 'A1',
    status: 'PLANNED',
    startDate: '2027-02-01',
    registrations: 5,
    capacity: 20,
    minGroupSize: 12,
    providerId: `p-${id}`,
    providerName: `Träger ${id}`,
    venueAgs: `v${km}`,
    venueName: `Ort ${km}`,
    ...at(km),
    ...fields,
  };
}

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
        course('a', 0, { registrations: 7 }),
        course('b', 5, { registrations: 6 }),
        course('c', 15, { registrations: 4 }),
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
        course('a', 0, { registrations: 7 }),
        course('other-type', 1, { registrations: 6, courseType: 'WOMEN' }),
        course('other-level', 1, { registrations: 6, languageLevelFrom: 'B1' }),
        course('far', 30, { registrations: 6 }),
        course('starts', 2, { registrations: 12 }),
      ],
    });
    expect(recs.filter((r) => r.code === 'POOL_COURSE_STARTS')).toEqual([]);
  });

  it('does not pool when together they still fall short, or would not fit', () => {
    expect(
      run({ courses: [course('a', 0, { registrations: 4 }), course('b', 3, { registrations: 4 })] }).filter(
        (r) => r.code === 'POOL_COURSE_STARTS',
      ),
    ).toEqual([]);
    expect(
      run({
        courses: [course('a', 0, { registrations: 11, capacity: 12 }), course('b', 3, { registrations: 10 })],
      }).filter((r) => r.code === 'POOL_COURSE_STARTS'),
    ).toEqual([]);
  });
});

describe('START_NEW_COURSE', () => {
  const uchte = { ags: 'm1', name: 'Uchte', ...at(0), category: 'INTEGRATION_COURSE', courseType: 'PARENTS' };

  it('counts persons over the target or without a start and names the providers in reach that run that course type, best connected first', () => {
    const recs = run({
      waiting: [{ ...uchte, overTarget: 9, noSuitableStart: 14, needIds: ['n1', 'n2'] }],
      providerCourses: [
        course('x', 10, { providerId: 'p1', providerName: 'Eins' }),
        course('y', 20, { providerId: 'p2', providerName: 'Zwei', status: 'COMPLETED' }),
        course('z', 40, { providerId: 'p3', providerName: 'Drei' }), // out of reach
        course('g', 2, { providerId: 'p4', providerName: 'Vier', courseType: 'GENERAL' }), // in reach, another type
        course('j', 3, {
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
        course('g', 2, { providerId: 'p4', providerName: 'Vier', courseType: 'GENERAL' }),
        course('x', 10, { providerId: 'p1', providerName: 'Eins' }),
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
      providerCourses: [course('g', 2, { providerId: 'p4', providerName: 'Vier', courseType: 'GENERAL' })],
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
        course('a', 0, { courseType: 'GENERAL', startDate: '2027-01-11', registrations: 14, capacity: 25 }),
        course('b', 3, { courseType: 'GENERAL', startDate: '2027-01-18', registrations: 12, capacity: 25 }),
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
          course('a', 0, { ...general, startDate: '2027-01-11' }),
          course('b', 3, { ...general, startDate: '2027-01-26' }),
        ],
      }).some((r) => r.code === 'DATE_CONFLICT'),
    ).toBe(false);
    expect(
      run({
        courses: [
          course('a', 0, { ...general, startDate: '2027-01-11' }),
          course('b', 3, { ...general, startDate: '2027-01-18', registrations: 25 }),
        ],
      }).some((r) => r.code === 'DATE_CONFLICT'),
    ).toBe(false);
    expect(
      run({
        courses: [
          course('a', 0, { ...general, startDate: '2027-01-11', providerId: 'p' }),
          course('b', 3, { ...general, startDate: '2027-01-18', providerId: 'p' }),
        ],
      }).some((r) => r.code === 'DATE_CONFLICT'),
    ).toBe(false);
  });

  it('leaves out courses that started before asOf', () => {
    const general = { courseType: 'GENERAL', registrations: 14, capacity: 25 };
    const recs = run({
      asOf: '2027-01-15',
      courses: [
        course('a', 0, { ...general, startDate: '2027-01-11' }),
        course('b', 3, { ...general, startDate: '2027-01-18' }),
      ],
    });
    expect(recs).toEqual([]);
  });
});
