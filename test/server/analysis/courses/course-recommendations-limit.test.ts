// Course suggestions derived with a limit (only those that can rank among the first `limit`) against all of them
// ranked and cut: the same suggestions, figures and texts, on random small countries full of ties (persons,
// municipality names, start dates; few persons each, so that the bar of the last kept one is often met exactly),
// and the bounded heap against a full sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveCourseRecommendations,
  type CourseRecommendationInputs,
  type PlacedCourse,
  type WaitingArea,
} from '../../../../server/analysis/courses/course-recommendations.js';
import { compareRecommendations, rankRecommendations } from '../../../../server/analysis/rank-recommendations.js';
import { TopRanked } from '../../../../server/analysis/top-ranked.js';
import { degreesPerKm, placedCourse } from './placed-course.js';

const names = ['Uchte', 'Übach', 'Ahlen', 'Ärzen', 'uchte'];
const courseTypes = ['GENERAL', 'PARENTS'];
const dates = ['2027-01-04', '2027-01-11', '2027-01-18', '2027-02-01', '2026-11-30'];

const placeArb = fc.record({ x: fc.integer({ min: 0, max: 60 }), y: fc.integer({ min: 0, max: 60 }) });
const located = ({ x, y }: { x: number; y: number }) => ({
  latitude: 52 + y * degreesPerKm,
  longitude: 9 + (x * degreesPerKm) / Math.cos((52 * Math.PI) / 180),
});

const courseArb = fc.record({
  place: placeArb,
  category: fc.constantFrom('INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE'),
  courseType: fc.constantFrom(...courseTypes),
  status: fc.constantFrom('PLANNED', 'OPEN', 'COMPLETED'),
  startDate: fc.constantFrom(...dates),
  registrations: fc.integer({ min: 0, max: 6 }),
  capacity: fc.option(fc.integer({ min: 4, max: 9 }), { nil: null }),
  minGroupSize: fc.integer({ min: 3, max: 9 }),
  provider: fc.integer({ min: 0, max: 5 }),
  venue: fc.integer({ min: 0, max: names.length - 1 }),
});

const areaArb = fc.record({
  place: placeArb,
  category: fc.constantFrom('INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE'),
  courseType: fc.constantFrom(...courseTypes),
  overTarget: fc.integer({ min: 0, max: 8 }),
  noSuitableStart: fc.integer({ min: 0, max: 4 }),
  name: fc.integer({ min: 0, max: names.length - 1 }),
});

const inputsArb = fc
  .record({
    courses: fc.array(courseArb, { minLength: 8, maxLength: 50, size: 'max' }),
    areas: fc.array(areaArb, { maxLength: 8 }),
    scores: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ courses, areas, scores }): CourseRecommendationInputs => {
    const placed = courses.map((c, i): PlacedCourse => ({
      id: `o${String(i).padStart(2, '0')}`,
      title: `Kurs ${i}`,
      category: c.category,
      courseType: c.courseType,
      languageLevelFrom: 'A1',
      status: c.status,
      startDate: c.startDate,
      registrations: c.registrations,
      capacity: c.capacity,
      minGroupSize: c.minGroupSize,
      providerId: `p${c.provider}`,
      providerName: names[c.provider % names.length]!,
      venueAgs: `m${c.venue}`,
      venueName: names[c.venue]!,
      ...located(c.place),
    }));
    const waiting = areas.map((a, i): WaitingArea => ({
      ags: `m${i}`,
      name: names[a.name]!,
      ...located(a.place),
      category: a.category,
      courseType: a.courseType,
      overTarget: a.overTarget,
      noSuitableStart: a.noSuitableStart,
      needIds: [`n${i}`],
    }));
    return {
      asOf: '2026-12-01',
      radiusKm: 25,
      targetWeeks: 6,
      courses: placed,
      providerCourses: placed,
      waiting,
      providers: scores.map((score, i) => ({ id: `p${i}`, weightedDegree: score, degree: score % 2 })),
    };
  });

