// Where the names of the always-labelled actors go: below, above, right, left of the node or at one of its corners,
// whichever first overlaps no name placed before and no other node (the best connected are placed first), so that
// the 25 names of a dense municipality stay readable. A name with no free place overlaps a node rather than a
// name; one that would lie on another name is not drawn at this zoom (its full name shows on hover, in the
// tooltip, and the next zoom step places it again). Cytoscape draws labels where the style says and never moves
// them apart; this picks the place.
export type LabelSide = 'bottom' | 'top' | 'right' | 'left' | 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

export interface LabelCandidate {
  id: string;
  x: number; // the node's centre, rendered pixels
  y: number;
  radius: number; // rendered pixels
  width: number; // the label's text, rendered pixels
  height: number;
  pad?: number; // how far the label's box reaches beyond its text on every side (its outline), rendered pixels
  wrapped?: { width: number; height: number }; // the label on two lines, where it has a space to break at
  sides?: readonly LabelSide[]; // where it may go (labelSides when not given)
  keep?: boolean; // to be drawn even at the cost of a name placed before it (the always-named actors)
}

export interface LabelPlace {
  side: LabelSide;
  wrapped: boolean; // on two lines
  box: LabelBox; // where the name lies, rendered pixels
}

export interface LabelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const gap = 2;
const nameMargin = 3; // rendered pixels kept free between two names and at the canvas's edge

/**
 * The box a label takes on the given side of its node: its text as Cytoscape draws text-valign/halign with the
 * margins, grown by its pad on every side.
 */
export function labelBox(
  c: Pick<LabelCandidate, 'x' | 'y' | 'radius' | 'width' | 'height' | 'pad'>,
  side: LabelSide,
): LabelBox {
  const [vertical, horizontal] = side.includes('-')
    ? (side.split('-') as ['top' | 'bottom', 'left' | 'right'])
    : side === 'top' || side === 'bottom'
      ? [side, 'center']
      : ['center', side];
  const x1 =
    horizontal === 'center'
      ? c.x - c.width / 2
      : horizontal === 'right'
        ? c.x + c.radius + gap
        : c.x - c.radius - gap - c.width;
  const y1 =
    vertical === 'center'
      ? c.y - c.height / 2
      : vertical === 'bottom'
        ? c.y + c.radius + gap
        : c.y - c.radius - gap - c.height;
  const pad = c.pad ?? 0;
  return { x1: x1 - pad, y1: y1 - pad, x2: x1 + c.width + pad, y2: y1 + c.height + pad };
}

export const boxesOverlap = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Whether a box lies inside the view with nameMargin to spare at every edge. */
const insideView = (box: LabelBox, view: { width: number; height: number }) =>
  box.x1 >= nameMargin &&
  box.y1 >= nameMargin &&
  box.x2 <= view.width - nameMargin &&
  box.y2 <= view.height - nameMargin;

/** Whether any box of the list overlaps the given one grown by `by` (no allocation: it runs for thousands of spots). */
const meets = (list: readonly LabelBox[], box: LabelBox, by: number) =>
  list.some((n) => n.x1 < box.x2 + by && box.x1 - by < n.x2 && n.y1 < box.y2 + by && box.y1 - by < n.y2);

/** In the order tried: straight below, above and beside first (they read best), the corners after. */
export const labelSides: readonly LabelSide[] = [
  'bottom',
  'top',
  'right',
  'left',
  'bottom-right',
  'bottom-left',
  'top-right',
  'top-left',
];

