// The timeline's grouping and lanes, and its fill-rate classes, without a browser.
import { describe, expect, it } from 'vitest';
import {
  fillClass,
  filterCalendar,
  toTimelineGroups,
  type CalendarCourse,
} from '../../explorer/src/data/timeline-rows.js';

const areaName = (ags: string) => new Map([['032565408', 'Samtgemeinde Uchte']]).get(ags);

function course(
  id: string,
  startDate: string,
  endDate: string | null,
  fields: Partial<CalendarCourse> = {},
): CalendarCourse {
  return {
    id,
    title: `Kurs ${id}`,
    category: 'INTEGRATION_COURSE',
    courseType: 'GENERAL',
    targetGroups: null,
    status: 'PLANNED',
    providerId: 'p1',
    providerName: 'Träger Eins',
    venueAgs: '03256031',
    venueName: 'Uchte',
    samtgemeindeAgs: '032565408',
    startDate,
    endDate,
    fillRate: 0.25,
    canStart: false,
    ...fields,
  };
}

describe('timeline rows', () => {
  it('packs overlapping courses of a group into lanes and reuses a lane once its course has ended', () => {
    const [group] = toTimelineGroups(
      [
        course('a', '2027-01-04', '2027-03-31'),
        course('b', '2027-02-01', '2027-02-28'),
        course('c', '2027-04-01', '2027-06-30'),
        course('d', '2027-03-01', null, { canStart: true }),
      ],
      areaName,
      'provider',
      'de',
    );
    expect(group!.lanes.map((lane) => lane.map((c) => c.id))).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
    expect(group).toMatchObject({ key: 'p1', name: 'Träger Eins', courses: 4, cannotStart: 3 });
  });

  it('groups by Samtgemeinde, or by the venue outside any, sorted by name', () => {
    const groups = toTimelineGroups(
      [
        course('a', '2027-01-04', null),
        course('b', '2027-01-04', null, { samtgemeindeAgs: null, venueAgs: '03256022', venueName: 'Nienburg/Weser' }),
      ],
      areaName,
      'area',
      'de',
    );
    expect(groups.map((g) => [g.key, g.name])).toEqual([
      ['03256022', 'Nienburg/Weser'],
      ['032565408', 'Samtgemeinde Uchte'],
    ]);
  });

  it('filters by category, course type, target group, status and area together', () => {
    const courses = [
      course('a', '2027-01-04', null),
      course('b', '2027-01-04', null, { courseType: 'WOMEN', targetGroups: ['WOMEN'] }),
      course('c', '2027-01-04', null, {
        courseType: 'WOMEN',
        targetGroups: ['WOMEN'],
        status: 'OPEN',
        venueAgs: '03256022',
      }),
    ];
    const none = { category: '', courseType: '', targetGroup: '', status: '', inArea: undefined };
    expect(filterCalendar(courses, none).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(filterCalendar(courses, { ...none, courseType: 'WOMEN' }).map((c) => c.id)).toEqual(['b', 'c']);
    expect(filterCalendar(courses, { ...none, targetGroup: 'WOMEN', status: 'OPEN' }).map((c) => c.id)).toEqual(['c']);
    expect(
      filterCalendar(courses, { ...none, targetGroup: 'WOMEN', inArea: new Set(['03256031']) }).map((c) => c.id),
    ).toEqual(['b']);
    expect(filterCalendar(courses, { ...none, category: 'JOB_LANGUAGE_COURSE' })).toEqual([]);
  });

  it('classes fill rates as the legend does', () => {
    expect([null, 0, 0.249, 0.25, 0.5, 0.75, 0.99, 1, 1.2].map(fillClass)).toEqual([
      'unknown',
      'lt25',
      'lt25',
      'lt50',
      'lt75',
      'lt100',
      'lt100',
      'full',
      'full',
    ]);
  });
});
