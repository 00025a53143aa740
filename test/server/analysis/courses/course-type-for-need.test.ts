// Which course type a need asks for: the basis of START_NEW_COURSE's "providers that run that course type".
import { describe, expect, it } from 'vitest';
import { courseTypeForNeed } from '../../../../server/analysis/courses/course-type-for-need.js';

describe('courseTypeForNeed', () => {
  it('gives integration courses by target group, general for everyone else', () => {
    expect(courseTypeForNeed('INTEGRATION_COURSE', 'PARENTS', 'A1')).toBe('PARENTS');
    expect(courseTypeForNeed('INTEGRATION_COURSE', 'WOMEN', null)).toBe('WOMEN');
    expect(courseTypeForNeed('INTEGRATION_COURSE', 'YOUNG_ADULTS', null)).toBe('YOUTH');
    expect(courseTypeForNeed('INTEGRATION_COURSE', 'ILLITERATE', null)).toBe('LITERACY');
    expect(courseTypeForNeed('INTEGRATION_COURSE', 'ACADEMICS', 'A2')).toBe('INTENSIVE');
    expect(courseTypeForNeed('INTEGRATION_COURSE', 'ADULTS', 'B1')).toBe('GENERAL');
    expect(courseTypeForNeed('INTEGRATION_COURSE', null, null)).toBe('GENERAL');
  });

  it('gives job language courses by the level reached, the basic module B2 when it is unknown', () => {
    expect(
      ['A1', 'A2', 'B1', 'B2', 'C1', null].map((level) => courseTypeForNeed('JOB_LANGUAGE_COURSE', 'ADULTS', level)),
    ).toEqual([
      'JOB_SPECIAL_A2',
      'JOB_SPECIAL_B1',
      'JOB_BASIC_B2',
      'JOB_BASIC_C1',
      'JOB_SPECIAL_PROFESSION',
      'JOB_BASIC_B2',
    ]);
  });

  it('gives none for other categories', () => {
    expect(courseTypeForNeed('LANGUAGE_CAFE', 'ADULTS', 'A1')).toBeNull();
  });
});
