// Course suggestions for an area: pool course starts, start a new course, resolve a date conflict
// (course-recommendations.ts), from the waiting times and the courses around the area.
import { todayInGermany } from '../../../shared/calendar.js';
import { BadUserInputError, quote } from '../../errors.js';
import { readRows, requireDriver, type AnalysisDeps } from '../analysis-deps.js';
import { loadArea, type LoadedArea } from '../area/load-area.js';
import { parseArea, type AreaArgs } from '../area/parse-area.js';
import { checkRadius } from '../area/reach.js';
import { rankRecommendations, type Recommendation } from '../rank-recommendations.js';
import { checkDate, checkTargetWeeks, courseCategories } from './course-arguments.js';
import {
  deriveCourseRecommendations,
  type PlacedCourse,
  type ProviderScore,
  type WaitingArea,
} from './course-recommendations.js';
import { courseTypeForNeed } from './course-type-for-need.js';
import { loadSettings } from './course-type-settings.js';
import type { NeedResult, WaitingNeed } from './match-waiting-times.js';
import { boxParamsAround, matchCategory } from './waiting-times-service.js';

/**
 * Courses of the course categories around an area, placed at their own location or their venue's: the
 * upcoming PLANNED/OPEN ones with the area's venues (to pool or to check for conflicts), and every course within
 * the radius of the area (to know which providers run them).
 */
async function loadPlacedCourses(
  deps: AnalysisDeps,
  area: LoadedArea,
  radiusKm: number,
): Promise<{ upcoming: PlacedCourse[]; nearby: PlacedCourse[] }> {
  const settings = await loadSettings(requireDriver(deps), deps.database);
  const box = boxParamsAround(area, radiusKm);
  const rows = await readRows<Omit<PlacedCourse, 'minGroupSize'> & { ownMinGroupSize: number | null }>(
    deps,
    `MATCH (o:Offer)-[:TAKES_PLACE_IN]->(v:Municipality) WHERE o.category IN $categories AND o.format <> 'ONLINE'
     WITH o, v, coalesce(o.location, v.location) AS place WHERE place IS NOT NULL AND ($sw IS NULL OR point.withinBBox(place, $sw, $ne))
     OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
     RETURN o.id AS id, o.title AS title, o.category AS category, o.courseType AS courseType, o.languageLevelFrom AS languageLevelFrom,
            o.status AS status, toString(o.startDate) AS startDate, coalesce(o.booked, 0) AS registrations, o.capacity AS capacity,
            o.minGroupSize AS ownMinGroupSize, p.id AS providerId, p.name AS providerName, v.ags AS venueAgs, v.name AS venueName,
            place.latitude AS latitude, place.longitude AS longitude`,
    { categories: courseCategories, sw: box?.sw ?? null, ne: box?.ne ?? null },
  );
  const inArea = new Set(area.municipalities.map((m) => m.ags));
  const nearby = rows.map(({ ownMinGroupSize, ...row }) => ({
    ...row,
    minGroupSize: ownMinGroupSize ?? (row.courseType ? settings.get(row.courseType)?.minGroupSize : undefined) ?? 1,
  }));
  const upcoming = nearby.filter(
    (course) =>
      course.venueAgs !== null &&
      inArea.has(course.venueAgs) &&
      course.startDate !== null &&
      ['PLANNED', 'OPEN'].includes(course.status),
  );
  return { upcoming, nearby };
}

/** Cooperation degree of the given actors (distinct partners, summed strengths): "best connected first". */
async function connectionsOf(deps: AnalysisDeps, actorIds: string[]): Promise<ProviderScore[]> {
  return readRows<ProviderScore>(
    deps,
    `UNWIND $ids AS id MATCH (a:Actor {id: id})
     RETURN a.id AS id, COUNT { (a)-[:COOPERATES_WITH]-(:Actor) } AS degree,
            reduce(total = 0, strength IN [(a)-[r:COOPERATES_WITH]-(:Actor) | coalesce(r.strength, 1)] | total + strength) AS weightedDegree`,
    { ids: actorIds },
  );
}

