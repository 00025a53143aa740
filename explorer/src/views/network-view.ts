// The network view: actors and cooperation links on a Cytoscape canvas. Positions are laid out once for the
// whole district (graph/network-layout.ts, seeded: the same data give the same layout) and kept, so that filters
// add and remove elements without moving the others; where the coordinator dragged actors, their stored positions
// (Query.networkLayout) replace the layout's, and "Anordnung zurücksetzen" puts every actor back where the layout
// placed it. The best connected actors are always named (labels sized for the zoom, placed so that they do not
// overlap), every other name shows on hover in a tooltip; a selected actor is centred and everything that is not
// its partner (one or two steps out) fades.
import type {
  BoundingBox12,
  BoundingBoxWH,
  Collection,
  Core,
  ElementDefinition,
  NodeCollection,
  NodeSingular,
  Position,
} from 'cytoscape';
import type { DistrictModel } from '../data/district-model';
import { networkScope, shortestCooperationPath } from '../data/network-scope';
import { actorNodeId, buildNetworkElements, groupNodeId, offerNodeId } from '../graph/network-elements';
import { buildLayersSoon, createCytoscape, prepareDrawing, styleAtOnce } from '../graph/cytoscape-setup';
import { layoutStartMark, layoutStopMark, markFirstDraw, networkDrawnMark } from '../graph/first-draw';
import { boxesOverlap, placeLabels, type LabelSide } from '../graph/label-placement';
import { labelZoomOf, nameCandidates } from '../graph/named-labels';
import {
  fitProjection,
  fitWithNames,
  isLargeNetwork,
  largeNetworkActors,
  runNetworkLayout,
} from '../graph/network-layout';
import { actorKindLabels, enumLabel, type Language } from '../i18n/enum-labels';
import { translate } from '../i18n/messages';
import type { PathResult } from '../state/app-context';
import { defaultViewState, type ViewState } from '../state/view-state';
import { actorLabelSize, minLabelPx, networkStyles } from './network-styles';

/** The data fields that place an element: its compound parent, an edge's ends. */
type Ends = { parent?: string; source?: string; target?: string };

/** How many of the best connected actors shown are always named, whatever the zoom. */
export const namedActors = 25;

/** Cytoscape's text-valign and text-halign that put a label on the given side of its node. */
function textAlignOf(side: LabelSide): ['top' | 'center' | 'bottom', 'left' | 'center' | 'right'] {
  if (side.includes('-')) return side.split('-') as ['top' | 'bottom', 'left' | 'right'];
  return side === 'top' || side === 'bottom' ? [side, 'center'] : ['center', side as 'left' | 'right'];
}

export interface NetworkExtras {
  focusActorIds: ReadonlySet<string>; // actors behind the recommendation in focus
  focusKey: string; // changes when the focus changes, to fit the view to it once
}

export interface NetworkViewOptions {
  onSelect: (selected: string) => void;
  onToggleGroup: (ags: string) => void;
  /** Called after the coordinator dragged actors, with every actor placed by hand (absent: nothing is kept). */
  onArrange?: (positions: ReadonlyMap<string, Position>) => void;
}

export interface NetworkView {
  cy: Core;
  update: (model: DistrictModel, state: ViewState, extras: NetworkExtras) => void;
  /** Puts every actor back where the seeded layout placed it and forgets the hand-placed positions. */
  resetArrangement: () => void;
  /** The actors placed by hand (stored or dragged since), by actor id. */
  readonly pinned: ReadonlyMap<string, Position>;
  resize: () => void;
  readonly path: PathResult | undefined;
}

