// The district's areas (its Samtgemeinden and the municipalities in none) ranked by the change of one indicator since
// the same month a year before, the largest move toward the target first; areas without a comparison last. One
// indicators query per area, loaded once per area, category and month and kept for the session.
import { useState } from 'preact/hooks';
import { requestGraphQL } from '../api/request-graphql';
import { MonitoringIndicatorsDocument, type Indicator } from '../generated/graphql';
import { enumLabel, type Language } from '../i18n/enum-labels';
import { indicatorLabels } from '../../../schema/enum-labels';
import type { AppContext } from '../state/app-context';
import { h, type Child } from '../ui/dom';
import { pendingNotice } from '../ui/error-notice';
import { changeText, improvement, indicatorCellText } from './indicator-format';
import type { AreaIndicatorsRow } from './indicator-types';
import { monitoringText } from './monitoring-texts';

interface RankedArea {
  ags: string;
  name: string;
  value: AreaIndicatorsRow['values'][number] | undefined;
  improvement: number | null;
}

/** The areas of the district a ranking compares: Samtgemeinden, and municipalities that belong to none. */
export function rankingAreas(ctx: Pick<AppContext, 'model'>): { ags: string; name: string; samtgemeinde: boolean }[] {
  const all = [...ctx.model.municipalities.values()];
  return all
    .filter((m) => m.kind === 'COLLECTIVE' || !m.memberOf[0])
    .map((m) => ({ ags: m.ags, name: m.name, samtgemeinde: m.kind === 'COLLECTIVE' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** Largest improvement first; equal ones and those without a comparison by name. */
export function rankAreas(areas: RankedArea[]): RankedArea[] {
  return [...areas].sort((a, b) => {
    if (a.improvement === null || b.improvement === null)
      return a.improvement === null && b.improvement === null
        ? a.name.localeCompare(b.name, 'de')
        : a.improvement === null
          ? 1
          : -1;
    return b.improvement - a.improvement || a.name.localeCompare(b.name, 'de');
  });
}

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
  const areas = rankingAreas(ctx);
  const loaded = ctx.load(`ranking:${ctx.model.districtAgs}:${category}:${month}`, () =>
    Promise.all(
      areas.map(async (area) => {
        const { indicators: rows } = await requestGraphQL(MonitoringIndicatorsDocument, {
          ...(area.samtgemeinde ? { samtgemeindeAgs: area.ags } : { municipalityAgs: area.ags }),
          categories: [category as AreaIndicatorsRow['category']],
          from: month,
          to: month,
        });
        return { ...area, row: rows[0] };
      }),
    ),
  );
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
  const ranked = rankAreas(
    loaded.value.map((area) => {
      const value = area.row?.values.find((v) => v.indicator === indicator);
      return {
        ags: area.ags,
        name: area.name,
        value,
        improvement: value ? improvement(value.change, value.direction) : null,
      };
    }),
  );
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
          ranked.map((area, index) =>
            h(
              'tr',
              {
                key: area.ags,
                'data-ags': area.ags,
                'data-change':
                  area.value?.change === null || area.value?.change === undefined ? '' : String(area.value.change),
              },
              h('td', { className: 'num' }, area.improvement === null ? '–' : String(index + 1)),
              h('th', { scope: 'row' }, area.name),
              h(
                'td',
                { className: `num${area.value?.reason === 'FEWER_THAN_5' ? ' too-few' : ''}` },
                area.value ? indicatorCellText(indicator, area.value.value, area.value.reason, lang) : '–',
              ),
              h(
                'td',
                { className: `num${area.value?.yearBeforeReason === 'FEWER_THAN_5' ? ' too-few' : ''}` },
                area.value
                  ? indicatorCellText(indicator, area.value.yearBefore, area.value.yearBeforeReason, lang)
                  : '–',
              ),
              h(
                'td',
                {
                  className: `num ${area.improvement === null ? 'muted' : area.improvement > 0 ? 'toward' : area.improvement < 0 ? 'away' : ''}`,
                },
                area.value?.change === null || area.value?.change === undefined
                  ? monitoringText('noComparison', lang)
                  : `${area.improvement! > 0 ? '↗ ' : area.improvement! < 0 ? '↘ ' : ''}${changeText(indicator, area.value.change, lang)}`,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
