// The look of the network view. Data fields set by graph/network-elements.ts drive colour, size and line style.
//
// Kept lean on purpose: Cytoscape applies each property of each matching block to each element one by one, and
// with municipality groups (compound nodes) every applied property marks the element, its group and their links
// for restyling: with 5,000 actors that was the largest cost of the first drawing (npm run bench:explorer,
// BENCH_PROFILE=1). So the network relies on Cytoscape's defaults where they look right (label font, colour and
// placement of group labels, haystack edges, the groups' border), labels come shortened from
// graph/network-elements.ts instead of being measured into an ellipsis here, and the actors get their label
// properties only where they can be read (the 'labelled' class).
//
// For the same reason a link's colour and width come from classes with fixed values (its kind, its strength 2 or
// 3; strength 1 is the 1 px of 'edge.cooperation'), not from 'data(colour)' and a mapData width: Cytoscape parses
// and copies a mapped property for each of 20,000 links, a fixed one it shares. And the actors' white border is a
// class of its own ('framed'), which graph/network-elements.ts gives the actors of a network up to
// framedActorsMax (1,000) actors only: at the zoom that shows a larger one the border cannot be seen, and it was
// two properties more on each of 5,000 actors. A county's network looks as before (same colours, widths and
// borders); measured in BENCHMARKS.md (the explorer's first render, styles).
import type { StylesheetJson } from 'cytoscape';
import type { CooperationKind } from '../generated/graphql';
import { linkKindClass, linkStrengthClass } from '../graph/network-elements';
import { groupLabelSize, groupPadding } from '../graph/network-layout';
import { cooperationStyles, focusColour, linkOpacity, offerColour, onWhite, selectColour } from '../graph/palette';

/** Labels of the map view (few elements there): system font, dark grey on a white halo, ellipsis when too long. */
export const labelStyle = {
  'font-family': 'system-ui, "Segoe UI", Roboto, sans-serif',
  'min-zoomed-font-size': 7, // labels disappear when zoomed out so far that they would be unreadable
  'text-wrap': 'ellipsis',
  'text-max-width': '120px',
  color: '#1f2937',
  'text-outline-color': '#ffffff',
  'text-outline-width': 2,
  'text-outline-opacity': 0.85,
} as const;

/** Actor names: 10 px at zoom 1, shown from a rendered size of 7 px, i.e. from zoom 0.7. */
export const actorLabelSize = 10;
export const minLabelPx = 7;

/** Network labels: hidden when zoomed out so far that they would be unreadable, on a white halo. */
const networkLabel = {
  'min-zoomed-font-size': minLabelPx,
  'text-outline-color': '#ffffff',
  'text-outline-width': 2,
} as const;

