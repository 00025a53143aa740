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
 * the radius of the area (to know which providers run them). Without titles and names: for all of Germany that is
 * ~77k courses, and the names come cheaper elsewhere (the venues' from the area, the providers' one per provider
 * with their connections, the titles only for the suggestions returned: fillTitles).
 */
async function loadPlacedCourses(
  deps: AnalysisDeps,
  area: LoadedArea,
  radiusKm: number,
): Promise<{ upcoming: PlacedCourse[]; nearby: PlacedCourse[] }> {
  const settings = await loadSettings(requireDriver(deps), deps.database);
  const box = boxParamsAround(area, radiusKm);
  const rows = await readRows<
    Omit<PlacedCourse, 'minGroupSize' | 'title' | 'providerName' | 'venueName'> & { ownMinGroupSize: number | null }
  >(
    deps,
    `MATCH (o:Offer)-[:TAKES_PLACE_IN]->(v:Municipality) WHERE o.category IN $categories AND o.format <> 'ONLINE'
     WITH o, v, coalesce(o.location, v.location) AS place WHERE place IS NOT NULL AND ($sw IS NULL OR point.withinBBox(place, $sw, $ne))
     OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
     RETURN o.id AS id, o.category AS category, o.courseType AS courseType, o.languageLevelFrom AS languageLevelFrom,
            o.status AS status, toString(o.startDate) AS startDate, coalesce(o.booked, 0) AS registrations, o.capacity AS capacity,
            o.minGroupSize AS ownMinGroupSize, p.id AS providerId, v.ags AS venueAgs,
            place.latitude AS latitude, place.longitude AS longitude`,
    { categories: courseCategories, sw: box?.sw ?? null, ne: box?.ne ?? null },
  );
  const inArea = new Map(area.municipalities.map((m) => [m.ags, m]));
  // Fields listed one by one: a rest/spread copy of ~77k rows cost half a second for all of Germany.
  const nearby = rows.map((row): PlacedCourse => ({
    id: row.id,
    title: '', // fillTitles
    category: row.category,
    courseType: row.courseType,
    languageLevelFrom: row.languageLevelFrom,
    status: row.status,
    startDate: row.startDate,
    registrations: row.registrations,
    capacity: row.capacity,
    minGroupSize: row.ownMinGroupSize ?? (row.courseType ? settings.get(row.courseType)?.minGroupSize : undefined) ?? 1,
    providerId: row.providerId,
    providerName: null, // from the providers' connections, one read per provider
    venueAgs: row.venueAgs,
    // The venue is the area's municipality for every course a text names (the upcoming ones).
    venueName: (row.venueAgs !== null ? inArea.get(row.venueAgs)?.name : undefined) ?? null,
    latitude: row.latitude,
    longitude: row.longitude,
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

/** Cooperation degree of the given actors (distinct partners, summed strengths): "best connected first"; and their names. */
async function connectionsOf(
  deps: AnalysisDeps,
  actorIds: string[],
): Promise<(ProviderScore & { name: string | null })[]> {
  return readRows<ProviderScore & { name: string | null }>(
    deps,
    `UNWIND $ids AS id MATCH (a:Actor {id: id})
     RETURN a.id AS id, a.name AS name, COUNT { (a)-[:COOPERATES_WITH]-(:Actor) } AS degree,
            reduce(total = 0, strength IN [(a)-[r:COOPERATES_WITH]-(:Actor) | coalesce(r.strength, 1)] | total + strength) AS weightedDegree`,
    { ids: actorIds },
  );
}

/** The titles of the courses the suggestions name, before their texts are written (the texts read them lazily). */
async function fillTitles(deps: AnalysisDeps, courses: PlacedCourse[], drafts: Omit<Recommendation, 'rank'>[]) {
  const named = new Set(drafts.flatMap((draft) => draft.offerIds));
  if (named.size === 0) return;
  const rows = await readRows<{ id: string; title: string }>(
    deps,
    `UNWIND $ids AS id MATCH (o:Offer {id: id}) RETURN o.id AS id, o.title AS title`,
    { ids: [...named] },
  );
  const titles = new Map(rows.map((row) => [row.id, row.title]));
  for (const course of courses) if (named.has(course.id)) course.title = titles.get(course.id)!;
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

/**
 * POOL_COURSE_STARTS, START_NEW_COURSE and DATE_CONFLICT for an area, unranked; with a limit, only those that
 * rank among the first `limit` (deriveCourseRecommendations).
 */
export async function courseSuggestionsFor(
  deps: AnalysisDeps,
  args: SuggestionArgs,
  limit = Infinity,
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
  const providerNames = new Map(providers.map((provider) => [provider.id, provider.name]));
  for (const course of courses.nearby)
    if (course.providerId !== null) course.providerName = providerNames.get(course.providerId) ?? null;
  const upcoming = courses.upcoming.filter((course) => categories.includes(course.category));
  const drafts = deriveCourseRecommendations(
    {
      asOf,
      radiusKm,
      targetWeeks,
      courses: upcoming,
      providerCourses: courses.nearby,
      waiting: matchings.flatMap((matching) =>
        waitingByCourseType(matching.category, matching.results, matching.needsById, area, targetWeeks),
      ),
      providers,
    },
    limit,
  );
  await fillTitles(deps, upcoming, drafts);
  return drafts;
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
  return rankRecommendations(await courseSuggestionsFor(deps, args, limit), limit);
}