/**
 * The place of each label, in the order given (most important first): on one line on the first side free of the
 * names placed before and of every node and inside the view, else on two lines so; else inside the view where it
 * covers a node but no name; else outside the view free of names. A label missing from the result has no place
 * free of other names and is not to be drawn at this zoom. Where a label to keep finds no place, the labels to keep
 * that found none are placed first and the rest after them, up to three times, as long as fewer of them go missing.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  others: readonly LabelBox[] = [], // the other nodes drawn (rendered boxes), which a name should not cover
  view?: { width: number; height: number }, // the canvas: a name goes inside it where it can
  { margin = nameMargin }: { margin?: number } = {}, // rendered pixels kept free between two names
): Map<string, LabelPlace> {
  const missingKept = (places: Map<string, LabelPlace>) => candidates.filter((c) => c.keep && !places.has(c.id));
  let order = candidates;
  let best = placeInOrder(order, others, view, margin);
  for (let round = 0; round < 3; round++) {
    const missing = missingKept(best);
    if (missing.length === 0) break;
    order = [...missing, ...order.filter((c) => !missing.includes(c))];
    const next = placeInOrder(order, others, view, margin);
    if (missingKept(next).length >= missing.length) break;
    best = next;
  }
  return best;
}

function placeInOrder(
  candidates: readonly LabelCandidate[],
  others: readonly LabelBox[],
  view: { width: number; height: number } | undefined,
  margin: number,
): Map<string, LabelPlace> {
  const placed: LabelBox[] = [];
  const nodes: LabelBox[] = [
    ...candidates.map((c) => ({ x1: c.x - c.radius, x2: c.x + c.radius, y1: c.y - c.radius, y2: c.y + c.radius })),
    ...others,
  ];
  const result = new Map<string, LabelPlace>();
  candidates.forEach((candidate, index) => {
    const shapes = [
      { wrapped: false, box: (side: LabelSide) => labelBox(candidate, side) },
      ...(candidate.wrapped
        ? [{ wrapped: true, box: (side: LabelSide) => labelBox({ ...candidate, ...candidate.wrapped }, side) }]
        : []),
    ];
    const inView = (box: LabelBox) => !view || insideView(box, view);
    // Names keep a margin between them: where Cytoscape draws a name differs from this estimate by a pixel or two
    // (its margins scale with the zoom), and names estimated to touch came out overlapping by a pixel.
    const clearOfNames = (box: LabelBox) => !meets(placed, box, margin);
    const clearOfNodes = (box: LabelBox) => !nodes.some((n, i) => i !== index && boxesOverlap(n, box));
    // Best inside the view and clear of nodes; then inside the view; for a node out of view, anywhere (it keeps a
    // name for when the view is panned to it: panning places nothing anew).
    const nodeInView =
      !view || (candidate.x >= 0 && candidate.y >= 0 && candidate.x <= view.width && candidate.y <= view.height);
    for (const [needView, needNodes] of [
      [true, true],
      [true, false],
      ...(nodeInView ? [] : [[false, false]]), // a name cut by the canvas's edge would not be read
    ]) {
      for (const shape of shapes) {
        const side = (candidate.sides ?? labelSides).find((s) => {
          const box = shape.box(s);
          return clearOfNames(box) && (!needView || inView(box)) && (!needNodes || clearOfNodes(box));
        });
        if (side === undefined) continue;
        const box = shape.box(side);
        placed.push(box);
        result.set(candidate.id, { side, wrapped: shape.wrapped, box });
        return;
      }
    }
  });
  return result;
}

/**
 * Whether the candidate's node may stand at (x, y), off every other node and name, with its name on a side free of
 * names inside the view: the first such side free of nodes too (`clear`), else the first that covers a node.
 */
function placeAt(
  candidate: LabelCandidate,
  x: number,
  y: number,
  names: readonly LabelBox[],
  nodes: readonly LabelBox[],
  view: { width: number; height: number },
): { place: LabelPlace; clear: boolean } | undefined {
  const r = candidate.radius + gap;
  const self = { x1: x - r, y1: y - r, x2: x + r, y2: y + r };
  if (meets(nodes, self, 0) || meets(names, self, nameMargin)) return undefined;
  let overNodes: { place: LabelPlace; clear: boolean } | undefined;
  for (const wrapped of [false, ...(candidate.wrapped ? [true] : [])]) {
    const shape = { ...candidate, x, y, ...(wrapped && candidate.wrapped) };
    for (const side of candidate.sides ?? labelSides) {
      const box = labelBox(shape, side);
      if (!insideView(box, view) || meets(names, box, nameMargin)) continue;
      if (!meets(nodes, box, 0)) return { place: { side, wrapped, box }, clear: true };
      overNodes ??= { place: { side, wrapped, box }, clear: false };
    }
  }
  return overNodes;
}

