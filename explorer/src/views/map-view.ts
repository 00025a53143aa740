// The map view: the gap table of the chosen category on the district's municipalities, positions from the
// projection (no layout). One Cytoscape instance for the page's life; a change removes the elements no longer
// wanted, adds the new ones and updates data, classes and positions of the rest (a district has tens of
// municipalities, but the selection and the view stay put). Under the canvas an SVG draws the district's outlines
// as a choropleth (municipalities filled with their colour, Samtgemeinden and the county as borders); over it an
// SVG holds the labels, placed by priority so that none overlaps another (graph/place-labels.ts). Both follow
// Cytoscape's pan and zoom. A click on an outline selects its municipality; while a form waits for a place
// (state/place-pick.ts), the click's point goes to the form instead.
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import { geoContains, type GeoProjection } from 'd3-geo';
import type { DistrictModel, OfferRecord } from '../data/district-model';
import { createCytoscape, prepareDrawing } from '../graph/cytoscape-setup';
import {
  buildMapElements,
  fitProjection,
  waitingLine,
  type GapTable,
  type WaitingOverlay,
} from '../graph/map-elements';
import type { MapOutlines } from '../graph/map-outlines';
import type { BorderOfferRecord } from '../data/border-offers';
import {
  borderOfferColour,
  focusColour,
  mapSelectColour,
  neighbourColour,
  noDemandColour,
  offerColour,
} from '../graph/palette';
import { lineHeight, placeLabels, type LabelCandidate } from '../graph/place-labels';
import { endPlacePick, placePickPending } from '../state/place-pick';
import type { ViewState } from '../state/view-state';
import { labelStyle } from './network-styles';

/** The data fields that place an element: its compound parent, an edge's ends. */
type Ends = { parent?: string; source?: string; target?: string };

