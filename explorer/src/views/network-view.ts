// The network view: actors and cooperation links on a Cytoscape canvas. Positions are laid out once for the
// whole district (graph/network-layout.ts) and kept, so that filters add and remove elements without moving the
// others; "re-arrange" lays out what is shown anew.
import type { BoundingBox12, BoundingBoxWH, Core, ElementDefinition, NodeSingular, Position } from 'cytoscape';
import type { DistrictModel } from '../data/district-model';
import { actorNodeId, buildNetworkElements, groupNodeId, offerNodeId } from '../graph/network-elements';
import { createCytoscape, prepareDrawing } from '../graph/cytoscape-setup';
import { markFirstDraw, networkDrawnMark } from '../graph/first-draw';
import {
  isLargeNetwork,
  largeNetworkNodes,
  networkLayoutOptions as layoutOptions,
  runNetworkLayout,
} from '../graph/network-layout';
import type { PathResult } from '../state/app-context';
import { defaultViewState, type ViewState } from '../state/view-state';
import { actorLabelSize, minLabelPx, networkStyles } from './network-styles';

/** The data fields that place an element: its compound parent, an edge's ends. */
type Ends = { parent?: string; source?: string; target?: string };

export interface NetworkExtras {
  focusActorIds: ReadonlySet<string>; // actors behind the recommendation in focus
  focusKey: string; // changes when the focus changes, to fit the view to it once
}

export interface NetworkView {
  cy: Core;
  update: (model: DistrictModel, state: ViewState, extras: NetworkExtras) => void;
  relayout: () => Promise<void>;
  resize: () => void;
  readonly path: PathResult | undefined;
}

