// The warm-up of the network's layout (explorer/src/graph/layout-warm-up.ts): the network view lays out a small
// network once while the district's data load, so that the district's layout runs compiled code. The district's
// positions must not depend on it: the layout is seeded and keeps no state between runs. On headless Cytoscape in
// Node, as the warm-up itself runs (npm run bench:explorer checks the same in Chromium against its bare page).
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { beforeAll, describe, expect, it } from 'vitest';
import { warmUpLayout, warmUpNetwork } from '../../explorer/src/graph/layout-warm-up.js';
import { groupPadding, runNetworkLayout } from '../../explorer/src/graph/network-layout.js';

/** What the layout reads of the network's stylesheet (explorer/src/views/network-styles.ts): sizes and padding. */
const networkStyles: StylesheetJson = [
  { selector: 'node.actor', style: { width: 'data(size)', height: 'data(size)' } },
  { selector: 'node.actor.framed', style: { 'border-width': 1.5 } },
  { selector: 'node.group', style: { padding: `${groupPadding}px` } },
  { selector: 'edge.cooperation', style: { width: 1 } },
];

/** Three municipalities of nine actors and two actors without one, linked otherwise than the warm-up network. */
function district(): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const id = (g: number, a: number) => `a:${g}-${a}`;
  for (let g = 0; g < 3; g++) {
    elements.push({ group: 'nodes', data: { id: `g:${g}`, label: `Gemeinde ${g}` }, classes: 'group' });
    for (let a = 0; a < 9; a++)
      elements.push({
        group: 'nodes',
        data: { id: id(g, a), parent: `g:${g}`, label: `Träger ${g}-${a}`, degree: (a * 5) % 7, size: 18 + a },
        classes: a % 4 === 0 ? 'actor framed named' : 'actor framed',
      });
  }
  for (const loose of ['a:x', 'a:y'])
    elements.push({ group: 'nodes', data: { id: loose, label: loose, degree: 1, size: 20 }, classes: 'actor framed' });
  const link = (source: string, target: string) =>
    elements.push({ group: 'edges', data: { id: `e:${source}|${target}`, source, target }, classes: 'cooperation' });
  for (let g = 0; g < 3; g++) for (let a = 1; a < 9; a++) link(id(g, (a * 4) % 9), id(g, a - 1));
  link(id(0, 0), id(1, 0));
  link(id(1, 4), id(2, 8));
  link('a:x', id(2, 2));
  link('a:x', 'a:y');
  return elements;
}

function positionsAfterLayout(elements: ElementDefinition[]): Record<string, { x: number; y: number }> {
  const cy: Core = cytoscape({ headless: true, styleEnabled: true, style: networkStyles });
  cy.add(elements);
  runNetworkLayout(cy);
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    if (node.isChildless()) positions[node.id()] = { ...node.position() };
  });
  cy.destroy();
  return positions;
}

describe('the warm-up of the network layout', () => {
  beforeAll(() => {
    cytoscape.use(fcose);
  });

  it('lays out its small network, every actor placed apart from the others', () => {
    const positions = positionsAfterLayout(warmUpNetwork());
    const actors = Object.entries(positions).filter(([id]) => id.startsWith('a:warm-'));
    expect(actors).toHaveLength(28);
    const distinct = new Set(actors.map(([, { x, y }]) => `${Math.round(x)},${Math.round(y)}`));
    expect(distinct.size).toBe(28);
  });

  it('leaves a district laid out exactly where it is laid out without it', () => {
    const cold = positionsAfterLayout(district());
    warmUpLayout(networkStyles);
    warmUpLayout(networkStyles);
    const afterWarmUp = positionsAfterLayout(district());
    expect(Object.keys(afterWarmUp)).toHaveLength(29);
    expect(afterWarmUp).toEqual(cold);
  });
});
