// The monitoring view: the trends of unmet demand, free places and accessibility by category for the district, a
// Samtgemeinde or a municipality (the area filter), drawn with Chart.js, and the figures of one category as a
// table beneath. Each chart is made once, when the view is first drawn (after the page is in the document, so that
// Chart.js can measure it), and then updated with chart.update() when the area, the span or the category changes.
// While new figures load, the charts keep the last ones. Beneath, the indicators with their targets, the effect of the
// round's decisions and the areas ranked by change (monitoring/indicators-section.ts).
import type { AppContext, MonitoringSeries } from '../state/app-context';
import { downloadText } from '../export/download';
import { toCsv } from '../export/to-csv';
import type { OfferCategory } from '../generated/graphql';
import { enumLabel, offerCategoryLabels } from '../i18n/enum-labels';
import type { MessageKey } from '../i18n/messages';
import { gapCategory, monitoringSpans } from '../state/view-state';
import { useRef } from 'preact/hooks';
import { formatDate, formatNumber, h, type Child } from '../ui/dom';
import { useReadyMark } from '../ui/ready-mark';
import { pendingNotice } from '../ui/error-notice';
import { IndicatorsSection } from '../monitoring/indicators-section';
import { LineChart, type LineDataset } from '../monitoring/line-chart';
import { ExplainFigure } from '../ui/explain-figure';
import { explainAccessibility } from '../i18n/explanations';

const maxLines = 6; // more lines than this do not read in one chart
const lineColours = ['#dc2626', '#2563eb', '#16a34a', '#d97706', '#7c3aed', '#0891b2'];
const dashes = [[], [6, 3], [2, 2], [8, 3, 2, 3], [], [6, 3]]; // lines still tell apart in greyscale print

type Measure = 'unmet' | 'freePlaces' | 'accessibility';
const charts: { id: string; measure: Measure; title: MessageKey; digits: number }[] = [
  { id: 'chart-unmet', measure: 'unmet', title: 'chartUnmet', digits: 0 },
  { id: 'chart-free', measure: 'freePlaces', title: 'chartFreePlaces', digits: 0 },
  { id: 'chart-access', measure: 'accessibility', title: 'chartAccessibility', digits: 2 },
];

/** The categories the charts show: the chosen one, or those with the most demand or places in the span. */
export function chartedSeries(all: MonitoringSeries[], category: OfferCategory | ''): MonitoringSeries[] {
  if (category) return all.filter((s) => s.category === category);
  const weight = (s: MonitoringSeries) => s.points.reduce((sum, p) => sum + p.demand + p.capacity, 0);
  return all
    .filter((s) => weight(s) > 0)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, maxLines);
}

/** The area of the view state as the API's arguments. */
export function monitoringArea(ctx: Pick<AppContext, 'model' | 'state'>): {
  districtAgs?: string;
  samtgemeindeAgs?: string;
  municipalityAgs?: string;
} {
  const area = ctx.state.area;
  if (!area) return { districtAgs: ctx.model.districtAgs };
  return ctx.model.municipalities.get(area)?.kind === 'COLLECTIVE'
    ? { samtgemeindeAgs: area }
    : { municipalityAgs: area };
}

export function MonitoringView({ ctx }: { ctx: AppContext }): Child {
  const { t, lang, state } = ctx;
  const series = ctx.monitoring();
  // The figures shown: the ones asked for, or while they load the last ones (the charts stay and are updated).
  const last = useRef<MonitoringSeries[] | undefined>(undefined);
  if (series.status === 'ready') last.current = series.value;
  const figures = series.status === 'ready' ? series.value : series.status === 'loading' ? last.current : undefined;
  useReadyMark('monitoring', series.status !== 'loading');
  const head = h(
    'div',
    { className: 'section-head' },
    h(
      'h2',
      {},
      t('monitoringTitle'),
      series.status === 'ready' && series.value[0]
        ? h('span', { className: 'muted' }, ` – ${series.value[0].areaName}`)
        : null,
    ),
    h(
      'div',
      { className: 'field inline' },
      h('label', { for: 'm-span' }, t('timeSpan')),
      h(
        'select',
        {
          id: 'm-span',
          onchange: (event: Event) => ctx.set({ months: Number((event.target as HTMLSelectElement).value) }),
        },
        monitoringSpans.map((months) =>
          h('option', { value: months, selected: months === state.months }, `${months} ${t('monthsLabel')}`),
        ),
      ),
    ),
    h(
      'button',
      { type: 'button', 'data-testid': 'monitoring-csv', onclick: () => exportMonitoringCsv(ctx) },
      `⤓ ${t('exportCsv')}`,
    ),
  );
  if (!figures) {
    return h('div', { className: 'page-inner' }, head, pendingNotice(series, ctx.lang));
  }
  const shown = chartedSeries(figures, state.category);
  const dates = [...new Set(figures.flatMap((s) => s.points.map((p) => p.date)))].sort();
  if (dates.length === 0)
    return h(
      'div',
      { className: 'page-inner' },
      head,
      h('p', { className: 'muted', 'data-testid': 'no-snapshots' }, t('noSnapshots')),
    );

  const tableCategory = state.category || shown[0]?.category || gapCategory(state);
  const tableSeries = figures.find((s) => s.category === tableCategory);
  const labels = dates.map((date) => formatDate(date, lang));
  const datasets = (measure: Measure): LineDataset[] =>
    shown.map((s, i) => {
      const byDate = new Map(s.points.map((p) => [p.date, p[measure]]));
      return {
        label: enumLabel(offerCategoryLabels, s.category, lang),
        data: dates.map((date) => byDate.get(date) ?? null),
        borderColor: lineColours[i % lineColours.length],
        backgroundColor: lineColours[i % lineColours.length],
        borderDash: dashes[i % dashes.length],
        tension: 0.2,
        spanGaps: true,
      };
    });
  return h(
    'div',
    { className: 'monitoring-page' },
    h(
      'div',
      { className: 'page-inner monitoring' },
      head,
      h(
        'p',
        { className: 'muted' },
        t('monitoringIntro'),
        state.category ? null : ` ${t('topCategories')} (${shown.length}).`,
      ),
      h(
        'div',
        { className: 'charts' },
        charts.map((c) =>
          h(
            'figure',
            { key: c.id, className: 'chart' },
            h(
              'figcaption',
              {},
              t(c.title),
              c.measure === 'accessibility' &&
                h(ExplainFigure, {
                  lang,
                  name: 'monitoring-accessibility',
                  figure: t(c.title),
                  explanation: explainAccessibility(
                    shown.length === 1 ? shown[0]!.points.at(-1)?.accessibility : null,
                    lang,
                  ),
                }),
            ),
            h(
              'div',
              { className: 'chart-box' },
              h(LineChart, {
                id: c.id,
                label: t(c.title),
                labels,
                datasets: datasets(c.measure),
                digits: c.digits,
                locale: lang === 'de' ? 'de-DE' : 'en-GB',
              }),
            ),
          ),
        ),
      ),
      h('h3', {}, `${t('seriesTable')}: ${enumLabel(offerCategoryLabels, tableCategory, lang)}`),
      tableSeries ? seriesTable(ctx, tableSeries) : null,
    ),
    h(IndicatorsSection, { ctx, area: monitoringArea(ctx) }),
  );
}

