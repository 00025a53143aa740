// The Akteure view: every actor of the district with its place in the cooperation network (partners, betweenness,
// broker, isolated, community) and its offers, in a table sortable by each column and filtered by the panel's
// filters and its own ("Partner von X", "ohne Kooperation mit X", broker or isolated only, a name); the brokers
// and the isolated actors by name above it, each a link into the network view; CSV for German Excel.
import { useState } from 'preact/hooks';
import type { ActorRecord, DistrictModel } from '../data/district-model';
import { actorFilter } from '../data/network-scope';
import { offerMatches } from '../graph/network-elements';
import { actorKindLabels, enumLabel, type Language } from '../i18n/enum-labels';
import type { MessageKey } from '../i18n/messages';
import type { AppContext } from '../state/app-context';
import type { ViewState } from '../state/view-state';
import { ActorPicker } from '../ui/actor-picker';
import { formatNumber, h, type Child } from '../ui/dom';
import { useReadyMark } from '../ui/ready-mark';
import { ExplainFigure } from '../ui/explain-figure';
import { explainNetworkRoles } from '../i18n/explanations';

export interface ActorRow {
  id: string;
  name: string;
  kind: string; // the German (or English) label
  municipality: string;
  partners: number;
  betweenness: number | null;
  broker: boolean;
  isolated: boolean;
  community: number | null;
  offers: number; // offers it provides that pass the offer filters
}

interface Column {
  key: keyof Omit<ActorRow, 'id'>;
  label: MessageKey;
  numeric?: boolean;
}

const columns: Column[] = [
  { key: 'name', label: 'actorName' },
  { key: 'kind', label: 'actorKindColumn' },
  { key: 'municipality', label: 'actorMunicipality' },
  { key: 'partners', label: 'partnersColumn', numeric: true },
  { key: 'betweenness', label: 'betweenness', numeric: true },
  { key: 'broker', label: 'broker' },
  { key: 'isolated', label: 'isolated' },
  { key: 'community', label: 'community', numeric: true },
  { key: 'offers', label: 'offersColumn', numeric: true },
];

/** The filters of the table: the panel's (kind, area, cooperation kind, offers) and its own. */
type ActorFilters = Pick<
  ViewState,
  'actorKind' | 'area' | 'coopKind' | 'category' | 'status' | 'targetGroup' | 'partnerOf' | 'notWith' | 'actorRole'
>;

function partnerIds(model: DistrictModel, actorId: string, coopKind: ViewState['coopKind']): Set<string> {
  const partners = new Set<string>();
  for (const link of model.links) {
    if (coopKind && link.kind !== coopKind) continue;
    if (link.source === actorId) partners.add(link.target);
    else if (link.target === actorId) partners.add(link.source);
  }
  return partners;
}

function toRow(model: DistrictModel, actor: ActorRecord, state: ActorFilters, lang: Language): ActorRow {
  const c = model.centrality.get(actor.id);
  return {
    id: actor.id,
    name: actor.name,
    kind: enumLabel(actorKindLabels, actor.kind, lang),
    municipality: actor.municipality[0]?.name ?? '',
    partners: c?.degree ?? 0,
    betweenness: c?.betweenness ?? null,
    broker: c?.broker ?? false,
    isolated: c?.isolated ?? false,
    community: c?.communityId ?? null,
    offers: (model.offersByProvider.get(actor.id) ?? []).filter((o) => offerMatches(o, state as ViewState)).length,
  };
}

/** The actors the panel's filters leave (kind, area), before the table's own filters. */
export function actorsInScope(model: DistrictModel, state: ActorFilters): ActorRecord[] {
  const passes = actorFilter(model, state);
  return [...model.actors.values()].filter(passes);
}

