// Reads the counts behind the indicators of one area (compute-indicators.ts turns them into values):
// - outcomes: the reported outcomes of the offers held in the area (venue), by the month their period ends;
// - a past month's places, gaps and waiting figures: the latest monitoring snapshots of that month (the area's
//   IndicatorSnapshot, else the sums of its municipalities' Snapshots, which know no waiting figures);
// - the current month's: the live graph, through the same services as the API (coverage gaps, waiting times).
import neo4j from 'neo4j-driver';
import { todayInGermany } from '../../../shared/calendar.js';
import { readRows, type AnalysisDeps } from '../analysis-deps.js';
import { loadArea } from '../area/load-area.js';
import { courseCategories } from '../courses/course-arguments.js';
import { sliceWaitingTimes } from '../courses/slice-waiting-times.js';
import { matchCategory } from '../courses/waiting-times-service.js';
import { coverageGapTable, municipalityCoverageGap } from '../gaps/gap-service.js';
import {
  noOutcomes,
  type GapFigures,
  type IndicatorInputs,
  type OutcomeSums,
  type PlaceFigures,
  type WaitFigures,
} from './compute-indicators.js';
import { currentMonth, monthRange } from './indicator-months.js';
import {
  computeEach,
  cutLiveState,
  liveDistrictOf,
  loadLiveDistrict,
  loadLiveDistricts,
  type LiveState,
  type Remember,
} from './load-live-district.js';

export type InputSource = 'LIVE' | 'SNAPSHOT';

/** An area of the monitoring: a municipality, a Samtgemeinde (itself and its members) or a district. */
export interface IndicatorArea {
  kind: 'MUNICIPALITY' | 'SAMTGEMEINDE' | 'DISTRICT';
  ags: string;
  name: string;
  agsList: string[]; // the keys of its municipalities
  districtAgs?: string | null; // the district it lies in: its live state is cut from the district's (shared)
}

export interface MonthInputs {
  inputs: IndicatorInputs;
  source: InputSource;
}

export const radiusKm = 25; // the catchment radius of the monitoring (as the snapshot job's default)

const toNumber = (value: unknown): number =>
  value === null || value === undefined ? 0 : neo4j.isInt(value) ? neo4j.integer.toNumber(value) : Number(value);
const toNullable = (value: unknown): number | null => (value === null || value === undefined ? null : toNumber(value));

const key = (category: string, month: string) => `${category}|${month}`;

const outcomeSumsReturn = `sum(x.started) AS started, sum(x.finished) AS finished, sum(x.droppedOut) AS droppedOut,
            sum(coalesce(x.dtzB1, 0)) AS dtzB1, sum(coalesce(x.dtzA2, 0)) AS dtzA2,
            sum(coalesce(x.dtzBelowA2, 0)) AS dtzBelowA2, sum(coalesce(x.certificates, 0)) AS certificates`;

/**
 * The outcome sums of the months asked for (not the months between them: the month a year before and the current
 * one are two months, not thirteen). The area's municipalities are the anchor: an UNWIND over them let the planner
 * seek the period index once per municipality and read the outcomes of the whole period again for each.
 */
async function loadOutcomeSums(
  deps: AnalysisDeps,
  agsList: string[],
  categories: string[],
  months: string[],
): Promise<Map<string, OutcomeSums>> {
  if (months.length === 0 || agsList.length === 0) return new Map();
  const rows = await readRows<Record<string, unknown>>(
    deps,
    `MATCH (m:Municipality) WHERE m.ags IN $agsList
     MATCH (m)<-[:TAKES_PLACE_IN]-(o:Offer)<-[:OUTCOME_OF]-(x:Outcome)
     WHERE o.category IN $categories AND x.periodEnd >= date($from) AND x.periodEnd <= date($to)
     WITH o, x, substring(toString(x.periodEnd), 0, 7) AS month WHERE month IN $months
     RETURN o.category AS category, month, ${outcomeSumsReturn}`,
    { agsList, categories, ...monthRange(months) },
  );
  return fileOutcomeSums(rows).get(noGroup) ?? new Map<string, OutcomeSums>();
}

const noGroup = '';

