// Query.decisionEffects: the decisions of the providers' round that name what they address (area, category,
// indicator), each with that indicator before the decision and after its due date over the same number of months
// (analysis/indicators/compute-decision-effect.ts), newest meeting first.
import { readRows, type AnalysisDeps } from '../analysis/analysis-deps.js';
import { checkDistrictAgs } from '../analysis/area/parse-area.js';
import {
  computeDecisionEffect,
  effectWindows,
  windowMonths,
  type DecisionEffectKind,
} from '../analysis/indicators/compute-decision-effect.js';
import { isIndicatorName } from '../analysis/indicators/indicator-definitions.js';
import { currentMonth } from '../analysis/indicators/indicator-months.js';
import {
  inputKey,
  loadIndicatorInputs,
  type IndicatorArea,
  type MonthInputs,
} from '../analysis/indicators/load-indicator-inputs.js';
import { todayInGermany } from '../../shared/calendar.js';
import { readIndicatorTargets, type IndicatorTargets } from '../config.js';
import { BadUserInputError, quote } from '../errors.js';
import { memoize } from '../analysis/indicators/load-live-district.js';
import { loadMonitoringArea } from './load-monitoring-series.js';

export interface DecisionEffectsArgs {
  districtAgs?: string | null;
  decisionIds?: readonly string[] | null;
  months?: number | null;
}

export interface DecisionEffectRow {
  decisionId: string;
  text: string;
  status: string;
  meetingDate: string | null;
  dueDate: string | null;
  areaAgs: string | null;
  areaName: string | null;
  category: string | null;
  indicator: string | null;
  months: number;
  beforeFrom: string | null;
  beforeTo: string | null;
  afterFrom: string | null;
  afterTo: string | null;
  before: number | null;
  beforeReason: string | null;
  after: number | null;
  afterReason: string | null;
  target: number | null;
  direction: string | null;
  effect: DecisionEffectKind;
}

interface DecisionRecord {
  id: string;
  text: string;
  status: string;
  dueDate: string | null;
  meetingDate: string | null;
  areaAgs: string | null;
  category: string | null;
  indicator: string | null;
  districtArea: boolean;
  municipalityKind: string | null;
}

export const maxEffectMonths = 24;

// Decisions evaluated at once: each holds a few reads open, and the driver's pool is shared with every request.
const decisionsSideBySide = 8;

export async function decisionEffects(
  deps: AnalysisDeps,
  args: DecisionEffectsArgs,
  targets: IndicatorTargets = readIndicatorTargets(),
): Promise<DecisionEffectRow[]> {
  const months = args.months ?? 3;
  if (!Number.isInteger(months) || months < 1 || months > maxEffectMonths)
    throw new BadUserInputError(`months must be a whole number from 1 to ${maxEffectMonths}, got ${quote(months)}`, {
      field: 'months',
      value: months,
    });
  const districtAgs = args.districtAgs ? checkDistrictAgs(args.districtAgs) : null;
  const today = todayInGermany();
  const now = currentMonth(today);
  const decisions = await readRows<DecisionRecord>(
    deps,
    `MATCH (d:Decision)
     WHERE ($ids IS NULL OR d.id IN $ids) AND ($ids IS NOT NULL OR d.addressesIndicator IS NOT NULL)
       AND ($districtAgs IS NULL OR d.addressesAreaAgs STARTS WITH $districtAgs)
     OPTIONAL MATCH (d)-[:DECIDED_AT]->(m:Meeting)
     OPTIONAL MATCH (district:District {ags: d.addressesAreaAgs})
     OPTIONAL MATCH (municipality:Municipality {ags: d.addressesAreaAgs})
     RETURN d.id AS id, d.text AS text, d.status AS status, toString(d.dueDate) AS dueDate,
            toString(m.date) AS meetingDate, d.addressesAreaAgs AS areaAgs, d.addressesCategory AS category,
            d.addressesIndicator AS indicator, district IS NOT NULL AS districtArea,
            municipality.kind AS municipalityKind
     ORDER BY meetingDate DESC, id LIMIT 1000`,
    { ids: args.decisionIds ?? null, districtAgs },
  );
  // Each decision reads its own area and months: a few side by side (in the order of the list), not one after another;
  // those in the live month of the same district share its live state.
  const shared = memoize();
  const effectOf = async (decision: DecisionRecord): Promise<DecisionEffectRow> => {
    const base: DecisionEffectRow = {
      decisionId: decision.id,
      text: decision.text,
      status: decision.status,
      meetingDate: decision.meetingDate,
      dueDate: decision.dueDate,
      areaAgs: decision.areaAgs,
      areaName: null,
      category: decision.category,
      indicator: decision.indicator,
      months,
      beforeFrom: null,
      beforeTo: null,
      afterFrom: null,
      afterTo: null,
      before: null,
      beforeReason: null,
      after: null,
      afterReason: null,
      target: null,
      direction: null,
      effect: 'NOT_ADDRESSED',
    };
    const kind = decision.districtArea
      ? 'DISTRICT'
      : decision.municipalityKind === 'COLLECTIVE'
        ? 'SAMTGEMEINDE'
        : decision.municipalityKind
          ? 'MUNICIPALITY'
          : null;
    if (!decision.areaAgs || !decision.category || !isIndicatorName(decision.indicator) || !kind) {
      return base;
    }
    const area: IndicatorArea = await loadMonitoringArea(deps, { kind, ags: decision.areaAgs });
    base.areaName = area.name;
    if (!decision.meetingDate || !decision.dueDate) {
      return { ...base, effect: decision.meetingDate ? 'PENDING' : 'NOT_MEASURABLE' };
    }
    const windows = effectWindows(decision.meetingDate, decision.dueDate, months);
    const { before, after } = windowMonths(windows);
    const wanted = [...before, ...after].filter((month) => month <= now);
    const inputs =
      wanted.length > 0
        ? await loadIndicatorInputs(deps, area, [decision.category], wanted, targets.waitWeeks, today, shared)
        : new Map<string, MonthInputs>();
    const inputsOf = (list: string[]) =>
      list.filter((month) => month <= now).map((month) => inputs.get(inputKey(decision.category!, month))!.inputs);
    const figures = computeDecisionEffect(
      decision.indicator,
      decision.category,
      inputsOf(before),
      inputsOf(after),
      windows.afterTo,
      now,
      targets,
    );
    return {
      ...base,
      ...windows,
      before: figures.before.value,
      beforeReason: figures.before.reason,
      after: figures.after.value,
      afterReason: figures.after.reason,
      target: figures.target,
      direction: figures.direction,
      effect: figures.effect,
    };
  };
  const rows: DecisionEffectRow[] = [];
  for (let start = 0; start < decisions.length; start += decisionsSideBySide)
    rows.push(...(await Promise.all(decisions.slice(start, start + decisionsSideBySide).map(effectOf))));
  return rows;
}
