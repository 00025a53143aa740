// Course coordination in the API: the settings per course type, the course calendar and the waiting times.
import neo4j from 'neo4j-driver';
import { coordinatorOnly, everyone, requireRole, staff } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';

import { BadUserInputError, NotFoundError, quote } from '../../errors.js';
import type { AnalysisDeps } from '../gaps/gap-resolvers.js';
import { checkRadius } from '../gaps/gap-resolvers.js';
import { earthRadiusKm } from '../gaps/haversine.js';
import { todayInGermany } from '../today.js';
import {
  loadSettings,
  saveSettings,
  type CourseTypeSetting,
  type CourseTypeSettingInput,
} from './course-type-settings.js';
import { rankRecommendations, type Recommendation } from '../recommendations/derive-recommendations.js';
import {
  deriveCourseRecommendations,
  type PlacedCourse,
  type ProviderScore,
  type WaitingArea,
} from './course-recommendations.js';
import { courseTypeForNeed } from './course-type-for-need.js';
import {
  matchWaitingTimes,
  summariseWaiting,
  type NeedResult,
  type WaitingCourse,
  type WaitingFigures,
  type WaitingNeed,
} from './match-waiting-times.js';
import { compareGerman } from '../labels.js';

export const courseCategories = ['INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE'];
const calendarStatuses = ['PLANNED', 'OPEN', 'FULL', 'RUNNING'];

interface AreaArgs {
  districtAgs?: string | null;
  samtgemeindeAgs?: string | null;
}

interface Area {
  kind: 'DISTRICT' | 'SAMTGEMEINDE' | 'GERMANY';
  ags: string;
  name: string;
  municipalities: {
    ags: string;
    name: string;
    samtgemeindeAgs: string | null;
    samtgemeindeName: string | null;
    districtAgs: string | null;
    districtName: string | null;
    latitude: number | null;
    longitude: number | null;
  }[];
}

const requireDriver = (deps: AnalysisDeps) => {
  if (!deps.driver) throw new Error('the analysis needs a database driver');
  return deps.driver;
};

const read = async <T>(deps: AnalysisDeps, query: string, params: Record<string, unknown>) =>
  (
    await requireDriver(deps).executeQuery(query, params, { database: deps.database, routing: neo4j.routing.READ })
  ).records.map((record) => record.toObject() as T);

function checkDate(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const date = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new BadUserInputError(`${name} must be a date YYYY-MM-DD, got ${quote(date)}`, { field: name, value: date });
  return date;
}

