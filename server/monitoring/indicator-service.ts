// Query.indicators and Query.indicatorTargets: the indicators of an area per category and month, each against its
// target and the same month a year before (the counts: analysis/indicators/load-indicator-inputs.ts; the values:
// analysis/indicators/compute-indicators.ts).
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import { evaluateIndicators, targetOf, type IndicatorValue } from '../analysis/indicators/compute-indicators.js';
import {
  indicatorDefinitions,
  indicatorNames,
  type IndicatorName,
} from '../analysis/indicators/indicator-definitions.js';
import { checkMonthRange, currentMonth, shiftMonth } from '../analysis/indicators/indicator-months.js';
import {
  inputKey,
  loadIndicatorInputs,
  startLiveDistricts,
  type IndicatorArea,
  type InputSource,
  type MonthInputs,
} from '../analysis/indicators/load-indicator-inputs.js';
import { computeEach, memoize, type Remember } from '../analysis/indicators/load-live-district.js';
import { courseCategories } from '../analysis/courses/course-arguments.js';
import { todayInGermany } from '../../shared/calendar.js';
import { readIndicatorTargets, type IndicatorTargets } from '../config.js';
import { loadMonitoringArea, monitoringAreaOf } from './load-monitoring-series.js';

export interface IndicatorsArgs {
  municipalityAgs?: string | null;
  samtgemeindeAgs?: string | null;
  districtAgs?: string | null;
  categories?: string[] | null;
  from?: unknown;
  to?: unknown;
}

export interface AreaIndicators {
  areaAgs: string;
  areaName: string;
  areaKind: IndicatorArea['kind'];
  category: string;
  month: string;
  source: InputSource;
  values: IndicatorValue[];
}

export interface IndicatorTargetRow {
  indicator: IndicatorName;
  target: number;
  direction: string;
  unit: string;
  setting: string;
  basis: string;
}

export function listIndicatorTargets(targets: IndicatorTargets = readIndicatorTargets()): IndicatorTargetRow[] {
  return indicatorNames.map((indicator) => {
    const { direction, unit, setting, basis } = indicatorDefinitions[indicator];
    return { indicator, target: targetOf(indicator, targets), direction, unit, setting, basis };
  });
}

/**
 * The indicators of one loaded area, for the months given (each with the month a year before). remember keeps the
 * live district states that repeat (the request's analysis cache, a ranking's memo); without it each is computed.
 */
export async function indicatorsOfArea(
  deps: AnalysisDeps,
  area: IndicatorArea,
  categories: string[],
  months: string[],
  targets: IndicatorTargets,
  today: string = todayInGermany(),
  remember: Remember = computeEach,
): Promise<AreaIndicators[]> {
  const yearBefore = months.map((month) => shiftMonth(month, -12));
  const inputs = await loadIndicatorInputs(
    deps,
    area,
    categories,
    [...yearBefore, ...months],
    targets.waitWeeks,
    today,
    remember,
  );
  return indicatorsFromInputs(area, categories, months, targets, inputs);
}

/** The indicators of the area from its inputs (loadIndicatorInputs, or a district's of loadDistrictsIndicatorInputs). */
export function indicatorsFromInputs(
  area: Pick<IndicatorArea, 'ags' | 'name' | 'kind'>,
  categories: string[],
  months: string[],
  targets: IndicatorTargets,
  inputs: Map<string, MonthInputs>,
): AreaIndicators[] {
  return categories.flatMap((category) =>
    months.map((month) => {
      const current = inputs.get(inputKey(category, month))!;
      const before = inputs.get(inputKey(category, shiftMonth(month, -12)))!;
      return {
        areaAgs: area.ags,
        areaName: area.name,
        areaKind: area.kind,
        category,
        month,
        source: current.source,
        values: evaluateIndicators(current.inputs, targets, before.inputs),
      };
    }),
  );
}

export async function loadIndicators(
  deps: AnalysisDeps,
  args: IndicatorsArgs,
  targets: IndicatorTargets = readIndicatorTargets(),
  remember: Remember = computeEach,
): Promise<AreaIndicators[]> {
  const areaKey = monitoringAreaOf(args);
  const today = todayInGermany();
  const months = checkMonthRange(args.from, args.to, today);
  const categories = args.categories && args.categories.length > 0 ? [...new Set(args.categories)] : courseCategories;
  // A district's live month does not wait for the area's read: started now, taken up through the shared memo.
  const shared = memoize(remember);
  if (areaKey.kind === 'DISTRICT' && months.includes(currentMonth(today)))
    startLiveDistricts(deps, areaKey.ags, categories, targets.waitWeeks, today, shared);
  const area = await loadMonitoringArea(deps, areaKey);
  return indicatorsOfArea(deps, area, categories, months, targets, today, shared);
}
