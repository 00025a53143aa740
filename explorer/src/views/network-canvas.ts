// The network canvas as a component: Cytoscape is made the first time the network view is shown and kept for the
// page's life; afterwards each change of what the drawing depends on updates it (network-view.ts diffs the
// elements), it is never made anew. The component reads the fields the drawing uses while the view is shown, and
// nothing but the view's name while it is not, so that another view's controls do not touch it. It also keeps the
// coordinator's arrangement: each drag is saved for the district (Mutation.saveNetworkLayout), and "Anordnung
// zurücksetzen" removes it.
import type { Position } from 'cytoscape';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { requestGraphQL } from '../api/request-graphql';
import { ResetNetworkLayoutDocument, SaveNetworkLayoutDocument } from '../generated/graphql';
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
  'hops',
  'lang',
];

/** Saving waits for the coordinator to stop dragging for this long: one request for a run of drags. */
const saveDelayMs = 400;

type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export function NetworkCanvas({
  ctx,
  canvases,
}: {
  ctx: AppContext;
  canvases: { network?: NetworkView['cy'] };
}): Child {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<NetworkView | undefined>(undefined);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [arranged, setArranged] = useState(ctx.model.storedPositions.size > 0);
  const shown = ctx.state.view === 'network';
  // Read during the render, so that the component follows exactly these: the fields drawn from, and the
  // recommendation in focus (its actors are highlighted).
  const state = shown ? readFields(ctx.state, ctx.peek, drawnFrom) : undefined;
  const recs = shown && state!.rec ? ctx.recommendations() : undefined;
  const rec = recs?.status === 'ready' ? recs.value.find((r) => r.id === state!.rec) : undefined;
  const districtAgs = ctx.model.districtAgs;

  const save = (pinned: ReadonlyMap<string, Position>) => {
    clearTimeout(saveTimer.current);
    setArranged(pinned.size > 0);
    saveTimer.current = setTimeout(() => {
      setStatus('saving');
      const positions = [...pinned].map(([actorId, { x, y }]) => ({ actorId, x, y }));
      requestGraphQL(SaveNetworkLayoutDocument, { districtAgs, positions }).then(
        () => setStatus('saved'),
        () => setStatus('failed'),
      );
    }, saveDelayMs);
  };

  const reset = () => {
    clearTimeout(saveTimer.current);
    view.current?.resetArrangement();
    setArranged(false);
    setStatus('saving');
    requestGraphQL(ResetNetworkLayoutDocument, { districtAgs }).then(
      () => setStatus('idle'),
      () => setStatus('failed'),
    );
  };

  useLayoutEffect(() => {
    if (!state) return;
    const network = (view.current ??= createNetworkView(container.current!, {
      onSelect: (selected) => ctx.set({ selected }),
      onToggleGroup: (ags) => ctx.toggleGroup(ags),
      // Only the coordinator's arrangement is kept (the API checks it again); others may drag for themselves.
      onArrange: ctx.canEdit ? save : undefined,
    }));
    canvases.network = network.cy;
    network.resize();
    network.update(ctx.model, state, { focusActorIds: new Set(rec?.actorIds ?? []), focusKey: rec?.id ?? '' });
    ctx.setPath(network.path);
    markReady('network', true);
  });
  useLayoutEffect(
    () => () => {
      clearTimeout(saveTimer.current);
      view.current?.cy.destroy();
    },
    [],
  );

  const { t } = ctx;
  const statusText =
    status === 'saving'
      ? t('arrangementSaving')
      : status === 'saved'
        ? t('arrangementSaved')
        : status === 'failed'
          ? t('arrangementFailed')
          : '';
  return h(
    'div',
    { className: 'canvas', id: 'network-area', hidden: !shown },
    h('div', {
      ref: container,
      id: 'network-canvas',
      className: 'canvas',
      'aria-label': t('viewNetwork'),
      role: 'img',
    }),
    ctx.canEdit
      ? h(
          'div',
          { className: 'arrange overlay' },
          h(
            'span',
            { className: 'status', id: 'arrange-status', role: 'status', title: t('arrangementHint') },
            statusText,
          ),
          h(
            'button',
            {
              type: 'button',
              id: 'arrange-reset',
              className: 'secondary',
              disabled: !arranged,
              title: t('arrangementHint'),
              onclick: reset,
            },
            t('arrangementReset'),
          ),
        )
      : null,
  );
}
