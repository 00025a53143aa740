// The live state of a whole district for one category, read once and cut per area: the indicators of the district,
// of each of its Samtgemeinden and municipalities (the area ranking, the snapshot job's areas) all come from one gap
// table, one waiting-time matching and one read of the places, instead of one of each per area. The cut gives the
// same figures as reading each area alone (load-indicator-inputs.ts, loadLiveState), because by DESIGN.md
// - a Samtgemeinde's or district's demand and unmet are the sums over their municipalities' rows, and every
//   municipality's row is the same whichever area the gap table is asked through;
// - an area's waiting figures are the country-wide matching restricted to the area's needs (kept here in the
//   matching's order, so that the wait statistics see the same placements in the same order);
// - the places are sums over the offers held in the area's municipalities.
// test/server/monitoring/indicators-fast-path.test.ts compares both for every area of the demo county.
import neo4j from 'neo4j-driver';
import { normalizeArgs } from '../../cache/analysis-cache.js';
import { readRows, type AnalysisDeps } from '../analysis-deps.js';
import { courseCategories } from '../courses/course-arguments.js';
import { summariseWaiting, type NeedResult } from '../courses/match-waiting-times.js';
import { matchCategory } from '../courses/waiting-times-service.js';
import { coverageGapTable } from '../gaps/gap-service.js';
import type { GapFigures, PlaceFigures, WaitFigures } from './compute-indicators.js';

export interface LiveDistrict {
  districtAgs: string;
  category: string;
  gaps: Record<string, GapFigures>; // per municipality key: its row of the district's gap table
  places: Record<string, PlaceFigures>; // per municipality key: the offers held there
  waiting: NeedResult[] | null; // the district's needs' results in the country-wide matching; null: no waiting times
}

export interface LiveState {
  places: PlaceFigures;
  gaps: GapFigures;
  waiting: WaitFigures | null;
}

/** How a result that repeats is kept (the request's analysis cache, server/cache/); absent: computed each time. */
export type Remember = <T>(operation: string, args: unknown, compute: () => Promise<T>) => Promise<T>;

export const computeEach: Remember = (_operation, _args, compute) => compute();

/** remember, and besides each key computed once within one call (the areas of a ranking share their district's). */
export function memoize(remember: Remember = computeEach): Remember {
  const kept = new Map<string, Promise<unknown>>();
  return <T>(operation: string, args: unknown, compute: () => Promise<T>): Promise<T> => {
    const id = `${operation}\u0000${normalizeArgs(args)}`;
    const found = kept.get(id) ?? remember(operation, args, compute);
    kept.set(id, found);
    return found as Promise<T>;
  };
}

export interface LiveDistrictOptions {
  radiusKm: number;
  waitWeeks: number;
  today: string;
  remember?: Remember;
}

const toNumber = (value: unknown): number =>
  value === null || value === undefined ? 0 : neo4j.isInt(value) ? neo4j.integer.toNumber(value) : Number(value);

/** Places of the offers of the category held in each municipality of the district now, as the snapshot job counts. */
async function loadDistrictPlaces(
  deps: AnalysisDeps,
  districtAgs: string,
  category: string,
): Promise<Record<string, PlaceFigures>> {
  const rows = await readRows<Record<string, unknown>>(
    deps,
    `MATCH (:District {ags: $districtAgs})<-[:IN_DISTRICT]-(m:Municipality)<-[:TAKES_PLACE_IN]-(o:Offer)
     WHERE o.category = $category AND o.format <> 'ONLINE' AND o.status IN ['PLANNED', 'OPEN', 'FULL', 'RUNNING']
     RETURN m.ags AS ags, sum(coalesce(o.capacity, 0)) AS capacity, sum(coalesce(o.booked, 0)) AS booked`,
    { districtAgs, category },
  );
  return Object.fromEntries(
    rows.map((row) => [row.ags as string, { capacity: toNumber(row.capacity), booked: toNumber(row.booked) }]),
  );
}

/**
 * The needs' results of the country-wide matching of a course category, kept under (category, day, radius, target)
 * so that every district asked for on the same data shares one matching (as the snapshot job does).
 */
function countryMatching(deps: AnalysisDeps, category: string, options: LiveDistrictOptions): Promise<NeedResult[]> {
  const { radiusKm, waitWeeks, today, remember = computeEach } = options;
  return remember('indicatorMatching', { category, today, radiusKm, waitWeeks }, async () => {
    const { results } = await matchCategory(deps, { category, asOf: today, radiusKm, targetWeeks: waitWeeks });
    return results;
  });
}

/** The live state of every municipality of the district for one category (see the head of this file). */
export function loadLiveDistrict(
  deps: AnalysisDeps,
  districtAgs: string,
  category: string,
  options: LiveDistrictOptions,
): Promise<LiveDistrict> {
  const { radiusKm, today, remember = computeEach } = options;
  const args = { districtAgs, category, today, radiusKm, waitWeeks: options.waitWeeks };
  return remember('indicatorDistrict', args, async () => {
    const [table, places, matching] = await Promise.all([
      coverageGapTable(deps, { category, radiusKm, districtAgs }),
      loadDistrictPlaces(deps, districtAgs, category),
      courseCategories.includes(category) ? countryMatching(deps, category, options) : Promise.resolve(null),
    ]);
    const gaps = Object.fromEntries(
      table.municipalities.map((row) => [row.ags, { demand: row.demand, unmet: row.unmet }]),
    );
    const inDistrict = new Set(table.municipalities.map((row) => row.ags));
    return {
      districtAgs,
      category,
      gaps,
      places,
      waiting: matching ? matching.filter((result) => inDistrict.has(result.municipalityAgs)) : null,
    };
  });
}

/** The live state of an area of the district (its municipalities' keys), cut from the district's. */
export function cutLiveState(district: LiveDistrict, agsList: readonly string[], waitWeeks: number): LiveState {
  const keys = new Set(agsList);
  const places: PlaceFigures = { capacity: 0, booked: 0 };
  const gaps: GapFigures = { demand: 0, unmet: 0 };
  for (const ags of keys) {
    const held = district.places[ags];
    if (held) {
      places.capacity += held.capacity;
      places.booked += held.booked;
    }
    const row = district.gaps[ags];
    if (row) {
      gaps.demand += row.demand;
      gaps.unmet += row.unmet;
    }
  }
  if (!district.waiting) return { places, gaps, waiting: null };
  const { placed, medianWeeks, p90Weeks, overTarget, noSuitableStart } = summariseWaiting(
    district.waiting.filter((result) => keys.has(result.municipalityAgs)),
    waitWeeks,
  );
  return { places, gaps, waiting: { placed, medianWeeks, p90Weeks, overTarget, noSuitableStart } };
}
