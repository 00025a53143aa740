// The offers view: a sortable table of the offers (with the filters applied) and the gap table of the chosen
// category, the one the CSV export writes. The table lists the district's own offers; a checkbox adds the offers
// across the district border within the radius (data/border-offers.ts) with a column "Landkreis". Off by default:
// the list is the district's directory (what its providers maintain, what goes to the monthly round and into the
// exports); the map shows the border's offers always, and the checkbox says how many it would add.
import type { AppContext } from '../state/app-context';
import { areaMembers, type OfferRecord } from '../data/district-model';
import { offerMatches } from '../graph/network-elements';
import type { GapTable } from '../graph/map-elements';
import { severityColours } from '../graph/palette';
import {
  enumLabel,
  offerCategoryLabels,
  offerStatusLabels,
  severityLabels,
  targetGroupLabels,
  type Language,
} from '../i18n/enum-labels';
import type { MessageKey } from '../i18n/messages';
import { gapCategory } from '../state/view-state';
import { formatDate, formatNumber, h, type Child } from '../ui/dom';
import { useReadyMark } from '../ui/ready-mark';
import { pendingNotice } from '../ui/error-notice';
import { ExplainFigure } from '../ui/explain-figure';
import { countIn } from '../i18n/count-in';
import { ExportMenu } from '../export/export-menu';
import { tableItems } from '../export/table-items';
import { gapExportTable } from './view-tables';
import type { ExportItem } from '../export/export-menu';
import { explainAreaGap } from '../i18n/explanations';
import { OwnOffers } from './own-offers';
import { borderDistrictName, type BorderOfferRecord } from '../data/border-offers';
import { loadBorderOffers } from '../state/load-border-offers';

interface Column {
  key: string;
  label: MessageKey;
  value: (o: OfferRecord) => string | number | null;
  numeric?: boolean;
}

const columns = (lang: Language, district?: (o: OfferRecord) => string): Column[] => [
  { key: 'title', label: 'title', value: (o) => o.title },
  { key: 'category', label: 'category', value: (o) => enumLabel(offerCategoryLabels, o.category, lang) },
  { key: 'provider', label: 'provider', value: (o) => o.provider[0]?.name ?? '' },
  { key: 'venue', label: 'venue', value: (o) => o.venue[0]?.name ?? '' },
  ...(district ? [{ key: 'district', label: 'districtColumn' as const, value: district }] : []),
  { key: 'status', label: 'status', value: (o) => enumLabel(offerStatusLabels, o.status, lang) },
  { key: 'start', label: 'start', value: (o) => o.startDate },
  { key: 'capacity', label: 'capacity', value: (o) => o.capacity, numeric: true },
  { key: 'free', label: 'freePlaces', value: (o) => o.freePlaces, numeric: true },
  { key: 'waitlist', label: 'waitlist', value: (o) => o.waitlist, numeric: true },
];

/**
 * The offers across the border that the filters leave (every category the filter allows): none while they load. With
 * an area chosen none either, as the area filter keeps offers whose venue lies in the area.
 */
export function borderOffersShown(ctx: AppContext): BorderOfferRecord[] {
  const loaded = loadBorderOffers(ctx);
  if (loaded.status !== 'ready' || ctx.state.area) return [];
  return loaded.value.filter((o) => offerMatches(o, ctx.state));
}

export function filteredOffers(ctx: AppContext): OfferRecord[] {
  const inArea = areaMembers(ctx.model, ctx.state.area);
  const own = [...ctx.model.offers.values()].filter(
    (o) => offerMatches(o, ctx.state) && (!inArea || (o.venue[0] && inArea.has(o.venue[0].ags))),
  );
  return ctx.state.border ? [...own, ...borderOffersShown(ctx)] : own;
}

/** The district's name for its own offers, the neighbouring district's for an offer across the border. */
function districtOf(ctx: AppContext): (o: OfferRecord) => string {
  const own = ctx.districts.find((d) => d.ags === ctx.model.districtAgs)?.name ?? '';
  return (o) => (ctx.model.offers.has(o.id) ? own : borderDistrictName(o as BorderOfferRecord));
}

export function OffersView({ ctx }: { ctx: AppContext }): Child {
  // The public directory has no gap table (needs are the staff's): it is ready with its offers.
  // It waits for the offers across the border as well: the checkbox that adds them tells how many there are.
  useReadyMark(
    'offers',
    (!ctx.access.staff || ctx.gaps().status !== 'loading') && loadBorderOffers(ctx).status !== 'loading',
  );
  return renderOffersView(ctx);
}

