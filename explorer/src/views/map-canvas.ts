// The map canvas as a component: Cytoscape is made the first time the map is shown and then updated (map-view.ts
// diffs the elements) whenever the gap table, the waiting times or the filters it shows change. Under it the
// district's official outlines (loaded once, when the map is first shown), over it the labels and the attribution
// the outlines' licence asks for. Without outlines the map draws the municipalities as points. With "Alle
// Kategorien" in the filter the map asks which category to show instead of picking one silently.
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { BorderOfferRecord } from '../data/border-offers';
import { loadBorderOffers } from '../state/load-border-offers';
import { offerMatches } from '../graph/network-elements';
import type { WaitingOverlay } from '../graph/map-elements';
import { projectOutlines } from '../graph/map-outlines';
import { enumLabel, offerCategoryLabels } from '../i18n/enum-labels';
import type { AppContext } from '../state/app-context';
import { courseCategories, gapCategory, waitingCategory, type ViewState } from '../state/view-state';
import { readFields } from '../state/view-store';
import { h, type Child } from '../ui/dom';
import { ErrorNotice } from '../ui/error-notice';
import { markReady } from '../ui/ready-mark';
import type { GapSeverity, OfferCategory } from '../generated/graphql';
import type { OfferRecord } from '../data/district-model';
import type { GapTable } from '../graph/map-elements';
import { createMapView, type MapView } from './map-view';
import { MapKeys, type MapKeyItem } from './map-keys';
import { signal } from '@preact/signals';
import type { MapOutlines } from '../graph/map-outlines';
import { severityLabels, type Language } from '../i18n/enum-labels';
import { formatNumber } from '../ui/dom';

/** What the map's elements depend on (graph/map-elements.ts, map-view.ts; the gap table reads category and radius). */
const drawnFrom: readonly (keyof ViewState)[] = [
  'area',
  'category',
  'status',
  'targetGroup',
  'radius',
  'waiting',
  'selected',
  'rec',
];

/** The map shows one category: none chosen (or, for waiting times, no course category) means it asks for one. */
export function mapCategoryMissing(state: Pick<ViewState, 'category' | 'waiting'>): boolean {
  return state.waiting ? !courseCategories.includes(state.category as OfferCategory) : state.category === '';
}

const words = {
  prompt: [
    'Welche Angebotskategorie soll die Karte zeigen? Im Filter ist „Alle Kategorien“ gewählt; die Karte zeigt Lücken und Wartezeiten immer für eine Kategorie.',
    'Which offer category should the map show? The filter says "All categories"; the map shows gaps and waiting times for one category at a time.',
  ],
  choose: ['Kategorie wählen …', 'Choose a category …'],
  basemap: ['Umrisse', 'Outlines'],
} as const;

/** The offers the public directory's map shows: all that pass the filters (it has no gap category). */
export function directoryMapOffers(ctx: Pick<AppContext, 'model' | 'state'>): OfferRecord[] {
  return [...ctx.model.offers.values()].filter((o) => offerMatches(o, ctx.state));
}

/**
 * The offers across the border the map draws: those within the radius that pass the same filters as the district's
 * own (with the gap or waiting category in the staff's map). Undefined while they load: the map waits for them.
 */
export function mapBorderOffers(
  ctx: Pick<AppContext, 'load' | 'model' | 'state' | 'access'>,
  category?: OfferCategory,
): BorderOfferRecord[] | undefined {
  const loaded = loadBorderOffers(ctx);
  if (loaded.status === 'loading') return undefined;
  // A failed load leaves the district's own offers on the map; the border's are an addition, not a condition.
  if (loaded.status === 'error') return [];
  const state = category ? { ...ctx.state, category } : ctx.state;
  return loaded.value.filter((o) => offerMatches(o, state));
}

/** The public directory's map has no gaps (needs are the staff's): an empty table draws the places without them. */
function noGaps(state: ViewState): GapTable {
  return {
    category: gapCategory(state),
    radiusKm: state.radius,
    asOf: '',
    area: { name: '', demand: 0, unmet: 0, coverage: 0, severity: 'NONE' },
    municipalities: [],
    samtgemeinden: [],
    onlineOffers: [],
  };
}

