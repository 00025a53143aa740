// The indicators computed by hand from small sets of counts: every indicator, the rule that hides rates on fewer
// than 5 persons, the states against the targets, the comparison with a year before, pooled spans, the effect of
// a decision, and the checks of a reported outcome. No database.
import { describe, expect, it } from 'vitest';
import { defaultIndicatorTargets, type IndicatorTargets } from '../../../../server/config.js';
import {
  evaluateIndicators,
  measureIndicator,
  noOutcomes,
  poolInputs,
  stateAgainst,
  type IndicatorInputs,
} from '../../../../server/analysis/indicators/compute-indicators.js';
import {
  computeDecisionEffect,
  effectWindows,
  windowMonths,
} from '../../../../server/analysis/indicators/compute-decision-effect.js';
import { checkMonthRange } from '../../../../server/analysis/indicators/indicator-months.js';
import { checkOutcomeItem } from '../../../../server/analysis/outcomes/check-outcome.js';

const integration: IndicatorInputs = {
  category: 'INTEGRATION_COURSE',
  places: { capacity: 35, booked: 27 },
  gaps: { demand: 10, unmet: 3 },
  waiting: { placed: 8, medianWeeks: 2, p90Weeks: 5, overTarget: 1, noSuitableStart: 2 },
  outcomes: { started: 12, finished: 9, droppedOut: 2, dtzB1: 5, dtzA2: 3, dtzBelowA2: 1, certificates: 0 },
};

const valueOf = (inputs: IndicatorInputs, targets: IndicatorTargets = defaultIndicatorTargets) =>
  Object.fromEntries(evaluateIndicators(inputs, targets, null).map((v) => [v.indicator, v]));

