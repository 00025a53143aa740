// The map canvas as a component: Cytoscape is made the first time the map is shown and then updated (map-view.ts
// diffs the elements) whenever the gap table, the waiting times or the filters it shows change. Under it the
// district's official outlines (loaded once, when the map is first shown), over it the labels and the attribution
// the outlines' licence asks for. Without outlines the map draws the municipalities as points. With "Alle
// Kategorien" in the filter the map asks which category to show instead of picking one silently.
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
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
import type { OfferCategory } from '../generated/graphql';
import type { OfferRecord } from '../data/district-model';
import type { GapTable } from '../graph/map-elements';
import { createMapView, type MapView } from './map-view';

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
      map.showOutlinesOnly(outlines);
      return markReady('map', true);
    }
    if (directory) {
      map.update(ctx.model, noGaps(state), state, directoryMapOffers(ctx), new Set(), undefined, outlines);
      return markReady('map', true);
    }
    if (!gaps || gaps.status !== 'ready' || waiting?.status === 'loading') return markReady('map', false);
    // With waiting times the map shows the courses of the waiting category, else the offers of the gap category.
    const category = waiting ? waitingCategory(state) : gapCategory(state);
    const offers = [...ctx.model.offers.values()].filter(
      (o) => o.category === category && offerMatches(o, { ...state, category }),
    );
    const overlay: WaitingOverlay | undefined =
      waiting?.status === 'ready'
        ? {
            targetWeeks: waiting.value.targetWeeks,
            rows: new Map(waiting.value.municipalities.map((row) => [row.ags, row])),
            weeksShort,
          }
        : undefined;
    map.update(ctx.model, gaps.value, state, offers, new Set(rec?.offerIds ?? []), overlay, outlines);
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