const mapStyles: StylesheetJson = [
  {
    selector: 'node.samtgemeinde',
    style: {
      ...labelStyle,
      shape: 'round-rectangle',
      'background-color': '#e0e7ff',
      'background-opacity': 0.35,
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': '#6366f1',
      label: 'data(label)',
      'font-size': 11,
      'text-max-width': '220px',
      color: '#4338ca',
      'text-valign': 'top',
      'text-margin-y': -3,
      padding: '16px',
    },
  },
  {
    selector: 'node.municipality',
    style: {
      ...labelStyle,
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      // The names are drawn over the canvas, placed so that none overlaps another (see placeMapLabels).
      label: '',
      'border-width': 1.5,
      'border-color': '#ffffff',
      'z-index': 10,
    },
  },
  // On an outline the area carries the colour: the municipality is a ring sized by demand at its centre.
  {
    selector: 'node.municipality.on-outline',
    style: { 'background-opacity': 0, 'border-color': '#1f2937', 'border-width': 1.5, 'border-opacity': 0.8 },
  },
  { selector: 'node.no-demand', style: { 'border-color': '#94a3b8', 'border-width': 1 } },
  // Waiting times: the figures under the name, on two lines.
  { selector: 'node.waiting', style: { 'text-wrap': 'wrap', 'border-color': '#ffffff', 'border-width': 1.5 } },
  {
    selector: 'node.map-offer',
    style: {
      shape: 'diamond',
      width: 9,
      height: 9,
      'background-color': offerColour,
      'border-width': 1,
      'border-color': '#ffffff',
      'z-index': 15,
    },
  },
  {
    selector: 'node.map-offer[status = "FULL"]',
    style: { 'background-color': '#ffffff', 'border-color': offerColour, 'border-width': 1.5 },
  },
  {
    selector: 'node.map-offer.in-reach',
    style: { 'background-color': focusColour, width: 13, height: 13, 'border-color': '#78350f' },
  },
  // Across the district border: a hollow triangle with a dashed outline (the shape, not only a colour, tells it
  // from the district's own diamonds), filled amber like the others when in reach of the selected municipality.
  {
    selector: 'node.map-offer.border-offer',
    style: {
      shape: 'triangle',
      width: 18,
      height: 18,
      'background-color': '#ffffff',
      'border-color': borderOfferColour,
      'border-width': 2.5,
      'border-style': 'dashed',
    },
  },
  {
    selector: 'node.map-offer.border-offer.in-reach',
    style: { 'background-color': focusColour, width: 15, height: 15 },
  },
  {
    selector: 'node.neighbour-place',
    style: {
      shape: 'ellipse',
      width: 8,
      height: 8,
      'background-color': '#ffffff',
      'border-width': 1.5,
      'border-color': neighbourColour,
      label: '',
      events: 'no',
      'z-index': 5,
    },
  },
  {
    selector: 'node.reach',
    style: {
      shape: 'ellipse',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': focusColour,
      'background-opacity': 0.08,
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': focusColour,
      events: 'no',
      'z-index': 0,
    },
  },
  {
    selector: 'edge.reach-link',
    style: { 'curve-style': 'straight', 'line-color': focusColour, width: 1.5, opacity: 0.8 },
  },
  { selector: '.faded', style: { opacity: 0.25 } },
  { selector: '.focus', style: { 'underlay-color': focusColour, 'underlay-opacity': 0.6, 'underlay-padding': 8 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': mapSelectColour, 'z-index': 40 } },
  // The area the keyboard has reached (views/map-keys.ts): a thick ring in the focus colour around its point.
  {
    selector: 'node.kbd-focus',
    style: {
      'underlay-color': mapSelectColour,
      'underlay-opacity': 0.35,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
      'z-index': 45,
    },
  },
];

export interface MapView {
  cy: Core;
  update(
    model: DistrictModel,
    table: GapTable,
    state: ViewState,
    offers: OfferRecord[],
    focusOfferIds: ReadonlySet<string>,
    waiting?: WaitingOverlay,
    outlines?: MapOutlines,
    border?: BorderOfferRecord[],
  ): void;
  /** Outlines the area the keyboard has reached (graph and outline), or none. */
  highlight(ags: string | undefined): void;
  /** Only the outlines, uncoloured, and no elements: while the map waits for a category to be chosen. */
  showOutlinesOnly(outlines: MapOutlines | undefined): void;
  resize: () => void;
}

/** The SVG layers under and over the canvas. */
export interface MapLayers {
  outlines: SVGSVGElement;
  labels: SVGSVGElement;
}

const svgNs = 'http://www.w3.org/2000/svg';

export function createMapView(
  container: HTMLElement,
  layers: MapLayers,
  onSelect: (selected: string) => void,
): MapView {
  const cy = createCytoscape(container, { style: mapStyles, autoungrabify: true });
  let fitted = false;
  let drawn: { outlines?: MapOutlines; fills: Map<string, string>; faded: Set<string>; selected: string } = {
    fills: new Map(),
    faded: new Set(),
    selected: '',
  };
  let labelsWanted = false;
  let sgLines = new Map<string, string>();
  // The projection the elements were placed with: a click's point back to latitude and longitude.
  let projection: GeoProjection | undefined;
  /** A form waiting for a place (state/place-pick.ts) takes the click's point; true when it did. */
  const handToForm = (position: { x: number; y: number }) => {
    if (!placePickPending()) return false;
    const lonLat = projection?.invert?.([position.x, position.y]);
    return endPlacePick(lonLat ? { latitude: lonLat[1], longitude: lonLat[0] } : undefined);
  };
  cy.on('tap', 'node', (event) => {
    if (handToForm(event.position)) return;
    const node = event.target as NodeSingular;
    if (node.hasClass('samtgemeinde')) onSelect(`m:${node.data('ags') as string}`);
    else if (!node.hasClass('reach')) onSelect(node.id());
  });
  cy.on('tap', (event) => {
    if (event.target !== cy || handToForm(event.position)) return;
    onSelect(outlineAt(drawn.outlines, event.position) ?? '');
  });
  // The layers follow pan and zoom; the labels are placed again once per frame at most.
  let frame = 0;
  cy.on('viewport resize', () => {
    followViewport(cy, layers);
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (labelsWanted) placeMapLabels(cy, layers.labels, drawn.outlines, sgLines);
      });
  });
  const drawOutlines = (
    outlines: MapOutlines | undefined,
    fills: Map<string, string>,
    faded: Set<string>,
    selected: string,
  ) => {
    if (outlines !== drawn.outlines) {
      layers.outlines.replaceChildren();
      if (outlines) layers.outlines.append(outlineGroup(outlines));
    }
    drawn = { outlines, fills, faded, selected };
    for (const path of layers.outlines.querySelectorAll<SVGPathElement>('path[data-ags]')) {
      const ags = path.dataset['ags']!;
      const level = path.dataset['level'];
      if (level === 'municipality' || level === 'unitary') path.setAttribute('fill', fills.get(ags) ?? noDemandColour);
      path.classList.toggle('faded', faded.has(ags));
      path.classList.toggle('selected', ags === selected);
    }
    followViewport(cy, layers);
  };
  let keyboardArea: string | undefined;
  const showKeyboardArea = () => {
    cy.nodes('.kbd-focus').removeClass('kbd-focus');
    if (keyboardArea) cy.getElementById(`m:${keyboardArea}`).addClass('kbd-focus');
    // A copy of the area's outline drawn last, unfilled, so that no neighbour's border covers the focus outline.
    layers.outlines.querySelector('path.kbd-focus')?.remove();
    const group = layers.outlines.firstElementChild;
    const area = keyboardArea
      ? layers.outlines.querySelector<SVGPathElement>(`path[data-ags="${CSS.escape(keyboardArea)}"]`)
      : null;
    if (!group || !area) return;
    const outline = document.createElementNS(svgNs, 'path');
    outline.setAttribute('d', area.getAttribute('d') ?? '');
    outline.setAttribute('class', 'outline kbd-focus');
    outline.setAttribute('vector-effect', 'non-scaling-stroke');
    group.append(outline);
  };
  return {
    cy,
    highlight(ags) {
      keyboardArea = ags;
      showKeyboardArea();
    },
    showOutlinesOnly(outlines) {
      projection = outlines?.projection;
      cy.elements().remove();
      labelsWanted = false;
      layers.labels.replaceChildren();
      drawOutlines(outlines, new Map(), new Set(), '');
      if (outlines && !fitted) {
        fitMap(cy, outlines);
        fitted = true;
      }
      followViewport(cy, layers);
    },
    update(model, table, state, offers, focusOfferIds, waiting, outlines, border) {
      projection = outlines?.projection ?? fitProjection(model);
      const elements = buildMapElements(model, table, state, offers, waiting, outlines, border);
      for (const id of focusOfferIds) {
        const offer = elements.find((e) => e.data.id === `o:${id}`);
        if (offer) offer.classes = `${String(offer.classes ?? '')} focus`.trim();
      }
      cy.batch(() => {
        applyDifference(cy, elements);
        cy.nodes().unselect();
        const selected = state.selected.startsWith('m:')
          ? cy.getElementById(state.selected).nonempty()
            ? state.selected
            : `sg:${state.selected.slice(2)}`
          : state.selected;
        if (selected) cy.getElementById(selected).select();
      });
      prepareDrawing(cy);
      const fills = new Map(
        cy.nodes('.municipality').map((n) => [n.data('ags') as string, n.data('colour') as string]),
      );
      const inArea = state.area
        ? new Set(
            cy
              .nodes('.municipality')
              .not('.faded')
              .map((n) => n.data('ags') as string),
          )
        : undefined;
      const faded = new Set(
        inArea
          ? (outlines?.areas ?? [])
              .filter((a) => a.level !== 'district' && !inArea.has(a.ags) && a.ags !== state.area)
              .map((a) => a.ags)
          : [],
      );
      drawOutlines(outlines, fills, faded, state.selected.startsWith('m:') ? state.selected.slice(2) : '');
      showKeyboardArea();
      if (!fitted) {
        fitMap(cy, outlines);
        fitted = true;
      }
      labelsWanted = true;
      sgLines = samtgemeindeWaitingLines(waiting);
      followViewport(cy, layers);
      placeMapLabels(cy, layers.labels, outlines, sgLines);
    },
    resize() {
      cy.resize();
    },
  };
}

