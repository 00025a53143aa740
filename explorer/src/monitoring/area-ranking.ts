// The district's areas (its Samtgemeinden and the municipalities in none) ranked by the change of one indicator since
// the same month a year before, the largest move toward the target first; areas without a comparison last. The server
// ranks them in one query (Query.indicatorRanking), loaded once per category, month and indicator and kept for the
// session.
import { useState } from 'preact/hooks';
import { requestGraphQL } from '../api/request-graphql';
import { IndicatorRankingDocument, type Indicator, type OfferCategory } from '../generated/graphql';
import { enumLabel, type Language } from '../i18n/enum-labels';
import { indicatorLabels } from '../../../schema/enum-labels';
import type { AppContext } from '../state/app-context';
import { h, type Child } from '../ui/dom';
import { pendingNotice } from '../ui/error-notice';
import { changeText, indicatorCellText } from './indicator-format';
import { monitoringText } from './monitoring-texts';

export function AreaRanking({
  ctx,
  category,
  month,
  indicators,
}: {
  ctx: AppContext;
  category: string;
  month: string;
  indicators: Indicator[];
}): Child {
  const lang: Language = ctx.lang;
  const [chosen, choose] = useState<Indicator>('COMPLETION_RATE');
  const indicator = indicators.includes(chosen) ? chosen : (indicators[0] ?? chosen);
  const districtAgs = ctx.model.districtAgs;
  const loaded = ctx.load(`ranking:${districtAgs}:${category}:${month}:${indicator}`, async () => {
    const { indicatorRanking } = await requestGraphQL(IndicatorRankingDocument, {
      districtAgs,
      category: category as OfferCategory,
      indicator,
      month,
    });
    return indicatorRanking;
  });
  const select = h(
    'div',
    { className: 'field inline' },
    h('label', { for: 'ranking-indicator' }, monitoringText('rankingIndicator', lang)),
    h(
      'select',
      {
        id: 'ranking-indicator',
        onchange: (event: Event) => choose((event.target as HTMLSelectElement).value as Indicator),
      },
      indicators.map((i) => h('option', { value: i, selected: i === indicator }, enumLabel(indicatorLabels, i, lang))),
    ),
  );
  if (loaded.status !== 'ready')
    return h('div', { className: 'area-ranking', 'data-ready': 'false' }, select, pendingNotice(loaded, lang));
  const ranked = loaded.value;
  return h(
    'div',
    { className: 'area-ranking', 'data-ready': 'true' },
    select,
    h(
      'div',
      // A region that scrolls: reachable by keyboard (the table has no control of its own to take the focus).
      { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': monitoringText('rankingTitle', lang) },
      h(
        'table',
        {
          className: 'data',
          'data-testid': 'area-ranking',
          'data-indicator': indicator,
          'aria-labelledby': 'ranking-title',
        },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', className: 'num' }, monitoringText('rank', lang)),
            h('th', { scope: 'col' }, monitoringText('area', lang)),
            h('th', { scope: 'col', className: 'num' }, monitoringText('value', lang)),
            h('th', { scope: 'col', className: 'num' }, monitoringText('yearBefore', lang)),
            h('th', { scope: 'col', className: 'num' }, monitoringText('change', lang)),
          ),
        ),
        h(
          'tbody',
          {},
          ranked.map(({ areaAgs, areaName, rank, improvement, value }) =>
            h(
              'tr',
              { key: areaAgs, 'data-ags': areaAgs, 'data-change': value.change === null ? '' : String(value.change) },
              h('td', { className: 'num' }, rank === null ? '–' : String(rank)),
              h('th', { scope: 'row' }, areaName),
              h(
                'td',
                { className: `num${value.reason === 'FEWER_THAN_5' ? ' too-few' : ''}` },
                indicatorCellText(indicator, value.value, value.reason, lang),
              ),
              h(
                'td',
                { className: `num${value.yearBeforeReason === 'FEWER_THAN_5' ? ' too-few' : ''}` },
                indicatorCellText(indicator, value.yearBefore, value.yearBeforeReason, lang),
              ),
              h(
                'td',
                {
                  className: `num ${improvement === null ? 'muted' : improvement > 0 ? 'toward' : improvement < 0 ? 'away' : ''}`,
                },
                value.change === null || improvement === null
                  ? monitoringText('noComparison', lang)
                  : `${improvement > 0 ? '↗ ' : improvement < 0 ? '↘ ' : ''}${changeText(indicator, value.change, lang)}`,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
