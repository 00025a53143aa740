// The part of the monitoring view that says whether the offers work (issue 19): the indicators of the view's area and
// category over its span with their targets (charts, the current month's table, export), the effect of the decisions
// of the providers' round, and the district's areas ranked by change. Each part loads on its own and marks itself
// ready (data-ready) when its figures are drawn.
import { requestGraphQL } from '../api/request-graphql';
import { DecisionEffectsDocument, type OfferCategory } from '../generated/graphql';
import { MonitoringIndicatorsDocument } from '../generated/graphql';
import { enumLabel, offerCategoryLabels } from '../i18n/enum-labels';
import type { AppContext } from '../state/app-context';
import { h, type Child } from '../ui/dom';
import { pendingNotice } from '../ui/error-notice';
import { AreaRanking } from './area-ranking';
import { DecisionEffectsList } from './decision-effects-list';
import { chartedIndicators, IndicatorCharts } from './indicator-charts';
import { shiftMonth } from './indicator-format';
import { IndicatorTable } from './indicator-table';
import type { MonitoringAreaArgs } from './indicator-types';
import { monitoringText } from './monitoring-texts';
import './indicators.css';

/** The category of the indicators: the one chosen in the filters, else integration courses. */
export function indicatorCategory(chosen: OfferCategory | ''): OfferCategory {
  return chosen || 'INTEGRATION_COURSE';
}

export function IndicatorsSection({ ctx, area }: { ctx: AppContext; area: MonitoringAreaArgs }): Child {
  const { lang, state } = ctx;
  const category = indicatorCategory(state.category);
  const now = ctx.today.slice(0, 7);
  const from = shiftMonth(now, -state.months);
  const series = ctx.load(
    `indicators:${JSON.stringify(area)}:${category}:${from}:${now}`,
    async () =>
      (await requestGraphQL(MonitoringIndicatorsDocument, { ...area, categories: [category], from, to: now }))
        .indicators,
  );
  const districtAgs = ctx.model.districtAgs;
  const effects = ctx.load(
    `decision-effects:${districtAgs}`,
    async () => (await requestGraphQL(DecisionEffectsDocument, { districtAgs })).decisionEffects,
  );
  const rows = series.status === 'ready' ? [...series.value].sort((a, b) => a.month.localeCompare(b.month)) : [];
  return h(
    'section',
    { className: 'page-inner effectiveness', 'aria-labelledby': 'indicators-title' },
    h('h3', { id: 'indicators-title' }, monitoringText('indicatorsTitle', lang)),
    h(
      'p',
      { className: 'muted' },
      monitoringText('indicatorsIntro', lang),
      ' ',
      state.category
        ? `${monitoringText('category', lang)}: ${enumLabel(offerCategoryLabels, category, lang)}.`
        : monitoringText('indicatorCategoryDefault', lang),
    ),
    h(
      'div',
      { className: 'indicators', 'data-ready': series.status === 'ready' ? 'true' : 'false' },
      series.status === 'ready'
        ? [h(IndicatorTable, { rows, lang }), h(IndicatorCharts, { rows, lang })]
        : pendingNotice(series, lang),
    ),
    h('h3', { id: 'effects-title' }, monitoringText('effectsTitle', lang)),
    h('p', { className: 'muted' }, monitoringText('effectsIntro', lang)),
    h(
      'div',
      { className: 'effects', 'data-ready': effects.status === 'ready' ? 'true' : 'false' },
      effects.status === 'ready'
        ? h(DecisionEffectsList, { effects: effects.value, lang })
        : pendingNotice(effects, lang),
    ),
    h('h3', { id: 'ranking-title' }, monitoringText('rankingTitle', lang)),
    h('p', { className: 'muted' }, monitoringText('rankingIntro', lang)),
    series.status === 'ready'
      ? h(AreaRanking, { ctx, category, month: now, indicators: chartedIndicators(rows) })
      : null,
  );
}
