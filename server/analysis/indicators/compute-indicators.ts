// The indicators of one area, category and month (or span of months) from their counts, against the targets. Pure:
// the loaders (load-indicator-inputs.ts) read the counts, this turns them into values, hides rates on fewer than
// 5 persons and gives each value its state. The definitions are the README's, "Indicators (Wirksamkeit)".
import type { IndicatorTargets } from '../../config.js';
import {
  appliesTo,
  indicatorDefinitions,
  indicatorNames,
  type IndicatorName,
  type TargetDirection,
} from './indicator-definitions.js';

/** Below this many persons (or places) a rate or a wait statistic is not shown: small numbers reveal people. */
export const minimumPersons = 5;

export type HiddenReason = 'NOT_APPLICABLE' | 'NO_DATA' | 'FEWER_THAN_5' | 'NO_SNAPSHOT';
export type TargetState = 'MET' | 'CLOSE' | 'MISSED' | 'NO_VALUE';

export interface PlaceFigures {
  capacity: number; // places of the offers held in the area (PLANNED, OPEN, FULL, RUNNING; not ONLINE)
  booked: number; // their bookings
}

export interface GapFigures {
  demand: number; // persons of the OPEN needs (the gap table's D)
  unmet: number; // the gap table's unmet
}

export interface WaitFigures {
  placed: number; // persons placed by the waiting-time matching
  medianWeeks: number | null;
  p90Weeks: number | null;
  overTarget: number; // placed persons waiting longer than the target
  noSuitableStart: number;
}

export interface OutcomeSums {
  started: number;
  finished: number;
  droppedOut: number;
  dtzB1: number;
  dtzA2: number;
  dtzBelowA2: number;
  certificates: number;
}

/** The counts behind the indicators of one area, category and month; null: not known for that month. */
export interface IndicatorInputs {
  category: string;
  places: PlaceFigures | null;
  gaps: GapFigures | null;
  waiting: WaitFigures | null;
  outcomes: OutcomeSums;
}

export interface Measured {
  value: number | null;
  reason: HiddenReason | null;
  basis: number | null; // persons or places the value is computed over; null when hidden
}

export interface IndicatorValue extends Measured {
  indicator: IndicatorName;
  target: number;
  direction: TargetDirection;
  state: TargetState;
  yearBefore: number | null;
  yearBeforeReason: HiddenReason | null;
  change: number | null;
  towardTarget: boolean | null;
}

export const noOutcomes: OutcomeSums = {
  started: 0,
  finished: 0,
  droppedOut: 0,
  dtzB1: 0,
  dtzA2: 0,
  dtzBelowA2: 0,
  certificates: 0,
};

const hidden = (reason: HiddenReason): Measured => ({ value: null, reason, basis: null });
const shown = (value: number, basis: number | null): Measured => ({ value, reason: null, basis });

/** numerator / denominator over persons, hidden without any or with fewer than minimumPersons. */
export function rateOf(numerator: number, denominator: number): Measured {
  if (denominator <= 0) return hidden('NO_DATA');
  if (denominator < minimumPersons) return hidden('FEWER_THAN_5');
  return shown(numerator / denominator, denominator);
}

/** One indicator's value from the counts (without target and comparison). */
export function measureIndicator(indicator: IndicatorName, inputs: IndicatorInputs): Measured {
  if (!appliesTo(indicator, inputs.category)) return hidden('NOT_APPLICABLE');
  const { places, gaps, waiting, outcomes } = inputs;
  switch (indicator) {
    case 'UTILISATION':
      return places ? rateOf(places.booked, places.capacity) : hidden('NO_SNAPSHOT');
    case 'COMPLETION_RATE':
      return rateOf(outcomes.finished, outcomes.started);
    case 'EXAM_SUCCESS_RATE':
      return inputs.category === 'INTEGRATION_COURSE'
        ? rateOf(outcomes.dtzB1, outcomes.dtzB1 + outcomes.dtzA2 + outcomes.dtzBelowA2)
        : rateOf(outcomes.certificates, outcomes.finished);
    case 'MEDIAN_WAIT_WEEKS':
    case 'P90_WAIT_WEEKS': {
      if (!waiting) return hidden('NO_SNAPSHOT');
      if (waiting.placed <= 0) return hidden('NO_DATA');
      if (waiting.placed < minimumPersons) return hidden('FEWER_THAN_5');
      const weeks = indicator === 'MEDIAN_WAIT_WEEKS' ? waiting.medianWeeks : waiting.p90Weeks;
      return weeks === null ? hidden('NO_DATA') : shown(weeks, waiting.placed);
    }
    case 'PERSONS_OVER_TARGET_WAIT':
      // DESIGN.md: everyone beyond the target is overTarget + noSuitableStart.
      return waiting
        ? shown(waiting.overTarget + waiting.noSuitableStart, waiting.placed + waiting.noSuitableStart)
        : hidden('NO_SNAPSHOT');
    case 'UNMET_DEMAND':
      return gaps ? shown(gaps.unmet, gaps.demand) : hidden('NO_SNAPSHOT');
    case 'COVERAGE':
      return gaps ? rateOf(gaps.demand - gaps.unmet, gaps.demand) : hidden('NO_SNAPSHOT');
  }
}

