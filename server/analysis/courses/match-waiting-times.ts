// Waiting time, exactly as ../shared/DESIGN.md defines it: open needs, oldest first, take the free places of
// suitable courses in reach, earliest start first; a placed person waits the weeks until the course starts.
// Pure: the caller loads the needs and courses of one category.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineKm } from '../gaps/haversine.js';

export interface WaitingNeed {
  id: string;
  municipalityAgs: string;
  latitude: number;
  longitude: number;
  persons: number;
  reportedAt: string; // YYYY-MM-DD
  targetGroup: string | null;
  languageLevel?: string | null; // the level the persons have; decides the job language course type they need
}

export interface WaitingCourse {
  id: string;
  latitude: number;
  longitude: number;
  startDate: string; // YYYY-MM-DD
  freePlaces: number; // max(0, capacity - booked)
  targetGroups: string[] | null; // none listed: open to every target group
  childcare: boolean | null;
}

export interface Placement {
  courseId: string;
  persons: number;
  startDate: string;
  weeks: number; // ceil(days from asOf to startDate / 7)
  distanceKm: number;
}

export interface NeedResult {
  needId: string;
  municipalityAgs: string;
  persons: number;
  placements: Placement[];
  unplaced: number; // persons with no suitable start
}

export interface WaitingFigures {
  waiting: number; // persons of the open needs
  placed: number;
  medianWeeks: number | null; // over placed persons, nearest rank
  p90Weeks: number | null;
  noSuitableStart: number;
  overTarget: number; // placed persons waiting longer than the target
}

export interface WaitingOptions {
  asOf: string; // YYYY-MM-DD
  radiusKm: number; // d0
  targetWeeks: number; // the wait considered acceptable
  childcareGroups: string[]; // target groups that need a course with childcare
}

export const defaultWaitingOptions: Omit<WaitingOptions, 'asOf'> = { radiusKm: 25, targetWeeks: 6, childcareGroups: ['PARENTS', 'WOMEN'] };

const dayMs = 86_400_000;
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

export function suits(course: WaitingCourse, need: WaitingNeed, distanceKm: number, options: Pick<WaitingOptions, 'radiusKm' | 'childcareGroups'>): boolean {
  if (distanceKm > options.radiusKm) return false;
  const groups = course.targetGroups ?? [];
  if (groups.length > 0 && (need.targetGroup === null || !groups.includes(need.targetGroup))) return false;
  if (need.targetGroup !== null && options.childcareGroups.includes(need.targetGroup) && course.childcare !== true) return false;
  return true;
}

export function matchWaitingTimes(needs: readonly WaitingNeed[], courses: readonly WaitingCourse[], options: WaitingOptions): NeedResult[] {
  const upcoming = courses.filter((course) => course.startDate >= options.asOf && course.freePlaces > 0);
  const left = new Map(upcoming.map((course) => [course.id, course.freePlaces]));
  // Courses near a need come from a k-d tree, so that all of Germany is not every need against every course.
  const index = upcoming.length > 0 ? new KDBush(upcoming.length) : undefined;
  if (index) {
    for (const course of upcoming) index.add(course.longitude, course.latitude);
    index.finish();
  }
  const order = [...needs].sort((a, b) => (a.reportedAt < b.reportedAt ? -1 : a.reportedAt > b.reportedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return order.map((need) => {
    const near = index ? around(index, need.longitude, need.latitude, Infinity, options.radiusKm * 1.0001).map((i) => upcoming[i]!) : [];
    const candidates = near
      .map((course) => ({ course, distanceKm: haversineKm(need.latitude, need.longitude, course.latitude, course.longitude) }))
      .filter(({ course, distanceKm }) => suits(course, need, distanceKm, options))
      .sort((a, b) => (a.course.startDate < b.course.startDate ? -1 : a.course.startDate > b.course.startDate ? 1 : a.distanceKm - b.distanceKm || (a.course.id < b.course.id ? -1 : 1)));
    let remaining = need.persons;
    const placements: Placement[] = [];
    for (const { course, distanceKm } of candidates) {
      if (remaining === 0) break;
      const places = left.get(course.id)!;
      if (places === 0) continue;
      const persons = Math.min(places, remaining);
      left.set(course.id, places - persons);
      remaining -= persons;
      placements.push({ courseId: course.id, persons, startDate: course.startDate, weeks: Math.ceil(daysBetween(options.asOf, course.startDate) / 7), distanceKm });
    }
    return { needId: need.id, municipalityAgs: need.municipalityAgs, persons: need.persons, placements, unplaced: remaining };
  });
}

/** Nearest-rank percentile over placed persons: each placement counts as many times as it has persons. */
function percentileWeeks(placements: Placement[], p: number): number | null {
  const total = placements.reduce((sum, placement) => sum + placement.persons, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const placement of [...placements].sort((a, b) => a.weeks - b.weeks)) {
    seen += placement.persons;
    if (seen >= rank) return placement.weeks;
  }
  return null;
}

export function summariseWaiting(results: readonly NeedResult[], targetWeeks: number): WaitingFigures {
  const placements = results.flatMap((result) => result.placements);
  const placed = placements.reduce((sum, placement) => sum + placement.persons, 0);
  return {
    waiting: results.reduce((sum, result) => sum + result.persons, 0),
    placed,
    medianWeeks: percentileWeeks(placements, 50),
    p90Weeks: percentileWeeks(placements, 90),
    noSuitableStart: results.reduce((sum, result) => sum + result.unplaced, 0),
    overTarget: placements.filter((placement) => placement.weeks > targetWeeks).reduce((sum, placement) => sum + placement.persons, 0),
  };
}
