// The indicators of one area and category in one month as a table: value, target, the state against the target, the
// same month a year before and the change, with the export of the whole span as CSV or Excel file. Data attributes
// carry the API's raw values (a test compares them); a hidden small number carries none.
import { enumLabel, offerCategoryLabels, type Language } from '../i18n/enum-labels';
import { indicatorLabels, targetStateLabels } from '../../../schema/enum-labels';
import { h, type Child } from '../ui/dom';
import { changeText, indicatorCellText, monthName, shiftMonth, targetText } from './indicator-format';
import { exportIndicatorsCsv, exportIndicatorsXlsx } from './indicator-export';
import type { AreaIndicatorsRow, IndicatorValueRow } from './indicator-types';
import { monitoringText } from './monitoring-texts';

function valueCell(
  v: IndicatorValueRow,
  value: number | null | undefined,
  reason: IndicatorValueRow['reason'],
  lang: Language,
): Child {
  const hidden = reason === 'FEWER_THAN_5';
  return h(
    'td',
    {
      className: `num${hidden ? ' too-few' : ''}`,
      title: hidden ? monitoringText('tooFewTitle', lang) : null,
    },
    indicatorCellText(v.indicator, hidden ? null : value, reason, lang),
  );
}

function changeCell(v: IndicatorValueRow, lang: Language): Child {
  if (v.change === null || v.change === undefined)
    return h('td', { className: 'num muted' }, monitoringText('noComparison', lang));
  const word =
    v.towardTarget === null || v.towardTarget === undefined || v.change === 0
      ? ''
      : ` (${monitoringText(v.towardTarget ? 'towardTarget' : 'awayFromTarget', lang)})`;
  return h(
    'td',
    { className: `num ${v.towardTarget ? 'toward' : v.towardTarget === false ? 'away' : ''}` },
    `${v.towardTarget ? '↗ ' : v.towardTarget === false ? '↘ ' : ''}${changeText(v.indicator, v.change, lang)}${word}`,
  );
}

export function IndicatorTable({ rows, lang }: { rows: AreaIndicatorsRow[]; lang: Language }): Child {
  const current = rows.at(-1);
  if (!current) return h('p', { className: 'muted' }, monitoringText('noIndicators', lang));
  const heads: [string, boolean][] = [
    [monitoringText('indicator', lang), false],
    [monitoringText('value', lang), true],
    [monitoringText('target', lang), true],
    [monitoringText('state', lang), false],
    [`${monitoringText('yearBefore', lang)} (${monthName(shiftMonth(current.month, -12), lang)})`, true],
    [monitoringText('change', lang), true],
  ];
  return h(
    'div',
    { className: 'indicator-table' },
    h(
      'div',
      { className: 'indicator-table-head' },
      h(
        'h4',
        { id: 'indicator-table-title' },
        `${monitoringText('tableOf', lang)} ${monthName(current.month, lang)}: ${current.areaName}, ${enumLabel(offerCategoryLabels, current.category, lang)}`,
      ),
      h(
        'button',
        { type: 'button', 'data-testid': 'indicators-csv', onclick: () => exportIndicatorsCsv(rows, lang) },
        `⤓ ${monitoringText('exportIndicatorsCsv', lang)}`,
      ),
      h(
        'button',
        { type: 'button', 'data-testid': 'indicators-xlsx', onclick: () => void exportIndicatorsXlsx(rows, lang) },
        `⤓ ${monitoringText('exportIndicatorsXlsx', lang)}`,
      ),
    ),
    h(
      'div',
      // A region that scrolls: reachable by keyboard (the table has no control of its own to take the focus).
      { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': monitoringText('indicatorsTitle', lang) },
      h(
        'table',
        {
          className: 'data',
          'data-testid': 'indicator-table',
          'data-month': current.month,
          'aria-labelledby': 'indicator-table-title',
        },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            heads.map(([text, num]) => h('th', { scope: 'col', className: num ? 'num' : '' }, text)),
          ),
        ),
        h(
          'tbody',
          {},
          current.values
            .filter((v) => v.reason !== 'NOT_APPLICABLE')
            .map((v) =>
              h(
                'tr',
                {
                  key: v.indicator,
                  'data-indicator': v.indicator,
                  'data-value': v.value === null || v.value === undefined ? '' : String(v.value),
                  'data-state': v.state,
                },
                h('th', { scope: 'row' }, enumLabel(indicatorLabels, v.indicator, lang)),
                valueCell(v, v.value, v.reason, lang),
                h('td', { className: 'num' }, targetText(v.indicator, v.target, v.direction, lang)),
                h(
                  'td',
                  {},
                  h(
                    'span',
                    { className: `target-state state-${v.state}` },
                    enumLabel(targetStateLabels, v.state, lang),
                  ),
                ),
                valueCell(v, v.yearBefore, v.yearBeforeReason, lang),
                changeCell(v, lang),
              ),
            ),
        ),
      ),
    ),
  );
}