/** The rows of an outcome read per group (its areaAgs column; one group without it), then "category|month". */
function fileOutcomeSums(rows: Record<string, unknown>[]): Map<string, Map<string, OutcomeSums>> {
  const groups = new Map<string, Map<string, OutcomeSums>>();
  for (const row of rows) {
    const group = (row.areaAgs as string | undefined) ?? noGroup;
    let sums = groups.get(group);
    if (!sums) groups.set(group, (sums = new Map<string, OutcomeSums>()));
    sums.set(key(row.category as string, row.month as string), {
      started: toNumber(row.started),
      finished: toNumber(row.finished),
      droppedOut: toNumber(row.droppedOut),
      dtzB1: toNumber(row.dtzB1),
      dtzA2: toNumber(row.dtzA2),
      dtzBelowA2: toNumber(row.dtzBelowA2),
      certificates: toNumber(row.certificates),
    });
  }
  return groups;
}

/**
 * The outcome sums of the months asked for of every district at once, per district key (loadOutcomeSums of each
 * district's municipalities, in one read grouped by the district instead of one read per district).
 */
async function loadDistrictOutcomeSums(
  deps: AnalysisDeps,
  categories: string[],
  months: string[],
): Promise<Map<string, Map<string, OutcomeSums>>> {
  if (months.length === 0) return new Map();
  const rows = await readRows<Record<string, unknown>>(
    deps,
    `MATCH (x:Outcome) WHERE x.periodEnd >= date($from) AND x.periodEnd <= date($to)
     WITH x, substring(toString(x.periodEnd), 0, 7) AS month WHERE month IN $months
     MATCH (x)-[:OUTCOME_OF]->(o:Offer)-[:TAKES_PLACE_IN]->(:Municipality)-[:IN_DISTRICT]->(d:District)
     WHERE o.category IN $categories
     RETURN d.ags AS areaAgs, o.category AS category, month, ${outcomeSumsReturn}`,
    { categories, ...monthRange(months) },
  );
  return fileOutcomeSums(rows);
}

interface StoredState {
  places: PlaceFigures;
  gaps: GapFigures;
  waiting: WaitFigures | null;
}

/**
 * The latest stored state of each (category, month) of the past months asked for: the area's IndicatorSnapshot,
 * else its Snapshots' sums. Only those months are read (the snapshots of the months between them are not).
 */
async function loadStoredStates(
  deps: AnalysisDeps,
  area: IndicatorArea,
  categories: string[],
  months: string[],
): Promise<Map<string, StoredState>> {
  if (months.length === 0) return new Map();
  const params = {
    agsList: area.agsList,
    areaAgs: area.ags,
    categories,
    ...monthRange(months),
  };
  const [indicatorRows, snapshotRows] = await Promise.all([
    readRows<Record<string, unknown>>(
      deps,
      `MATCH (i:IndicatorSnapshot {areaAgs: $areaAgs})
       WHERE i.category IN $categories AND i.date >= date($from) AND i.date <= date($to)
         AND substring(toString(i.date), 0, 7) IN $months
       WITH i ORDER BY i.date DESC
       WITH i.category AS category, substring(toString(i.date), 0, 7) AS month, collect(i)[0] AS latest
       RETURN category, month, ${indicatorFigures}`,
      params,
    ),
    area.agsList.length === 0
      ? Promise.resolve([])
      : readRows<Record<string, unknown>>(
          deps,
          `MATCH (m:Municipality) WHERE m.ags IN $agsList
           MATCH (m)<-[:SNAPSHOT_OF]-(s:Snapshot)
           WHERE s.category IN $categories AND s.date >= date($from) AND s.date <= date($to)
             AND substring(toString(s.date), 0, 7) IN $months
           WITH s.category AS category, s.date AS date, ${snapshotSums}
           ORDER BY date DESC
           WITH category, substring(toString(date), 0, 7) AS month, ${latestSnapshotSums}
           RETURN category, month, figures`,
          params,
        ),
  ]);
  return fileStoredStates(indicatorRows, snapshotRows).get(noGroup) ?? new Map<string, StoredState>();
}

const indicatorFigures = `latest {.capacity, .booked, .demand, .unmet, .placed, .medianWeeks, .p90Weeks,
  .overTarget, .noSuitableStart, .hasWaiting} AS figures`;