/** The rows of the table, filtered (not sorted). */
export function actorRows(model: DistrictModel, state: ActorFilters, lang: Language, nameFilter = ''): ActorRow[] {
  const partnersOfX = state.partnerOf ? partnerIds(model, state.partnerOf, state.coopKind) : undefined;
  // "ohne Kooperation mit X": no current link of any kind with X.
  const linkedToY = state.notWith ? partnerIds(model, state.notWith, '') : undefined;
  const words = nameFilter.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  return actorsInScope(model, state)
    .filter((a) => !partnersOfX || partnersOfX.has(a.id))
    .filter((a) => !linkedToY || (a.id !== state.notWith && !linkedToY.has(a.id)))
    .filter((a) => words.every((w) => a.name.toLocaleLowerCase('de').includes(w)))
    .map((a) => toRow(model, a, state, lang))
    .filter((r) => state.actorRole !== 'broker' || r.broker)
    .filter((r) => state.actorRole !== 'isolated' || r.isolated);
}

export function sortActorRows(rows: ActorRow[], sort: string, lang: Language): ActorRow[] {
  const descending = sort.startsWith('-');
  const key = columns.find((c) => c.key === sort.replace(/^-/, ''))?.key ?? 'name';
  const collator = new Intl.Collator(lang === 'de' ? 'de' : 'en');
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    let order: number;
    if (x === y) order = 0;
    else if (x === null)
      return 1; // empty cells last, either way
    else if (y === null) return -1;
    else if (typeof x === 'string' && typeof y === 'string') order = collator.compare(x, y);
    else order = Number(x) - Number(y);
    if (order === 0) return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
    return descending ? -order : order;
  });
}

/** The rows as the table shows them (filters, name filter and order): what the export menu writes. */
export function shownActorRows(ctx: AppContext): ActorRow[] {
  const state = ctx.peek();
  return sortActorRows(actorRows(ctx.model, state, state.lang, currentNameFilter), state.actorSort, state.lang);
}

// The name filter is the table's own state (not in the URL); the header's export button reads it from here.
let currentNameFilter = '';