const epsilon = 1e-9;

/** MET at or beyond the target; CLOSE when missing it by at most tolerance x target; else MISSED. */
export function stateAgainst(
  value: number | null,
  target: number,
  direction: TargetDirection,
  tolerance: number,
): TargetState {
  if (value === null) return 'NO_VALUE';
  const shortfall = direction === 'AT_LEAST' ? target - value : value - target;
  if (shortfall <= epsilon) return 'MET';
  return shortfall <= tolerance * Math.abs(target) + epsilon ? 'CLOSE' : 'MISSED';
}

/** Whether going from `from` to `to` moves toward the target's direction; null when it does not move. */
export function movedToward(from: number, to: number, direction: TargetDirection): boolean | null {
  if (Math.abs(to - from) <= epsilon) return null;
  return direction === 'AT_LEAST' ? to > from : to < from;
}

export function targetOf(indicator: IndicatorName, targets: IndicatorTargets): number {
  return targets[indicatorDefinitions[indicator].targetKey];
}

/** Every indicator of one area, category and month, with its target's state and the same month a year before. */
export function evaluateIndicators(
  inputs: IndicatorInputs,
  targets: IndicatorTargets,
  yearBefore: IndicatorInputs | null,
): IndicatorValue[] {
  return indicatorNames.map((indicator) => {
    const measured = measureIndicator(indicator, inputs);
    const before = yearBefore ? measureIndicator(indicator, yearBefore) : hidden('NO_SNAPSHOT');
    const { direction } = indicatorDefinitions[indicator];
    const target = targetOf(indicator, targets);
    const both = measured.value !== null && before.value !== null;
    return {
      indicator,
      ...measured,
      target,
      direction,
      state: stateAgainst(measured.value, target, direction, targets.tolerance),
      yearBefore: before.value,
      yearBeforeReason: before.reason,
      change: both ? measured.value! - before.value! : null,
      towardTarget: both ? movedToward(before.value!, measured.value!, direction) : null,
    };
  });
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The counts of several months as one span: outcomes summed (rates pooled over the span's persons); places, gaps
 * and waiting figures, which describe a state, averaged over the months that have them (null when none has).
 */
export function poolInputs(category: string, months: readonly IndicatorInputs[]): IndicatorInputs {
  const known = <T>(pick: (inputs: IndicatorInputs) => T | null): T[] =>
    months.map(pick).filter((value): value is T => value !== null);
  const places = known((m) => m.places);
  const gaps = known((m) => m.gaps);
  const waiting = known((m) => m.waiting);
  const meanOf = <T>(rows: T[], pick: (row: T) => number | null): number | null => {
    const values = rows.map(pick).filter((value): value is number => value !== null);
    return values.length === 0 ? null : mean(values);
  };
  const outcomes = { ...noOutcomes };
  for (const month of months)
    for (const key of Object.keys(outcomes) as (keyof OutcomeSums)[]) outcomes[key] += month.outcomes[key];
  return {
    category,
    places:
      places.length === 0
        ? null
        : { capacity: mean(places.map((p) => p.capacity)), booked: mean(places.map((p) => p.booked)) },
    gaps: gaps.length === 0 ? null : { demand: mean(gaps.map((g) => g.demand)), unmet: mean(gaps.map((g) => g.unmet)) },
    waiting:
      waiting.length === 0
        ? null
        : {
            placed: mean(waiting.map((w) => w.placed)),
            medianWeeks: meanOf(waiting, (w) => w.medianWeeks),
            p90Weeks: meanOf(waiting, (w) => w.p90Weeks),
            overTarget: mean(waiting.map((w) => w.overTarget)),
            noSuitableStart: mean(waiting.map((w) => w.noSuitableStart)),
          },
    outcomes,
  };
}
