// Waiting time, exactly as ../shared/DESIGN.md defines it: open needs, oldest first, take the free places of
// suitable courses in reach, earliest start first; a placed person waits the weeks until the course starts.
// Pure: the caller loads the needs and courses of one category.
import { indexPlaces } from './places-within.js';

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

export const defaultWaitingOptions: Omit<WaitingOptions, 'asOf'> = {
  radiusKm: 25,
  targetWeeks: 6,
  childcareGroups: ['PARENTS', 'WOMEN'],
};

const dayMs = 86_400_000;
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

export function suits(
  course: Pick<WaitingCourse, 'targetGroups' | 'childcare'>,
  need: WaitingNeed,
  distanceKm: number,
  options: Pick<WaitingOptions, 'radiusKm' | 'childcareGroups'>,
): boolean {
  if (distanceKm > options.radiusKm) return false;
  // No `?? []`: this runs for every course near every need, and an empty array each time kept the collector busy.
  const groups = course.targetGroups;
  if (groups !== null && groups.length > 0 && (need.targetGroup === null || !groups.includes(need.targetGroup)))
    return false;
  if (need.targetGroup !== null && options.childcareGroups.includes(need.targetGroup) && course.childcare !== true)
    return false;
  return true;
}

export function matchWaitingTimes(
  needs: readonly WaitingNeed[],
  courses: readonly WaitingCourse[],
  options: WaitingOptions,
): NeedResult[] {
  const upcoming = courses.filter((course) => course.startDate >= options.asOf && course.freePlaces > 0);
  const left = upcoming.map((course) => course.freePlaces);
  // Courses near a need come from a k-d tree, so that all of Germany is not every need against every course.
  const within = indexPlaces(upcoming);
  const order = [...needs].sort((a, b) =>
    a.reportedAt < b.reportedAt ? -1 : a.reportedAt > b.reportedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  // Earliest start first, then nearer, then id: a strict order, so picking the best one by one gives the same
  // placements as sorting all candidates, at a fraction of the cost (a need mostly fills one or two courses).
  const before = (i: number, di: number, j: number, dj: number) => {
    const a = upcoming[i]!;
    const b = upcoming[j]!;
    return a.startDate !== b.startDate ? a.startDate < b.startDate : di !== dj ? di < dj : a.id < b.id;
  };
  const candidates: number[] = [];
  const distances: number[] = [];
  return order.map((need) => {
    candidates.length = 0;
    distances.length = 0;
    within(
      need,
      options.radiusKm,
      (i, distanceKm) => {
        if (suits(upcoming[i]!, need, distanceKm, options)) {
          candidates.push(i);
          distances.push(distanceKm);
        }
      },
      (i) => left[i] === 0,
    );
    let remaining = need.persons;
    const placements: Placement[] = [];
    while (remaining > 0 && candidates.length > 0) {
      let best = 0;
      for (let k = 1; k < candidates.length; k += 1)
        if (before(candidates[k]!, distances[k]!, candidates[best]!, distances[best]!)) best = k;
      const i = candidates[best]!;
      const distanceKm = distances[best]!;
      candidates[best] = candidates[candidates.length - 1]!;
      distances[best] = distances[distances.length - 1]!;
      candidates.pop();
      distances.pop();
      const course = upcoming[i]!;
      const persons = Math.min(left[i]!, remaining);
      left[i] = left[i]! - persons;
      remaining -= persons;
      placements.push({
        courseId: course.id,
        persons,
        startDate: course.startDate,
        weeks: Math.ceil(daysBetween(options.asOf, course.startDate) / 7),
        distanceKm,
      });
    }
    return {
      needId: need.id,
      municipalityAgs: need.municipalityAgs,
      persons: need.persons,
      placements,
      unplaced: remaining,
    };
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
    overTarget: placements
      .filter((placement) => placement.weeks > targetWeeks)
      .reduce((sum, placement) => sum + placement.persons, 0),
  };
}
