// Query.indicatorRanking: the areas of a district (its Samtgemeinden and the municipalities that belong to none)
// ranked by the change of one indicator since the same month a year before, the largest move toward the target
// first, areas without a comparison last (by name). One request instead of one indicators query per area: the
// areas' live states are cut from one state of the district (analysis/indicators/load-live-district.ts), and each
// area's value is the one Query.indicators gives for it.
import { readRows, type AnalysisDeps } from '../analysis/analysis-deps.js';
import { checkDistrictAgs } from '../analysis/area/parse-area.js';
import type { IndicatorValue } from '../analysis/indicators/compute-indicators.js';
import {
  indicatorDefinitions,
  isIndicatorName,
  type IndicatorName,
} from '../analysis/indicators/indicator-definitions.js';
import { checkMonth, currentMonth } from '../analysis/indicators/indicator-months.js';
import type { IndicatorArea } from '../analysis/indicators/load-indicator-inputs.js';
import { computeEach, memoize, type Remember } from '../analysis/indicators/load-live-district.js';
import { compareGerman } from '../analysis/labels.js';
import { todayInGermany } from '../../shared/calendar.js';
import { readIndicatorTargets, type IndicatorTargets } from '../config.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import { indicatorsOfArea } from './indicator-service.js';

export interface IndicatorRankingArgs {
  districtAgs: string;
  category: string;
  indicator: string;
  month?: unknown;
}

export interface IndicatorRankingRow {
  rank: number | null; // 1 for the largest move toward the target; null without a comparison
  areaAgs: string;
  areaName: string;
  areaKind: 'MUNICIPALITY' | 'SAMTGEMEINDE';
  improvement: number | null; // the change signed so that a move toward the target is positive
  value: IndicatorValue;
}

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

export async function indicatorRanking(
  deps: AnalysisDeps,
  args: IndicatorRankingArgs,
  targets: IndicatorTargets = readIndicatorTargets(),
  remember: Remember = computeEach,
): Promise<IndicatorRankingRow[]> {
  const districtAgs = checkDistrictAgs(args.districtAgs);
  const indicator = checkIndicator(args.indicator);
  const today = todayInGermany();
  const month = args.month === undefined || args.month === null ? currentMonth(today) : checkMonth('month', args.month);
  if (month > currentMonth(today))
    throw new BadUserInputError(
      `month ${quote(month)} is after the current month ${quote(currentMonth(today))}; indicators are known up to now`,
      { field: 'month', value: month },
    );
  const areas = await loadRankingAreas(deps, districtAgs);
  // Every area needs the district's live state of the category: computed once for all of them.
  const shared = memoize(remember);
  const rows = await Promise.all(
    areas.map(async (area): Promise<Omit<IndicatorRankingRow, 'rank'>> => {
      const indicatorArea: IndicatorArea = {
        kind: area.collective ? 'SAMTGEMEINDE' : 'MUNICIPALITY',
        ags: area.ags,
        name: area.name,
        agsList: area.agsList,
        districtAgs,
      };
      const [result] = await indicatorsOfArea(deps, indicatorArea, [args.category], [month], targets, today, shared);
      const value = result!.values.find((candidate) => candidate.indicator === indicator)!;
      const { direction } = indicatorDefinitions[indicator];
      return {
        areaAgs: area.ags,
        areaName: area.name,
        areaKind: indicatorArea.kind as IndicatorRankingRow['areaKind'],
        improvement: value.change === null ? null : direction === 'AT_LEAST' ? value.change : -value.change,
        value,
      };
    }),
  );
  return rankByImprovement(rows).map((row, index) => ({ ...row, rank: row.improvement === null ? null : index + 1 }));
}