/**
 * With waiting times, a Samtgemeinde's figures under its name as its members show theirs: persons waiting · median /
 * 90th percentile wait (the API's figures for the Samtgemeinde as a whole, which are not sums of its members').
 */
function samtgemeindeWaitingLines(waiting: WaitingOverlay | undefined): Map<string, string> {
  const lines = new Map<string, string>();
  for (const [ags, row] of waiting?.samtgemeinden ?? []) {
    if (!row.waiting) continue;
    lines.set(ags, waitingLine(row, waiting!.weeksShort));
  }
  return lines;
}

/** Makes the canvas hold exactly `wanted`: removes the rest, adds what is missing, updates what differs. */
function applyDifference(cy: Core, wanted: ElementDefinition[]): void {
  const wantedIds = new Set(wanted.map((d) => d.data.id!));
  cy.elements()
    .filter((element) => !wantedIds.has(element.id()))
    .remove();
  const toAdd: ElementDefinition[] = [];
  for (const definition of wanted) {
    const existing = cy.getElementById(definition.data.id!);
    // An element whose parent or ends changed is made anew: Cytoscape does not move an edge or a child.
    const { parent, source, target, ...data } = definition.data as Ends & Record<string, unknown>;
    if (
      existing.empty() ||
      (existing.isNode() && (existing.data('parent') as string | undefined) !== parent) ||
      (existing.isEdge() && (existing.data('source') !== source || existing.data('target') !== target))
    ) {
      existing.remove();
      toAdd.push(definition);
      continue;
    }
    const current = existing.data() as Record<string, unknown>;
    if (Object.entries(data).some(([key, value]) => current[key] !== value)) existing.data(data);
    const classes = String(definition.classes ?? '');
    if (existing.classes().join(' ') !== classes) existing.classes(classes);
    if (definition.position && existing.isNode() && existing.isChildless()) {
      const { x, y } = existing.position();
      if (x !== definition.position.x || y !== definition.position.y) existing.position(definition.position);
    }
  }
  cy.add(toAdd);
}

