// Query.indicatorRanking: the areas of a district (its Samtgemeinden and the municipalities that belong to none), or
// without a district every district of the graph, ranked by the change of one indicator since the same month a year
// before, the largest move toward the target first, areas without a comparison last (by name). One request instead
// of one indicators query per area: the areas' live states are cut from one state of the district, the districts'
// from one state of the country (analysis/indicators/load-live-district.ts), the districts' outcomes and snapshots
// are read in one pass grouped by district, and each area's value is the one Query.indicators gives for it.
import { readRows, type AnalysisDeps } from '../analysis/analysis-deps.js';
import { checkDistrictAgs } from '../analysis/area/parse-area.js';
import type { IndicatorValue } from '../analysis/indicators/compute-indicators.js';
import {
  indicatorDefinitions,
  isIndicatorName,
  type IndicatorName,
} from '../analysis/indicators/indicator-definitions.js';
import { checkMonth, currentMonth, shiftMonth } from '../analysis/indicators/indicator-months.js';
import { loadDistrictsIndicatorInputs, type IndicatorArea } from '../analysis/indicators/load-indicator-inputs.js';
import { computeEach, memoize, type Remember } from '../analysis/indicators/load-live-district.js';
import { compareGerman } from '../analysis/labels.js';
import { todayInGermany } from '../../shared/calendar.js';
import { readIndicatorTargets, type IndicatorTargets } from '../config.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import { indicatorsFromInputs, indicatorsOfArea, type AreaIndicators } from './indicator-service.js';

export interface IndicatorRankingArgs {
  districtAgs?: string | null; // absent: the districts of the whole graph
  category: string;
  indicator: string;
  month?: unknown;
}

export interface IndicatorRankingRow {
  rank: number | null; // 1 for the largest move toward the target; null without a comparison
  areaAgs: string;
  areaName: string;
  areaKind: 'MUNICIPALITY' | 'SAMTGEMEINDE' | 'DISTRICT';
  improvement: number | null; // the change signed so that a move toward the target is positive
  value: IndicatorValue;
}

type UnrankedRow = Omit<IndicatorRankingRow, 'rank'>;

interface RankingArea {
  ags: string;
  name: string;
  collective: boolean;
  agsList: string[];
}

/** The areas a ranking compares: the district's Samtgemeinden (with their members) and the municipalities in none. */
async function loadRankingAreas(deps: AnalysisDeps, districtAgs: string): Promise<RankingArea[]> {
  // Grouped by the district: no row when there is none.
  const [row] = await readRows<{ areas: (RankingArea | null)[] }>(
    deps,
    `MATCH (d:District {ags: $districtAgs})
     OPTIONAL MATCH (m:Municipality)-[:IN_DISTRICT]->(d)
     WHERE m.kind = 'COLLECTIVE' OR NOT EXISTS { (m)-[:MEMBER_OF]->(:Municipality) }
     OPTIONAL MATCH (member:Municipality)-[:MEMBER_OF]->(m)
     WITH d, m, collect(member.ags) AS members
     RETURN d.ags AS districtAgs, collect(CASE WHEN m IS NULL THEN null ELSE
       {ags: m.ags, name: m.name, collective: m.kind = 'COLLECTIVE', agsList: [m.ags] + members} END) AS areas`,
    { districtAgs },
  );
  if (!row) throw new NotFoundError(`There is no district with ags ${quote(districtAgs)}`, { value: districtAgs });
  return row.areas.filter((area): area is RankingArea => area !== null);
}

/** Every district of the graph with its municipalities' keys (as loadMonitoringArea reads one district). */
async function loadDistricts(deps: AnalysisDeps): Promise<IndicatorArea[]> {
  const rows = await readRows<{ ags: string; name: string; agsList: string[] }>(
    deps,
    `MATCH (d:District)
     OPTIONAL MATCH (m:Municipality)-[:IN_DISTRICT]->(d)
     RETURN d.ags AS ags, d.name AS name, collect(m.ags) AS agsList`,
    {},
  );
  return rows.map((row) => ({
    kind: 'DISTRICT',
    ags: row.ags,
    name: row.name,
    agsList: row.agsList,
    districtAgs: row.ags,
  }));
}

