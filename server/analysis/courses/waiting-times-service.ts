// Waiting times: the needs of the country matched to the course starts in reach (match-waiting-times.ts), the
// area's needs kept and summed per municipality, Samtgemeinde and district (slice-waiting-times.ts).
import { todayInGermany } from '../../../shared/calendar.js';
import { readRows, type AnalysisDeps } from '../analysis-deps.js';
import { bboxParams, boxAround } from '../area/bounding-box.js';
import { loadArea, type LoadedArea } from '../area/load-area.js';
import { parseArea, type AreaArgs } from '../area/parse-area.js';
import { checkRadius } from '../area/reach.js';
import { checkDate, checkTargetWeeks } from './course-arguments.js';
import { explainUnplaced, loadReasonCourses } from './explain-unplaced.js';
import {
  defaultWaitingOptions,
  matchWaitingTimes,
  type NeedResult,
  type WaitingCourse,
  type WaitingNeed,
} from './match-waiting-times.js';
import { sliceWaitingTimes } from './slice-waiting-times.js';

export interface WaitingArgs extends AreaArgs {
  category?: string | null;
  asOf?: unknown;
  radiusKm?: number | null;
  targetWeeks?: number | null;
}

/** A box around the area's municipalities, widened by km, as Cypher parameters; null for all of Germany. */
export function boxParamsAround(area: LoadedArea, km: number): { sw: unknown; ne: unknown } | null {
  if (area.kind === 'GERMANY') return null;
  const box = boxAround(area.municipalities, km);
  return box ? bboxParams(box) : null;
}

const { childcareGroups } = defaultWaitingOptions;

export interface MatchOptions {
  category: string;
  asOf: string;
  radiusKm: number;
  targetWeeks: number;
}

/**
 * The waiting-time matching of one category: every need's result in the country-wide matching (DESIGN.md: an
 * area's figures are the country-wide matching restricted to the area's needs), whatever the area; the callers
 * keep their area's needs. Matching the whole country is what makes it exact: an older need far away can take
 * places from a course that in turn would have served the area (a chain through shared courses), and such chains
 * can span the country wherever needs and courses lie within the radius of each other. A bounded computation over
 * the connected groups would read as much on dense data (the synthetic Germany is one group) and the matching
 * itself is the cheap part (0.4 s CPU for Germany); what an area pays is reading the category's needs and courses.
 */
export async function matchCategory(
  deps: AnalysisDeps,
  options: MatchOptions,
): Promise<{ results: NeedResult[]; needsById: Map<string, WaitingNeed> }> {
  const { needs, courses } = await loadWaitingInputs(deps, options.category, options.asOf);
  const results = matchWaitingTimes(needs, courses, {
    asOf: options.asOf,
    radiusKm: options.radiusKm,
    targetWeeks: options.targetWeeks,
    childcareGroups,
  });
  return { results, needsById: new Map(needs.map((need) => [need.id, need])) };
}

/** The needs and upcoming courses of one category in the whole country, as the matching takes them. */
export async function loadWaitingInputs(
  deps: AnalysisDeps,
  category: string,
  asOf: string,
): Promise<{ needs: WaitingNeed[]; courses: WaitingCourse[] }> {
  const [needs, courses] = await Promise.all([
    readRows<WaitingNeed>(
      deps,
      `MATCH (n:Need)-[:NEEDED_IN]->(m:Municipality)
       WHERE n.category = $category AND n.status = 'OPEN' AND n.reportedAt <= date($asOf) AND m.location IS NOT NULL
       RETURN n.id AS id, m.ags AS municipalityAgs, m.location.latitude AS latitude, m.location.longitude AS longitude,
              n.persons AS persons, toString(n.reportedAt) AS reportedAt, n.targetGroup AS targetGroup, n.languageLevel AS languageLevel`,
      { category, asOf },
    ),
    readRows<WaitingCourse>(
      deps,
      // The planner would seek the start-date index and filter most offers of Germany; category and status are
      // far narrower (4x faster on the synthetic Germany).
      `MATCH (o:Offer) USING INDEX o:Offer(category, status)
       WHERE o.category = $category AND o.status IN ['PLANNED', 'OPEN'] AND o.capacity IS NOT NULL
         AND o.startDate >= date($asOf) AND o.format <> 'ONLINE'
       OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
       WITH o, coalesce(o.location, v.location) AS place WHERE place IS NOT NULL
       RETURN o.id AS id, place.latitude AS latitude, place.longitude AS longitude, toString(o.startDate) AS startDate,
              CASE WHEN o.capacity > coalesce(o.booked, 0) THEN o.capacity - coalesce(o.booked, 0) ELSE 0 END AS freePlaces,
              o.targetGroups AS targetGroups, o.childcare AS childcare`,
      { category, asOf },
    ),
  ]);
  return { needs, courses };
}

export async function waitingTimes(deps: AnalysisDeps, args: WaitingArgs) {
  const category = args.category ?? 'INTEGRATION_COURSE';
  const asOf = checkDate('asOf', args.asOf) ?? todayInGermany();
  const radiusKm = checkRadius(args.radiusKm);
  const targetWeeks = checkTargetWeeks(args.targetWeeks);
  const area = await loadArea(deps, parseArea(args));
  const { results, needsById } = await matchCategory(deps, { category, asOf, radiusKm, targetWeeks });
  const sliced = sliceWaitingTimes(area, results, needsById, targetWeeks);
  const unplacedNeeds = sliced.needs.filter((need) => need.unplaced > 0).map((need) => needsById.get(need.needId)!);
  const reasons = explainUnplaced(unplacedNeeds, await loadReasonCourses(deps, category, unplacedNeeds, radiusKm), {
    asOf,
    radiusKm,
    childcareGroups,
  });
  return {
    category,
    asOf,
    radiusKm,
    targetWeeks,
    ...sliced,
    needs: sliced.needs.map((need) => ({ ...need, unplacedReason: reasons.get(need.needId) ?? null })),
  };
}

export type WaitingTimesResult = Awaited<ReturnType<typeof waitingTimes>>;
