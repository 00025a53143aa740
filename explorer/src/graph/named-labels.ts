// What the placement of the always-shown names (graph/label-placement.ts) is given, read from the canvas: the named
// actors (best connected first), the municipalities' names above their boxes, and the other nodes a name should not
// cover, all in rendered pixels for a given zoom and pan. One function for the view, which places the names at the
// zoom shown (views/network-view.ts), and for the layout, which makes room for them at the zoom of the start view
// before anything is drawn (graph/network-layout.ts): both then see the same names in the same places.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { LabelBox, LabelCandidate } from './label-placement.js';

/** The rendered height of the always-shown names, in pixels (views/network-view.ts sizes them so at every zoom). */
export const namedLabelPx = 12;
/**
 * A name's width per character as a share of its font size, for the layout, which must come out the same on every
 * machine whatever its fonts: about what the county's bold names measure in Chromium (the view, which measures,
 * fits a step farther out where a name then misses its place; network-layout.ts, fitWithNames). A wider estimate
 * (0.6) left two of the county's 25 names without a place at the start view.
 */
const estimatedCharWidth = 0.56;

/**
 * How names are sized: 'estimated' by their characters (the layout: the same on every machine and on the bench's
 * bare page, whose stylesheet has no names), 'measured' as Cytoscape will draw them (the view's placement).
 */
export type NameMetrics = 'estimated' | 'measured';

let measuring: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
/**
 * The width of a node's name at the given font size, in the units of `fontSize`: measured as Cytoscape measures it
 * before drawing (canvas measureText in the node's font, rounded up), or estimated. Estimated names came out up to
 * 5 px wider than placed, and two names placed side by side overlapped.
 */