/**
 * Room for a name that found no place: the nearest offset of its node (rings `step` px apart, out to `reach`) at
 * which the node stays inside `bounds` and off every other node and name, and its name has a side free of names
 * inside the view, best free of nodes too; the offset and where the name then lies, or undefined. The layout moves
 * the node there (graph/network-layout.ts), so that the name is drawn at the start view.
 */
export function roomNearby(
  candidate: LabelCandidate,
  names: readonly LabelBox[], // the names placed
  nodes: readonly LabelBox[], // every other node
  bounds: LabelBox, // where the node's centre may go
  view: { width: number; height: number },
  { step = 4, reach = 64 }: { step?: number; reach?: number } = {},
): { dx: number; dy: number; place: LabelPlace } | undefined {
  let overNodes: { dx: number; dy: number; place: LabelPlace } | undefined; // the nearest whose name covers a node
  for (let ring = 1; ring * step <= reach; ring++) {
    const count = 8 * ring;
    for (let k = 0; k < count; k++) {
      const angle = (2 * Math.PI * k) / count;
      const dx = ring * step * Math.cos(angle);
      const dy = ring * step * Math.sin(angle);
      const x = candidate.x + dx;
      const y = candidate.y + dy;
      if (x < bounds.x1 || x > bounds.x2 || y < bounds.y1 || y > bounds.y2) continue;
      const found = placeAt(candidate, x, y, names, nodes, view);
      if (found?.clear) return { dx, dy, place: found.place };
      if (found) overNodes ??= { dx, dy, place: found.place };
    }
  }
  return overNodes;
}

/** A node the named one may trade places with: its id, centre and radius, rendered pixels. */
export interface SwapPartner {
  id: string;
  x: number;
  y: number;
  radius: number;
}

/**
 * Room for a name that found none nearby (roomNearby): the nearest of the given nodes (an unnamed actor of the same
 * municipality) with whose place its node may trade, so that its name finds a side free of names inside the view,
 * best free of nodes too; the partner and where the name then lies, or undefined. `nodes` holds every other node's
 * box with its id, the partner's among them (it moves to the named node's place). Trading keeps the municipality's
 * box as it was, where moving the node out of a crowded municipality would stretch it over its neighbours'.
 */
export function roomBySwap(
  candidate: LabelCandidate,
  partners: readonly SwapPartner[],
  names: readonly LabelBox[],
  nodes: readonly (LabelBox & { id?: string })[],
  view: { width: number; height: number },
): { partner: SwapPartner; place: LabelPlace } | undefined {
  const byDistance = [...partners].sort(
    (a, b) => Math.hypot(a.x - candidate.x, a.y - candidate.y) - Math.hypot(b.x - candidate.x, b.y - candidate.y),
  );
  let overNodes: { partner: SwapPartner; place: LabelPlace } | undefined;
  for (const partner of byDistance) {
    const there = {
      x1: candidate.x - partner.radius,
      y1: candidate.y - partner.radius,
      x2: candidate.x + partner.radius,
      y2: candidate.y + partner.radius,
    };
    if (meets(names, there, 0)) continue; // the partner's node would lie on a name placed
    const rest = [...nodes.filter((n) => n.id !== partner.id), there];
    const found = placeAt(candidate, partner.x, partner.y, names, rest, view);
    if (found?.clear) return { partner, place: found.place };
    if (found) overNodes ??= { partner, place: found.place };
  }
  return overNodes;
}
