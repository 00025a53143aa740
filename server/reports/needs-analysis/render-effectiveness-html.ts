// The section "Wirksamkeit der Angebote" of the needs analysis: the indicators of the district this month against
// the county's targets and the same month a year before, and the decisions of the providers' round with their
// effect. The figures are the API's (Query.indicators, Query.decisionEffects); data attributes carry the raw values
// so that a test can compare them with the API.
import {
  decisionEffectKindLabels,
  enumLabel,
  indicatorHiddenReasonLabels,
  indicatorLabels,
  offerCategoryLabels,
  targetStateLabels,
  type Labels,
} from '../../../schema/enum-labels.js';
import { formatGermanDate } from '../../../shared/german/format-german-date.js';
import { formatGermanNumber, formatGermanPercent } from '../../../shared/german/format-german-number.js';
import { countOf } from '../../../shared/german/count-of.js';
import { words } from '../../../shared/german/words.js';
import { indicatorDefinitions, type IndicatorName } from '../../analysis/indicators/indicator-definitions.js';
import { lastDayOf } from '../../analysis/indicators/indicator-months.js';
import type { DecisionEffectRow } from '../../monitoring/decision-effects-service.js';
import type { AreaIndicators } from '../../monitoring/indicator-service.js';
import { html, type SafeHtml } from '../../html/safe-html.js';

export interface Effectiveness {
  indicators: AreaIndicators[]; // the district, this month, per course category
  effects: DecisionEffectRow[]; // decisions that name what they address
}

const label = <K extends string>(labels: Labels<K>, key: string | null) =>
  key ? enumLabel(labels as Labels<string>, key, 'de') : '–';

/** A value in its unit: a share as a percentage, weeks and persons as counts. */
export function formatIndicatorValue(indicator: IndicatorName, value: number | null): string {
  if (value === null) return '–';
  const { unit } = indicatorDefinitions[indicator];
  if (unit === 'share') return formatGermanPercent(value);
  const rounded = Math.round(value * 10) / 10;
  return countOf(rounded, unit === 'weeks' ? words.week : words.person, 1);
}

function changeText(indicator: IndicatorName, change: number | null): string {
  if (change === null) return '–';
  const { unit } = indicatorDefinitions[indicator];
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  return unit === 'share'
    ? `${sign}${formatGermanNumber(size * 100, 0)} Prozentpunkte`
    : `${sign}${formatGermanNumber(size, 1)}`;
}

const monthSpan = (from: string | null, to: string | null) =>
  from && to ? `${formatGermanDate(`${from}-01`)} bis ${formatGermanDate(lastDayOf(to))}` : '–';

function indicatorTable(row: AreaIndicators): SafeHtml {
  return html`<h3>${label(offerCategoryLabels, row.category)}</h3>
    <table class="effectiveness" data-category="${row.category}">
      <thead>
        <tr>
          <th>Kennzahl</th>
          <th class="num">Wert</th>
          <th class="num">Ziel</th>
          <th>Stand</th>
          <th class="num">Vorjahresmonat</th>
          <th class="num">Veränderung</th>
        </tr>
      </thead>
      <tbody>
        ${row.values.map(
          (value) =>
            html`<tr
              data-indicator="${value.indicator}"
              data-value="${value.value === null ? '' : String(value.value)}"
            >
              <td>${label(indicatorLabels, value.indicator)}</td>
              <td class="num">
                ${
                  value.value === null
                    ? label(indicatorHiddenReasonLabels, value.reason)
                    : formatIndicatorValue(value.indicator, value.value)
                }
              </td>
              <td class="num">
                ${indicatorDefinitions[value.indicator].direction === 'AT_LEAST' ? 'mind.' : 'höchstens'}
                ${formatIndicatorValue(value.indicator, value.target)}
              </td>
              <td data-state="${value.state}">${label(targetStateLabels, value.state)}</td>
              <td class="num">
                ${
                  value.yearBefore === null
                    ? label(indicatorHiddenReasonLabels, value.yearBeforeReason)
                    : formatIndicatorValue(value.indicator, value.yearBefore)
                }
              </td>
              <td class="num">${changeText(value.indicator, value.change)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function effectList(effects: DecisionEffectRow[]): SafeHtml {
  if (effects.length === 0)
    return html`<p class="muted">
      Noch kein Beschluss der Trägerrunde nennt Gebiet, Kategorie und Kennzahl, auf die er zielt. Wird ein Beschluss so
      erfasst, zeigt dieser Abschnitt, ob sich die Kennzahl nach seinem Fälligkeitsdatum zum Ziel hin bewegt hat.
    </p>`;
  return html`<table class="decision-effects">
    <thead>
      <tr>
        <th>Beschluss</th>
        <th>Gebiet und Kennzahl</th>
        <th class="num">vorher</th>
        <th class="num">nachher</th>
        <th>Wirkung</th>
      </tr>
    </thead>
    <tbody>
      ${effects.map((effect) => {
        const indicator = effect.indicator as IndicatorName | null;
        return html`<tr
          data-decision="${effect.decisionId}"
          data-effect="${effect.effect}"
          data-before="${effect.before === null ? '' : String(effect.before)}"
          data-after="${effect.after === null ? '' : String(effect.after)}"
        >
          <td>
            ${effect.text}<br /><small
              >Sitzung ${formatGermanDate(effect.meetingDate)}, fällig ${formatGermanDate(effect.dueDate)}</small
            >
          </td>
          <td>
            ${effect.areaName ?? '–'}, ${label(offerCategoryLabels, effect.category)}:
            ${label(indicatorLabels, effect.indicator)}
          </td>
          <td class="num">
            ${
              indicator && effect.before !== null
                ? formatIndicatorValue(indicator, effect.before)
                : label(indicatorHiddenReasonLabels, effect.beforeReason)
            }<br /><small>${monthSpan(effect.beforeFrom, effect.beforeTo)}</small>
          </td>
          <td class="num">
            ${
              indicator && effect.after !== null
                ? formatIndicatorValue(indicator, effect.after)
                : label(indicatorHiddenReasonLabels, effect.afterReason)
            }<br /><small>${monthSpan(effect.afterFrom, effect.afterTo)}</small>
          </td>
          <td>${label(decisionEffectKindLabels, effect.effect)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

export function renderEffectivenessSection(effectiveness: Effectiveness, today: string): SafeHtml {
  const helped = effectiveness.effects.filter((effect) => effect.effect === 'TOWARD_TARGET').length;
  const measured = effectiveness.effects.filter((effect) =>
    ['TOWARD_TARGET', 'AWAY_FROM_TARGET', 'UNCHANGED'].includes(effect.effect),
  ).length;
  return html`<p class="muted">
      Kennzahlen des Kreises im laufenden Monat (Stand ${formatGermanDate(today)}) gegen die Ziele des Kreises und gegen
      denselben Monat des Vorjahres. Abschluss- und Prüfungsquoten beruhen auf den von Trägern gemeldeten
      Teilnehmendenzahlen (keine personenbezogenen Daten); Quoten über weniger als fünf Personen werden nicht gezeigt.
    </p>
    ${effectiveness.indicators.map(indicatorTable)}
    <h3>Wirkung der Beschlüsse der Trägerrunde</h3>
    <p class="muted">
      Die Kennzahl, auf die ein Beschluss zielt, in den Monaten vor der Sitzung und ebenso vielen Monaten nach dem
      Fälligkeitsdatum.
      ${measured > 0 ? `${helped} von ${measured} messbaren Beschlüssen haben ihre Kennzahl zum Ziel hin bewegt.` : ''}
    </p>
    ${effectList(effectiveness.effects)}`;
}