describe('course suggestions with a limit', () => {
  it('are the first `limit` of all suggestions ranked, with the same figures and texts', () => {
    fc.assert(
      fc.property(inputsArb, fc.integer({ min: 1, max: 20 }), (inputs, limit) => {
        const expected = rankRecommendations(deriveCourseRecommendations(inputs), limit);
        const bounded = deriveCourseRecommendations(inputs, limit);
        expect(bounded.length).toBe(expected.length);
        expect(rankRecommendations(bounded, limit)).toEqual(expected);
      }),
      { numRuns: 600, seed: 20 },
    );
  });

  it('include all three kinds when they rank high enough', () => {
    // A case worked out by hand: a START_NEW_COURSE of 5 persons, a pool of 13 registrations (one provider's two
    // courses: no date conflict), a date conflict of 28.
    const course = (id: string, km: number, fields: Partial<PlacedCourse>): PlacedCourse =>
      placedCourse(id, km, { courseType: 'GENERAL', venueAgs: 'm1', venueName: 'Uchte', ...fields });
    const courses = [
      course('a', 0, { registrations: 7, courseType: 'PARENTS' }),
      course('b', 5, { registrations: 6, courseType: 'PARENTS', providerId: 'p-a', providerName: 'Träger a' }),
      course('c', 0, { registrations: 14, minGroupSize: 10 }),
      course('d', 3, { registrations: 14, minGroupSize: 10, startDate: '2027-02-08' }),
    ];
    const inputs: CourseRecommendationInputs = {
      asOf: '2026-12-01',
      radiusKm: 25,
      targetWeeks: 6,
      courses,
      providerCourses: courses,
      waiting: [
        {
          ags: 'm1',
          name: 'Uchte',
          latitude: 52,
          longitude: 9,
          category: 'INTEGRATION_COURSE',
          courseType: 'GENERAL',
          overTarget: 2,
          noSuitableStart: 3,
          needIds: ['n1'],
        },
      ],
      providers: [],
    };
    const codes = (limit: number) =>
      rankRecommendations(deriveCourseRecommendations(inputs, limit), limit).map((r) => [r.code, r.persons]);
    expect(codes(1)).toEqual([['DATE_CONFLICT', 28]]);
    expect(codes(2)).toEqual([
      ['DATE_CONFLICT', 28],
      ['POOL_COURSE_STARTS', 13],
    ]);
    expect(codes(5)).toEqual([
      ['DATE_CONFLICT', 28],
      ['POOL_COURSE_STARTS', 13],
      ['START_NEW_COURSE', 5],
    ]);
    const newCourse = deriveCourseRecommendations(inputs, 3).find((r) => r.code === 'START_NEW_COURSE')!;
    expect(newCourse.actorIds).toEqual(['p-c', 'p-d']);
    expect(newCourse.textDe).toContain('am besten vernetzt zuerst: Träger c, Träger d');
  });
});

describe('TopRanked', () => {
  const keyArb = fc.record({
    persons: fc.integer({ min: 0, max: 4 }),
    code: fc.constantFrom('START_NEW_COURSE' as const, 'POOL_COURSE_STARTS' as const, 'DATE_CONFLICT' as const),
    municipalityName: fc.option(fc.constantFrom(...names), { nil: null }),
    id: fc.string({ maxLength: 3 }),
  });

  it('keeps what a full sort puts first, and no candidate with fewer persons than minPersons can enter', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(keyArb, { selector: (key) => key.id, maxLength: 60 }),
        fc.integer({ min: 1, max: 20 }),
        (keys, limit) => {
          const top = new TopRanked<(typeof keys)[number]>(limit);
          for (const key of keys) {
            const bar = top.minPersons;
            const before = top.kept();
            top.offer(key);
            if (key.persons < bar) expect(top.kept()).toEqual(before);
          }
          expect(top.kept().sort(compareRecommendations)).toEqual(
            [...keys].sort(compareRecommendations).slice(0, limit),
          );
        },
      ),
      { numRuns: 300, seed: 20 },
    );
  });
});