const snapshotSums =
  'sum(s.capacity) AS capacity, sum(s.booked) AS booked, sum(s.demand) AS demand, sum(s.unmet) AS unmet';
const latestSnapshotSums = 'collect({capacity: capacity, booked: booked, demand: demand, unmet: unmet})[0] AS figures';

/**
 * The stored states per group (the rows' areaAgs column; one group without it), then "category|month": an area's
 * IndicatorSnapshot where there is one, else its Snapshots' sums.
 */
function fileStoredStates(
  indicatorRows: Record<string, unknown>[],
  snapshotRows: Record<string, unknown>[],
): Map<string, Map<string, StoredState>> {
  const groups = new Map<string, Map<string, StoredState>>();
  const file = (row: Record<string, unknown>, state: StoredState) => {
    const group = (row.areaAgs as string | undefined) ?? noGroup;
    let states = groups.get(group);
    if (!states) groups.set(group, (states = new Map<string, StoredState>()));
    states.set(key(row.category as string, row.month as string), state);
  };
  for (const row of snapshotRows) {
    const figures = row.figures as Record<string, unknown>;
    file(row, {
      places: { capacity: toNumber(figures.capacity), booked: toNumber(figures.booked) },
      gaps: { demand: toNumber(figures.demand), unmet: toNumber(figures.unmet) },
      waiting: null,
    });
  }
  for (const row of indicatorRows) {
    const figures = row.figures as Record<string, unknown>;
    file(row, {
      places: { capacity: toNumber(figures.capacity), booked: toNumber(figures.booked) },
      gaps: { demand: toNumber(figures.demand), unmet: toNumber(figures.unmet) },
      waiting: figures.hasWaiting
        ? {
            placed: toNumber(figures.placed),
            medianWeeks: toNullable(figures.medianWeeks),
            p90Weeks: toNullable(figures.p90Weeks),
            overTarget: toNumber(figures.overTarget),
            noSuitableStart: toNumber(figures.noSuitableStart),
          }
        : null,
    });
  }
  return groups;
}

/**
 * The stored states of the past months asked for of the districts given, per district key, in two reads grouped by
 * the district (loadStoredStates of each district, without one pair of reads per district).
 */
async function loadDistrictStoredStates(
  deps: AnalysisDeps,
  districtKeys: string[],
  categories: string[],
  months: string[],
): Promise<Map<string, Map<string, StoredState>>> {
  if (months.length === 0 || districtKeys.length === 0) return new Map();
  const params = {
    districtKeys,
    categories,
    ...monthRange(months),
  };
  const [indicatorRows, snapshotRows] = await Promise.all([
    readRows<Record<string, unknown>>(
      deps,
      `MATCH (i:IndicatorSnapshot) WHERE i.areaAgs IN $districtKeys
         AND i.category IN $categories AND i.date >= date($from) AND i.date <= date($to)
         AND substring(toString(i.date), 0, 7) IN $months
       WITH i ORDER BY i.date DESC
       WITH i.areaAgs AS areaAgs, i.category AS category, substring(toString(i.date), 0, 7) AS month,
            collect(i)[0] AS latest
       RETURN areaAgs, category, month, ${indicatorFigures}`,
      params,
    ),
    readRows<Record<string, unknown>>(
      deps,
      `MATCH (s:Snapshot) WHERE s.date >= date($from) AND s.date <= date($to)
         AND substring(toString(s.date), 0, 7) IN $months AND s.category IN $categories
       MATCH (s)-[:SNAPSHOT_OF]->(:Municipality)-[:IN_DISTRICT]->(d:District) WHERE d.ags IN $districtKeys
       WITH d.ags AS areaAgs, s.category AS category, s.date AS date, ${snapshotSums}
       ORDER BY date DESC
       WITH areaAgs, category, substring(toString(date), 0, 7) AS month, ${latestSnapshotSums}
       RETURN areaAgs, category, month, figures`,
      params,
    ),
  ]);
  return fileStoredStates(indicatorRows, snapshotRows);
}

