// How the indicators read: a value in its unit (a share as a percentage, weeks and persons as counts), the small-number
// rule ("zu wenige Fälle", never a number), months by name, changes with their sign. Pure functions for the
// components of this folder and for the exports.
import type { Indicator, IndicatorHiddenReason, TargetDirection } from '../generated/graphql';
import { countIn } from '../i18n/count-in';
import { enumLabel, type Language } from '../i18n/enum-labels';
import { indicatorHiddenReasonLabels } from '../../../schema/enum-labels';
import { monitoringText } from './monitoring-texts';

export type IndicatorUnit = 'share' | 'weeks' | 'persons';

/** The unit of each indicator (as the API's indicatorTargets names it). */
export const indicatorUnits: Record<Indicator, IndicatorUnit> = {
  UTILISATION: 'share',
  COMPLETION_RATE: 'share',
  EXAM_SUCCESS_RATE: 'share',
  MEDIAN_WAIT_WEEKS: 'weeks',
  P90_WAIT_WEEKS: 'weeks',
  PERSONS_OVER_TARGET_WAIT: 'persons',
  UNMET_DEMAND: 'persons',
  COVERAGE: 'share',
};

const locale = (lang: Language) => (lang === 'de' ? 'de-DE' : 'en-GB');

/** A value in its unit, without hiding: 72 %, 4 Wochen, 12 Personen. */
export function formatIndicatorNumber(indicator: Indicator, value: number, lang: Language): string {
  const unit = indicatorUnits[indicator];
  if (unit === 'share') return `${(value * 100).toLocaleString(locale(lang), { maximumFractionDigits: 0 })} %`;
  const rounded = Math.round(value * 10) / 10;
  return countIn(lang, rounded, unit === 'weeks' ? 'week' : 'person', Number.isInteger(rounded) ? 0 : 1);
}

/**
 * What a cell shows for a value: the number, or why there is none. Fewer than 5 persons reads "zu wenige Fälle",
 * whatever else the API sent, so that no rate on a handful of people ever reaches the screen.
 */
export function indicatorCellText(
  indicator: Indicator,
  value: number | null | undefined,
  reason: IndicatorHiddenReason | null | undefined,
  lang: Language,
): string {
  if (reason === 'FEWER_THAN_5') return monitoringText('tooFew', lang);
  if (value === null || value === undefined) return reason ? enumLabel(indicatorHiddenReasonLabels, reason, lang) : '–';
  return formatIndicatorNumber(indicator, value, lang);
}

/** "mindestens 80 %", "höchstens 6 Wochen". */
export function targetText(indicator: Indicator, target: number, direction: TargetDirection, lang: Language): string {
  return `${monitoringText(direction === 'AT_LEAST' ? 'atLeast' : 'atMost', lang)} ${formatIndicatorNumber(indicator, target, lang)}`;
}

/** A change with its sign: shares in percentage points, the rest in the unit's numbers. */
export function changeText(indicator: Indicator, change: number | null | undefined, lang: Language): string {
  if (change === null || change === undefined) return '–';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  if (indicatorUnits[indicator] === 'share')
    return `${sign}${(size * 100).toLocaleString(locale(lang), { maximumFractionDigits: 0 })} ${monitoringText('percentagePoints', lang)}`;
  return `${sign}${size.toLocaleString(locale(lang), { maximumFractionDigits: 1 })}`;
}

/** YYYY-MM as "Dezember 2026" (long) or "Dez. 2026" (short, for chart axes). */
export function monthName(month: string, lang: Language, style: 'long' | 'short' = 'long'): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, number! - 1, 15)).toLocaleDateString(locale(lang), {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The month `months` months before (negative) or after YYYY-MM. */
export function shiftMonth(month: string, months: number): string {
  const [year, number] = month.split('-').map(Number);
  const shifted = new Date(Date.UTC(year!, number! - 1 + months, 1));
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The change toward the target as a positive number, away from it as a negative one (for ranking). */
export function improvement(change: number | null | undefined, direction: TargetDirection): number | null {
  if (change === null || change === undefined) return null;
  return direction === 'AT_LEAST' ? change : -change;
}
