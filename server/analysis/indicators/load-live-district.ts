// The live state of a whole district for one category, read once and cut per area: the indicators of the district,
// of each of its Samtgemeinden and municipalities (the area ranking, the snapshot job's areas) all come from one gap
// table, one waiting-time matching and one read of the places, instead of one of each per area. The districts of all
// of Germany (the ranking of the districts) come the same way from one pass over the country: the demand and unmet
// of every municipality, one read of the places, the country-wide matching, filed per district. The cut gives the
// same figures as reading each area alone (load-indicator-inputs.ts, loadLiveState), because by DESIGN.md
// - a Samtgemeinde's or district's demand and unmet are the sums over their municipalities' rows, and every
//   municipality's row is the same whichever area the gap table is asked through (Germany included);
// - an area's waiting figures are the country-wide matching restricted to the area's needs (kept here in the
//   matching's order, so that the wait statistics see the same placements in the same order);
// - the places are sums over the offers held in the area's municipalities.
// test/server/monitoring/indicators-fast-path.test.ts compares both for every area of the demo county;
// test/server/monitoring/indicator-ranking-districts.test.ts every district of the country pass with its own.
import neo4j from 'neo4j-driver';
import { normalizeArgs } from '../../cache/analysis-cache.js';
import { readRows, type AnalysisDeps } from '../analysis-deps.js';
import { courseCategories } from '../courses/course-arguments.js';
import { summariseWaiting, type NeedResult } from '../courses/match-waiting-times.js';
import { matchCategory } from '../courses/waiting-times-service.js';
import { coverageGapTable } from '../gaps/gap-service.js';
import { countryGapFigures } from '../gaps/country-gap-figures.js';
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

/** The live figures of the municipalities of a district or of all of Germany, before the matching is cut to them. */
interface LiveMunicipalities {
  districtOf: Record<string, string>; // per municipality key (a row of the gap table): its district
  gaps: Record<string, GapFigures>;
  places: Record<string, PlaceFigures>;
}

/** One gap table and one read of the places of a district, its rows filed under the district asked for. */
async function loadDistrictMunicipalities(
  deps: AnalysisDeps,
  districtAgs: string,
  category: string,
  radiusKm: number,
): Promise<LiveMunicipalities> {
  const [table, places] = await Promise.all([
    coverageGapTable(deps, { category, radiusKm, districtAgs }),
    loadDistrictPlaces(deps, districtAgs, category),
  ]);
  const districtOf: Record<string, string> = {};
  const gaps: Record<string, GapFigures> = {};
  for (const row of table.municipalities) {
    districtOf[row.ags] = districtAgs;
    gaps[row.ags] = { demand: row.demand, unmet: row.unmet };
  }
  return { districtOf, gaps, places };
}

/**
 * The same for every municipality of Germany in one pass: the country's demand and unmet per municipality (the rows
 * of the country's gap table, which by DESIGN.md are the district tables' rows; gaps/country-gap-figures.ts reads
 * only those of the municipalities with demand, the others' are 0) and the places held in each, from one read of the
 * offers; and one read of the municipalities' districts.
 */
async function loadCountryMunicipalities(
  deps: AnalysisDeps,
  category: string,
  radiusKm: number,
): Promise<LiveMunicipalities> {
  const [{ unmet, places }, districtRows] = await Promise.all([
    countryGapFigures(deps, category, radiusKm),
    readRows<{ ags: string; districtAgs: string }>(
      deps,
      'MATCH (m:Municipality)-[:IN_DISTRICT]->(d:District) RETURN m.ags AS ags, d.ags AS districtAgs',
      {},
    ),
  ]);
  const districtOf: Record<string, string> = {};
  const gaps: Record<string, GapFigures> = {};
  for (const { ags, districtAgs } of districtRows) {
    districtOf[ags] = districtAgs;
    gaps[ags] = { demand: 0, unmet: 0 };
  }
  for (const { ags, demand, unmet: unmetPersons } of unmet)
    if (districtOf[ags] !== undefined) gaps[ags] = { demand, unmet: unmetPersons };
  return { districtOf, gaps, places };
}

/**
 * The live state of each district the municipalities lie in: their rows, places and the matching's results of their
 * needs, in the matching's order (one pass over the matching, however many districts).
 */
function splitByDistrict(
  category: string,
  { districtOf, gaps, places }: LiveMunicipalities,
  matching: NeedResult[] | null,
): Map<string, LiveDistrict> {
  const districts = new Map<string, LiveDistrict>();
  const districtNamed = (districtAgs: string): LiveDistrict => {
    let found = districts.get(districtAgs);
    if (!found) {
      found = { districtAgs, category, gaps: {}, places: {}, waiting: matching ? [] : null };
      districts.set(districtAgs, found);
    }
    return found;
  };
  for (const [ags, districtAgs] of Object.entries(districtOf)) {
    const district = districtNamed(districtAgs);
    district.gaps[ags] = gaps[ags]!;
    const held = places[ags];
    if (held) district.places[ags] = held;
  }
  for (const result of matching ?? []) {
    const districtAgs = districtOf[result.municipalityAgs];
    if (districtAgs !== undefined) districtNamed(districtAgs).waiting!.push(result);
  }
  return districts;
}

const emptyDistrict = (districtAgs: string, category: string, withWaiting: boolean): LiveDistrict => ({
  districtAgs,
  category,
  gaps: {},
  places: {},
  waiting: withWaiting ? [] : null,
});

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
    const waits = courseCategories.includes(category);
    const [municipalities, matching] = await Promise.all([
      loadDistrictMunicipalities(deps, districtAgs, category, radiusKm),
      waits ? countryMatching(deps, category, options) : Promise.resolve(null),
    ]);
    return (
      splitByDistrict(category, municipalities, matching).get(districtAgs) ??
      emptyDistrict(districtAgs, category, waits)
    );
  });
}

/**
 * The live state of every district of the graph for one category, in one pass: one country-wide gap table, one read
 * of the places, the country-wide matching, cut per district. A district without municipalities has none (cut as
 * empty). The country's rows and places are kept (without the matching, kept on its own) for the next request.
 */
export async function loadLiveDistricts(
  deps: AnalysisDeps,
  category: string,
  options: LiveDistrictOptions,
): Promise<Map<string, LiveDistrict>> {
  const { radiusKm, today, remember = computeEach } = options;
  const waits = courseCategories.includes(category);
  const [municipalities, matching] = await Promise.all([
    remember('indicatorCountry', { category, today, radiusKm }, () =>
      loadCountryMunicipalities(deps, category, radiusKm),
    ),
    waits ? countryMatching(deps, category, options) : Promise.resolve(null),
  ]);
  return splitByDistrict(category, municipalities, matching);
}

/** A district's live state from the country's (loadLiveDistricts); one without municipalities is empty. */
export function liveDistrictOf(districts: Map<string, LiveDistrict>, districtAgs: string, category: string) {
  return districts.get(districtAgs) ?? emptyDistrict(districtAgs, category, courseCategories.includes(category));
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