describe('the indicators of one area, category and month', () => {
  it('computes every indicator as the README defines it', () => {
    const values = valueOf(integration);
    expect(values.UTILISATION).toMatchObject({ value: 27 / 35, basis: 35, reason: null });
    expect(values.COMPLETION_RATE).toMatchObject({ value: 9 / 12, basis: 12 });
    expect(values.EXAM_SUCCESS_RATE).toMatchObject({ value: 5 / 9, basis: 9 }); // B1 among 5 + 3 + 1 takers
    expect(values.MEDIAN_WAIT_WEEKS).toMatchObject({ value: 2, basis: 8 });
    expect(values.P90_WAIT_WEEKS).toMatchObject({ value: 5, basis: 8 });
    expect(values.PERSONS_OVER_TARGET_WAIT).toMatchObject({ value: 1 + 2, basis: 8 + 2 });
    expect(values.UNMET_DEMAND).toMatchObject({ value: 3, basis: 10 });
    expect(values.COVERAGE).toMatchObject({ value: 0.7, basis: 10 });
  });

  it('takes certificates among those who finished as the exam success of job language courses', () => {
    const job = {
      ...integration,
      category: 'JOB_LANGUAGE_COURSE',
      outcomes: { ...noOutcomes, started: 10, finished: 8, certificates: 6 },
    };
    expect(measureIndicator('EXAM_SUCCESS_RATE', job)).toEqual({ value: 6 / 8, reason: null, basis: 8 });
  });

  it('hides rates and wait statistics on fewer than 5 persons, and says why', () => {
    const few: IndicatorInputs = {
      category: 'INTEGRATION_COURSE',
      places: { capacity: 4, booked: 4 },
      gaps: { demand: 4, unmet: 1 },
      waiting: { placed: 4, medianWeeks: 3, p90Weeks: 3, overTarget: 0, noSuitableStart: 0 },
      outcomes: { started: 4, finished: 4, droppedOut: 0, dtzB1: 2, dtzA2: 2, dtzBelowA2: 0, certificates: 0 },
    };
    const values = valueOf(few);
    for (const indicator of [
      'UTILISATION',
      'COMPLETION_RATE',
      'EXAM_SUCCESS_RATE',
      'MEDIAN_WAIT_WEEKS',
      'P90_WAIT_WEEKS',
      'COVERAGE',
    ])
      expect(values[indicator], indicator).toMatchObject({
        value: null,
        basis: null,
        reason: 'FEWER_THAN_5',
        state: 'NO_VALUE',
      });
    // Counts of persons are shown whatever their size.
    expect(values.UNMET_DEMAND!.value).toBe(1);
    expect(values.PERSONS_OVER_TARGET_WAIT!.value).toBe(0);
    // Exactly 5 persons is enough.
    expect(measureIndicator('COMPLETION_RATE', { ...few, outcomes: { ...few.outcomes, started: 5 } }).value).toBe(
      4 / 5,
    );
  });

  it('says NO_DATA without anyone, NO_SNAPSHOT without a state and NOT_APPLICABLE for other categories', () => {
    const empty: IndicatorInputs = {
      category: 'INTEGRATION_COURSE',
      places: { capacity: 0, booked: 0 },
      gaps: { demand: 0, unmet: 0 },
      waiting: { placed: 0, medianWeeks: null, p90Weeks: null, overTarget: 0, noSuitableStart: 0 },
      outcomes: noOutcomes,
    };
    expect(measureIndicator('UTILISATION', empty).reason).toBe('NO_DATA');
    expect(measureIndicator('COMPLETION_RATE', empty).reason).toBe('NO_DATA');
    expect(measureIndicator('MEDIAN_WAIT_WEEKS', empty).reason).toBe('NO_DATA');
    expect(measureIndicator('COVERAGE', empty).reason).toBe('NO_DATA');
    const unknown = { ...empty, places: null, gaps: null, waiting: null };
    expect(measureIndicator('UTILISATION', unknown).reason).toBe('NO_SNAPSHOT');
    expect(measureIndicator('UNMET_DEMAND', unknown).reason).toBe('NO_SNAPSHOT');
    expect(measureIndicator('MEDIAN_WAIT_WEEKS', unknown).reason).toBe('NO_SNAPSHOT');
    const cafe = { ...integration, category: 'LANGUAGE_CAFE' };
    for (const indicator of [
      'EXAM_SUCCESS_RATE',
      'MEDIAN_WAIT_WEEKS',
      'P90_WAIT_WEEKS',
      'PERSONS_OVER_TARGET_WAIT',
    ] as const)
      expect(measureIndicator(indicator, cafe).reason).toBe('NOT_APPLICABLE');
    expect(measureIndicator('UTILISATION', cafe).value).toBe(27 / 35);
  });

  it('gives each value its state against the target (defaults, and the county’s own)', () => {
    const values = valueOf(integration);
    expect(values.COMPLETION_RATE!.state).toBe('MET'); // 0.75 against at least 0.75
    expect(values.EXAM_SUCCESS_RATE!.state).toBe('CLOSE'); // 0.556 misses 0.6 by 0.044, within 10 % of 0.6
    expect(values.UTILISATION!.state).toBe('CLOSE'); // 0.771 misses 0.85 by 0.079 <= 0.085
    expect(values.COVERAGE!.state).toBe('MISSED'); // 0.7 against 0.9
    expect(values.MEDIAN_WAIT_WEEKS!.state).toBe('MET'); // 2 against at most 6
    expect(values.UNMET_DEMAND!.state).toBe('MISSED'); // 3 against 0: no tolerance around 0
    expect(values.COVERAGE).toMatchObject({ target: 0.9, direction: 'AT_LEAST' });
    const strict = valueOf(integration, {
      ...defaultIndicatorTargets,
      completionRate: 0.8,
      medianWaitWeeks: 1,
      tolerance: 0,
    });
    expect(strict.COMPLETION_RATE).toMatchObject({ target: 0.8, state: 'MISSED' });
    expect(strict.MEDIAN_WAIT_WEEKS).toMatchObject({ target: 1, state: 'MISSED' });
    expect(stateAgainst(7, 6, 'AT_MOST', 0.2)).toBe('CLOSE'); // 7 <= 6 x 1.2
    expect(stateAgainst(8, 6, 'AT_MOST', 0.2)).toBe('MISSED');
  });

  it('compares with the same month a year before and says whether the change went toward the target', () => {
    const lastYear: IndicatorInputs = {
      ...integration,
      gaps: { demand: 10, unmet: 5 },
      waiting: null,
      outcomes: { ...integration.outcomes, started: 10, finished: 5 },
    };
    const values = Object.fromEntries(
      evaluateIndicators(integration, defaultIndicatorTargets, lastYear).map((v) => [v.indicator, v]),
    );
    expect(values.COMPLETION_RATE).toMatchObject({ yearBefore: 0.5, change: 0.25, towardTarget: true });
    expect(values.UNMET_DEMAND).toMatchObject({ yearBefore: 5, change: -2, towardTarget: true }); // fewer unmet: better
    expect(values.COVERAGE!.yearBefore).toBeCloseTo(0.5);
    expect(values.MEDIAN_WAIT_WEEKS).toMatchObject({
      yearBefore: null,
      yearBeforeReason: 'NO_SNAPSHOT',
      change: null,
      towardTarget: null,
    });
    expect(values.UTILISATION).toMatchObject({ change: 0, towardTarget: null });
  });
});