export function createNetworkView(container: HTMLElement, options: NetworkViewOptions): NetworkView {
  const cy = createCytoscape(container, { style: networkStyles });
  const positions = new Map<string, Position>(); // every node's last place, also of those filtered out
  const seeded = new Map<string, Position>(); // where the seeded layout put each node
  const pinned = new Map<string, Position>(); // actor id -> placed by hand
  let laidOut = false;
  let lastFocusKey = '';
  let lastCentred = '';
  let fitted = false;
  let path: PathResult | undefined;
  let lang: Language = 'de';
  let model: DistrictModel | undefined;

  const tooltip = document.createElement('div');
  tooltip.className = 'node-tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.id = 'network-tooltip';
  tooltip.hidden = true;
  container.append(tooltip);

  /** The tooltip of an actor: its full name, kind, municipality and partners, at the node. */
  const showTooltip = (node: NodeSingular) => {
    if (!node.hasClass('actor') || !model) return;
    const actor = model.actors.get(node.id().slice(2));
    if (!actor) return;
    const partners = model.centrality.get(actor.id)?.degree ?? 0;
    tooltip.replaceChildren(
      Object.assign(document.createElement('strong'), { textContent: actor.name }),
      document.createElement('br'),
      `${enumLabel(actorKindLabels, actor.kind, lang)}${actor.municipality[0] ? `, ${actor.municipality[0].name}` : ''} · ${partners} ${translate('partnersTooltip', lang)}`,
    );
    tooltip.dataset['id'] = node.id();
    const { x, y } = node.renderedPosition();
    tooltip.style.left = `${Math.round(x)}px`;
    tooltip.style.top = `${Math.round(y - node.renderedOuterHeight() / 2 - 6)}px`; // above: the name stays below
    tooltip.hidden = false;
  };
  const hideTooltip = () => {
    tooltip.hidden = true;
    delete tooltip.dataset['id'];
  };

  cy.on('tap', 'node', (event) => {
    const node = event.target as NodeSingular;
    const id = node.id();
    if (id.startsWith('g:')) options.onSelect(`m:${node.data('ags') as string}`);
    else options.onSelect(id);
  });
  cy.on('dbltap', 'node.group', (event) => options.onToggleGroup((event.target as NodeSingular).data('ags') as string));
  cy.on('tap', (event) => {
    if (event.target === cy) options.onSelect('');
  });
  cy.on('mouseover', 'node.actor', (event) => {
    const node = event.target as NodeSingular;
    node.addClass('hovered');
    showTooltip(node);
  });
  cy.on('mouseout', 'node.actor', (event) => {
    (event.target as NodeSingular).removeClass('hovered');
    const selected = cy.nodes('.actor:selected');
    if (selected.nonempty()) showTooltip(selected.first());
    else hideTooltip();
  });
  cy.on('dragfree', 'node', (event) => {
    const node = event.target as NodeSingular;
    const moved = node.isParent() ? node.descendants().nodes() : node.nodes();
    for (const n of moved) {
      positions.set(n.id(), { ...n.position() });
      if (n.hasClass('actor')) pinned.set(n.id().slice(2), { ...n.position() });
    }
    options.onArrange?.(pinned);
    scheduleLabels(true);
  });

  // Labels on demand: an actor or offer gets its name (class 'labelled') only where it can be read: once the view
  // stops moving at a zoom where names are at least minLabelPx tall, the nodes in view (and a margin around it) are
  // marked 'labelled' and keep it. The always-shown names are the named actors' (placeNamedLabels). Styling 5,000
  // labels that the overview hides anyway was a fifth of a large network's first drawing; in the county, the 250
  // hidden names were measured at every step of the layout, and they made the municipalities' boxes as wide as
  // names no one could see (npm run bench:explorer).
  let small = true; // up to largeNetworkActors actors: names kept readable at any zoom (named-labels.ts)
  const labelZoom = minLabelPx / actorLabelSize;
  let labelTimer: ReturnType<typeof setTimeout> | undefined;
  const labelInView = () => {
    if (cy.zoom() < labelZoom) return;
    const { x1, y1, x2, y2, w, h } = cy.extent();
    const near = (node: NodeSingular) => {
      const { x, y } = node.position();
      return x >= x1 - w / 4 && x <= x2 + w / 4 && y >= y1 - h / 4 && y <= y2 + h / 4;
    };
    const unlabelled = cy.nodes('.actor, .offer').filter((node) => !node.hasClass('labelled') && near(node));
    // A large district's links get their kind's colour, width and dashes here too (graph/network-elements.ts,
    // styledLinksMax).
    const plain = cy
      .edges('.cooperation')
      .filter((edge) => !edge.hasClass('styled') && (near(edge.source()) || near(edge.target())));
    if (unlabelled.empty() && plain.empty()) return;
    cy.batch(() => {
      unlabelled.addClass('labelled');
      plain.addClass('styled');
    });
    // Measured before drawing, as prepareDrawing does, so that Cytoscape keeps its cache.
    unlabelled.union(plain).boundingBox();
  };

  // The always-shown names (class 'named', and collapsed municipalities): sized so that they are about namedLabelPx
  // tall on screen at the zoom shown, each on the side of its node where it overlaps no name placed before it.
  //
  // Restyling even one element makes Cytoscape throw away its layered texture cache, which holds the whole graph
  // in one layer; a large network then draws every element in every frame until the layer is rebuilt, one element
  // at a time (5,000 actors panned at 1–3 fps for seconds after each stop, npm run bench:explorer). So a node's
  // label style is only set when it differs from what it has: the size follows the zoom in steps of a quarter octave
  // (rendered 12 to 14 px), not continuously; panning, which moves every name alike, places nothing anew; and at
  // the low zooms of a large network the size is capped and nothing changes at all.
  // Node id -> the node (a node removed and added again is another object, without the style), the label style
  // it was given (JSON) and whether as one of the named, for the nodes whose names were placed.
  let sized = new Map<string, { node: NodeSingular; key: string; named: boolean }>();
  const placedStyles =
    'label text-wrap text-max-width font-size min-zoomed-font-size text-valign text-halign text-margin-x text-margin-y text-opacity z-index';
  let placedAtZoom = Number.NaN;
  const placeNamedLabels = () => {
    const zoom = cy.zoom();
    placedAtZoom = zoom;
    const large = isLargeNetwork(cy);
    const margin = 2 / labelZoomOf(zoom, large);
    const canvas = { width: cy.width(), height: cy.height() };
    // In a network up to largeNetworkActors, the municipalities' names too, as tall as the actors' and after them,
    // the other names drawn in view after those, and the other actors as obstacles (graph/named-labels.ts).
    let found = nameCandidates(cy, { zoom, pan: cy.pan() }, { large, view: canvas, metrics: 'measured' });
    // A name no longer named (a selection ended) keeps its size for the zoom until cleared: cleared first, so that it
    // is measured at its own size.
    const wasNamed = found.readable.filter((n) => sized.get(n.id())?.node === n && sized.get(n.id())?.named === true);
    if (wasNamed.nonempty()) {
      cy.batch(() => wasNamed.removeStyle(placedStyles));
      found = nameCandidates(cy, { zoom, pan: cy.pan() }, { large, view: canvas, metrics: 'measured' });
    }
    const { named, groups, readable, candidates, others, lines, fontSize, margin: nameMargin } = found;
    const places = placeLabels(candidates, others, canvas, { margin: nameMargin });
    const next: typeof sized = new Map();
    // Grown in place (merge): a union per node made a new collection each time, some 10 ms for the county's names.
    const restyled: NodeCollection = cy.collection();
    // Cytoscape sets a style property by property, and each marks the node, its municipality and their links for
    // restyling: only what differs from the stylesheet is set (a name below its node, on one line, drawn), and a
    // node placed before loses its old placement first.
    const restyle = (n: NodeSingular, style: Record<string, string | number>, isNamed = false) => {
      const key = JSON.stringify(style);
      next.set(n.id(), { node: n, key, named: isNamed });
      const before = sized.get(n.id());
      if (before?.node === n && before.key === key) return;
      if (before?.node === n) n.removeStyle(placedStyles);
      n.style(style);
      restyled.merge(n);
    };
    // The side a name goes to, on two lines where one found no free place (a wide name fits between its neighbours
    // more often); one with no free place at this zoom is not drawn over another name (the tooltip names it).
    const sideStyle = (n: NodeSingular) => {
      const place = places.get(n.id());
      const [vertical, horizontal] = textAlignOf(place?.side ?? 'bottom');
      const broken = place?.wrapped ? lines.get(n.id()) : undefined;
      return {
        ...(broken && { label: broken.join('\n'), 'text-wrap': 'wrap', 'text-max-width': '100000px' }),
        ...(vertical !== 'bottom' && { 'text-valign': vertical }),
        ...(horizontal !== 'center' && {
          'text-halign': horizontal,
          'text-margin-x': horizontal === 'left' ? -margin : margin,
        }),
        // Always: a collapsed municipality's stylesheet puts its name 4 below.
        'text-margin-y': vertical === 'top' ? -margin : vertical === 'bottom' ? margin : 0,
        ...(place === undefined && { 'text-opacity': 0 }),
      };
    };
    cy.batch(() => {
      named.forEach((n) => restyle(n, { ...sideStyle(n), 'font-size': fontSize }, true));
      readable.forEach((n) => restyle(n, sideStyle(n)));
      // Cytoscape draws a municipality's name with its box, so the box of one drawn later would cover a name that
      // reaches over it (fcose lets the boxes of crowded municipalities overlap): such a municipality comes above
      // the others (its actors stay above every box).
      const boxes = groups.map((g) => ({ id: g.id(), box: g.renderedBoundingBox({ includeLabels: false }) }));
      groups.forEach((g) => {
        const name = places.get(g.id())?.box;
        const overOthers = name !== undefined && boxes.some(({ id, box }) => id !== g.id() && boxesOverlap(name, box));
        restyle(g, {
          'font-size': fontSize,
          'min-zoomed-font-size': 0,
          'text-margin-y': -margin,
          ...(!name && { 'text-opacity': 0 }),
          ...(overOthers && { 'z-index': 1 }),
        });
      });
      for (const [id, { node }] of sized) {
        if (next.get(id)?.node === node || node.removed()) continue;
        node.removeStyle(placedStyles);
        restyled.merge(node);
      }
    });
    sized = next;
    // Measured now, with their municipalities (whose bounds hold their names), as prepareDrawing does: measured
    // while drawing, they would count as changed in the frame after and throw away the texture cache just built.
    if (restyled.nonempty()) restyled.union(restyled.ancestors()).boundingBox();
  };
  /** After the view settles; `moved`: nodes were dragged, so the sides are chosen anew even at the same zoom. */
  let nodesMoved = false;
  const scheduleLabels = (moved = false) => {
    nodesMoved ||= moved;
    clearTimeout(labelTimer);
    labelTimer = setTimeout(() => {
      labelInView();
      // Zoomed in far enough to read the other names (in a network up to largeNetworkActors), panning brings other
      // names into view, which are placed too; farther out, panning moves every name alike and places nothing anew.
      if (nodesMoved || cy.zoom() !== placedAtZoom || (small && cy.zoom() >= labelZoom)) placeNamedLabels();
      nodesMoved = false;
      const shown = tooltip.dataset['id'];
      if (shown) {
        const node = cy.getElementById(shown);
        if (node.nonempty()) showTooltip(node);
        else hideTooltip();
      }
    }, 120);
  };
  cy.on('viewport', () => scheduleLabels());

  const rememberPositions = () => {
    cy.nodes().forEach((n) => {
      if (!n.isParent()) positions.set(n.id(), { ...n.position() });
    });
  };

  /** Where a node without a remembered position goes: near its provider, its group's members, or the centre. */
  const placeFor = (definition: ElementDefinition, index: number): Position => {
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
    if (id.startsWith('g:') && model) {
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
    // Deterministic too: a node the first layout did not see goes on a spiral around the centre.
    return { x: 40 * Math.sqrt(index) * Math.cos(index * 2.4), y: 40 * Math.sqrt(index) * Math.sin(index * 2.4) };
  };

  // The elements stay on the canvas after the layout: update() then only removes what the view state leaves out
  // and touches what differs. The first view adds the whole district and lays it out; when its view state shows
  // the whole district (no filter), those are already the elements wanted and nothing is compared.
  const layoutWholeDistrict = (whole: ElementDefinition[], stored: ReadonlyMap<string, Position>) => {
    // In one batch: added one by one, each element told the renderer and the listeners of its bounds and style
    // on its own. Then styled in one pass (graph/cytoscape-setup.ts), before the layout measures them.
    cy.startBatch();
    const added = cy.add(whole);
    cy.endBatch();
    styleAtOnce(cy, added);
    performance.mark(layoutStartMark);
    runNetworkLayout(cy);
    performance.mark(layoutStopMark);
    cy.nodes().forEach((n) => {
      if (!n.isParent()) seeded.set(n.id(), { ...n.position() });
    });
    // The coordinator's arrangement over the layout's (only the actors she moved; the others stay).
    cy.batch(() => {
      for (const [actorId, position] of stored) {
        const node = cy.getElementById(actorNodeId(actorId));
        if (node.nonempty()) node.position(position);
        pinned.set(actorId, position);
      }
    });
    rememberPositions();
    laidOut = true;
  };

  /** The classes labelInView gives where the view is zoomed in, which the elements built afresh do not carry. */
  const onDemandClasses = ['labelled', 'styled'];

  /** Makes the canvas show exactly `wanted`: removes the rest, adds what is missing, updates what differs. */
  const applyDifference = (wanted: ElementDefinition[]) => {
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
        const wantedClasses = String(definition.classes ?? '')
          .split(' ')
          .filter(Boolean);
        // A label or a link style given on demand stays (see labelInView).
        const classes = [
          ...wantedClasses,
          ...onDemandClasses.filter((c) => existing.hasClass(c) && !wantedClasses.includes(c)),
        ].join(' ');
        if (existing.classes().join(' ') !== classes) existing.classes(classes);
        if (definition.classes?.includes('collapsed') && existing.isChildless())
          existing.position(placeFor(definition, index));
      } else {
        toAdd.push(
          definition.group === 'nodes' ? { ...definition, position: placeFor(definition, index) } : definition,
        );
      }
    });
    cy.add(toAdd);
  };

  /**
   * Fits the view to the elements, by the bounding box just measured (Cytoscape's cy.fit would measure again),
   * leaving room at the top for the figures and at the right for the zoom buttons that lie over the canvas.
   */
  const fitTo = (box: BoundingBox12 & BoundingBoxWH) => {
    const view = fitProjection(
      box,
      { width: cy.width(), height: cy.height() },
      { min: cy.minZoom(), max: cy.maxZoom() },
    );
    if (view) cy.viewport(view);
  };

  /**
   * The first view: a network up to largeNetworkActors fitted with its names, so that the outermost are inside the
   * canvas too (computed; the names are styled once, afterwards, for the zoom of this view); a larger one to its
   * elements' box.
   */
  let firstView: { zoom: number; pan: Position } | undefined;
  const fitFirstView = (box: BoundingBox12 & BoundingBoxWH) => {
    const named = small
      ? fitWithNames(
          cy,
          { width: cy.width(), height: cy.height() },
          { min: cy.minZoom(), max: cy.maxZoom() },
          'measured',
        )
      : undefined;
    if (named) cy.viewport(named);
    else fitTo(box);
    firstView = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  };
  // The canvas changes its size after the first view (the panels and the legend around it are laid out after it, a
  // window is resized): the first view is fitted again while she has not moved it, and the names are placed for the
  // canvas as it is (placed for a taller one, names at its bottom edge were cut off).
  const onResize = new ResizeObserver(() => {
    if (!fitted || cy.destroyed()) return;
    const { width, height } = cy.container()!.getBoundingClientRect();
    if (Math.round(width) === Math.round(cy.width()) && Math.round(height) === Math.round(cy.height())) return;
    cy.resize();
    const untouched =
      firstView !== undefined &&
      cy.zoom() === firstView.zoom &&
      cy.pan().x === firstView.pan.x &&
      cy.pan().y === firstView.pan.y;
    if (untouched) fitFirstView(cy.elements().boundingBox());
    placeNamedLabels();
  });
  onResize.observe(container);

  /** The node an actor is drawn as: its own, or its municipality's when that is collapsed. */
  const drawnAs = (actorId: string, state: ViewState) => {
    const own = cy.getElementById(actorNodeId(actorId));
    if (own.nonempty()) return own;
    const ags = model?.actors.get(actorId)?.municipality[0]?.ags;
    return ags && state.collapsed.includes(ags) ? cy.getElementById(groupNodeId(ags)) : cy.collection();
  };

  /** The shortest path over the actors and links the filters leave, through collapsed municipalities too. */
  const applyPath = (state: ViewState) => {
    cy.elements('.path').removeClass('path');
    path = undefined;
    if (!state.pathFrom || !state.pathTo || !model) return;
    const actorIds = shortestCooperationPath(networkScope(model, state), state.pathFrom, state.pathTo);
    path = { from: state.pathFrom, to: state.pathTo, actorIds };
    if (!actorIds) return;
    const drawn = actorIds.map((id) => drawnAs(id, state));
    drawn.forEach((node, i) => {
      node.addClass('path');
      const next = drawn[i + 1];
      if (!next || next.same(node) || node.empty() || next.empty()) return;
      const [a, b] = node.id() < next.id() ? [node.id(), next.id()] : [next.id(), node.id()];
      cy.getElementById(`e:${a}|${b}`).addClass('path');
    });
  };

  /** Fades everything that is not the selected node or its partners up to `hops` steps out; names the partners. */
  const applySelection = (selectedId: string, state: ViewState) => {
    cy.elements('.dimmed').removeClass('dimmed');
    cy.nodes('.partner').removeClass('partner');
    const found = selectedId ? cy.getElementById(selectedId) : undefined;
    const node = found?.nonempty() && found.isNode() ? (found as unknown as NodeSingular) : undefined;
    if (!node || !(node.hasClass('actor') || node.hasClass('collapsed'))) return undefined;
    const links = (nodes: NodeCollection) => nodes.connectedEdges('.cooperation');
    let hood: Collection = node.union(links(node)).union(links(node).connectedNodes());
    const direct = hood.nodes();
    if (state.hops === 2) hood = hood.union(links(direct)).union(links(direct).connectedNodes());
    // The providers' offers go with them; groups stay as the background they are.
    hood = hood
      .union(hood.nodes().connectedEdges('.provides'))
      .union(hood.nodes().connectedEdges('.provides').targets());
    cy.elements('node.actor, node.offer, node.group.collapsed, edge').difference(hood).addClass('dimmed');
    direct.difference(node).addClass('partner');
    return node;
  };

  /** The classes of the view state and the recommendation in focus on the elements: names, highlights. */
  const decorate = (definitions: ElementDefinition[], state: ViewState, extras: NetworkExtras) => {
    // The best connected actors shown are named whatever the zoom.
    const byDegree = definitions
      .filter((d) => d.data.id!.startsWith('a:'))
      .sort((a, b) => (b.data['degree'] as number) - (a.data['degree'] as number) || (a.data.id! < b.data.id! ? -1 : 1))
      .slice(0, namedActors);
    const named = new Set(byDegree.map((d) => d.data.id!));
    for (const definition of definitions) {
      const classes = new Set(
        String(definition.classes ?? '')
          .split(' ')
          .filter(Boolean),
      );
      if (named.has(definition.data.id!)) classes.add('named');
      const actorId = definition.data.id!.startsWith('a:') ? definition.data.id!.slice(2) : '';
      if (state.isolated && classes.has('isolated')) classes.add('hl-isolated');
      if (state.brokers && classes.has('broker')) classes.add('hl-broker');
      if (actorId && extras.focusActorIds.has(actorId)) classes.add('focus');
      definition.classes = [...classes].join(' ');
    }
    return definitions;
  };
  const noExtras: NetworkExtras = { focusActorIds: new Set(), focusKey: '' };
  /**
   * Whether two view states give the same network elements: they differ at most in which view and which district is
   * shown, which buildNetworkElements and decorate do not read (the model is the district).
   */
  const sameElements = (a: ViewState, b: ViewState) =>
    (Object.keys(a) as (keyof ViewState)[]).every(
      (key) => key === 'view' || key === 'district' || JSON.stringify(a[key]) === JSON.stringify(b[key]),
    );

  return {
    cy,
    get path() {
      return path;
    },
    get pinned() {
      return pinned;
    },
    update(next, state, extras) {
      model = next;
      lang = state.lang;
      small = next.actors.size <= largeNetworkActors;
      const wanted = decorate(buildNetworkElements(next, state), state, extras);
      let shown = false; // the canvas shows exactly what is wanted
      if (!laidOut) {
        // Laid out as the district opens with no filter, selection or highlight, whatever this view shows: labels
        // and borders size the nodes and their municipalities, and with them the layout.
        const initial = { ...defaultViewState, lang: state.lang };
        // As the district opens, the view shows exactly that: its elements are not built a second time.
        const whole =
          extras.focusActorIds.size === 0 && sameElements(state, initial)
            ? wanted
            : decorate(buildNetworkElements(next, initial), initial, noExtras);
        shown =
          whole.length === wanted.length &&
          whole.every(
            (definition, i) =>
              definition.data.id === wanted[i]!.data.id &&
              definition.classes === wanted[i]!.classes &&
              definition.data['size'] === wanted[i]!.data['size'],
          );
        layoutWholeDistrict(shown ? wanted : whole, next.storedPositions);
        markFirstDraw(cy, networkDrawnMark);
        buildLayersSoon(cy);
      }
      let selectedNode: NodeSingular | undefined;
      cy.batch(() => {
        if (!shown) applyDifference(wanted);
        cy.nodes().unselect();
        const selected = state.selected;
        const selectedId = selected.startsWith('m:')
          ? groupNodeId(selected.slice(2))
          : selected.startsWith('o:')
            ? offerNodeId(selected.slice(2))
            : selected;
        if (selectedId) cy.getElementById(selectedId).select();
        selectedNode = applySelection(selectedId, state);
      });
      applyPath(state);
      const box = prepareDrawing(cy);
      if (extras.focusKey && extras.focusKey !== lastFocusKey) {
        const focused = cy.nodes('.focus');
        if (focused.nonempty()) cy.fit(focused.closedNeighborhood(), 80);
      } else if (!fitted) fitFirstView(box);
      fitted = true;
      lastFocusKey = extras.focusKey;
      // A newly selected actor comes to the middle of the canvas (at the zoom shown).
      const centreOn = selectedNode?.id() ?? '';
      if (selectedNode && centreOn !== lastCentred) {
        // The node's centre, not its bounding box (cy.center), which takes in its name beside it.
        const { x, y } = selectedNode.position();
        cy.pan({ x: cy.width() / 2 - cy.zoom() * x, y: cy.height() / 2 - cy.zoom() * y });
      }
      lastCentred = centreOn;
      if (selectedNode?.hasClass('actor')) showTooltip(selectedNode);
      else if (!cy.nodes('.hovered').nonempty()) hideTooltip();
      labelInView(); // elements that came back with a filter change, in a view already zoomed in
      placeNamedLabels();
    },
    resetArrangement() {
      pinned.clear();
      cy.batch(() => {
        for (const [id, position] of seeded) {
          positions.set(id, position);
          const node = cy.getElementById(id);
          if (node.nonempty() && node.isChildless() && !node.hasClass('collapsed')) node.position(position);
        }
      });
      if (isLargeNetwork(cy)) rememberPositions();
      fitTo(prepareDrawing(cy));
      placeNamedLabels();
    },
    resize() {
      cy.resize();
    },
  };
}