/** The municipalities of a district, a Samtgemeinde (itself and its members) or, with neither, all. */
async function loadArea(deps: AnalysisDeps, args: AreaArgs): Promise<Area> {
  const { districtAgs, samtgemeindeAgs } = args;
  if (districtAgs && samtgemeindeAgs)
    throw new BadUserInputError(
      `Give districtAgs or samtgemeindeAgs, not both (got ${quote(districtAgs)} and ${quote(samtgemeindeAgs)})`,
    );
  const fields = `{ ags: m.ags, name: m.name, samtgemeindeAgs: sg.ags, samtgemeindeName: sg.name, districtAgs: d.ags, districtName: d.name,
    latitude: m.location.latitude, longitude: m.location.longitude }`;
  if (districtAgs) {
    if (!/^\d{5}$/.test(districtAgs))
      throw new BadUserInputError(`districtAgs must be a 5-digit district key, got ${quote(districtAgs)}`, {
        field: 'districtAgs',
        value: districtAgs,
      });
    const [row] = await read<{ name: string; municipalities: Area['municipalities'] }>(
      deps,
      `MATCH (d:District {ags: $ags}) OPTIONAL MATCH (m:Municipality)-[:IN_DISTRICT]->(d) OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality)
       RETURN d.name AS name, [x IN collect(${fields}) WHERE x.ags IS NOT NULL] AS municipalities`,
      { ags: districtAgs },
    );
    if (!row) throw new NotFoundError(`There is no district with ags ${quote(districtAgs)}`, { value: districtAgs });
    return { kind: 'DISTRICT', ags: districtAgs, ...row };
  }
  if (samtgemeindeAgs) {
    const [row] = await read<{ name: string; municipalities: Area['municipalities'] }>(
      deps,
      `MATCH (area:Municipality {ags: $ags, kind: 'COLLECTIVE'}) MATCH (m:Municipality) WHERE m = area OR (m)-[:MEMBER_OF]->(area)
       OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality) OPTIONAL MATCH (m)-[:IN_DISTRICT]->(d:District)
       RETURN area.name AS name, collect(${fields}) AS municipalities`,
      { ags: samtgemeindeAgs },
    );
    if (!row)
      throw new NotFoundError(
        `There is no Samtgemeinde (a municipality of kind COLLECTIVE) with ags ${quote(samtgemeindeAgs)}`,
        { value: samtgemeindeAgs },
      );
    return { kind: 'SAMTGEMEINDE', ags: samtgemeindeAgs, ...row };
  }
  const municipalities = await read<Area['municipalities'][number]>(
    deps,
    `MATCH (m:Municipality) OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality) OPTIONAL MATCH (m)-[:IN_DISTRICT]->(d:District) RETURN m.ags AS ags, m.name AS name, sg.ags AS samtgemeindeAgs, sg.name AS samtgemeindeName, d.ags AS districtAgs, d.name AS districtName,
            m.location.latitude AS latitude, m.location.longitude AS longitude`,
    {},
  );
  return { kind: 'GERMANY', ags: 'DE', name: 'Deutschland', municipalities };
}

/** A box around the area's municipalities, widened by km, as Cypher parameters; null for all of Germany. */
function boxAround(area: Area, km: number): { sw: unknown; ne: unknown } | null {
  if (area.kind === 'GERMANY') return null;
  const located = area.municipalities.filter((m) => m.latitude !== null && m.longitude !== null);
  if (located.length === 0) return null;
  const dLat = (km / earthRadiusKm) * (180 / Math.PI);
  const north = Math.max(...located.map((m) => m.latitude!)) + dLat;
  const south = Math.min(...located.map((m) => m.latitude!)) - dLat;
  const dLon = dLat / Math.cos((Math.max(Math.abs(north), Math.abs(south)) * Math.PI) / 180);
  return {
    sw: new neo4j.types.Point(4326, Math.min(...located.map((m) => m.longitude!)) - dLon, south),
    ne: new neo4j.types.Point(4326, Math.max(...located.map((m) => m.longitude!)) + dLon, north),
  };
}

export interface CourseStart {
  id: string;
  title: string;
  category: string;
  courseType: string | null;
  languageLevelFrom: string | null;
  languageLevelTo: string | null;
  targetGroups: string[] | null;
  childcare: boolean | null;
  status: string;
  providerId: string | null;
  providerName: string | null;
  venueAgs: string | null;
  venueName: string | null;
  samtgemeindeAgs: string | null;
  startDate: string | null;
  endDate: string | null;
  registrations: number | null;
  capacity: number | null;
  minGroupSize: number;
  maxGroupSize: number;
  fillRate: number | null; // registrations / capacity
  canStart: boolean; // registrations reach the minimum group size
  placesToMinimum: number;
}

export interface CalendarArgs extends AreaArgs {
  from?: unknown;
  to?: unknown;
  courseTypes?: string[] | null;
  categories?: string[] | null;
}