describe('spans of months and the effect of a decision', () => {
  const month = (finished: number, started: number, unmet: number | null): IndicatorInputs => ({
    category: 'INTEGRATION_COURSE',
    places: null,
    gaps: unmet === null ? null : { demand: 20, unmet },
    waiting: null,
    outcomes: { ...noOutcomes, started, finished },
  });

  it('pools outcomes over the span and averages states over the months that have them', () => {
    const pooled = poolInputs('INTEGRATION_COURSE', [month(2, 3, 10), month(4, 4, null), month(0, 0, 4)]);
    expect(pooled.outcomes.started).toBe(7);
    expect(measureIndicator('COMPLETION_RATE', pooled).value).toBeCloseTo(6 / 7); // 3 and 4 alone would be hidden
    expect(pooled.gaps).toEqual({ demand: 20, unmet: 7 });
    expect(pooled.places).toBeNull();
  });

  it('puts the same number of months before the decision and after its due date', () => {
    const windows = effectWindows('2026-03-10', '2026-05-31', 2);
    expect(windows).toEqual({ beforeFrom: '2026-01', beforeTo: '2026-02', afterFrom: '2026-06', afterTo: '2026-07' });
    expect(windowMonths(windows)).toEqual({ before: ['2026-01', '2026-02'], after: ['2026-06', '2026-07'] });
    expect(effectWindows('2026-01-20', '2026-12-01', 3)).toMatchObject({ beforeFrom: '2025-10', afterTo: '2027-03' });
  });

  it('says whether the indicator moved toward its target, and waits until the span after has passed', () => {
    const before = [month(3, 5, 12), month(3, 5, 10)]; // completion 6/10, unmet mean 11
    const better = [month(4, 5, 6), month(5, 5, 2)]; // 9/10, unmet 4
    const worse = [month(1, 5, 12), month(2, 5, 14)];
    const effect = (indicator: 'COMPLETION_RATE' | 'UNMET_DEMAND', after: IndicatorInputs[], now = '2026-12') =>
      computeDecisionEffect(indicator, 'INTEGRATION_COURSE', before, after, '2026-07', now, defaultIndicatorTargets);
    expect(effect('COMPLETION_RATE', better)).toMatchObject({
      before: { value: 0.6 },
      after: { value: 0.9 },
      effect: 'TOWARD_TARGET',
      target: 0.75,
    });
    expect(effect('UNMET_DEMAND', better)).toMatchObject({
      before: { value: 11 },
      after: { value: 4 },
      effect: 'TOWARD_TARGET',
    });
    expect(effect('COMPLETION_RATE', worse)).toMatchObject({ after: { value: 0.3 }, effect: 'AWAY_FROM_TARGET' });
    expect(effect('UNMET_DEMAND', worse).effect).toBe('AWAY_FROM_TARGET');
    expect(effect('COMPLETION_RATE', before).effect).toBe('UNCHANGED');
    expect(effect('COMPLETION_RATE', better, '2026-07')).toMatchObject({ effect: 'PENDING', after: { value: null } });
    expect(effect('COMPLETION_RATE', [month(2, 3, null)]).effect).toBe('NOT_MEASURABLE'); // 3 persons after
  });
});