/** The offers as the table shows them: filtered and in the table's order (the export writes the same). */
export function shownOffers(ctx: AppContext): OfferRecord[] {
  const { lang, state } = ctx;
  const cols = columns(lang, state.border ? districtOf(ctx) : undefined);
  const descending = state.sort.startsWith('-');
  const sortKey = state.sort.replace(/^-/, '') || 'title';
  const column = cols.find((c) => c.key === sortKey) ?? cols[0]!;
  return filteredOffers(ctx).sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    if (x === y) return a.title.localeCompare(b.title);
    if (x === null) return 1;
    if (y === null) return -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
    return descending ? -order : order;
  });
}

function renderOffersView(ctx: AppContext): Child {
  const { t, lang, state } = ctx;
  const district = state.border ? districtOf(ctx) : undefined;
  const cols = columns(lang, district);
  const across = borderOffersShown(ctx);
  const descending = state.sort.startsWith('-');
  const sortKey = state.sort.replace(/^-/, '') || 'title';
  const offers = shownOffers(ctx);
  const headerCell = (c: Column) => {
    const active = c.key === sortKey;
    const ariaSort = active ? (descending ? 'descending' : 'ascending') : 'none';
    return h(
      'th',
      { scope: 'col', 'aria-sort': ariaSort, className: c.numeric ? 'num' : '' },
      h(
        'button',
        {
          type: 'button',
          className: 'sort',
          'data-sort': c.key,
          onclick: () => ctx.set({ sort: active && !descending ? `-${c.key}` : c.key }),
        },
        t(c.label),
        active ? (descending ? ' ▼' : ' ▲') : '',
      ),
    );
  };
  return h(
    'div',
    { className: 'page-inner' },
    ctx.access.ownActorId ? h(OwnOffers, { ctx }) : null,
    h(
      'section',
      { className: 'table-section' },
      h(
        'h2',
        {},
        `${t('offersTable')} `,
        h('span', { className: 'muted', 'data-testid': 'offer-count' }, `(${countIn(lang, offers.length, 'row')})`),
      ),
      borderToggle(ctx, across),
      h(
        'div',
        { className: 'table-wrap' },
        h(
          'table',
          { className: 'data', 'data-testid': 'offers-table' },
          h('thead', {}, h('tr', {}, cols.map(headerCell), h('th', { scope: 'col' }, t('targetGroups')))),
          h(
            'tbody',
            {},
            offers.map((o) => {
              const outside = !ctx.model.offers.has(o.id);
              const value = (key: string) => cols.find((c) => c.key === key)!.value(o);
              return h(
                'tr',
                {
                  key: o.id,
                  className: [state.selected === `o:${o.id}` ? 'selected' : '', outside ? 'across-border' : '']
                    .filter(Boolean)
                    .join(' '),
                  'data-id': o.id,
                },
                h(
                  'td',
                  {},
                  h(
                    'button',
                    { type: 'button', className: 'link', onclick: () => ctx.set({ selected: `o:${o.id}` }) },
                    o.title,
                  ),
                ),
                h('td', {}, value('category')),
                h('td', {}, value('provider')),
                h('td', {}, value('venue')),
                district
                  ? h(
                      'td',
                      { 'data-testid': 'offer-district' },
                      value('district'),
                      outside ? h('span', { className: 'badge across-border' }, t('acrossBorder')) : null,
                    )
                  : null,
                h('td', {}, h('span', { className: `badge status-${o.status}` }, value('status'))),
                h('td', {}, formatDate(o.startDate, lang)),
                h('td', { className: 'num' }, formatNumber(o.capacity, lang)),
                h('td', { className: 'num' }, formatNumber(o.freePlaces, lang)),
                h('td', { className: 'num' }, formatNumber(o.waitlist, lang)),
                h('td', {}, (o.targetGroups ?? []).map((g) => enumLabel(targetGroupLabels, g, lang)).join(', ')),
              );
            }),
          ),
        ),
      ),
    ),
    ctx.access.staff ? renderGapSection(ctx) : null,
  );
}

/**
 * The checkbox that adds the offers across the border to the table, saying how many it adds and from where; absent
 * when the radius reaches none (or an area is chosen, whose filter keeps only offers held in it).
 */
function borderToggle(ctx: AppContext, across: BorderOfferRecord[]): Child {
  const { t, lang, state } = ctx;
  if (across.length === 0 && !state.border) return null;
  const districts = [...new Set(across.map(borderDistrictName).filter(Boolean))].sort().join(', ');
  return h(
    'p',
    { className: 'border-toggle' },
    h(
      'label',
      {},
      h('input', {
        type: 'checkbox',
        id: 'border-offers',
        checked: state.border,
        onchange: (event: Event) => ctx.set({ border: (event.target as HTMLInputElement).checked }),
      }),
      ` ${t('borderToggle')} `,
      h(
        'span',
        { className: 'muted', 'data-testid': 'border-offer-count' },
        `(${formatNumber(across.length, lang)} ${t('borderHiddenHint')}${districts ? `: ${districts}` : ''})`,
      ),
    ),
  );
}