/** Largest improvement first; equal ones, and those without a comparison (last), by name. */
export function rankByImprovement<T extends { areaName: string; improvement: number | null }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => {
    if (a.improvement === null || b.improvement === null)
      return a.improvement === null && b.improvement === null
        ? compareGerman(a.areaName, b.areaName)
        : a.improvement === null
          ? 1
          : -1;
    return b.improvement - a.improvement || compareGerman(a.areaName, b.areaName);
  });
}

function checkIndicator(value: string): IndicatorName {
  if (!isIndicatorName(value))
    throw new BadUserInputError(`indicator ${quote(value)} is not an indicator`, { field: 'indicator', value });
  return value;
}

/** The improvement of a value: its change signed so that a move toward the target is positive. */
function improvementOf(value: IndicatorValue, indicator: IndicatorName): number | null {
  if (value.change === null) return null;
  return indicatorDefinitions[indicator].direction === 'AT_LEAST' ? value.change : -value.change;
}

/** An area's row of the ranking: the indicator's value among the area's results, and its improvement. */
function rankingRow(area: IndicatorArea, results: AreaIndicators[], indicator: IndicatorName): UnrankedRow {
  const value = results[0]!.values.find((candidate) => candidate.indicator === indicator)!;
  return {
    areaAgs: area.ags,
    areaName: area.name,
    areaKind: area.kind,
    improvement: improvementOf(value, indicator),
    value,
  };
}

/** The areas of one district, each through indicatorsOfArea with the district's live state shared. */
async function rankAreasOfDistrict(
  deps: AnalysisDeps,
  districtAgs: string,
  category: string,
  indicator: IndicatorName,
  month: string,
  targets: IndicatorTargets,
  today: string,
  remember: Remember,
): Promise<UnrankedRow[]> {
  const areas = await loadRankingAreas(deps, districtAgs);
  // Every area needs the district's live state of the category: computed once for all of them.
  const shared = memoize(remember);
  return Promise.all(
    areas.map(async (area) => {
      const indicatorArea: IndicatorArea = {
        kind: area.collective ? 'SAMTGEMEINDE' : 'MUNICIPALITY',
        ags: area.ags,
        name: area.name,
        agsList: area.agsList,
        districtAgs,
      };
      const results = await indicatorsOfArea(deps, indicatorArea, [category], [month], targets, today, shared);
      return rankingRow(indicatorArea, results, indicator);
    }),
  );
}

/** Every district of the graph from one country-wide pass (loadDistrictsIndicatorInputs), each as its indicators. */
async function rankDistricts(
  deps: AnalysisDeps,
  category: string,
  indicator: IndicatorName,
  month: string,
  targets: IndicatorTargets,
  today: string,
  remember: Remember,
): Promise<UnrankedRow[]> {
  const districts = await loadDistricts(deps);
  const inputs = await loadDistrictsIndicatorInputs(
    deps,
    districts,
    [category],
    [shiftMonth(month, -12), month],
    targets.waitWeeks,
    today,
    remember,
  );
  return districts.map((district) =>
    rankingRow(
      district,
      indicatorsFromInputs(district, [category], [month], targets, inputs.get(district.ags)!),
      indicator,
    ),
  );
}

export async function indicatorRanking(
  deps: AnalysisDeps,
  args: IndicatorRankingArgs,
  targets: IndicatorTargets = readIndicatorTargets(),
  remember: Remember = computeEach,
): Promise<IndicatorRankingRow[]> {
  const districtAgs =
    args.districtAgs === undefined || args.districtAgs === null ? null : checkDistrictAgs(args.districtAgs);
  const indicator = checkIndicator(args.indicator);
  const today = todayInGermany();
  const month = args.month === undefined || args.month === null ? currentMonth(today) : checkMonth('month', args.month);
  if (month > currentMonth(today))
    throw new BadUserInputError(
      `month ${quote(month)} is after the current month ${quote(currentMonth(today))}; indicators are known up to now`,
      { field: 'month', value: month },
    );
  const rows =
    districtAgs === null
      ? await rankDistricts(deps, args.category, indicator, month, targets, today, remember)
      : await rankAreasOfDistrict(deps, districtAgs, args.category, indicator, month, targets, today, remember);
  return rankByImprovement(rows).map((row, index) => ({ ...row, rank: row.improvement === null ? null : index + 1 }));
}