describe('checks of months and of a reported outcome', () => {
  it('takes from..to months up to the current one', () => {
    expect(checkMonthRange('2026-10', '2026-12', '2026-12-05')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(checkMonthRange(undefined, undefined, '2026-12-05')).toEqual(['2026-12']);
    expect(() => checkMonthRange('2026-13', null, '2026-12-05')).toThrow(/from must be a month YYYY-MM, got "2026-13"/);
    expect(() => checkMonthRange(null, '2027-01', '2026-12-05')).toThrow(
      /to "2027-01" is after the current month "2026-12"/,
    );
    expect(() => checkMonthRange('2026-11', '2026-10', '2026-12-05')).toThrow(/from "2026-11" is after to "2026-10"/);
  });

  const good = {
    offerId: 'o1',
    periodStart: '2026-01-05',
    periodEnd: '2026-11-30',
    started: 12,
    finished: 9,
    droppedOut: 2,
    dtzB1: 5,
    dtzA2: 3,
    dtzBelowA2: 1,
    orientationPassed: 8,
    orientationFailed: 1,
  };
  const problems = (item: object, category: string | null = 'INTEGRATION_COURSE') =>
    checkOutcomeItem({ ...good, ...item }, 3, '2026-12-05', category).map((p) => p.message);

  it('accepts figures that add up', () => {
    expect(problems({})).toEqual([]);
  });

  it('refuses figures that do not add up, naming the field and the value', () => {
    expect(problems({ finished: 11 })).toEqual([
      'outcomes[3].finished: finished "11" + droppedOut "2" = 13 is more than started "12"',
    ]);
    expect(problems({ droppedOut: -1 })).toEqual([
      'outcomes[3].droppedOut: must be a whole number of 0 or more, got "-1"',
    ]);
    expect(problems({ dtzB1: 9 })).toEqual([
      'outcomes[3].dtzB1: DTZ results (dtzB1 + dtzA2 + dtzBelowA2) = 13 is more than the participants (started "12")',
    ]);
    expect(problems({ orientationFailed: 5 })).toEqual([
      'outcomes[3].orientationPassed: orientation test results (orientationPassed + orientationFailed) = 13 is more than the participants (started "12")',
    ]);
    expect(problems({ certificates: 2 }, 'INTEGRATION_COURSE')).toEqual([
      'outcomes[3].certificates: only job language courses have certificates; this offer is of category "INTEGRATION_COURSE"',
    ]);
    expect(problems({}, 'JOB_LANGUAGE_COURSE')).toHaveLength(5); // DTZ and orientation figures on a job language course
  });

  it('refuses periods that are not real, reversed or not over yet', () => {
    expect(problems({ periodStart: '2026-02-30' })).toEqual([
      'outcomes[3].periodStart: must be a calendar date YYYY-MM-DD, got "2026-02-30"',
    ]);
    expect(problems({ periodStart: '2026-12-01', periodEnd: '2026-11-30' })).toEqual([
      'outcomes[3].periodStart: "2026-12-01" is after periodEnd "2026-11-30"',
    ]);
    expect(problems({ periodEnd: '2026-12-31' })).toEqual([
      'outcomes[3].periodEnd: "2026-12-31" is in the future (today is 2026-12-05); report a period once it has ended',
    ]);
    expect(problems({ offerId: null })).toEqual([
      'outcomes[3].offerId: give exactly one of offerId or externalId, got neither',
    ]);
  });
});