function seriesTable(ctx: AppContext, series: MonitoringSeries): Child {
  const { t, lang } = ctx;
  const columns: [MessageKey, (p: MonitoringSeries['points'][number]) => string][] = [
    ['date', (p) => formatDate(p.date, lang)],
    ['demand', (p) => formatNumber(p.demand, lang)],
    ['unmet', (p) => formatNumber(p.unmet, lang)],
    ['coverage', (p) => `${formatNumber(p.coverage * 100, lang)} %`],
    ['accessibility', (p) => formatNumber(p.accessibility, lang, 2)],
    ['freePlaces', (p) => formatNumber(p.freePlaces, lang)],
    ['capacity', (p) => formatNumber(p.capacity, lang)],
    ['booked', (p) => formatNumber(p.booked, lang)],
    ['waitlist', (p) => formatNumber(p.waitlist, lang)],
    [
      'fillRate',
      (p) => (p.fillRate === null || p.fillRate === undefined ? '–' : `${formatNumber(p.fillRate * 100, lang)} %`),
    ],
  ];
  return h(
    'div',
    // A region that scrolls: reachable by keyboard (the table has no control of its own to take the focus).
    { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('seriesTable') },
    h(
      'table',
      { className: 'data', 'data-testid': 'monitoring-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map(([key], i) => h('th', { scope: 'col', className: i > 0 ? 'num' : '' }, t(key))),
        ),
      ),
      h(
        'tbody',
        {},
        series.points.map((p) =>
          h(
            'tr',
            { 'data-date': p.date },
            columns.map(([, cell], i) => h('td', { className: i > 0 ? 'num' : '' }, cell(p))),
          ),
        ),
      ),
    ),
  );
}

export function exportMonitoringCsv(ctx: AppContext): void {
  const series = ctx.monitoring();
  if (series.status !== 'ready') return;
  const { t, lang } = ctx;
  const header = [
    t('category'),
    t('date'),
    t('demand'),
    t('unmet'),
    t('coverage'),
    t('accessibility'),
    t('freePlaces'),
    t('capacity'),
    t('booked'),
    t('waitlist'),
    t('fillRate'),
  ];
  // No thousands separators in a spreadsheet cell; a decimal comma in German, as German Excel expects.
  const decimal = (value: number | null | undefined, digits: number) =>
    value === null || value === undefined
      ? ''
      : lang === 'de'
        ? value.toFixed(digits).replace('.', ',')
        : value.toFixed(digits);
  const rows = series.value.flatMap((s) =>
    s.points.map((p) => [
      enumLabel(offerCategoryLabels, s.category, lang),
      p.date,
      p.demand,
      p.unmet,
      decimal(p.coverage, 3),
      decimal(p.accessibility, 3),
      p.freePlaces,
      p.capacity,
      p.booked,
      p.waitlist,
      decimal(p.fillRate, 3),
    ]),
  );
  downloadText(
    toCsv(header, rows),
    `monitoring-${series.value[0]?.areaAgs ?? ''}-${ctx.state.months}m.csv`,
    'text/csv;charset=utf-8',
  );
}

/** The first day the charts show: the same day `months` months ago (local calendar). */
export function monthsAgo(months: number, now = new Date()): string {
  const then = new Date(now.getFullYear(), now.getMonth() - months, 1);
  const lastDay = new Date(then.getFullYear(), then.getMonth() + 1, 0).getDate();
  then.setDate(Math.min(now.getDate(), lastDay));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${then.getFullYear()}-${pad(then.getMonth() + 1)}-${pad(then.getDate())}`;
}