export function MapCanvas({ ctx, canvases }: { ctx: AppContext; canvases: { map?: MapView['cy'] } }): Child {
  const container = useRef<HTMLDivElement>(null);
  const outlineLayer = useRef<SVGSVGElement>(null);
  const labelLayer = useRef<SVGSVGElement>(null);
  const view = useRef<MapView | undefined>(undefined);
  // The keyboard path's areas, written after each drawing: only the list box re-renders when they change.
  const keyItems = useMemo(() => signal<MapKeyItem[]>([]), []);
  const shown = ctx.state.view === 'map';
  const lang = ctx.state.lang;
  const state = shown ? readFields(ctx.state, ctx.peek, drawnFrom) : undefined;
  const directory = !ctx.access.staff;
  // The public directory shows every offer the filters leave, with no category to choose.
  const missing = state && !directory ? mapCategoryMissing(state) : false;
  const outlinesData = shown ? ctx.outlines() : undefined;
  const gaps = shown && !missing && !directory ? ctx.gaps() : undefined;
  const waiting = state?.waiting && !missing && !directory ? ctx.waitingTimes() : undefined;
  const recs = shown && state!.rec && !directory ? ctx.recommendations() : undefined;
  const rec = recs?.status === 'ready' ? recs.value.find((r) => r.id === state!.rec) : undefined;
  const weeksShort = ctx.t('weeksShort');
  const outlinesValue = outlinesData?.status === 'ready' ? outlinesData.value : undefined;
  const category = state && !missing ? (state.waiting ? waitingCategory(state) : gapCategory(state)) : undefined;
  const border = shown && !missing ? mapBorderOffers(ctx, directory ? undefined : category) : undefined;
  const outlines = useMemo(() => (outlinesValue ? projectOutlines(outlinesValue) : undefined), [outlinesValue]);

  useLayoutEffect(() => {
    if (!state || !outlinesData) return;
    // Outlines that fail to load leave the map with points; it does not wait for them.
    if (outlinesData.status === 'loading') return markReady('map', false);
    const map = (view.current ??= createMapView(
      container.current!,
      { outlines: outlineLayer.current!, labels: labelLayer.current! },
      (selected) => ctx.set({ selected }),
    ));
    canvases.map = map.cy;
    map.resize();
    if (missing) {
      keyItems.value = [];
      map.showOutlinesOnly(outlines);
      return markReady('map', true);
    }
    if (!border) return markReady('map', false);
    if (directory) {
      map.update(ctx.model, noGaps(state), state, directoryMapOffers(ctx), new Set(), undefined, outlines, border);
      keyItems.value = mapKeyItems(map, ctx, outlines);
      return markReady('map', true);
    }
    if (!gaps || gaps.status !== 'ready' || waiting?.status === 'loading') return markReady('map', false);
    // With waiting times the map shows the courses of the waiting category, else the offers of the gap category.
    const offers = [...ctx.model.offers.values()].filter(
      (o) => o.category === category && offerMatches(o, { ...state, category }),
    );
    const overlay: WaitingOverlay | undefined =
      waiting?.status === 'ready'
        ? {
            targetWeeks: waiting.value.targetWeeks,
            rows: new Map(waiting.value.municipalities.map((row) => [row.ags, row])),
            samtgemeinden: new Map(waiting.value.samtgemeinden.map((row) => [row.ags, row])),
            weeksShort,
          }
        : undefined;
    map.update(ctx.model, gaps.value, state, offers, new Set(rec?.offerIds ?? []), overlay, outlines, border);
    keyItems.value = mapKeyItems(map, ctx, outlines, gaps.value, overlay);
    markReady('map', true);
  });
  useLayoutEffect(() => () => view.current?.cy.destroy(), []);

  const failed = gaps?.status === 'error' ? gaps : waiting?.status === 'error' ? waiting : undefined;
  const choices = state?.waiting ? courseCategories : (Object.keys(offerCategoryLabels) as OfferCategory[]);
  return h(
    'div',
    { id: 'map-canvas', className: 'canvas map-stage', hidden: !shown },
    h('svg', { ref: outlineLayer, className: 'map-layer map-outlines', 'aria-hidden': 'true' }),
    h('div', { ref: container, className: 'map-cy', 'aria-label': ctx.t('viewMap'), role: 'img' }),
    h('svg', { ref: labelLayer, id: 'map-labels', className: 'map-layer map-labels', 'aria-hidden': 'true' }),
    shown &&
      h(MapKeys, {
        items: keyItems,
        label: ctx.t('mapKeys'),
        hint: ctx.t('mapKeysHint'),
        selected: ctx.state.selected,
        onOpen: (selected: string) => ctx.set({ selected }),
        onFocusArea: (ags: string | undefined) => view.current?.highlight(ags),
      }),
    outlines?.attribution &&
      h(
        'p',
        { className: 'map-attribution', 'data-testid': 'map-attribution' },
        `${words.basemap[lang === 'de' ? 0 : 1]}: ${outlines.attribution}`,
      ),
    missing &&
      h(
        'div',
        { className: 'map-prompt', 'data-testid': 'map-category-prompt', role: 'group' },
        h('p', {}, words.prompt[lang === 'de' ? 0 : 1]),
        h(
          'select',
          {
            id: 'map-category',
            'aria-label': words.choose[lang === 'de' ? 0 : 1],
            onchange: (event: Event) =>
              ctx.set({ category: (event.target as HTMLSelectElement).value as OfferCategory }),
          },
          h('option', { value: '' }, words.choose[lang === 'de' ? 0 : 1]),
          choices.map((category) =>
            h('option', { key: category, value: category }, enumLabel(offerCategoryLabels, category, lang)),
          ),
        ),
      ),
    failed && h('div', { className: 'map-error' }, h(ErrorNotice, { failed, lang })),
  );
}