/**
 * The whole district in view: its outline when there is one, else its municipalities and offers; and the offers
 * across the border within the radius with their municipalities, which belong to the picture.
 */
export function fitMap(cy: Core, outlines: MapOutlines | undefined): void {
  const frame = outlines?.areas.find((a) => a.level === 'district');
  if (!frame) {
    cy.fit(cy.nodes('.municipality, .samtgemeinde, .map-offer, .neighbour-place'), 24);
    return;
  }
  // The outline's box (and the border area's) in model coordinates, fitted like Cytoscape's fit with 24 px padding.
  const box = pathBox(frame.path);
  const across = cy.nodes('.border-offer, .neighbour-place');
  if (across.nonempty()) {
    const b = across.boundingBox({ includeLabels: false });
    Object.assign(box, {
      x1: Math.min(box.x1, b.x1),
      y1: Math.min(box.y1, b.y1),
      x2: Math.max(box.x2, b.x2),
      y2: Math.max(box.y2, b.y2),
    });
  }
  const zoom = Math.min((cy.width() - 48) / (box.x2 - box.x1), (cy.height() - 48) / (box.y2 - box.y1));
  cy.zoom(zoom);
  cy.pan({
    x: cy.width() / 2 - (zoom * (box.x1 + box.x2)) / 2,
    y: cy.height() / 2 - (zoom * (box.y1 + box.y2)) / 2,
  });
}

/** The bounding box of an SVG path made of M/L/Z commands (d3-geo's output). */
function pathBox(path: string): { x1: number; y1: number; x2: number; y2: number } {
  const numbers = path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)?.map(Number) ?? [0, 0];
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** The SVG group of the outlines: municipalities filled, Samtgemeinden and the county as borders on top. */
function outlineGroup(outlines: MapOutlines): SVGGElement {
  const group = document.createElementNS(svgNs, 'g');
  group.setAttribute('class', 'outline-layer');
  const ordered = [
    ...outlines.areas.filter((a) => a.level === 'municipality' || a.level === 'unitary'),
    ...outlines.areas.filter((a) => a.level === 'collective'),
    ...outlines.areas.filter((a) => a.level === 'district'),
  ];
  for (const area of ordered) {
    const path = document.createElementNS(svgNs, 'path');
    path.setAttribute('d', area.path);
    path.setAttribute('class', `outline outline-${area.level}`);
    path.setAttribute('vector-effect', 'non-scaling-stroke');
    path.dataset['ags'] = area.ags;
    path.dataset['level'] = area.level;
    const title = document.createElementNS(svgNs, 'title');
    title.textContent = area.name;
    path.append(title);
    group.append(path);
  }
  return group;
}