export function createNetworkView(
  container: HTMLElement,
  onSelect: (selected: string) => void,
  onToggleGroup: (ags: string) => void,
): NetworkView {
  const cy = createCytoscape(container, { style: networkStyles });
  const positions = new Map<string, Position>();
  let laidOut = false;
  let lastFocusKey = '';
  let fitted = false;
  let path: PathResult | undefined;

  cy.on('tap', 'node', (event) => {
    const node = event.target as NodeSingular;
    const id = node.id();
    if (id.startsWith('g:')) onSelect(`m:${node.data('ags') as string}`);
    else onSelect(id);
  });
  cy.on('dbltap', 'node.group', (event) => onToggleGroup((event.target as NodeSingular).data('ags') as string));
  cy.on('tap', (event) => {
    if (event.target === cy) onSelect('');
  });
  cy.on('dragfree', 'node', (event) => {
    const node = event.target as NodeSingular;
    for (const n of node.isParent() ? node.descendants().nodes() : node.nodes())
      positions.set(n.id(), { ...n.position() });
  });

  // Labels on demand: a small network (up to largeNetworkNodes actors) has every actor and offer labelled from the
  // start. A large one gets labels only where they can be read: once the view stops moving at a zoom where names
  // are at least minLabelPx tall, the nodes in view (and a margin around it) are marked 'labelled' and keep it.
  // Styling 5,000 labels that the overview hides anyway was a fifth of the first drawing's style work.
  let labelAll = true;
  const labelZoom = minLabelPx / actorLabelSize;
  let labelTimer: ReturnType<typeof setTimeout> | undefined;
  const labelInView = () => {
    if (labelAll || cy.zoom() < labelZoom) return;
    const { x1, y1, x2, y2, w, h } = cy.extent();
    const unlabelled = cy.nodes('.actor, .offer').filter((node) => {
      if (node.hasClass('labelled')) return false;
      const { x, y } = node.position();
      return x >= x1 - w / 4 && x <= x2 + w / 4 && y >= y1 - h / 4 && y <= y2 + h / 4;
    });
    if (unlabelled.empty()) return;
    unlabelled.addClass('labelled');
    unlabelled.boundingBox(); // measured before drawing, as prepareDrawing does, so that Cytoscape keeps its cache
  };
  cy.on('viewport', () => {
    clearTimeout(labelTimer);
    labelTimer = setTimeout(labelInView, 120);
  });

  const rememberPositions = () => {
    cy.nodes().forEach((n) => {
      if (!n.isParent()) positions.set(n.id(), { ...n.position() });
    });
  };

  /** Where a node without a remembered position goes: near its provider, its group's members, or the centre. */
  const placeFor = (definition: ElementDefinition, model: DistrictModel, index: number): Position => {
    const id = definition.data.id!;
    const known = positions.get(id);
    if (known && !definition.classes?.includes('collapsed')) return known;
    if (
      String(definition.classes ?? '')
        .split(' ')
        .includes('offer')
    ) {
      const provider = positions.get(actorNodeId(definition.data['provider'] as string)) ?? { x: 0, y: 0 };
      const angle = index * 2.4;
      return { x: provider.x + 30 * Math.cos(angle), y: provider.y + 30 * Math.sin(angle) };
    }
    if (id.startsWith('g:')) {
      const ags = definition.data['ags'] as string;
      const members = [...model.actors.values()]
        .filter((a) => a.municipality[0]?.ags === ags)
        .map((a) => positions.get(actorNodeId(a.id)))
        .filter((p): p is Position => Boolean(p));
      if (members.length > 0)
        return {
          x: members.reduce((s, p) => s + p.x, 0) / members.length,
          y: members.reduce((s, p) => s + p.y, 0) / members.length,
        };
    }
    return { x: (Math.random() - 0.5) * 400, y: (Math.random() - 0.5) * 400 };
  };

  // The elements stay on the canvas after the layout: update() then only removes what the view state leaves out
  // and touches what differs. The first view adds the whole district and lays it out; when its view state shows
  // the whole district (no filter), those are already the elements wanted and nothing is compared.
  const layoutWholeDistrict = (whole: ElementDefinition[]) => {
    cy.add(whole);
    runNetworkLayout(cy);
    rememberPositions();
    laidOut = true;
  };

  /** Makes the canvas show exactly `wanted`: removes the rest, adds what is missing, updates what differs. */
  const applyDifference = (wanted: ElementDefinition[], model: DistrictModel) => {
    const wantedIds = new Set(wanted.map((d) => d.data.id!));
    cy.elements()
      .filter((element) => !wantedIds.has(element.id()))
      .remove();
    const toAdd: ElementDefinition[] = [];
    wanted.forEach((definition, index) => {
      const existing = cy.getElementById(definition.data.id!);
      if (existing.nonempty()) {
        const {
          parent: _parent,
          source: _source,
          target: _target,
          ...data
        } = definition.data as Ends & Record<string, unknown>;
        const current = existing.data() as Record<string, unknown>;
        if (Object.entries(data).some(([key, value]) => current[key] !== value)) existing.data(data);
        const wantedClasses = String(definition.classes ?? '');
        // A label given on demand stays (see labelInView).
        const classes =
          existing.hasClass('labelled') && !wantedClasses.split(' ').includes('labelled')
            ? `${wantedClasses} labelled`
            : wantedClasses;
        if (existing.classes().join(' ') !== classes) existing.classes(classes);
        if (definition.classes?.includes('collapsed') && existing.isChildless())
          existing.position(placeFor(definition, model, index));
      } else {
        toAdd.push(
          definition.group === 'nodes' ? { ...definition, position: placeFor(definition, model, index) } : definition,
        );
      }
    });
    cy.add(toAdd);
  };

  /** Fits the view to the elements, by the bounding box just measured (Cytoscape's cy.fit would measure again). */
  const fitTo = (box: BoundingBox12 & BoundingBoxWH, padding: number) => {
    if (box.w <= 0 || box.h <= 0) return;
    const zoom = Math.min(
      Math.max(Math.min((cy.width() - 2 * padding) / box.w, (cy.height() - 2 * padding) / box.h), cy.minZoom()),
      cy.maxZoom(),
    );
    cy.viewport({
      zoom,
      pan: { x: (cy.width() - zoom * (box.x1 + box.x2)) / 2, y: (cy.height() - zoom * (box.y1 + box.y2)) / 2 },
    });
  };

  const applyPath = (state: ViewState) => {
    cy.elements('.path').removeClass('path');
    path = undefined;
    if (!state.pathFrom || !state.pathTo) return;
    const from = cy.getElementById(actorNodeId(state.pathFrom));
    const to = cy.getElementById(actorNodeId(state.pathTo));
    if (from.empty() || to.empty()) {
      path = { from: state.pathFrom, to: state.pathTo, actorIds: null };
      return;
    }
    const graph = cy.elements('node.actor, edge.cooperation');
    const result = graph.dijkstra({ root: from, directed: false });
    const found = result.pathTo(to);
    if (result.distanceTo(to) === Infinity || found.empty()) {
      path = { from: state.pathFrom, to: state.pathTo, actorIds: null };
      return;
    }
    found.addClass('path');
    path = { from: state.pathFrom, to: state.pathTo, actorIds: found.nodes().map((n) => n.id().slice(2)) };
  };

  return {
    cy,
    get path() {
      return path;
    },
    update(model, state, extras) {
      labelAll = model.actors.size <= largeNetworkNodes;
      const wanted = buildNetworkElements(model, state);
      for (const definition of wanted) {
        const classes = new Set(
          String(definition.classes ?? '')
            .split(' ')
            .filter(Boolean),
        );
        if (labelAll && (classes.has('actor') || classes.has('offer'))) classes.add('labelled');
        const actorId = definition.data.id!.startsWith('a:') ? definition.data.id!.slice(2) : '';
        if (state.isolated && classes.has('isolated')) classes.add('hl-isolated');
        if (state.brokers && classes.has('broker')) classes.add('hl-broker');
        if (actorId && extras.focusActorIds.has(actorId)) classes.add('focus');
        definition.classes = [...classes].join(' ');
      }
      let shown = false; // the canvas shows exactly what is wanted
      if (!laidOut) {
        const whole = buildNetworkElements(model, { ...defaultViewState, sizeBy: state.sizeBy });
        shown =
          whole.length === wanted.length && whole.every((definition, i) => definition.data.id === wanted[i]!.data.id);
        layoutWholeDistrict(shown ? wanted : whole);
        markFirstDraw(cy, networkDrawnMark);
      }
      cy.batch(() => {
        if (!shown) applyDifference(wanted, model);
        cy.nodes().unselect();
        const selected = state.selected;
        const selectedId = selected.startsWith('m:')
          ? groupNodeId(selected.slice(2))
          : selected.startsWith('o:')
            ? offerNodeId(selected.slice(2))
            : selected;
        if (selectedId) cy.getElementById(selectedId).select();
      });
      applyPath(state);
      const box = prepareDrawing(cy);
      if (extras.focusKey && extras.focusKey !== lastFocusKey) {
        const focused = cy.nodes('.focus');
        if (focused.nonempty()) cy.fit(focused.closedNeighborhood(), 80);
      } else if (!fitted) {
        fitTo(box, 30);
      }
      fitted = true;
      lastFocusKey = extras.focusKey;
      labelInView(); // elements that came back with a filter change, in a view already zoomed in
    },
    async relayout() {
      if (isLargeNetwork(cy)) {
        runNetworkLayout(cy); // too many nodes to animate a force layout over them
        rememberPositions();
        fitTo(prepareDrawing(cy), 30);
        return;
      }
      const layout = cy.layout({
        ...layoutOptions,
        randomize: false,
        animate: true,
        animationDuration: 400,
        fit: true,
      } as never);
      const done = layout.promiseOn('layoutstop');
      layout.run();
      await done;
      rememberPositions();
    },
    resize() {
      cy.resize();
    },
  };
}
