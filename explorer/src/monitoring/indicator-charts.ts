// The indicators of one area and category over the months of the view's span, one Chart.js chart per indicator with
// its target as a dashed line. Each chart is keyed by its indicator: made once, then updated when the area, the span,
// the category or the language changes. Months without a value (too few cases, no snapshot) leave a gap in the line.
import type { Indicator } from '../generated/graphql';
import { enumLabel, type Language } from '../i18n/enum-labels';
import { indicatorLabels } from '../../../schema/enum-labels';
import { h, type Child } from '../ui/dom';
import { indicatorUnits, monthName, targetText } from './indicator-format';
import type { AreaIndicatorsRow } from './indicator-types';
import { LineChart, type LineDataset } from './line-chart';
import { monitoringText } from './monitoring-texts';

const valueColour = '#2563eb';
const targetColour = '#16a34a';

/** The indicators that apply to the rows' category (those not applicable in every month are left out). */
export function chartedIndicators(rows: readonly AreaIndicatorsRow[]): Indicator[] {
  const indicators = rows[0]?.values.map((v) => v.indicator) ?? [];
  return indicators.filter((indicator) =>
    rows.some((row) => row.values.some((v) => v.indicator === indicator && v.reason !== 'NOT_APPLICABLE')),
  );
}

export function IndicatorCharts({ rows, lang }: { rows: AreaIndicatorsRow[]; lang: Language }): Child {
  const months = rows.map((row) => row.month);
  const labels = months.map((month) => monthName(month, lang, 'short'));
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  return h(
    'div',
    { className: 'indicator-charts', role: 'group', 'aria-label': monitoringText('chartsLabel', lang) },
    chartedIndicators(rows).map((indicator) => {
      const share = indicatorUnits[indicator] === 'share';
      const scale = (value: number | null | undefined) =>
        value === null || value === undefined ? null : share ? Math.round(value * 1000) / 10 : value;
      const values = rows.map((row) => row.values.find((v) => v.indicator === indicator));
      const latest = values.at(-1);
      const target = latest?.target ?? 0;
      const name = enumLabel(indicatorLabels, indicator, lang);
      const datasets: LineDataset[] = [
        {
          label: name,
          data: values.map((v) => scale(v?.value)),
          borderColor: valueColour,
          backgroundColor: valueColour,
          tension: 0.2,
          spanGaps: false,
        },
        {
          label: `${monitoringText('targetLine', lang)}: ${latest ? targetText(indicator, target, latest.direction, lang) : ''}`,
          data: values.map((v) => scale(v?.target ?? target)),
          borderColor: targetColour,
          backgroundColor: targetColour,
          borderDash: [6, 4],
          pointRadius: 0,
          spanGaps: true,
        },
      ];
      const caption = latest
        ? `${name} – ${monitoringText('target', lang)} ${targetText(indicator, target, latest.direction, lang)}`
        : name;
      return h(
        'div',
        { key: indicator, className: 'indicator-chart', 'data-indicator': indicator },
        h('h4', { id: `ic-title-${indicator}` }, caption),
        h(
          'div',
          { className: 'indicator-chart-box' },
          h(LineChart, {
            id: `indicator-chart-${indicator}`,
            label: caption,
            labels,
            datasets,
            digits: share ? 0 : indicator === 'MEDIAN_WAIT_WEEKS' || indicator === 'P90_WAIT_WEEKS' ? 1 : 0,
            locale,
            suffix: share ? ' %' : '',
            suggestedMax: scale(target) ?? undefined,
          }),
        ),
      );
    }),
  );
}