export interface SuggestionArgs extends AreaArgs {
  asOf?: unknown;
  radiusKm?: number | null;
  targetWeeks?: number | null;
  categories?: string[] | null;
}

/** Persons over the target or without a start per municipality of the area and the course type their needs ask for. */
function waitingByCourseType(
  category: string,
  results: NeedResult[],
  needsById: Map<string, WaitingNeed>,
  area: LoadedArea,
  targetWeeks: number,
): WaitingArea[] {
  const places = new Map(area.municipalities.map((m) => [m.ags, m]));
  const areas = new Map<string, WaitingArea>();
  for (const result of results) {
    const place = places.get(result.municipalityAgs);
    const need = needsById.get(result.needId)!;
    const courseType = courseTypeForNeed(category, need.targetGroup, need.languageLevel ?? null);
    if (!place || place.latitude === null || place.longitude === null || !courseType) continue;
    const key = `${result.municipalityAgs}|${courseType}`;
    let waiting = areas.get(key);
    if (!waiting) {
      waiting = {
        ags: place.ags,
        name: place.name,
        latitude: place.latitude,
        longitude: place.longitude,
        category,
        courseType,
        overTarget: 0,
        noSuitableStart: 0,
        needIds: [],
      };
      areas.set(key, waiting);
    }
    for (const placement of result.placements)
      if (placement.weeks > targetWeeks) waiting.overTarget += placement.persons;
    waiting.noSuitableStart += result.unplaced;
    waiting.needIds.push(result.needId);
  }
  return [...areas.values()];
}

/** POOL_COURSE_STARTS, START_NEW_COURSE and DATE_CONFLICT for an area, unranked. */
export async function courseSuggestionsFor(
  deps: AnalysisDeps,
  args: SuggestionArgs,
): Promise<Omit<Recommendation, 'rank'>[]> {
  const asOf = checkDate('asOf', args.asOf) ?? todayInGermany();
  const radiusKm = checkRadius(args.radiusKm);
  const targetWeeks = checkTargetWeeks(args.targetWeeks);
  const categories = courseCategories.filter(
    (category) => !args.categories?.length || args.categories.includes(category),
  );
  if (categories.length === 0) return [];
  // One read of the area, one matching per category: the waiting figures behind START_NEW_COURSE need no more.
  const area = await loadArea(deps, parseArea(args));
  // The providers' connections are read while the matchings run: they need only the courses.
  const placed = loadPlacedCourses(deps, area, radiusKm);
  const [matchings, courses, providers] = await Promise.all([
    Promise.all(
      categories.map(async (category) => ({
        category,
        ...(await matchCategory(deps, { category, asOf, radiusKm, targetWeeks })),
      })),
    ),
    placed,
    placed.then((found) =>
      connectionsOf(deps, [
        ...new Set(found.nearby.flatMap((course) => (course.providerId ? [course.providerId] : []))),
      ]),
    ),
  ]);
  return deriveCourseRecommendations({
    asOf,
    radiusKm,
    targetWeeks,
    courses: courses.upcoming.filter((course) => categories.includes(course.category)),
    providerCourses: courses.nearby,
    waiting: matchings.flatMap((matching) =>
      waitingByCourseType(matching.category, matching.results, matching.needsById, area, targetWeeks),
    ),
    providers,
  });
}

/** The course suggestions ranked, the first `limit` (1 to 5000, default 200). */
export async function rankedCourseSuggestions(
  deps: AnalysisDeps,
  args: SuggestionArgs & { limit?: number | null },
): Promise<Recommendation[]> {
  const limit = args.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 1 || limit > 5000) {
    throw new BadUserInputError(`limit must be a whole number from 1 to 5000, got ${quote(limit)}`, {
      field: 'limit',
      value: limit,
    });
  }
  return rankRecommendations(await courseSuggestionsFor(deps, args), limit);
}