function renderGapSection(ctx: AppContext): Child {
  const { t, lang, state } = ctx;
  const gaps = ctx.gaps();
  const title = h(
    'h2',
    {},
    `${t('gapTable')}: ${enumLabel(offerCategoryLabels, gapCategory(state), lang)}, ${formatNumber(state.radius, lang)} km`,
  );
  if (gaps.status !== 'ready')
    return h('section', { className: 'table-section' }, title, pendingNotice(gaps, ctx.lang));
  const table = gaps.value;
  const rows = gapRows(ctx, table);
  return h(
    'section',
    { className: 'table-section' },
    h(
      'div',
      { className: 'section-head' },
      title,
      h(ExportMenu, { id: 'gap-export', lang, label: t('gapTable'), items: gapItems(ctx) }),
    ),
    h(
      'p',
      { className: 'muted' },
      `${t('district_total')}: ${t('demand')} ${formatNumber(table.area.demand, lang)}, ${t('unmet')} ${formatNumber(table.area.unmet, lang)} (${enumLabel(severityLabels, table.area.severity, lang)})`,
      h(ExplainFigure, {
        lang,
        name: 'gap-table',
        figure: `${t('coverage')}, ${t('unmet')}`,
        explanation: explainAreaGap(
          table.area,
          enumLabel(offerCategoryLabels, table.category, lang),
          table.radiusKm,
          lang,
        ),
      }),
    ),
    h(
      'div',
      { className: 'table-wrap' },
      h(
        'table',
        { className: 'data', 'data-testid': 'gap-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            [
              t('municipality'),
              t('samtgemeinde'),
              t('demand'),
              t('freePlacesInReach'),
              t('coverage'),
              t('unmet'),
              t('severity'),
              t('nearestOffer'),
              t('offersInReach'),
            ].map((label, i) => h('th', { scope: 'col', className: i >= 2 && i !== 6 && i !== 7 ? 'num' : '' }, label)),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((r) =>
            h(
              'tr',
              { key: r.ags, className: state.selected === `m:${r.ags}` ? 'selected' : '', 'data-ags': r.ags },
              h(
                'td',
                {},
                h(
                  'button',
                  { type: 'button', className: 'link', onclick: () => ctx.set({ selected: `m:${r.ags}` }) },
                  r.name,
                ),
              ),
              h('td', {}, r.samtgemeindeName ?? ''),
              h('td', { className: 'num' }, formatNumber(r.demand, lang)),
              h('td', { className: 'num' }, formatNumber(r.freePlacesInReach, lang)),
              h('td', { className: 'num' }, `${formatNumber(r.coverage * 100, lang)} %`),
              h('td', { className: 'num' }, h('strong', {}, formatNumber(r.unmet, lang))),
              h(
                'td',
                {},
                r.demand > 0
                  ? [
                      h('span', { className: 'severity-chip', style: `background:${severityColours[r.severity]}` }),
                      ' ',
                      enumLabel(severityLabels, r.severity, lang),
                    ]
                  : h('span', { className: 'muted' }, t('noDemand')),
              ),
              h(
                'td',
                {},
                r.nearestOffer ? `${r.nearestOffer.title} (${formatNumber(r.nearestOfferKm, lang, 1)} km)` : '–',
              ),
              h('td', { className: 'num' }, formatNumber(r.offersInReach, lang)),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The rows of the gap table as shown: the area filter applied, the largest unmet demand first (the API's order). */
export function gapRows(ctx: AppContext, table: GapTable): GapTable['municipalities'] {
  const inArea = areaMembers(ctx.model, ctx.state.area);
  return table.municipalities.filter((r) => !inArea || inArea.has(r.ags));
}

/** The gap table's entries (its own menu in the offers view, and the map's header figures). */
export function gapItems(ctx: AppContext, prefix = 'gap'): ExportItem[] {
  return tableItems(
    ctx,
    prefix,
    () => {
      const gaps = ctx.gaps();
      return gaps.status === 'ready' ? gapExportTable(ctx, gaps.value, gapRows(ctx, gaps.value)) : undefined;
    },
    () => [
      ctx.t('gapTable'),
      enumLabel(offerCategoryLabels, gapCategory(ctx.peek()), ctx.lang),
      `${ctx.peek().radius}km`,
    ],
  );
}