/** Places of the offers of a category held in the area now, as the snapshot job counts them. */
async function loadLivePlaces(deps: AnalysisDeps, agsList: string[], categories: string[]) {
  const rows = await readRows<Record<string, unknown>>(
    deps,
    `UNWIND $agsList AS ags
     MATCH (:Municipality {ags: ags})<-[:TAKES_PLACE_IN]-(o:Offer)
     WHERE o.category IN $categories AND o.format <> 'ONLINE' AND o.status IN ['PLANNED', 'OPEN', 'FULL', 'RUNNING']
     RETURN o.category AS category, sum(coalesce(o.capacity, 0)) AS capacity, sum(coalesce(o.booked, 0)) AS booked`,
    { agsList, categories },
  );
  return new Map(
    rows.map((row) => [
      row.category as string,
      { capacity: toNumber(row.capacity), booked: toNumber(row.booked) } satisfies PlaceFigures,
    ]),
  );
}

/**
 * The live state of one category in the area read for the area alone: places, the gap table's figures and the
 * waiting-time matching's. The indicators cut it from the district's state instead (load-live-district.ts); this is
 * the reference the cut is tested against.
 */
export async function loadLiveState(
  deps: AnalysisDeps,
  area: Pick<IndicatorArea, 'kind' | 'ags'>,
  category: string,
  waitWeeks: number,
  today: string,
): Promise<{ gaps: GapFigures; waiting: WaitFigures | null }> {
  const gapsOf = async (): Promise<GapFigures> => {
    if (area.kind === 'MUNICIPALITY') {
      const row = await municipalityCoverageGap(deps, area.ags, { category, radiusKm });
      return { demand: row?.demand ?? 0, unmet: row?.unmet ?? 0 };
    }
    const table = await coverageGapTable(deps, {
      category,
      radiusKm,
      ...(area.kind === 'DISTRICT' ? { districtAgs: area.ags } : { samtgemeindeAgs: area.ags }),
    });
    return { demand: table.area.demand, unmet: table.area.unmet };
  };
  const waitingOf = async (): Promise<WaitFigures | null> => {
    if (!courseCategories.includes(category)) return null;
    const loaded = await loadArea(deps, { kind: area.kind, ags: area.ags });
    const { results, needsById } = await matchCategory(deps, {
      category,
      asOf: today,
      radiusKm,
      targetWeeks: waitWeeks,
    });
    const { placed, medianWeeks, p90Weeks, overTarget, noSuitableStart } = sliceWaitingTimes(
      loaded,
      results,
      needsById,
      waitWeeks,
    ).area;
    return { placed, medianWeeks, p90Weeks, overTarget, noSuitableStart };
  };
  const [gaps, waiting] = await Promise.all([gapsOf(), waitingOf()]);
  return { gaps, waiting };
}

/** The live state of each category in the area: cut from its district's (shared, kept), else read for it alone. */
async function loadLiveStates(
  deps: AnalysisDeps,
  area: IndicatorArea,
  categories: string[],
  waitWeeks: number,
  today: string,
  remember: Remember,
): Promise<LiveState[]> {
  const districtAgs = area.districtAgs;
  if (!districtAgs) {
    const [places, states] = await Promise.all([
      loadLivePlaces(deps, area.agsList, categories),
      Promise.all(categories.map((category) => loadLiveState(deps, area, category, waitWeeks, today))),
    ]);
    return states.map((state, index) => ({
      ...state,
      places: places.get(categories[index]!) ?? { capacity: 0, booked: 0 },
    }));
  }
  const districts = await Promise.all(
    categories.map((category) =>
      loadLiveDistrict(deps, districtAgs, category, { radiusKm, waitWeeks, today, remember }),
    ),
  );
  return districts.map((district) => cutLiveState(district, area.agsList, waitWeeks));
}

/**
 * Starts reading a district's live state of each category before its area is loaded: a district is its own district,
 * so its live state needs nothing from the area's read and one round trip less is waited for. remember must keep the
 * started reads (memoize) for loadIndicatorInputs to take them up; a failure is reported there (or, when the area's
 * read fails first, by that), never as an unhandled rejection.
 */