/**
 * The areas of the drawn map for the keyboard path, by name: each municipality's point (and a Samtgemeinde's own,
 * where needs are known for it as a whole) and each Samtgemeinde's outline, with the figures the map shows for it.
 */
function mapKeyItems(
  map: MapView,
  ctx: Pick<AppContext, 'model' | 't' | 'lang'>,
  outlines: MapOutlines | undefined,
  table?: GapTable,
  waiting?: WaitingOverlay,
): MapKeyItem[] {
  const { t, lang, model } = ctx;
  const gapRows = new Map((table?.municipalities ?? []).map((row) => [row.ags, row]));
  const sgGaps = new Map((table?.samtgemeinden ?? []).map((row) => [row.ags, row]));
  const figures = (ags: string, gap?: { demand: number; unmet: number; severity: GapSeverity }) => {
    if (waiting) {
      const row = waiting.rows.get(ags) ?? waiting.samtgemeinden?.get(ags);
      if (!row?.waiting) return t('noneWaiting');
      const median =
        row.medianWeeks === null || row.medianWeeks === undefined ? '–' : formatNumber(row.medianWeeks, lang);
      return `${t('personsWaiting')} ${formatNumber(row.waiting, lang)}, ${t('medianWait')} ${median} ${t('weeks')}, ${t('noSuitableStart')} ${formatNumber(row.noSuitableStart, lang)}`;
    }
    if (!table) return '';
    if (!gap || gap.demand === 0) return t('noDemand');
    const severity = enumLabel(severityLabels, gap.severity, lang);
    return `${t('demand')} ${formatNumber(gap.demand, lang)}, ${t('unmet')} ${formatNumber(gap.unmet, lang)}, ${severity}`;
  };
  const text = (name: string, more: string) => (more ? `${name}: ${more}` : name);
  const items: MapKeyItem[] = map.cy.nodes('.municipality').map((node) => {
    const ags = node.data('ags') as string;
    const m = model.municipalities.get(ags);
    const name = m?.kind === 'COLLECTIVE' ? `${m.name} (${t('samtgemeinde')} ${gesamt(lang)})` : (m?.name ?? ags);
    const { x, y } = node.position();
    return { id: `m:${ags}`, open: `m:${ags}`, ags, x, y, text: text(name, figures(ags, gapRows.get(ags))) };
  });
  const samtgemeinden = outlines
    ? outlines.areas.filter((a) => a.level === 'collective').map((a) => ({ ags: a.ags, name: a.name, at: a.labelAt }))
    : map.cy.nodes('.samtgemeinde').map((node) => ({
        ags: node.data('ags') as string,
        name: model.municipalities.get(node.data('ags') as string)?.name ?? '',
        at: node.position(),
      }));
  for (const sg of samtgemeinden) {
    const name = /^Samtgemeinde /.test(sg.name) ? sg.name : `${t('samtgemeinde')} ${sg.name}`;
    items.push({
      id: `sg:${sg.ags}`,
      open: `m:${sg.ags}`,
      ags: sg.ags,
      ...sg.at,
      text: text(name, figures(sg.ags, sgGaps.get(sg.ags))),
    });
  }
  return items.sort((a, b) => a.text.localeCompare(b.text, lang));
}

const gesamt = (lang: Language) => (lang === 'de' ? 'gesamt' : 'as a whole');
