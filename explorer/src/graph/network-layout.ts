// The layout of the network view, in a module of its own (it imports only the pure placement of names, never the
// explorer's views or state) so that the rendering benchmark's bare Cytoscape page (bench/explorer-bare/) lays out
// with exactly the same code and options.
//
// Up to largeNetworkActors actors: one fcose run over the whole graph with the municipalities as compound nodes.
// Above: fcose's cost grows with the nodes times its iterations (at least five per node, cose-base's
// initSpringEmbedder), and compound nodes add to it: 5,000 nodes in 50 municipalities took 222 s in Chromium
// ('proof') and 123 s in Node ('default'); 'draft' (spectral only) is fast but piles the actors of a municipality
// onto each other and lets the municipality boxes overlap. So a large graph is laid out in two levels, each
// cheap: the actors of each municipality on a spiral by degree (the best connected in the middle), then the
// municipalities, as boxes of that size, by fcose over the links between them, overlaps pushed apart.
import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import { placeLabels, roomBySwap, roomNearby } from './label-placement.js';
import { nameCandidates, namedLabelPx, nameWidth, type NameMetrics, type Projection } from './named-labels.js';

// The county's 101 nodes take 0.7–0.8 s of fcose 'proof' in Chromium (npm run bench:explorer, loaded machine);
// fcose's work grows with nodes times iterations (4,000 here, five per node above 800 nodes), so at about 300
// nodes one run passes 2 s, and beyond that a coordinator waits for a picture she gets in two levels at once. Counted
// in actors (the issue asks for a readable network up to 300 actors), so a district of 300 actors and its
// municipalities (up to about 330 nodes) is still laid out as one.
export const largeNetworkActors = 300;

/** Links within a municipality pull hard and short, links between municipalities loosely: groups stay compact. */
const sameGroup = (edge: EdgeSingular) =>
  edge.source().parent().same(edge.target().parent()) && edge.source().parent().nonempty();

/** The nodes whose names are always shown: the best connected actors (class 'named') and collapsed municipalities. */
const isNamed = (node: NodeSingular) => node.hasClass('named') || node.hasClass('collapsed');

export const networkLayoutOptions = {
  name: 'fcose',
  quality: 'proof',
  animate: false,
  // The always-named actors push harder: their names need room that their dots do not show.
  nodeRepulsion: (node: NodeSingular) => (isNamed(node) ? 40000 : 8000),
  idealEdgeLength: (edge: EdgeSingular) =>
    sameGroup(edge) ? (isNamed(edge.source()) && isNamed(edge.target()) ? 90 : 45) : 180,
  edgeElasticity: (edge: EdgeSingular) => (sameGroup(edge) ? 0.45 : 0.03),
  nestingFactor: 0.1,
  gravity: 0.6,
  gravityCompound: 4,
  gravityRangeCompound: 0.8,
  numIter: 4000,
  tile: true,
  packComponents: true,
  padding: 30,
};

/** The arrangement of the municipalities (and actors without one) in a large graph; edges are borders apart. */
const unitLayoutOptions = {
  name: 'fcose',
  quality: 'proof',
  animate: false,
  randomize: true,
  fit: false,
  nodeRepulsion: 20000,
  idealEdgeLength: (edge: EdgeSingular) => 40 + 160 / Math.sqrt(edge.data('count') as number),
  edgeElasticity: 0.2,
  gravity: 0.4,
  numIter: 2500,
  tile: true,
  packComponents: true,
  nodeSeparation: 60,
};

/** A municipality group's padding and label size (views/network-styles.ts): the layout leaves room for both. */
export const groupPadding = 14;
export const groupLabelSize = 24;

/** Large: more than largeNetworkActors actors (the "district of up to 300 actors" is laid out as one). */
export const isLargeNetwork = (cy: Core) => cy.nodes('.actor').length > largeNetworkActors;

/**
 * fcose starts from random positions (its spectral step samples nodes at random) and the large layout's arrangement
 * too: with Math.random replaced by a seeded generator (mulberry32) while they run, the same data in the same order
 * give the same layout on every load, so that the coordinator finds her actors where she left them.
 */
export const layoutSeed = 0x2026_1205;

export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  let state = seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

