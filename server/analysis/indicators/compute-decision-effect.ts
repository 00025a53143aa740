// The effect of a decision on the indicator it addresses: the windows before the decision and after its due date
// (the same number of months on both sides), and whether the indicator moved toward its target. Pure.
import type { IndicatorTargets } from '../../config.js';
import {
  measureIndicator,
  movedToward,
  poolInputs,
  targetOf,
  type IndicatorInputs,
  type Measured,
} from './compute-indicators.js';
import { indicatorDefinitions, type IndicatorName, type TargetDirection } from './indicator-definitions.js';
import { monthsBetween, shiftMonth } from './indicator-months.js';

export type DecisionEffectKind =
  'TOWARD_TARGET' | 'AWAY_FROM_TARGET' | 'UNCHANGED' | 'PENDING' | 'NOT_MEASURABLE' | 'NOT_ADDRESSED';

export interface EffectWindows {
  beforeFrom: string;
  beforeTo: string;
  afterFrom: string;
  afterTo: string;
}

/** Before: the `months` months before the decision's month; after: the `months` months after the due date's month. */
export function effectWindows(decisionDay: string, dueDay: string, months: number): EffectWindows {
  const decisionMonth = decisionDay.slice(0, 7);
  const dueMonth = dueDay.slice(0, 7);
  return {
    beforeFrom: shiftMonth(decisionMonth, -months),
    beforeTo: shiftMonth(decisionMonth, -1),
    afterFrom: shiftMonth(dueMonth, 1),
    afterTo: shiftMonth(dueMonth, months),
  };
}

export function windowMonths(windows: EffectWindows): { before: string[]; after: string[] } {
  return {
    before: monthsBetween(windows.beforeFrom, windows.beforeTo),
    after: monthsBetween(windows.afterFrom, windows.afterTo),
  };
}

export interface DecisionEffectFigures {
  before: Measured;
  after: Measured;
  target: number;
  direction: TargetDirection;
  effect: DecisionEffectKind;
}

/**
 * The indicator over each window (outcomes pooled, states averaged: poolInputs) and the effect. PENDING while the
 * after window has not ended before the current month (a month still running is not a whole month yet).
 */
export function computeDecisionEffect(
  indicator: IndicatorName,
  category: string,
  before: readonly IndicatorInputs[],
  after: readonly IndicatorInputs[],
  afterTo: string,
  currentMonth: string,
  targets: IndicatorTargets,
): DecisionEffectFigures {
  const direction = indicatorDefinitions[indicator].direction;
  const target = targetOf(indicator, targets);
  const beforeValue = measureIndicator(indicator, poolInputs(category, before));
  if (afterTo >= currentMonth)
    return {
      before: beforeValue,
      after: { value: null, reason: null, basis: null },
      target,
      direction,
      effect: 'PENDING',
    };
  const afterValue = measureIndicator(indicator, poolInputs(category, after));
  if (beforeValue.value === null || afterValue.value === null)
    return { before: beforeValue, after: afterValue, target, direction, effect: 'NOT_MEASURABLE' };
  const toward = movedToward(beforeValue.value, afterValue.value, direction);
  return {
    before: beforeValue,
    after: afterValue,
    target,
    direction,
    effect: toward === null ? 'UNCHANGED' : toward ? 'TOWARD_TARGET' : 'AWAY_FROM_TARGET',
  };
}