export async function courseCalendar(deps: AnalysisDeps, args: CalendarArgs): Promise<CourseStart[]> {
  const from = checkDate('from', args.from) ?? todayInGermany();
  const to = checkDate('to', args.to);
  if (to !== undefined && to < from)
    throw new BadUserInputError(`to ${quote(to)} is before from ${quote(from)}`, { field: 'to', value: to });
  const categories = args.categories?.length ? args.categories : courseCategories;
  const area = await loadArea(deps, args);
  const settings = await loadSettings(requireDriver(deps), deps.database);
  const rows = await read<
    Omit<CourseStart, 'minGroupSize' | 'maxGroupSize' | 'fillRate' | 'canStart' | 'placesToMinimum'> & {
      ownMinGroupSize: number | null;
    }
  >(
    deps,
    `MATCH (o:Offer)-[:TAKES_PLACE_IN]->(v:Municipality)
     WHERE ($areaAgs IS NULL OR v.ags IN $areaAgs) AND o.category IN $categories AND o.status IN $statuses
       AND ($courseTypes IS NULL OR o.courseType IN $courseTypes)
       AND coalesce(o.endDate, o.startDate) >= date($from) AND ($to IS NULL OR o.startDate <= date($to))
     OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
     OPTIONAL MATCH (v)-[:MEMBER_OF]->(sg:Municipality)
     RETURN o.id AS id, o.title AS title, o.category AS category, o.courseType AS courseType,
            o.languageLevelFrom AS languageLevelFrom, o.languageLevelTo AS languageLevelTo, o.targetGroups AS targetGroups,
            o.childcare AS childcare, o.status AS status, p.id AS providerId, p.name AS providerName, v.ags AS venueAgs, v.name AS venueName,
            sg.ags AS samtgemeindeAgs, toString(o.startDate) AS startDate, toString(o.endDate) AS endDate,
            o.booked AS registrations, o.capacity AS capacity, o.minGroupSize AS ownMinGroupSize
     ORDER BY o.startDate, o.title, o.id`,
    {
      areaAgs: area.kind === 'GERMANY' ? null : area.municipalities.map((m) => m.ags),
      categories,
      statuses: calendarStatuses,
      courseTypes: args.courseTypes?.length ? args.courseTypes : null,
      from,
      to: to ?? null,
    },
  );
  return rows.map(({ ownMinGroupSize, ...row }) => {
    const setting: CourseTypeSetting | undefined = row.courseType ? settings.get(row.courseType) : undefined;
    const minGroupSize = ownMinGroupSize ?? setting?.minGroupSize ?? 1;
    const maxGroupSize = setting?.maxGroupSize ?? row.capacity ?? minGroupSize;
    const registrations = row.registrations ?? 0;
    return {
      ...row,
      minGroupSize,
      maxGroupSize,
      fillRate: row.capacity ? registrations / row.capacity : null,
      canStart: row.status === 'RUNNING' || registrations >= minGroupSize,
      placesToMinimum: Math.max(0, minGroupSize - registrations),
    };
  });
}

export interface WaitingArgs extends AreaArgs {
  category?: string | null;
  asOf?: unknown;
  radiusKm?: number | null;
  targetWeeks?: number | null;
}

interface AreaWaiting extends WaitingFigures {
  ags: string;
  name: string;
  kind: string;
}

function checkTargetWeeks(value: number | null | undefined): number {
  const targetWeeks = value ?? 6;
  if (!Number.isInteger(targetWeeks) || targetWeeks < 0 || targetWeeks > 104) {
    throw new BadUserInputError(`targetWeeks must be a whole number from 0 to 104, got ${quote(targetWeeks)}`, {
      field: 'targetWeeks',
      value: targetWeeks,
    });
  }
  return targetWeeks;
}

interface MatchOptions {
  category: string;
  asOf: string;
  radiusKm: number;
  targetWeeks: number;
}

