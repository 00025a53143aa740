// The map canvas as a component: Cytoscape is made the first time the map is shown and then updated (map-view.ts
// diffs the elements) whenever the gap table, the waiting times or the filters it shows change.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { offerMatches } from '../graph/network-elements';
import type { WaitingOverlay } from '../graph/map-elements';
import type { AppContext } from '../state/app-context';
import { gapCategory, waitingCategory, type ViewState } from '../state/view-state';
import { readFields } from '../state/view-store';
import { h, type Child } from '../ui/dom';
import { markReady } from '../ui/ready-mark';
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

export function MapCanvas({ ctx, canvases }: { ctx: AppContext; canvases: { map?: MapView['cy'] } }): Child {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<MapView | undefined>(undefined);
  const shown = ctx.state.view === 'map';
  const state = shown ? readFields(ctx.state, ctx.peek, drawnFrom) : undefined;
  const gaps = shown ? ctx.gaps() : undefined;
  const waiting = state?.waiting ? ctx.waitingTimes() : undefined;
  const recs = shown && state!.rec ? ctx.recommendations() : undefined;
  const rec = recs?.status === 'ready' ? recs.value.find((r) => r.id === state!.rec) : undefined;
  const weeksShort = ctx.t('weeksShort');

  useLayoutEffect(() => {
    if (!state || !gaps) return;
    if (gaps.status !== 'ready' || waiting?.status === 'loading') return markReady('map', false);
    const map = (view.current ??= createMapView(container.current!, (selected) => ctx.set({ selected })));
    canvases.map = map.cy;
    map.resize();
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
    map.update(ctx.model, gaps.value, state, offers, new Set(rec?.offerIds ?? []), overlay);
    markReady('map', true);
  });
  useLayoutEffect(() => () => view.current?.cy.destroy(), []);

  return h('div', {
    ref: container,
    id: 'map-canvas',
    className: 'canvas',
    hidden: !shown,
    'aria-label': 'Karte',
    role: 'img',
  });
}