/**
 * The canvas is wider than high (the explorer's network canvas is about 1.4 : 1 on a laptop), and names are wide:
 * a layout narrower than 1.2 : 1 is stretched sideways to it, so that the fitted graph with the names that stick out
 * left and right of it fills the canvas (at 1.4 the names made the view fit the width and left a fifth of the
 * height empty; test/explorer/network-readable.test.ts). A fixed ratio, not the canvas's, so that the layout does
 * not depend on the window.
 */
export const layoutAspect = 1.2;

function stretchToAspect(cy: Core): void {
  const leaves = cy.nodes().filter((node) => node.isChildless());
  const box = extentOf(leaves);
  if (box.w <= 0 || box.h <= 0 || box.w / box.h >= layoutAspect) return;
  const factor = (layoutAspect * box.h) / box.w;
  const centre = (box.x1 + box.x2) / 2;
  cy.batch(() => {
    leaves.forEach((node) => {
      node.position('x', centre + (node.position('x') - centre) * factor);
    });
  });
}

/**
 * fcose pulls the best connected actors of the county town into one dense knot while a few small municipalities lie
 * far out, so that at the zoom that fits the whole district the names in the knot lie on each other. Moving each
 * actor part of the way (spreadBlend) from its place to the place of its rank along each axis (the n-th of m from
 * the left goes to n/m of the width) evens out the density and keeps every left-of and above-of as it was.
 */
export const spreadBlend = 0.6;

function spreadEvenly(cy: Core): void {
  const leaves = cy.nodes().filter((node) => node.isChildless());
  const box = extentOf(leaves);
  if (leaves.length < 3 || box.w <= 0 || box.h <= 0) return;
  const moved = new Map<string, { x: number; y: number }>();
  leaves.forEach((node) => {
    moved.set(node.id(), { ...node.position() });
  });
  for (const [axis, start, span] of [
    ['x', box.x1, box.w],
    ['y', box.y1, box.h],
  ] as const) {
    const order = [...moved].sort(([a, p], [b, q]) => p[axis] - q[axis] || (a < b ? -1 : 1));
    order.forEach(([, position], rank) => {
      const even = start + ((rank + 0.5) / order.length) * span;
      position[axis] = (1 - spreadBlend) * position[axis] + spreadBlend * even;
    });
  }
  cy.batch(() => {
    leaves.forEach((node) => {
      node.position(moved.get(node.id())!);
    });
  });
}

/**
 * The canvas the layout makes room for the names on: the explorer's network canvas on a laptop (1280 x 800 px), and
 * the padding of the fit. Fixed, so that the layout does not depend on the window (the same data give the same
 * layout for every member of staff); a larger canvas has more room, a smaller one may leave names to the tooltip.
 */
export const nominalCanvas = { width: 700, height: 508, padding: 30 };

/**
 * The room the view leaves around the graph when it fits it to the canvas: at the top for the figures, at the right
 * for the zoom buttons that lie over the canvas (views/network-view.ts fits with these).
 */
export const fitInsets = { top: 56, right: 60, bottom: 30, left: 30 };

/** The viewport that fits a box (graph units) into a canvas with the insets (Cytoscape's cy.fit, by the box given). */
export function fitProjection(
  box: { x1: number; y1: number; w: number; h: number },
  canvas: { width: number; height: number },
  limits: { min: number; max: number } = { min: 1e-50, max: 1e50 },
): Projection | undefined {
  if (box.w <= 0 || box.h <= 0) return undefined;
  const { top, right, bottom, left } = fitInsets;
  const zoom = Math.min(
    Math.max(Math.min((canvas.width - left - right) / box.w, (canvas.height - top - bottom) / box.h), limits.min),
    limits.max,
  );
  return {
    zoom,
    pan: {
      x: left + (canvas.width - left - right - zoom * box.w) / 2 - zoom * box.x1,
      y: top + (canvas.height - top - bottom - zoom * box.h) / 2 - zoom * box.y1,
    },
  };
}

/**
 * Room for the always-shown names (class 'named', and collapsed municipalities), which are as tall on screen at every
 * zoom. At the zoom that fits the district into the nominal canvas, each named node takes the box of itself and its
 * name below it, every other node its own box with a margin. Within each municipality, boxes that overlap are
 * pushed apart (separateBoxes) and the municipality is scaled back to the extent it had, so that its box does not
 * grow over its neighbours' and the zoom, and with it the names' size in the graph's units, stays as it was.
 * Repeated, this moves the actors in a crowded municipality apart into the room it has; a name that still finds no
 * free place moves its actor a little (moveIntoRoom).
 */