/** The waiting-time matching of one category over an area and a margin around it: every need's result. */
async function matchArea(
  deps: AnalysisDeps,
  area: Area,
  { category, asOf, radiusKm, targetWeeks }: MatchOptions,
): Promise<{ results: NeedResult[]; needsById: Map<string, WaitingNeed> }> {
  // Needs in reach of the same courses compete for their places: match over the area and a margin around it.
  const needBox = boxAround(area, 2 * radiusKm);
  const courseBox = boxAround(area, 3 * radiusKm);
  const [needs, courses] = await Promise.all([
    read<WaitingNeed>(
      deps,
      `MATCH (n:Need)-[:NEEDED_IN]->(m:Municipality)
       WHERE n.category = $category AND n.status = 'OPEN' AND n.reportedAt <= date($asOf) AND m.location IS NOT NULL
         AND ($sw IS NULL OR point.withinBBox(m.location, $sw, $ne))
       RETURN n.id AS id, m.ags AS municipalityAgs, m.location.latitude AS latitude, m.location.longitude AS longitude,
              n.persons AS persons, toString(n.reportedAt) AS reportedAt, n.targetGroup AS targetGroup, n.languageLevel AS languageLevel`,
      { category, asOf, sw: needBox?.sw ?? null, ne: needBox?.ne ?? null },
    ),
    read<WaitingCourse>(
      deps,
      // The planner would seek the start-date index and filter most offers of Germany; category and status are
      // far narrower (4x faster on the synthetic Germany).
      `MATCH (o:Offer) USING INDEX o:Offer(category, status)
       WHERE o.category = $category AND o.status IN ['PLANNED', 'OPEN'] AND o.capacity IS NOT NULL
         AND o.startDate >= date($asOf) AND o.format <> 'ONLINE'
       OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
       WITH o, coalesce(o.location, v.location) AS place WHERE place IS NOT NULL AND ($sw IS NULL OR point.withinBBox(place, $sw, $ne))
       RETURN o.id AS id, place.latitude AS latitude, place.longitude AS longitude, toString(o.startDate) AS startDate,
              CASE WHEN o.capacity > coalesce(o.booked, 0) THEN o.capacity - coalesce(o.booked, 0) ELSE 0 END AS freePlaces,
              o.targetGroups AS targetGroups, o.childcare AS childcare`,
      { category, asOf, sw: courseBox?.sw ?? null, ne: courseBox?.ne ?? null },
    ),
  ]);
  const results = matchWaitingTimes(needs, courses, {
    asOf,
    radiusKm,
    targetWeeks,
    childcareGroups: ['PARENTS', 'WOMEN'],
  });
  return { results, needsById: new Map(needs.map((need) => [need.id, need])) };
}

export async function waitingTimes(deps: AnalysisDeps, args: WaitingArgs) {
  const category = args.category ?? 'INTEGRATION_COURSE';
  const asOf = checkDate('asOf', args.asOf) ?? todayInGermany();
  const radiusKm = checkRadius(args.radiusKm);
  const targetWeeks = checkTargetWeeks(args.targetWeeks);
  const area = await loadArea(deps, args);
  const { results, needsById } = await matchArea(deps, area, { category, asOf, radiusKm, targetWeeks });
  const inArea = new Map(area.municipalities.map((m) => [m.ags, m]));
  const ours = results.filter((result) => inArea.has(result.municipalityAgs));
  const group = (
    key: (result: NeedResult) => string | null,
    name: (ags: string) => string,
    kind: string,
  ): AreaWaiting[] => {
    const groups = new Map<string, NeedResult[]>();
    for (const result of ours) {
      const k = key(result);
      if (!k) continue;
      const members = groups.get(k);
      if (members) members.push(result);
      else groups.set(k, [result]);
    }
    return [...groups]
      .map(([ags, members]) => ({ ags, name: name(ags), kind, ...summariseWaiting(members, targetWeeks) }))
      .sort((a, b) => b.waiting - a.waiting || compareGerman(a.name, b.name));
  };
  const municipality = (ags: string) => inArea.get(ags);
  const samtgemeindeNames = new Map(area.municipalities.map((m) => [m.samtgemeindeAgs, m.samtgemeindeName]));
  const districtNames = new Map(area.municipalities.map((m) => [m.districtAgs, m.districtName]));
  return {
    category,
    asOf,
    radiusKm,
    targetWeeks,
    area: { ags: area.ags, name: area.name, kind: area.kind, ...summariseWaiting(ours, targetWeeks) },
    municipalities: group(
      (r) => r.municipalityAgs,
      (ags) => municipality(ags)?.name ?? ags,
      'MUNICIPALITY',
    ).map((row) => ({
      ...row,
      latitude: municipality(row.ags)?.latitude ?? null,
      longitude: municipality(row.ags)?.longitude ?? null,
    })),
    samtgemeinden: group(
      (r) => municipality(r.municipalityAgs)?.samtgemeindeAgs ?? null,
      (ags) => samtgemeindeNames.get(ags) ?? ags,
      'SAMTGEMEINDE',
    ),
    districts: group(
      (r) => municipality(r.municipalityAgs)?.districtAgs ?? null,
      (ags) => districtNames.get(ags) ?? ags,
      'DISTRICT',
    ),
    needs: ours.map((result) => ({
      ...result,
      reportedAt: needsById.get(result.needId)!.reportedAt,
      targetGroup: needsById.get(result.needId)!.targetGroup,
    })),
  };
}

