// The map view: the gap table of the chosen category on the district's municipalities, positions from the
// projection (no layout). One Cytoscape instance for the page's life; a change removes the elements no longer
// wanted, adds the new ones and updates data, classes and positions of the rest (a district has tens of
// municipalities, but the selection and the view stay put).
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import type { DistrictModel, OfferRecord } from '../data/district-model';
import { createCytoscape, prepareDrawing } from '../graph/cytoscape-setup';
import { buildMapElements, type GapTable, type WaitingOverlay } from '../graph/map-elements';
import { focusColour, offerColour, selectColour } from '../graph/palette';
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
      label: 'data(label)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'border-width': 1.5,
      'border-color': '#ffffff',
      'z-index': 10,
    },
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
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': selectColour, 'z-index': 40 } },
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
  ): void;
  resize: () => void;
}

export function createMapView(container: HTMLElement, onSelect: (selected: string) => void): MapView {
  const cy = createCytoscape(container, { style: mapStyles, autoungrabify: true });
  let fitted = false;
  cy.on('tap', 'node', (event) => {
    const node = event.target as NodeSingular;
    if (node.hasClass('samtgemeinde')) onSelect(`m:${node.data('ags') as string}`);
    else if (!node.hasClass('reach')) onSelect(node.id());
  });
  cy.on('tap', (event) => {
    if (event.target === cy) onSelect('');
  });
  return {
    cy,
    update(model, table, state, offers, focusOfferIds, waiting) {
      const elements = buildMapElements(model, table, state, offers, waiting);
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
      if (!fitted) {
        cy.fit(cy.nodes('.municipality, .samtgemeinde, .map-offer'), 24);
        fitted = true;
      }
    },
    resize() {
      cy.resize();
    },
  };
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