export const networkStyles: StylesheetJson = [
  {
    selector: 'node.actor',
    style: {
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
    },
  },
  {
    // A white border on the actors of a network up to graph/network-elements.ts framedActorsMax actors.
    selector: 'node.actor.framed',
    style: { 'border-width': 1.5, 'border-color': '#ffffff' },
  },
  {
    // Names only on nodes marked 'labelled': the ones in view once zoomed in far enough to read them
    // (views/network-view.ts, labelInView).
    selector: 'node.actor.labelled',
    style: {
      ...networkLabel,
      label: 'data(label)',
      'font-size': actorLabelSize,
      'text-valign': 'bottom',
    },
  },
  {
    // The best connected actors, a selected one and its partners, and the one under the pointer: always named.
    // Their font size is set per node for the zoom shown (views/network-view.ts, placeNamedLabels), so that the
    // name is as tall on screen at every zoom; the partners' names show from a readable zoom on.
    selector: 'node.actor.named, node.actor:selected, node.actor.hovered, node.actor.partner',
    style: {
      ...networkLabel,
      label: 'data(label)',
      'font-size': actorLabelSize,
      'text-valign': 'bottom',
      'min-zoomed-font-size': 0,
      'font-weight': 'bold',
      'z-index': 10,
    },
  },
  {
    selector: 'node.actor.partner',
    style: { 'min-zoomed-font-size': minLabelPx, 'font-weight': 'normal' },
  },
  {
    // A municipality: a compound node (Cytoscape's ':parent' default gives it a grey border), its name on top.
    selector: 'node.group',
    style: {
      ...networkLabel,
      shape: 'round-rectangle',
      'background-color': '#f3f6f9',
      label: 'data(label)',
      'font-size': groupLabelSize, // names the municipalities at the zoom that fits the demo county (about 0.3)
      'min-zoomed-font-size': 6,
      'font-weight': 'bold',
      padding: `${groupPadding}px`,
      // The box holds the actors, not their names: styling a name (views/network-view.ts, placeNamedLabels) moves
      // no box and no municipality's name placed above it (graph/network-layout.ts, fitWithNames).
      'compound-sizing-wrt-labels': 'exclude',
    },
  },
  {
    selector: 'node.group.collapsed',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': '#e2e8f0',
      'border-width': 2,
      'border-style': 'double',
      'border-color': '#64748b',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'font-size': 11,
      // Named at every zoom, with how many actors it holds (sized like the named actors).
      'min-zoomed-font-size': 0,
      'font-weight': 'bold',
    },
  },
  {
    selector: 'node.offer',
    style: {
      shape: 'diamond',
      width: 11,
      height: 11,
      'background-color': offerColour,
    },
  },
  {
    selector: 'node.offer.labelled',
    style: {
      ...networkLabel,
      label: 'data(label)',
      'font-size': 7,
      'min-zoomed-font-size': 9,
      'text-valign': 'bottom',
    },
  },
  {
    // Cytoscape's default haystack edge: a straight line between the node centres (the nodes cover its ends), the
    // cheapest edge to measure and draw. Opaque colours mixed with white (palette.ts onWhite) instead of an
    // opacity, and a line style only where it is not solid: two properties per link (three where dashed or dotted),
    // for 20,000 links.
    selector: 'edge.cooperation',
    style: { width: 1 },
  },
  // Colour by kind, and width by strength (1 px for strength 1, 2.25 px for 2, 3.5 px for 3), through classes; in a
  // large district only on the links marked 'styled' where the view is zoomed in (graph/network-elements.ts,
  // styledLinksMax).
  ...(Object.keys(cooperationStyles) as CooperationKind[]).map((kind) => ({
    selector: `edge.styled.${linkKindClass(kind)}`,
    style: { 'line-color': onWhite(cooperationStyles[kind].colour, linkOpacity) },
  })),
  { selector: `edge.styled.${linkStrengthClass(2)}`, style: { width: 2.25 } },
  { selector: `edge.styled.${linkStrengthClass(3)}`, style: { width: 3.5 } },
  { selector: 'edge.styled.dashed', style: { 'line-style': 'dashed' } },
  { selector: 'edge.styled.dotted', style: { 'line-style': 'dotted' } },
  { selector: 'edge.provides', style: { 'line-color': '#94a3b8', width: 0.8, opacity: 0.6 } },
  { selector: '.faded', style: { opacity: 0.18 } },
  // Not a partner of the selected actor: in the background.
  { selector: '.dimmed', style: { opacity: 0.12 } },
  {
    selector: 'node.actor.hl-isolated',
    style: { 'border-width': 4, 'border-color': '#dc2626', 'border-style': 'dashed' },
  },
  {
    selector: 'node.actor.hl-broker',
    style: { 'border-width': 5, 'border-color': '#111827', 'border-style': 'double', 'font-weight': 'bold' },
  },
  {
    selector: '.focus',
    style: {
      'underlay-color': focusColour,
      'underlay-opacity': 0.55,
      'underlay-padding': 8,
      'underlay-shape': 'ellipse',
      'z-index': 20,
    },
  },
  {
    selector: 'edge.path',
    style: { 'line-color': focusColour, 'line-style': 'solid', width: 6, opacity: 1, 'z-index': 30 },
  },
  {
    selector: 'node.path',
    style: {
      'underlay-color': focusColour,
      'underlay-opacity': 0.7,
      'underlay-padding': 6,
      'font-weight': 'bold',
      'z-index': 30,
    },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': selectColour, 'border-style': 'solid', 'z-index': 40 },
  },
  // Drawing a cooperation (editing/draw-link.ts, cytoscape-edgehandles' classes): a dashed line with an arrow
  // from the actor pressed to the pointer, solid once it snaps to the actor it would link to.
  {
    selector: 'edge.eh-ghost-edge, edge.draw-preview',
    style: {
      'curve-style': 'straight',
      'line-color': selectColour,
      'line-style': 'dashed',
      width: 3,
      'target-arrow-shape': 'triangle',
      'target-arrow-color': selectColour,
      opacity: 1,
      'z-index': 50,
    },
  },
  { selector: 'edge.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
  { selector: 'edge.draw-preview', style: { 'line-style': 'solid' } },
  {
    selector: 'node.eh-source, node.eh-target',
    style: { 'border-width': 4, 'border-color': selectColour, 'border-style': 'solid', 'z-index': 45 },
  },
];