function makeRoomForNames(cy: Core, rounds = 12): void {
  const leaves = cy.nodes().filter((node) => node.isChildless());
  if (leaves.length < 2 || leaves.filter(isNamed).empty()) return;
  const extent = extentOf(leaves);
  if (extent.w <= 0 || extent.h <= 0) return;
  // The zoom that fits the nodes into the nominal canvas (the view fits a little more: the municipalities' boxes
  // and the names that stick out; what is reserved here comes out about a fifth short, and placement takes it).
  const namePx = (node: NodeSingular) =>
    nameWidth(node, String(node.data('label') ?? ''), namedLabelPx * 1.2, 'estimated') + 4;
  const nameHeightPx = namedLabelPx * 1.2 + 4; // with the gap to the node
  const zoom = Math.min(
    (nominalCanvas.width - 2 * nominalCanvas.padding) / extent.w,
    (nominalCanvas.height - 2 * nominalCanvas.padding) / extent.h,
  );
  const nameHeight = nameHeightPx / zoom;
  const items = leaves.map((node: NodeSingular) => {
    const width = isNamed(node) ? Math.max(node.outerWidth(), namePx(node) / zoom) : node.outerWidth();
    const shiftY = isNamed(node) ? nameHeight / 2 : 0; // from the node's centre to its box's centre
    return { node, width, height: node.outerHeight() + 2 * shiftY, shiftY, at: { x: 0, y: 0 } };
  });
  // Within each municipality (and among the actors without one): moving actors across a municipality's border
  // would stretch its box over its neighbours'.
  const byGroup = new Map<string, typeof items>();
  for (const item of items) {
    const group = item.node.isChild() ? item.node.parent().first().id() : '';
    const members = byGroup.get(group);
    if (members) members.push(item);
    else byGroup.set(group, [item]);
  }
  for (const members of byGroup.values()) spreadWithin(members, 4 / zoom, rounds);
}

/** Pushes overlapping boxes apart and scales them back to the extent their nodes had, `rounds` times. */
function spreadWithin(
  items: { node: NodeSingular; width: number; height: number; shiftY: number; at: { x: number; y: number } }[],
  gap: number,
  rounds: number,
): void {
  if (items.length < 2) return;
  const centres = items.map((item) => ({ ...item.node.position() }));
  const span = (axis: 'x' | 'y', of: { x: number; y: number }[]) => {
    const values = of.map((p) => p[axis]);
    const from = Math.min(...values);
    return { from, length: Math.max(...values) - from };
  };
  const target = { x: span('x', centres), y: span('y', centres) };
  for (let round = 0; round < rounds; round++) {
    items.forEach((item, i) => {
      item.at = { x: centres[i]!.x, y: centres[i]!.y + item.shiftY };
    });
    const moved = separateBoxes(items, gap, 8);
    const pushed = items.map((item) => ({ x: item.at.x, y: item.at.y - item.shiftY }));
    const now = { x: span('x', pushed), y: span('y', pushed) };
    pushed.forEach((p, i) => {
      centres[i] = {
        x: target.x.from + (now.x.length > 0 ? ((p.x - now.x.from) / now.x.length) * target.x.length : 0),
        y: target.y.from + (now.y.length > 0 ? ((p.y - now.y.from) / now.y.length) * target.y.length : 0),
      };
    });
    if (!moved) break;
  }
  items[0]!.node.cy().batch(() => {
    items.forEach((item, i) => {
      item.node.position(centres[i]!);
    });
  });
}

/** Lays out all elements of the canvas (the caller fits the view); the same on the explorer and the bench's bare page. */
export function runNetworkLayout(cy: Core): void {
  withSeededRandom(layoutSeed, () => layOut(cy));
  // A large network's municipalities are boxes kept apart: spreading their actors would make them overlap.
  if (!isLargeNetwork(cy)) spreadEvenly(cy);
  stretchToAspect(cy);
  if (!isLargeNetwork(cy)) {
    makeRoomForNames(cy);
    moveIntoRoom(cy);
  }
}