export function ActorsView({ ctx }: { ctx: AppContext }): Child {
  useReadyMark('actors', true);
  const [nameFilter, setNameFilter] = useState('');
  currentNameFilter = nameFilter;
  const { t, lang, state, model } = ctx;
  const rows = sortActorRows(actorRows(model, state, lang, nameFilter), state.actorSort, lang);
  const scope = actorsInScope(model, state);
  const named = (flag: 'broker' | 'isolated') =>
    scope.filter((a) => model.centrality.get(a.id)?.[flag]).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const showInNetwork = (id: string) => ctx.set({ selected: `a:${id}`, view: 'network' });
  const nameList = (id: string, title: MessageKey, actors: ActorRecord[]) =>
    h(
      'section',
      { className: 'table-section', 'data-testid': id },
      h('h3', {}, `${t(title)}: ${actors.length}`),
      actors.length === 0
        ? h('p', { className: 'muted' }, t('noneShown'))
        : h(
            'ul',
            { className: 'name-list' },
            actors.map((a) =>
              h(
                'li',
                { key: a.id },
                h(
                  'button',
                  {
                    type: 'button',
                    className: 'link',
                    'data-id': a.id,
                    title: t('showInNetwork'),
                    onclick: () => showInNetwork(a.id),
                  },
                  a.name,
                ),
              ),
            ),
          ),
    );

  const descending = state.actorSort.startsWith('-');
  const sortKey = state.actorSort.replace(/^-/, '') || 'name';
  const headerCell = (c: Column) => {
    const active = c.key === sortKey;
    return h(
      'th',
      {
        scope: 'col',
        'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none',
        className: c.numeric ? 'num' : '',
      },
      h(
        'button',
        {
          type: 'button',
          className: 'sort',
          'data-sort': c.key,
          onclick: () => ctx.set({ actorSort: active && !descending ? `-${c.key}` : c.key }),
        },
        t(c.label),
        active ? (descending ? ' ▼' : ' ▲') : '',
      ),
    );
  };
  const yesNo = (value: boolean) => (value ? t('yes') : '–');

  return h(
    'div',
    { className: 'page-inner' },
    h('h2', {}, t('actorsTitle')),
    h(
      'p',
      { className: 'muted' },
      t('actorsIntro'),
      ' ',
      h(ExplainFigure, {
        lang,
        name: 'network-roles',
        figure: `${t('partnersColumn')}, ${t('betweenness')}, ${t('broker')}, ${t('community')}`,
        explanation: explainNetworkRoles(lang),
      }),
    ),
    nameList('broker-list', 'brokersList', named('broker')),
    nameList('isolated-list', 'isolatedList', named('isolated')),
    h(
      'div',
      { className: 'actor-filters', role: 'group', 'aria-label': t('filters') },
      h(ActorPicker, {
        id: 'f-partner-of',
        label: t('partnerOf'),
        lang,
        actors: model.actors,
        selectedId: state.partnerOf,
        onChange: (id) => ctx.set({ partnerOf: id }),
      }),
      h(ActorPicker, {
        id: 'f-not-with',
        label: t('notWith'),
        lang,
        actors: model.actors,
        selectedId: state.notWith,
        onChange: (id) => ctx.set({ notWith: id }),
      }),
      h(
        'div',
        { className: 'field' },
        h('label', { for: 'f-actor-role' }, t('actorRole')),
        h(
          'select',
          {
            id: 'f-actor-role',
            onchange: (event: Event) =>
              ctx.set({ actorRole: (event.target as HTMLSelectElement).value as ViewState['actorRole'] }),
          },
          (
            [
              ['', 'allRoles'],
              ['broker', 'onlyBrokers'],
              ['isolated', 'onlyIsolated'],
            ] as const
          ).map(([value, label]) => h('option', { value, selected: state.actorRole === value }, t(label))),
        ),
      ),
      h(
        'div',
        { className: 'field' },
        h('label', { for: 'f-actor-name' }, t('nameContains')),
        h('input', {
          id: 'f-actor-name',
          type: 'search',
          value: nameFilter,
          oninput: (event: Event) => setNameFilter((event.target as HTMLInputElement).value),
        }),
      ),
      state.partnerOf || state.notWith || state.actorRole || nameFilter
        ? h(
            'button',
            {
              type: 'button',
              id: 'f-actors-reset',
              className: 'secondary',
              onclick: () => {
                setNameFilter('');
                ctx.set({ partnerOf: '', notWith: '', actorRole: '' });
              },
            },
            t('actorsFiltersReset'),
          )
        : null,
    ),
    h(
      'section',
      { className: 'table-section' },
      h(
        'h3',
        {},
        `${t('viewActors')} `,
        h(
          'span',
          { className: 'muted', 'data-testid': 'actor-count' },
          `(${formatNumber(rows.length, lang)} ${rows.length === 1 ? t('rowOne') : t('rows')})`,
        ),
      ),
      h(
        'div',
        { className: 'table-wrap' },
        h(
          'table',
          { className: 'data', 'data-testid': 'actors-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              columns.map(headerCell),
              h('th', { scope: 'col' }, h('span', { className: 'visually-hidden' }, t('showInNetwork'))),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map((r) =>
              h(
                'tr',
                { key: r.id, 'data-id': r.id, className: state.selected === `a:${r.id}` ? 'selected' : '' },
                h(
                  'td',
                  {},
                  h(
                    'button',
                    { type: 'button', className: 'link', onclick: () => ctx.set({ selected: `a:${r.id}` }) },
                    r.name,
                  ),
                ),
                h('td', {}, r.kind),
                h('td', {}, r.municipality),
                h('td', { className: 'num' }, formatNumber(r.partners, lang)),
                h('td', { className: 'num' }, formatNumber(r.betweenness, lang, 3)),
                h('td', {}, yesNo(r.broker)),
                h('td', {}, yesNo(r.isolated)),
                h('td', { className: 'num' }, formatNumber(r.community, lang)),
                h('td', { className: 'num' }, formatNumber(r.offers, lang)),
                h(
                  'td',
                  {},
                  h(
                    'button',
                    {
                      type: 'button',
                      className: 'icon',
                      'aria-label': `${r.name}: ${t('showInNetwork')}`,
                      title: t('showInNetwork'),
                      onclick: () => showInNetwork(r.id),
                    },
                    '⌖',
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
