// Waiting times: the needs of an area matched to the course starts in reach (match-waiting-times.ts), summed per
// municipality, Samtgemeinde and district.
import { todayInGermany } from '../../../shared/calendar.js';
import { readRows, type AnalysisDeps } from '../analysis-deps.js';
import { bboxParams, boxAround } from '../area/bounding-box.js';
import { loadArea, type LoadedArea } from '../area/load-area.js';
import { parseArea, type AreaArgs } from '../area/parse-area.js';
import { checkRadius } from '../area/reach.js';
import { compareGerman } from '../labels.js';
import { checkDate, checkTargetWeeks } from './course-arguments.js';
import {
  matchWaitingTimes,
  summariseWaiting,
  type NeedResult,
  type WaitingCourse,
  type WaitingFigures,
  type WaitingNeed,
} from './match-waiting-times.js';

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

/** A box around the area's municipalities, widened by km, as Cypher parameters; null for all of Germany. */
export function boxParamsAround(area: LoadedArea, km: number): { sw: unknown; ne: unknown } | null {
  if (area.kind === 'GERMANY') return null;
  const box = boxAround(area.municipalities, km);
  return box ? bboxParams(box) : null;
}

export interface MatchOptions {
  category: string;
  asOf: string;
  radiusKm: number;
  targetWeeks: number;
}

/** The waiting-time matching of one category over an area and a margin around it: every need's result. */
export async function matchArea(
  deps: AnalysisDeps,
  area: LoadedArea,
  { category, asOf, radiusKm, targetWeeks }: MatchOptions,
): Promise<{ results: NeedResult[]; needsById: Map<string, WaitingNeed> }> {
  // Needs in reach of the same courses compete for their places: match over the area and a margin around it.
  const needBox = boxParamsAround(area, 2 * radiusKm);
  const courseBox = boxParamsAround(area, 3 * radiusKm);
  const [needs, courses] = await Promise.all([
    readRows<WaitingNeed>(
      deps,
      `MATCH (n:Need)-[:NEEDED_IN]->(m:Municipality)
       WHERE n.category = $category AND n.status = 'OPEN' AND n.reportedAt <= date($asOf) AND m.location IS NOT NULL
         AND ($sw IS NULL OR point.withinBBox(m.location, $sw, $ne))
       RETURN n.id AS id, m.ags AS municipalityAgs, m.location.latitude AS latitude, m.location.longitude AS longitude,
              n.persons AS persons, toString(n.reportedAt) AS reportedAt, n.targetGroup AS targetGroup, n.languageLevel AS languageLevel`,
      { category, asOf, sw: needBox?.sw ?? null, ne: needBox?.ne ?? null },
    ),
    readRows<WaitingCourse>(
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
  const area = await loadArea(deps, parseArea(args));
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

export type WaitingTimesResult = Awaited<ReturnType<typeof waitingTimes>>;