/**
 * The view that fits the district into a canvas with its names: fitted to the nodes and the municipalities' boxes,
 * then, with the names placed for that zoom, once more to take them in. Computed, not drawn: the layout estimates
 * the start view on the nominal canvas with it (moveIntoRoom), and the network view fits its first view with it
 * before it styles any name (views/network-view.ts), so both see the same view. The municipalities' boxes hold
 * their actors, not the actors' names (network-styles.ts: compound-sizing-wrt-labels), so that styling the names
 * afterwards moves no box and no municipality's name.
 */
export function fitWithNames(
  cy: Core,
  canvas: { width: number; height: number },
  limits?: { min: number; max: number },
  metrics: NameMetrics = 'estimated',
): Projection | undefined {
  const groups = cy.nodes().filter((node) => node.isParent());
  const leaves = cy.nodes().filter((node) => node.isChildless());
  const union = (a: Extent, b: { x1: number; y1: number; x2: number; y2: number }): Extent => {
    const x1 = Math.min(a.x1, b.x1);
    const y1 = Math.min(a.y1, b.y1);
    const x2 = Math.max(a.x2, b.x2);
    const y2 = Math.max(a.y2, b.y2);
    return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
  };
  let box = extentOf(leaves);
  groups.forEach((group) => {
    box = union(box, group.boundingBox({ includeLabels: false, includeOverlays: false }));
  });
  const first = fitProjection(box, canvas, limits);
  if (!first) return undefined;
  // Estimated here whatever `metrics` says: this pass only widens the box by the names (estimates come out a few px
  // wider), and its zoom is mostly a font size step away from the fitted one, where they are measured anyway:
  // measuring the text at this one's size too cost the county's first view some 10 ms.
  const { candidates, others, margin } = nameCandidates(cy, first, { large: false, metrics: 'estimated' });
  for (const { box: name } of placeLabels(candidates, others, canvas, { margin }).values()) {
    const { zoom, pan } = first;
    box = union(box, {
      x1: (name.x1 - pan.x) / zoom,
      y1: (name.y1 - pan.y) / zoom,
      x2: (name.x2 - pan.x) / zoom,
      y2: (name.y2 - pan.y) / zoom,
    });
  }
  const fitted = fitProjection(box, canvas, limits);
  if (!fitted) return undefined;
  // On a canvas other than the one the layout made room on (nominalCanvas), a name may find no free place by a few
  // pixels: the view a step or two farther out (about its middle) often has one for all, and is taken then.
  const missing = (view: Projection) => {
    const { candidates: names, others: nodes, margin } = nameCandidates(cy, view, { large: false, metrics });
    const places = placeLabels(names, nodes, canvas, { margin });
    return names.filter((c) => c.radius > 0 && !places.has(c.id)).length;
  };
  let best = { view: fitted, missing: missing(fitted) };
  for (const factor of outerViews) {
    if (best.missing === 0) break;
    const zoom = Math.max(limits?.min ?? 0, fitted.zoom * factor);
    const view = {
      zoom,
      pan: {
        x: canvas.width / 2 - ((canvas.width / 2 - fitted.pan.x) * zoom) / fitted.zoom,
        y: canvas.height / 2 - ((canvas.height / 2 - fitted.pan.y) * zoom) / fitted.zoom,
      },
    };
    const left = missing(view);
    if (left < best.missing) best = { view, missing: left };
  }
  return best.view;
}

/** The zooms, relative to the fitted view, tried where a name finds no free place there (fitWithNames). */
const outerViews = [0.98, 0.96, 0.94, 0.92, 0.9];

/**
 * The named actors whose names find no free place at the start view (in the county town's knot) are moved a little,
 * to the nearest spot (on rings `step` px apart, out to `reach` px on screen) where they and their names lie on no
 * other node or name (graph/label-placement.ts, roomNearby): within their municipality's extent or up to `spill` px
 * beyond it (its box grows by at most that; the county town's knot has too little room within), an actor without a
 * municipality within the view. Where none is within reach (a crowded municipality amid others), the actor trades
 * places with the nearest unnamed actor of its municipality whose place leaves its name room (roomBySwap), which
 * keeps the municipality's box as it was. A few rounds: a moved actor changes the start view's zoom a little, and
 * with it the other names' places.
 */
export const nameRoom = { reach: 120, step: 6, spill: 60 };

