// The look of the network view. Data fields set by graph/network-elements.ts drive colour, size and line style.
import type { StylesheetJson } from 'cytoscape';
import { focusColour, offerColour, selectColour } from '../graph/palette';

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

export const networkStyles: StylesheetJson = [
  {
    selector: 'node.actor',
    style: {
      ...labelStyle,
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node.group',
    style: {
      ...labelStyle,
      shape: 'round-rectangle',
      'background-color': '#f1f5f9',
      'background-opacity': 0.75,
      'border-width': 1,
      'border-color': '#cbd5e1',
      label: 'data(label)',
      'font-size': 16, // big enough to name the municipalities at the zoom that fits a county
      'text-max-width': '260px',
      'font-weight': 'bold',
      color: '#475569',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      padding: '14px',
    },
  },
  {
    selector: 'node.group.collapsed',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': '#e2e8f0',
      'background-opacity': 1,
      'border-width': 2,
      'border-style': 'double',
      'border-color': '#64748b',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'font-size': 11,
    },
  },
  {
    selector: 'node.offer',
    style: {
      ...labelStyle,
      shape: 'diamond',
      width: 11,
      height: 11,
      'background-color': offerColour,
      label: 'data(label)',
      'font-size': 7,
      'min-zoomed-font-size': 9,
      color: '#475569',
      'text-valign': 'bottom',
    },
  },
  {
    selector: 'edge.cooperation',
    style: {
      // Haystack: a straight line between the node centres (the nodes cover its ends), Cytoscape's cheapest edge
      // to measure and draw, so that 20,000 links draw in the time of the bare page (npm run bench:explorer).
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'line-color': 'data(colour)',
      'line-style': 'data(line)' as never,
      width: 'mapData(strength, 1, 3, 1, 3.5)',
      opacity: 0.55,
    },
  },
  { selector: 'edge.provides', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'line-color': '#94a3b8', width: 0.8, opacity: 0.6 } },
  { selector: '.faded', style: { opacity: 0.18 } },
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
    style: { 'underlay-color': focusColour, 'underlay-opacity': 0.55, 'underlay-padding': 8, 'underlay-shape': 'ellipse', 'z-index': 20 },
  },
  { selector: 'edge.path', style: { 'line-color': focusColour, 'line-style': 'solid', width: 6, opacity: 1, 'z-index': 30 } },
  {
    selector: 'node.path',
    style: { 'underlay-color': focusColour, 'underlay-opacity': 0.7, 'underlay-padding': 6, 'font-weight': 'bold', 'z-index': 30 },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': selectColour, 'border-style': 'solid', 'z-index': 40 } },
];
