// The network canvas as a component: Cytoscape is made the first time the network view is shown and kept for the
// page's life; afterwards each change of what the drawing depends on updates it (network-view.ts diffs the
// elements), it is never made anew. The component reads the fields the drawing uses while the view is shown, and
// nothing but the view's name while it is not, so that another view's controls do not touch it. It also keeps the
// coordinator's arrangement: each drag is saved for the district (Mutation.saveNetworkLayout), and "Anordnung
// zurücksetzen" removes it.
import type { NodeSingular, Position } from 'cytoscape';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { networkFigures, networkScope } from '../data/network-scope';
import { arrowStep, partnersInOrder, stepAmongPartners } from '../graph/keyboard-neighbour';
import { actorAnnouncement, networkSummary, partnerPosition } from '../i18n/a11y-messages';
import { actorKindLabels, enumLabel } from '../i18n/enum-labels';
import type { Drawers } from '../ui/drawers';
import { requestGraphQL } from '../api/request-graphql';
import { ResetNetworkLayoutDocument, SaveNetworkLayoutDocument } from '../generated/graphql';
import type { AppContext } from '../state/app-context';
import type { ViewState } from '../state/view-state';
import { readFields } from '../state/view-store';
import { toSearchParams } from '../state/view-state';
import { h, type Child } from '../ui/dom';
import { markReady } from '../ui/ready-mark';
import { afterDrawing } from '../graph/first-draw';
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
  drawers,
  panelsFilled,
  onFirstDrawing,
}: {
  ctx: AppContext;
  canvases: { network?: NetworkView['cy'] };
  drawers: Drawers;
  /** Whether the side panels show the data: the view is ready only then (explorer-app.ts, Shell.panelsFilled). */
  panelsFilled: boolean;
  /** Called in the frame after the district's data are first drawn. */
  onFirstDrawing: () => void;
}): Child {
  const container = useRef<HTMLDivElement>(null);
  // The keyboard path: the actor whose partners the arrow keys step through, and what was announced last.
  const anchor = useRef('');
  const [announcement, setAnnouncement] = useState('');
  const [keyboardFocus, setKeyboardFocus] = useState(false);
  const view = useRef<NetworkView | undefined>(undefined);
  const drawn = useRef(false); // the district's data drawn once
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatus>('idle');
  // Whether the coordinator has arranged actors: as stored, until she drags or resets (the data may still load).
  const [arrangedNow, setArranged] = useState<boolean | undefined>(undefined);
  const arranged = arrangedNow ?? ctx.model.storedPositions.size > 0;
  const loaded = ctx.loaded;
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
    // It undoes the arrangement for all staff: asked first (issue 15 item 10, changes that others see are confirmed).
    if (!window.confirm(ctx.t('arrangementResetConfirm'))) return;
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
    // Made while the district's data load (an empty canvas), drawn once they are there.
    if (!loaded) return;
    network.update(ctx.model, state, { focusActorIds: new Set(rec?.actorIds ?? []), focusKey: rec?.id ?? '' });
    if (!drawn.current) {
      drawn.current = true;
      void afterDrawing(network.cy).then(onFirstDrawing);
    }
    // The focus ring: on the selected actor while the canvas has the keyboard focus (after update(), which sets
    // every element's classes from the view state).
    network.cy.nodes('.keyboard-focus').removeClass('keyboard-focus');
    if (keyboardFocus) network.cy.nodes('node.actor:selected').addClass('keyboard-focus');
    ctx.setPath(network.path);
    markReady('network', panelsFilled);
  });
  useLayoutEffect(
    () => () => {
      clearTimeout(saveTimer.current);
      view.current?.cy.destroy();
    },
    [],
  );

  const announce = (node: NodeSingular, extra = '') => {
    const actor = ctx.model.actors.get(node.id().slice(2));
    if (!actor) return;
    const partners = ctx.model.centrality.get(actor.id)?.degree ?? 0;
    const text = actorAnnouncement(actor.name, enumLabel(actorKindLabels, actor.kind, ctx.lang), partners, ctx.lang);
    setAnnouncement(extra ? `${text}. ${extra}` : text);
  };
  /** The keyboard path over the canvas: arrows among the anchor's partners, Enter, Home, Escape. */
  const onKeyDown = (event: KeyboardEvent) => {
    const cy = view.current?.cy;
    if (!cy || event.altKey || event.ctrlKey || event.metaKey) return;
    const selected = ctx.peek().selected;
    const actorNode = (id: string) => {
      const node = id.startsWith('a:') ? cy.getElementById(id) : cy.collection();
      return node.nonempty() && node.isNode() ? (node as unknown as NodeSingular) : undefined;
    };
    const partnersOf = (node: NodeSingular) =>
      node.connectedEdges('.cooperation').connectedNodes('node.actor').difference(node).nodes();
    const step = arrowStep(event.key);
    if (step) {
      event.preventDefault();
      let from = actorNode(anchor.current);
      const current = actorNode(selected);
      // A start, or an actor chosen otherwise (by mouse, search, table) that is not on the path: it is the anchor.
      if (current && (!from || (current !== from && !partnersOf(from).contains(current)))) from = current;
      if (!from) {
        // Nothing chosen yet: the path starts at the best connected actor shown.
        const actors = cy.nodes('node.actor');
        if (actors.empty()) return setAnnouncement(ctx.t('noActorsShown'));
        const best = actors.max((n) => (n.data('degree') as number) ?? 0).ele as NodeSingular;
        anchor.current = best.id();
        ctx.set({ selected: best.id() });
        return announce(best, ctx.t('startingPoint'));
      }
      anchor.current = from.id();
      const placed = partnersOf(from).map((n) => ({ id: n.id(), ...n.position() }));
      const next = stepAmongPartners(from.position(), placed, current?.id(), step);
      const fromName = ctx.model.actors.get(from.id().slice(2))?.name ?? '';
      if (!next) return setAnnouncement(`${fromName} ${ctx.t('noPartners')}`);
      ctx.set({ selected: next });
      const order = partnersInOrder(from.position(), placed);
      return announce(
        cy.getElementById(next),
        partnerPosition(order.indexOf(next) + 1, order.length, fromName, ctx.lang),
      );
    }
    if (event.key === 'Home' && anchor.current && actorNode(anchor.current)) {
      event.preventDefault();
      ctx.set({ selected: anchor.current });
      return announce(actorNode(anchor.current)!, ctx.t('startingPoint'));
    }
    if (event.key === 'Enter' && selected) {
      // The details of the chosen actor; it becomes the point the arrows start from.
      event.preventDefault();
      if (actorNode(selected)) anchor.current = selected;
      return drawers.show('details', container.current);
    }
    if (event.key === 'Escape' && selected) {
      event.preventDefault();
      anchor.current = '';
      ctx.set({ selected: '' });
      setAnnouncement(ctx.t('selectionCleared'));
    }
  };

  const { t } = ctx;
  const figures = state ? networkFigures(ctx.model, networkScope(ctx.model, state)) : undefined;
  const actorsHref = `?${toSearchParams({ ...ctx.peek(), view: 'actors', district: ctx.model.districtAgs, selected: '' }).toString()}`;
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
    // Focusable: the keyboard path (onKeyDown) works on it, and a screen reader hears what it shows (network-alt)
    // and how to use it (network-keys), and each step in the live region (network-announce).
    h('div', {
      ref: container,
      id: 'network-canvas',
      className: 'canvas',
      tabindex: 0,
      role: 'application',
      'aria-roledescription': t('networkCanvasLabel'),
      'aria-label': t('networkCanvasLabel'),
      'aria-describedby': 'network-alt network-keys',
      onkeydown: onKeyDown,
      onfocus: () => setKeyboardFocus(true),
      onblur: () => setKeyboardFocus(false),
    }),
    // The text alternative: the figures of what the canvas shows and the way to the same actors as a table.
    h(
      'p',
      { id: 'network-alt', className: 'network-alt' },
      figures ? networkSummary(figures.actors, figures.links, ctx.lang) : null,
      ' ',
      h(
        'a',
        {
          href: actorsHref,
          id: 'network-alt-link',
          onclick: (event: MouseEvent) => {
            event.preventDefault();
            ctx.set({ view: 'actors' });
          },
        },
        t('openActorsTable'),
      ),
    ),
    h('p', { id: 'network-keys', className: 'visually-hidden' }, t('networkKeys')),
    h('div', { id: 'network-announce', className: 'visually-hidden', role: 'status' }, announcement),
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