function moveIntoRoom(cy: Core, rounds = 3): void {
  const nodeBox = (c: { x: number; y: number; radius: number }) => ({
    x1: c.x - c.radius,
    y1: c.y - c.radius,
    x2: c.x + c.radius,
    y2: c.y + c.radius,
  });
  for (let round = 0; round < rounds; round++) {
    const view = fitWithNames(cy, nominalCanvas);
    if (!view) return;
    const { zoom, pan } = view;
    const { candidates, others } = nameCandidates(cy, view, { large: false });
    const places = placeLabels(candidates, others, nominalCanvas);
    const missing = candidates.filter((c) => c.radius > 0 && !places.has(c.id));
    if (missing.length === 0) return;
    const names = [...places.values()].map((place) => place.box);
    let moved = false;
    for (const candidate of missing) {
      const node = cy.getElementById(candidate.id);
      const nodes = [...others, ...candidates.filter((c) => c !== candidate && c.radius > 0).map(nodeBox)];
      const bounds = node.isChild()
        ? (() => {
            const area = extentOf(node.siblings().filter((sibling) => sibling.isChildless()));
            return {
              x1: area.x1 * zoom + pan.x - nameRoom.spill,
              y1: area.y1 * zoom + pan.y - nameRoom.spill,
              x2: area.x2 * zoom + pan.x + nameRoom.spill,
              y2: area.y2 * zoom + pan.y + nameRoom.spill,
            };
          })()
        : {
            x1: fitInsets.left,
            y1: fitInsets.top,
            x2: nominalCanvas.width - fitInsets.right,
            y2: nominalCanvas.height - fitInsets.bottom,
          };
      const room = roomNearby(candidate, names, nodes, bounds, nominalCanvas, {
        reach: nameRoom.reach,
        step: nameRoom.step,
      });
      if (room) {
        const { x, y } = node.position();
        node.position({ x: x + room.dx / zoom, y: y + room.dy / zoom });
        candidate.x += room.dx;
        candidate.y += room.dy;
        names.push(room.place.box);
        moved = true;
        continue;
      }
      // No room nearby (a crowded municipality amid others): it trades places with an unnamed actor of its
      // municipality whose place leaves its name room.
      if (!node.isChild()) continue;
      const siblings = new Set(node.siblings().map((sibling) => sibling.id()));
      const swap = roomBySwap(
        candidate,
        others
          .filter((other) => siblings.has(other.id))
          .map(({ id, x1, y1, radius }) => ({
            id,
            x: x1 + radius,
            y: y1 + radius,
            radius,
          })),
        names,
        nodes,
        nominalCanvas,
      );
      if (!swap) continue;
      const partner = cy.getElementById(swap.partner.id);
      const from = { ...node.position() };
      node.position({ ...partner.position() });
      partner.position(from);
      const other = others.find((o) => o.id === swap.partner.id)!;
      Object.assign(other, {
        x1: candidate.x - other.radius,
        y1: candidate.y - other.radius,
        x2: candidate.x + other.radius,
        y2: candidate.y + other.radius,
      });
      candidate.x = swap.partner.x;
      candidate.y = swap.partner.y;
      names.push(swap.place.box);
      moved = true;
    }
    if (!moved) return;
  }
}

function layOut(cy: Core): void {
  if (!isLargeNetwork(cy)) {
    cy.layout(networkLayoutOptions).run();
    return;
  }
  const top = cy.nodes().orphans();
  const units: {
    id: string;
    members: NodeCollection;
    width: number;
    height: number;
    centre: { x: number; y: number };
  }[] = [];
  // Not in a batch: the spiral needs the node sizes, which a batch leaves uncomputed.
  top.forEach((node: NodeSingular) => {
    const members = node.isParent() ? node.children() : node;
    if (node.isParent()) placeOnSpiral(members);
    const box = extentOf(members);
    // The group's padding on both sides and room for its label on top; a label of groupLabelSize takes the rest
    // of its height from the gap between municipalities (nodeSeparation). A larger margin spreads the district
    // out, and npm run bench:explorer measured the explorer 1.28x instead of 1.19x the bare page with it.
    const margin = node.isParent() ? 2 * groupPadding + 16 : 0;
    units.push({
      id: node.id(),
      members,
      width: box.w + margin,
      height: box.h + margin,
      centre: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 },
    });
  });

  const unitOf = (node: NodeSingular) => (node.isChild() ? node.parent().first().id() : node.id());
  const links = new Map<string, ElementDefinition>();
  cy.edges().forEach((edge) => {
    const a = unitOf(edge.source());
    const b = unitOf(edge.target());
    if (a === b) return;
    const id = a < b ? `${a}|${b}` : `${b}|${a}`;
    const known = links.get(id);
    if (known) known.data['count'] = (known.data['count'] as number) + 1;
    else links.set(id, { group: 'edges', data: { id, source: a, target: b, count: 1 } });
  });
  const arrangement = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { shape: 'rectangle', width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...units.map((u) => ({
        group: 'nodes' as const,
        data: { id: u.id, width: Math.max(1, u.width), height: Math.max(1, u.height) },
      })),
      ...links.values(),
    ],
  });
  arrangement.layout(unitLayoutOptions).run();
  const placed = units.map((unit) => ({ ...unit, at: { ...arrangement.getElementById(unit.id).position() } }));
  separateBoxes(placed);

  cy.batch(() => {
    for (const unit of placed) unit.members.shift({ x: unit.at.x - unit.centre.x, y: unit.at.y - unit.centre.y });
  });
  arrangement.destroy();
}

