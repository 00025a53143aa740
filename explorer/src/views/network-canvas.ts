// The network canvas as a component: Cytoscape is made the first time the network view is shown and kept for the
// page's life; afterwards each change of what the drawing depends on updates it (network-view.ts diffs the
// elements), it is never made anew. The component reads the fields the drawing uses while the view is shown, and
// nothing but the view's name while it is not, so that another view's controls do not touch it.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AppContext } from '../state/app-context';
import type { ViewState } from '../state/view-state';
import { readFields } from '../state/view-store';
import { h, type Child } from '../ui/dom';
import { markReady } from '../ui/ready-mark';
import { createNetworkView, type NetworkView } from './network-view';

/** What the network's elements depend on (graph/network-elements.ts, network-view.ts). */
const drawnFrom: readonly (keyof ViewState)[] = [
  'actorKind',
  'area',
  'category',
  'status',
  'targetGroup',
  'coopKind',
  'collapsed',
  'showOffers',
  'sizeBy',
  'isolated',
  'brokers',
  'pathFrom',
  'pathTo',
  'selected',
  'rec',
];

export function NetworkCanvas({
  ctx,
  canvases,
}: {
  ctx: AppContext;
  canvases: { network?: NetworkView['cy'] };
}): Child {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<NetworkView | undefined>(undefined);
  const shown = ctx.state.view === 'network';
  // Read during the render, so that the component follows exactly these: the fields drawn from, and the
  // recommendation in focus (its actors are highlighted).
  const state = shown ? readFields(ctx.state, ctx.peek, drawnFrom) : undefined;
  const recs = shown && state!.rec ? ctx.recommendations() : undefined;
  const rec = recs?.status === 'ready' ? recs.value.find((r) => r.id === state!.rec) : undefined;

  useLayoutEffect(() => {
    if (!state) return;
    const network = (view.current ??= createNetworkView(
      container.current!,
      (selected) => ctx.set({ selected }),
      (ags) => ctx.toggleGroup(ags),
    ));
    canvases.network = network.cy;
    network.resize();
    network.update(ctx.model, state, { focusActorIds: new Set(rec?.actorIds ?? []), focusKey: rec?.id ?? '' });
    ctx.setPath(network.path);
    markReady('network', true);
  });
  useLayoutEffect(() => () => view.current?.cy.destroy(), []);

  return h('div', {
    ref: container,
    id: 'network-canvas',
    className: 'canvas',
    hidden: !shown,
    'aria-label': 'Netzwerk',
    role: 'img',
  });
}