/** The outline layer moves and scales as Cytoscape's viewport does (model coordinates are shared). */
function followViewport(cy: Core, layers: MapLayers): void {
  const { x, y } = cy.pan();
  const group = layers.outlines.firstElementChild;
  group?.setAttribute('transform', `translate(${x} ${y}) scale(${cy.zoom()})`);
}

/** The municipality whose outline holds a point of the model, or undefined. */
function outlineAt(outlines: MapOutlines | undefined, position: { x: number; y: number }): string | undefined {
  if (!outlines) return undefined;
  const lonLat = outlines.projection.invert?.([position.x, position.y]);
  if (!lonLat) return undefined;
  const area = outlines.areas.find(
    (a) => (a.level === 'municipality' || a.level === 'unitary') && geoContains(a.feature, lonLat),
  );
  return area ? `m:${area.ags}` : undefined;
}

let measureContext: CanvasRenderingContext2D | null | undefined;
const labelFont = (size: number, bold: boolean) => `${bold ? '600 ' : ''}${size}px system-ui, sans-serif`;

function measureText(text: string, size: number, bold: boolean): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size * 0.6;
  measureContext.font = labelFont(size, bold);
  return measureContext.measureText(text).width;
}

/**
 * The labels of the map over the canvas, by priority: the selected municipality, the towns, the Samtgemeinden,
 * then the municipalities by demand (or persons waiting), those outside the chosen area last.
 */
function placeMapLabels(
  cy: Core,
  svg: SVGSVGElement,
  outlines: MapOutlines | undefined,
  sgLines: ReadonlyMap<string, string>,
): void {
  const candidates: LabelCandidate[] = [];
  const zoom = cy.zoom();
  const pan = cy.pan();
  for (const node of cy.nodes('.municipality')) {
    const position = node.renderedPosition();
    const ring = ((node.data('size') as number) * zoom) / 2;
    const lines = String(node.data('label')).split('\n');
    const measure = (node.data('waiting') as number) || (node.data('demand') as number);
    const priority = node.selected()
      ? 0
      : (node.hasClass('faded') ? 10_000 : 0) + (node.data('town') ? 10 : 1000 - Math.min(999, measure));
    candidates.push({
      id: node.id(),
      lines,
      x: position.x,
      y: position.y + ring + (lines.length * 11 * lineHeight) / 2 + 2,
      priority,
      fontSize: 11,
    });
  }
  // The neighbouring municipalities across the border: faint, after everything of the district.
  for (const node of cy.nodes('.neighbour-place')) {
    const position = node.renderedPosition();
    const lines = [String(node.data('label')), String(node.data('district'))];
    candidates.push({
      id: node.id(),
      lines,
      x: position.x,
      y: position.y + 4 + lines.length * 10 * lineHeight * 0.5 + 2,
      priority: 20_000,
      fontSize: 10,
    });
  }
  for (const area of outlines?.areas ?? []) {
    if (area.level !== 'collective') continue;
    const figures = sgLines.get(area.ags);
    candidates.push({
      id: `sg:${area.ags}`,
      lines: figures ? [`SG ${area.name}`, figures] : [`SG ${area.name}`],
      x: pan.x + zoom * area.labelAt.x,
      y: pan.y + zoom * area.labelAt.y,
      priority: 100,
      fontSize: 12,
      bold: true,
    });
  }
  const placed = placeLabels(candidates, measureText, { width: cy.width(), height: cy.height() });
  svg.replaceChildren(
    ...placed.map((label) => {
      const text = document.createElementNS(svgNs, 'text');
      text.setAttribute('x', String(label.x));
      text.setAttribute('y', String(label.y - ((label.lines.length - 1) * label.fontSize * lineHeight) / 2));
      text.setAttribute(
        'class',
        label.id.startsWith('sg:')
          ? 'map-label sg-label'
          : label.id.startsWith('n:')
            ? 'map-label neighbour-label'
            : 'map-label',
      );
      text.setAttribute('style', `font: ${labelFont(label.fontSize, !!label.bold)}`);
      text.dataset['id'] = label.id;
      label.lines.forEach((line, i) => {
        const span = document.createElementNS(svgNs, 'tspan');
        span.setAttribute('x', String(label.x));
        if (i > 0) span.setAttribute('dy', String(label.fontSize * lineHeight));
        span.textContent = line;
        text.append(span);
      });
      return text;
    }),
  );
}
