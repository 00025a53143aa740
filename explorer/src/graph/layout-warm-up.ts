// The first layout of a district runs cold: fcose, Cytoscape and the layout's own steps (network-layout.ts) are
// compiled while they run, which made about a third of the county's first layout (npm run bench:explorer,
// BENCHMARKS.md). The network view is made while the district's data load, and the page is idle until they are
// there: it lays out a small network shaped like a district's once in that time, on a headless Cytoscape of its
// own, so that the district's layout runs compiled code. The district's positions do not change by it (the layout
// is seeded and keeps no state between runs; the bench compares them with its bare page, which lays out cold).
import cytoscape, { type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { styleAtOnce } from './cytoscape-setup.js';
import { runNetworkLayout } from './network-layout.js';

/** Four municipalities of seven actors, every third named, linked within (a ring and chords) and between them. */
export function warmUpNetwork(): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const groups = 4;
  const actors = 7;
  const actorId = (g: number, a: number) => `a:warm-${g}-${a}`;
  for (let g = 0; g < groups; g++) {
    elements.push({ group: 'nodes', data: { id: `g:warm-${g}`, label: `Gemeinde ${g + 1}` }, classes: 'group' });
    for (let a = 0; a < actors; a++)
      elements.push({
        group: 'nodes',
        data: {
          id: actorId(g, a),
          parent: `g:warm-${g}`,
          label: `Akteur ${g + 1}.${a + 1}`,
          degree: 7 - a,
          size: 20 + a,
          colour: '#64748b', // the stylesheet maps every actor's colour
        },
        classes: a % 3 === 0 ? 'actor framed named' : 'actor framed',
      });
  }
  const link = (source: string, target: string) =>
    elements.push({ group: 'edges', data: { id: `e:${source}|${target}`, source, target }, classes: 'cooperation' });
  for (let g = 0; g < groups; g++) {
    for (let a = 0; a < actors; a++) link(actorId(g, a), actorId(g, (a + 1) % actors));
    link(actorId(g, 0), actorId(g, 3));
    link(actorId(g, 1), actorId(g, 5));
    link(actorId(g, 0), actorId((g + 1) % groups, 0));
    link(actorId(g, 2), actorId((g + 2) % groups, 4));
  }
  return elements;
}

/** Lays out warmUpNetwork() once with the given stylesheet (fcose must be registered: graph/cytoscape-setup.ts). */
export function warmUpLayout(style: StylesheetJson): void {
  const cy = cytoscape({ headless: true, styleEnabled: true, style });
  try {
    styleAtOnce(cy, cy.add(warmUpNetwork())); // as the network view styles a district's elements
    runNetworkLayout(cy);
  } finally {
    cy.destroy();
  }
}