/**
 * Where nodes lie, from their positions and sizes only: cheaper than boundingBox(), which first computes the
 * rendered style of everything (label sizes, edge geometry), and that for a graph still being laid out.
 */
type Extent = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };

export function extentOf(nodes: NodeCollection): Extent {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    const halfWidth = node.outerWidth() / 2;
    const halfHeight = node.outerHeight() / 2;
    x1 = Math.min(x1, x - halfWidth);
    x2 = Math.max(x2, x + halfWidth);
    y1 = Math.min(y1, y - halfHeight);
    y2 = Math.max(y2, y + halfHeight);
  });
  if (x1 > x2) return { x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 };
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/**
 * The actors of one municipality on a sunflower spiral (Vogel 1979), the best connected in the middle: the k-th
 * node at the golden angle from the one before and at the radius of a disc holding the nodes so far with their
 * margins, so that neighbours keep about one node and margin apart. As compact as a disc of all the nodes, where
 * concentric rings spaced for the largest node need several times the area (their canvas then no longer fits
 * at a zoom that Cytoscape draws from its texture cache).
 */
function placeOnSpiral(members: NodeCollection, margin = 8): void {
  const goldenAngle = Math.PI * (3 - Math.sqrt(5));
  const order = members.sort((a, b) => b.degree(false) - a.degree(false) || (a.id() < b.id() ? -1 : 1));
  const positions = new Map<string, { x: number; y: number }>();
  let area = 0;
  order.forEach((node, k) => {
    const size = Math.max(node.outerWidth(), node.outerHeight()) + margin;
    const radius = k === 0 ? 0 : Math.sqrt((area + (size * size) / 2) / Math.PI) * 1.1;
    area += size * size;
    positions.set(node.id(), { x: radius * Math.cos(k * goldenAngle), y: radius * Math.sin(k * goldenAngle) });
  });
  members
    .layout({
      name: 'preset',
      positions: (node: NodeSingular) => positions.get(node.id())!,
      fit: false,
      animate: false,
    } as never)
    .run();
}

/**
 * fcose keeps big boxes apart only roughly. Pushing each overlapping pair apart along the axis where they overlap
 * less, half each, a few rounds over all pairs, removes the overlaps and keeps the arrangement otherwise as it is
 * (scaling the whole arrangement instead leaves most of the canvas empty when two boxes lie almost on each other).
 */
function separateBoxes(
  boxes: { width: number; height: number; at: { x: number; y: number } }[],
  gap = 24,
  rounds = 60,
): boolean {
  let movedAny = false;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        const dx = b.at.x - a.at.x;
        const dy = b.at.y - a.at.y;
        const overlapX = (a.width + b.width) / 2 + gap - Math.abs(dx);
        const overlapY = (a.height + b.height) / 2 + gap - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        movedAny = true;
        if (overlapX < overlapY) {
          const push = (dx < 0 || (dx === 0 && i % 2) ? -overlapX : overlapX) / 2;
          a.at.x -= push;
          b.at.x += push;
        } else {
          const push = (dy < 0 || (dy === 0 && i % 2) ? -overlapY : overlapY) / 2;
          a.at.y -= push;
          b.at.y += push;
        }
      }
    }
    if (!moved) return movedAny;
  }
  return movedAny;
}