/**
 * Courses of the course categories around an area, placed at their own location or their venue's: the
 * upcoming PLANNED/OPEN ones with the area's venues (to pool or to check for conflicts), and every course within
 * the radius of the area (to know which providers run them).
 */
async function loadPlacedCourses(
  deps: AnalysisDeps,
  area: Area,
  radiusKm: number,
): Promise<{ upcoming: PlacedCourse[]; nearby: PlacedCourse[] }> {
  const settings = await loadSettings(requireDriver(deps), deps.database);
  const box = boxAround(area, radiusKm);
  const rows = await read<Omit<PlacedCourse, 'minGroupSize'> & { ownMinGroupSize: number | null }>(
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
  return read<ProviderScore>(
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
  area: Area,
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
  const area = await loadArea(deps, args);
  // The providers' connections are read while the matchings run: they need only the courses.
  const placed = loadPlacedCourses(deps, area, radiusKm);
  const [matchings, courses, providers] = await Promise.all([
    Promise.all(
      categories.map(async (category) => ({
        category,
        ...(await matchArea(deps, area, { category, asOf, radiusKm, targetWeeks })),
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

interface Ctx {
  viewer?: Viewer;
}

export function createCourseResolvers(deps: AnalysisDeps) {
  return {
    Query: {
      // Settings and the calendar come from offers alone: part of the public directory.
      courseTypeSettings: async (_source: unknown, _args: unknown, context: Ctx) => {
        requireRole(context.viewer, everyone, 'courseTypeSettings');
        return [...(await loadSettings(requireDriver(deps), deps.database)).values()];
      },
      courseCalendar: (_source: unknown, args: CalendarArgs, context: Ctx) => {
        requireRole(context.viewer, everyone, 'courseCalendar');
        return courseCalendar(deps, args);
      },
      // Waiting times and suggestions are made of needs: coordinator and analyst only.
      waitingTimes: (_source: unknown, args: WaitingArgs, context: Ctx) => {
        requireRole(context.viewer, staff, 'waitingTimes');
        return waitingTimes(deps, args);
      },
      courseSuggestions: async (_source: unknown, args: SuggestionArgs & { limit?: number | null }, context: Ctx) => {
        requireRole(context.viewer, staff, 'courseSuggestions');
        const limit = args.limit ?? 200;
        if (!Number.isInteger(limit) || limit < 1 || limit > 5000) {
          throw new BadUserInputError(`limit must be a whole number from 1 to 5000, got ${quote(limit)}`, {
            field: 'limit',
            value: limit,
          });
        }
        return rankRecommendations(await courseSuggestionsFor(deps, args), limit);
      },
    },
    Mutation: {
      setCourseTypeSettings: async (_source: unknown, args: { settings: CourseTypeSettingInput[] }, context: Ctx) => {
        requireRole(context.viewer, coordinatorOnly, 'setCourseTypeSettings');
        await saveSettings(requireDriver(deps), args.settings, deps.database);
        const settings = await loadSettings(requireDriver(deps), deps.database);
        return args.settings.map((setting) => settings.get(setting.courseType)!);
      },
    },
  };
}