export function nameWidth(node: NodeSingular, text: string, fontSize: number, metrics: NameMetrics): number {
  if (metrics === 'measured')
    measuring ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (metrics === 'estimated' || !measuring) return [...text].length * fontSize * estimatedCharWidth;
  const font = `${node.style('font-style')} ${node.style('font-weight')} ${fontSize}px ${node.style('font-family')}`;
  const key = `${font}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size > 5000) widths.clear();
    measuring.font = font;
    width = Math.ceil(measuring.measureText(text).width);
    widths.set(key, width);
  }
  return width;
}

/**
 * How far Cytoscape's box of a name reaches beyond its text on every side, in the graph's units: the text's outline
 * and a margin of error of 2 (cytoscape's updateBoundsFromLabel), which the names' boxes are kept apart by; the
 * layout takes the network's outline of 2.
 */
const labelBoundsPad = (node: NodeSingular, metrics: NameMetrics) =>
  (metrics === 'measured' ? parseFloat(node.style('text-outline-width') as string) : 2) + 2;

/**
 * The largest font size of the always-shown names of a large network, in the graph's units: far out, its names
 * shrink with the graph (restyling them at every zoom step would throw away the texture cache of thousands of
 * elements). A network up to largeNetworkActors keeps its names readable at every zoom (on a phone too); those
 * without room are left to the tooltip.
 */
export const maxNamedFontSize = 60;

/**
 * The zoom the names are sized for: the zoom shown, in steps of a quarter octave, so that the names' style changes
 * only at those steps (each restyle throws away Cytoscape's texture cache; see views/network-view.ts); in a large
 * network not below the zoom at which its names reach maxNamedFontSize.
 */
const zoomStep = 2 ** 0.25;
export const labelZoomOf = (zoom: number, large: boolean) =>
  Math.max(large ? namedLabelPx / maxNamedFontSize : 0, zoomStep ** Math.floor(Math.log(zoom) / Math.log(zoomStep)));

/** A name broken at the space nearest its middle, or nothing when it has no space. */
export function twoLines(text: string): [string, string] | undefined {
  const middle = text.length / 2;
  let best = -1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1))
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  return best === -1 ? undefined : [text.slice(0, best), text.slice(best + 1)];
}

/** Graph units to rendered pixels: rendered = position * zoom + pan (Cytoscape's viewport). */
export interface Projection {
  zoom: number;
  pan: { x: number; y: number };
}

export interface NameCandidates {
  named: NodeCollection; // the named nodes, in the order placed (selected, then by degree)
  groups: NodeCollection; // the municipalities whose names are placed after the actors'
  readable: NodeCollection; // the other names drawn in the view (zoomed in), placed last, best connected first
  candidates: LabelCandidate[]; // the named nodes' and then the municipalities' names
  others: (LabelBox & { id: string; radius: number })[]; // the other nodes drawn, which a name should not cover
  lines: Map<string, [string, string]>; // a name's two lines, where it has a space to break at
  fontSize: number; // in graph units
  // Rendered pixels to keep between two names (placeLabels): 1 where they are measured as Cytoscape draws them, 3
  // where estimated (their drawn boxes may differ by a pixel or two).
  margin: number;
}

/**
 * The names to place at the given projection. In a network up to largeNetworkActors (`large` false) the
 * municipalities are named too and the other actors are obstacles (the check would cost more than it spares among
 * thousands), and the names keep their size however far out (labelZoomOf). Given the canvas (`view`), the other
 * names drawn there (zoomed in far enough to read them: class 'labelled', or a selected actor's partners) are
 * placed too, after the municipalities', so that they lie neither on each other nor on the named.
 */
export function nameCandidates(
  cy: Core,
  { zoom, pan }: Projection,
  {
    large,
    view,
    metrics = 'estimated',
  }: { large: boolean; view?: { width: number; height: number }; metrics?: NameMetrics },
): NameCandidates {
  const fontSize = Math.max(6, namedLabelPx / labelZoomOf(zoom, large));
  const renderedPx = fontSize * zoom; // as tall as the names are on screen
  const at = (p: { x: number; y: number }) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
  const byDegree = (a: NodeSingular, b: NodeSingular) =>
    ((b.data('degree') as number) ?? 0) - ((a.data('degree') as number) ?? 0) || (a.id() < b.id() ? -1 : 1);
  const named = cy
    .nodes('node.actor.named, node.actor:selected, node.group.collapsed')
    .filter((n) => !n.hasClass('dimmed'))
    .sort((a, b) => Number(b.selected()) - Number(a.selected()) || byDegree(a as NodeSingular, b as NodeSingular));
  const fontOf = (n: NodeSingular) => parseFloat(n.style('font-size') as string);
  const readable =
    view && !large
      ? cy
          .nodes('node.actor.labelled, node.offer.labelled, node.actor.partner')
          .filter((n) => {
            if (named.contains(n) || n.hasClass('dimmed')) return false;
            const { x, y } = at(n.position());
            if (x < 0 || y < 0 || x > view.width || y > view.height) return false;
            return fontOf(n) * zoom >= parseFloat(n.style('min-zoomed-font-size') as string);
          })
          .sort(byDegree)
      : cy.collection();
  const others: NameCandidates['others'] = [];
  if (!large) {
    cy.nodes('node.actor, node.offer').forEach((n) => {
      if (n.hasClass('dimmed') || named.contains(n) || readable.contains(n)) return;
      const { x, y } = at(n.position());
      const r = (n.outerWidth() * zoom) / 2;
      others.push({ id: n.id(), radius: r, x1: x - r, y1: y - r, x2: x + r, y2: y + r });
    });
  }
  const lines = new Map<string, [string, string]>();
  const groups = !large ? cy.nodes('node.group').filter((g) => g.isParent() && !g.hasClass('dimmed')) : cy.collection();
  const groupBoxes = groups.map((group: NodeSingular) => {
    const box = group.boundingBox({ includeLabels: false, includeOverlays: false });
    const from = at({ x: box.x1, y: box.y1 });
    const to = at({ x: box.x2, y: box.y2 });
    return { group, box: { x1: from.x, y1: from.y, x2: to.x, y2: to.y } };
  });
  const contains = (outer: LabelBox, inner: LabelBox) =>
    outer.x1 <= (inner.x1 + inner.x2) / 2 &&
    (inner.x1 + inner.x2) / 2 <= outer.x2 &&
    outer.y1 <= (inner.y1 + inner.y2) / 2 &&
    (inner.y1 + inner.y2) / 2 <= outer.y2;
  // An actor's or offer's name at the font size it is drawn at (graph units), measured as Cytoscape measures it.
  const nameOf = (n: NodeSingular, size: number): LabelCandidate => {
    const text = String(n.data('label') ?? '');
    const broken = twoLines(text);
    if (broken) lines.set(n.id(), broken);
    const width = (line: string) => nameWidth(n, line, size, metrics) * zoom;
    return {
      id: n.id(),
      ...at(n.position()),
      radius: (n.outerWidth() * zoom) / 2,
      width: width(text),
      height: size * zoom,
      pad: labelBoundsPad(n, metrics) * zoom,
      ...(broken && { wrapped: { width: Math.max(...broken.map(width)), height: 2 * size * zoom } }),
    };
  };
  const candidates: LabelCandidate[] = [
    // The view keeps every named actor's name if it can (graph/label-placement.ts); the layout makes room for them in
    // their order (network-layout.ts, moveIntoRoom).
    ...named.map((n: NodeSingular) => ({ ...nameOf(n, fontSize), keep: metrics === 'measured' })),
    ...groupBoxes
      // A municipality whose box has its middle within another's (fcose let them overlap) is not named there: its
      // name there would seem to name the other's actors.
      .filter(({ box }, i) => !groupBoxes.some((other, j) => j !== i && contains(other.box, box)))
      .map(({ group, box }) => ({
        id: group.id(),
        x: (box.x1 + box.x2) / 2,
        y: box.y1,
        radius: 0,
        // With room for the white outline around the text on every side: where Cytoscape puts a compound's name
        // differs a few pixels from this estimate (measured up to 6 px in the browser tests).
        width: nameWidth(group, String(group.data('label') ?? ''), fontSize, metrics) * zoom + 4,
        height: renderedPx + 6,
        pad: labelBoundsPad(group, metrics) * zoom,
        sides: ['top'] as const,
      })),
    ...readable.map((n: NodeSingular) => nameOf(n, fontOf(n))),
  ];
  return { named, groups, readable, candidates, others, lines, fontSize, margin: metrics === 'measured' ? 1 : 3 };
}