export function startLiveDistricts(
  deps: AnalysisDeps,
  districtAgs: string,
  categories: string[],
  waitWeeks: number,
  today: string,
  remember: Remember,
): void {
  for (const category of categories)
    loadLiveDistrict(deps, districtAgs, category, { radiusKm, waitWeeks, today, remember }).catch(() => undefined);
}

/**
 * The inputs of every (category, month) asked for, keyed "category|month". A month after the current one has no
 * state (null figures); the current month is read live. remember keeps the live district states that repeat (the
 * request's analysis cache, or a memo shared by the areas of one ranking).
 */
export async function loadIndicatorInputs(
  deps: AnalysisDeps,
  area: IndicatorArea,
  categories: string[],
  months: string[],
  waitWeeks: number,
  today: string = todayInGermany(),
  remember: Remember = computeEach,
): Promise<Map<string, MonthInputs>> {
  const sorted = [...new Set(months)].sort();
  const now = currentMonth(today);
  const live = sorted.includes(now);
  const [outcomes, stored, liveStates] = await Promise.all([
    loadOutcomeSums(deps, area.agsList, categories, sorted),
    loadStoredStates(
      deps,
      area,
      categories,
      sorted.filter((month) => month < now),
    ),
    live ? loadLiveStates(deps, area, categories, waitWeeks, today, remember) : Promise.resolve([]),
  ]);
  return assembleInputs(categories, sorted, now, outcomes, stored, liveStates);
}

/** The inputs of each (category, month) from what was read: live for the current month, else the stored state. */
function assembleInputs(
  categories: string[],
  sorted: string[],
  now: string,
  outcomes: Map<string, OutcomeSums>,
  stored: Map<string, StoredState>,
  liveStates: LiveState[],
): Map<string, MonthInputs> {
  const result = new Map<string, MonthInputs>();
  for (const [index, category] of categories.entries()) {
    for (const month of sorted) {
      const sums = outcomes.get(key(category, month)) ?? noOutcomes;
      if (month === now) {
        const state = liveStates[index]!;
        result.set(key(category, month), {
          source: 'LIVE',
          inputs: {
            category,
            places: state.places,
            gaps: state.gaps,
            waiting: state.waiting,
            outcomes: sums,
          },
        });
        continue;
      }
      const state = month < now ? stored.get(key(category, month)) : undefined;
      result.set(key(category, month), {
        source: 'SNAPSHOT',
        inputs: {
          category,
          places: state?.places ?? null,
          gaps: state?.gaps ?? null,
          waiting: state?.waiting ?? null,
          outcomes: sums,
        },
      });
    }
  }
  return result;
}

/**
 * The inputs of every district of the graph at once (each district's as loadIndicatorInputs gives them for that
 * district), per district key: the live month from one country-wide live state per category (load-live-district.ts,
 * loadLiveDistricts), the outcome sums and the stored states in one read each, grouped by the district.
 */
export async function loadDistrictsIndicatorInputs(
  deps: AnalysisDeps,
  districts: IndicatorArea[],
  categories: string[],
  months: string[],
  waitWeeks: number,
  today: string = todayInGermany(),
  remember: Remember = computeEach,
): Promise<Map<string, Map<string, MonthInputs>>> {
  const sorted = [...new Set(months)].sort();
  const now = currentMonth(today);
  const live = sorted.includes(now);
  const [outcomes, stored, country] = await Promise.all([
    loadDistrictOutcomeSums(deps, categories, sorted),
    loadDistrictStoredStates(
      deps,
      districts.map((district) => district.ags),
      categories,
      sorted.filter((month) => month < now),
    ),
    live
      ? Promise.all(
          categories.map((category) => loadLiveDistricts(deps, category, { radiusKm, waitWeeks, today, remember })),
        )
      : Promise.resolve([]),
  ]);
  return new Map(
    districts.map((district) => {
      const liveStates = country.map((states, index) =>
        cutLiveState(liveDistrictOf(states, district.ags, categories[index]!), district.agsList, waitWeeks),
      );
      const inputs = assembleInputs(
        categories,
        sorted,
        now,
        outcomes.get(district.ags) ?? new Map<string, OutcomeSums>(),
        stored.get(district.ags) ?? new Map<string, StoredState>(),
        liveStates,
      );
      return [district.ags, inputs];
    }),
  );
}

export { key as inputKey };
