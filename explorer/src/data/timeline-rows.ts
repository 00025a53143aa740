// The timeline's rows: the courses of the calendar that pass the filters, grouped by provider or by area
// (Samtgemeinde, or the municipality outside any), each group packed into as few lanes as its overlapping
// courses allow. Pure and free of the explorer's other modules, so that unit tests load it as it is.

/** The fields of the API's CourseStart (operations/courses.graphql) the timeline needs. */
export interface CalendarCourse {
  id: string;
  title: string;
  category: string;
  courseType?: string | null;
  targetGroups?: readonly string[] | null;
  status: string;
  providerId?: string | null;
  providerName?: string | null;
  venueAgs?: string | null;
  venueName?: string | null;
  samtgemeindeAgs?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  fillRate?: number | null;
  canStart: boolean;
}

export interface CalendarFilter {
  category: string; // '' = all
  courseType: string;
  targetGroup: string;
  status: string;
  inArea: ReadonlySet<string> | undefined; // venue AGS of the area chosen; undefined = the whole district
}

export type GroupBy = 'provider' | 'area';

export interface TimelineGroup<C extends CalendarCourse = CalendarCourse> {
  key: string; // provider id or area AGS ('' when unknown)
  name: string;
  lanes: C[][]; // each lane's courses in start order, none overlapping
  courses: number;
  cannotStart: number;
}

/** The calendar's courses the filters let through. */
export function filterCalendar<C extends CalendarCourse>(courses: readonly C[], state: CalendarFilter): C[] {
  const inArea = state.inArea;
  return courses.filter(
    (c) =>
      (!state.category || c.category === state.category) &&
      (!state.courseType || c.courseType === state.courseType) &&
      (!state.targetGroup || (c.targetGroups ?? []).includes(state.targetGroup)) &&
      (!state.status || c.status === state.status) &&
      (!inArea || (c.venueAgs !== null && c.venueAgs !== undefined && inArea.has(c.venueAgs))),
  );
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** First and last day a course occupies on the timeline: a course without an end occupies its start day. */
export function courseSpan(course: CalendarCourse): [number, number] {
  const start = dayNumber(course.startDate ?? course.endDate ?? '1970-01-01');
  const end = course.endDate ? dayNumber(course.endDate) : start;
  return [start, Math.max(start, end)];
}

function groupOf(course: CalendarCourse, areaName: (ags: string) => string | undefined, by: GroupBy): [string, string] {
  if (by === 'provider') return [course.providerId ?? '', course.providerName ?? '–'];
  const ags = course.samtgemeindeAgs ?? course.venueAgs ?? '';
  return [ags, areaName(ags) ?? course.venueName ?? '–'];
}

/** Groups sorted by name; in each, a course goes to the first lane where it no longer overlaps the last course. */
export function toTimelineGroups<C extends CalendarCourse>(
  courses: readonly C[],
  areaName: (ags: string) => string | undefined,
  by: GroupBy,
  lang: 'de' | 'en',
): TimelineGroup<C>[] {
  const groups = new Map<string, TimelineGroup<C>>();
  const sorted = [...courses].sort(
    (a, b) => courseSpan(a)[0] - courseSpan(b)[0] || a.title.localeCompare(b.title, lang) || (a.id < b.id ? -1 : 1),
  );
  for (const course of sorted) {
    const [key, name] = groupOf(course, areaName, by);
    let group = groups.get(key);
    if (!group) {
      group = { key, name, lanes: [], courses: 0, cannotStart: 0 };
      groups.set(key, group);
    }
    group.courses += 1;
    if (!course.canStart) group.cannotStart += 1;
    const [start] = courseSpan(course);
    const lane = group.lanes.find((l) => courseSpan(l[l.length - 1]!)[1] < start);
    if (lane) lane.push(course);
    else group.lanes.push([course]);
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** Fill-rate classes of the legend: registrations / capacity. */
export const fillClasses = [
  { key: 'unknown', max: -1 },
  { key: 'lt25', max: 0.25 },
  { key: 'lt50', max: 0.5 },
  { key: 'lt75', max: 0.75 },
  { key: 'lt100', max: 1 },
  { key: 'full', max: Infinity },
] as const;
export type FillClass = (typeof fillClasses)[number]['key'];

export function fillClass(fillRate: number | null | undefined): FillClass {
  if (fillRate === null || fillRate === undefined) return 'unknown';
  if (fillRate >= 1) return 'full';
  return fillClasses.find((c) => c.key !== 'unknown' && fillRate < c.max)!.key;
}
