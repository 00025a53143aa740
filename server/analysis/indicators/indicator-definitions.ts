// The indicators of the monitoring (README, "Indicators (Wirksamkeit)"): which way each should move, its unit, the
// setting of its target and the categories it applies to. One table, read by the computation, the API and the report.
import type { IndicatorTargets } from '../../config.js';
import { courseCategories } from '../courses/course-arguments.js';

export const indicatorNames = [
  'UTILISATION',
  'COMPLETION_RATE',
  'EXAM_SUCCESS_RATE',
  'MEDIAN_WAIT_WEEKS',
  'P90_WAIT_WEEKS',
  'PERSONS_OVER_TARGET_WAIT',
  'UNMET_DEMAND',
  'COVERAGE',
] as const;

export type IndicatorName = (typeof indicatorNames)[number];
export type TargetDirection = 'AT_LEAST' | 'AT_MOST';

export interface IndicatorDefinition {
  direction: TargetDirection;
  unit: 'share' | 'weeks' | 'persons';
  targetKey: Exclude<keyof IndicatorTargets, 'waitWeeks' | 'tolerance'>;
  setting: string; // the .env variable of its target
  basis: string; // where the default target comes from
  categories: readonly string[] | 'all'; // the categories it applies to
}

const examCategories = courseCategories; // DTZ for integration courses, certificates for job language courses

export const indicatorDefinitions: Record<IndicatorName, IndicatorDefinition> = {
  UTILISATION: {
    direction: 'AT_LEAST',
    unit: 'share',
    targetKey: 'utilisation',
    setting: 'INDICATOR_TARGET_UTILISATION',
    basis: 'Assumption from practice: courses run near full, with room to start',
    categories: 'all',
  },
  COMPLETION_RATE: {
    direction: 'AT_LEAST',
    unit: 'share',
    targetKey: 'completionRate',
    setting: 'INDICATOR_TARGET_COMPLETION_RATE',
    basis: 'Assumption from practice: about a quarter of participants leave a course early',
    categories: 'all',
  },
  EXAM_SUCCESS_RATE: {
    direction: 'AT_LEAST',
    unit: 'share',
    targetKey: 'examSuccessRate',
    setting: 'INDICATOR_TARGET_EXAM_SUCCESS_RATE',
    basis: "Near the national share of B1 in the DTZ (BAMF course statistics); the county's own to replace it",
    categories: examCategories,
  },
  MEDIAN_WAIT_WEEKS: {
    direction: 'AT_MOST',
    unit: 'weeks',
    targetKey: 'medianWaitWeeks',
    setting: 'INDICATOR_TARGET_MEDIAN_WAIT_WEEKS',
    basis: 'A course should start within six weeks of registration',
    categories: courseCategories,
  },
  P90_WAIT_WEEKS: {
    direction: 'AT_MOST',
    unit: 'weeks',
    targetKey: 'p90WaitWeeks',
    setting: 'INDICATOR_TARGET_P90_WAIT_WEEKS',
    basis: 'Twice the target wait for the longest-waiting tenth',
    categories: courseCategories,
  },
  PERSONS_OVER_TARGET_WAIT: {
    direction: 'AT_MOST',
    unit: 'persons',
    targetKey: 'personsOverTargetWait',
    setting: 'INDICATOR_TARGET_PERSONS_OVER_TARGET_WAIT',
    basis: 'Nobody should wait longer than the target wait',
    categories: courseCategories,
  },
  UNMET_DEMAND: {
    direction: 'AT_MOST',
    unit: 'persons',
    targetKey: 'unmetDemand',
    setting: 'INDICATOR_TARGET_UNMET_DEMAND',
    basis: 'Every person in need should find a place in reach',
    categories: 'all',
  },
  COVERAGE: {
    direction: 'AT_LEAST',
    unit: 'share',
    targetKey: 'coverage',
    setting: 'INDICATOR_TARGET_COVERAGE',
    basis: 'Nine in ten persons in need covered by places in reach',
    categories: 'all',
  },
};

export function appliesTo(indicator: IndicatorName, category: string): boolean {
  const { categories } = indicatorDefinitions[indicator];
  return categories === 'all' || categories.includes(category);
}

export function isIndicatorName(value: unknown): value is IndicatorName {
  return typeof value === 'string' && (indicatorNames as readonly string[]).includes(value);
}
