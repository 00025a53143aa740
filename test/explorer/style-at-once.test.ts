// Styling a district's elements in one pass (explorer/src/graph/cytoscape-setup.ts, styleAtOnce): Cytoscape's
// "triggers" (clearing caches, marking bounds) are switched off while the elements just added are styled, as there
// is nothing cached or measured for them yet. The result must be exactly Cytoscape's own: every style property of every element, every bounding box (municipalities'
// boxes around their actors included), and later changes still reach the municipalities' boxes. On headless
// Cytoscape in Node, which styles and measures (without label sizes) by the same code as in the browser; the
// browser tests of the network (network-readable, view-layer) draw it.
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { styleAtOnce } from '../../explorer/src/graph/cytoscape-setup.js';

/** Properties of each kind the network's stylesheet sets: mapped data, sizes, borders, padding, names, order. */
const style: StylesheetJson = [
  { selector: 'node.actor', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)' } },
  { selector: 'node.actor.framed', style: { 'border-width': 1.5, 'border-color': '#ffffff' } },
  {
    selector: 'node.actor.named',
    style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'font-weight': 'bold', 'z-index': 10 },
  },
  {
    selector: 'node.group',
    style: { shape: 'round-rectangle', label: 'data(label)', padding: '12px', 'compound-sizing-wrt-labels': 'exclude' },
  },
  { selector: 'edge.cooperation', style: { width: 1, 'line-color': '#94a3b8' } },
  { selector: 'node.wide', style: { width: 60, height: 60 } },
];

/** Four municipalities of seven actors, every third named, linked within (a ring and chords) and between them. */
function smallNetwork(): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const actorId = (g: number, a: number) => `a:${g}-${a}`;
  for (let g = 0; g < 4; g++) {
    elements.push({ group: 'nodes', data: { id: `g:${g}`, label: `Gemeinde ${g + 1}` }, classes: 'group' });
    for (let a = 0; a < 7; a++)
      elements.push({
        group: 'nodes',
        data: {
          id: actorId(g, a),
          parent: `g:${g}`,
          label: `Akteur ${g + 1}.${a + 1}`,
          size: 20 + a,
          colour: '#64748b',
        },
        classes: a % 3 === 0 ? 'actor framed named' : 'actor framed',
      });
  }
  const link = (source: string, target: string) =>
    elements.push({ group: 'edges', data: { id: `e:${source}|${target}`, source, target }, classes: 'cooperation' });
  for (let g = 0; g < 4; g++) {
    for (let a = 0; a < 7; a++) link(actorId(g, a), actorId(g, (a + 1) % 7));
    link(actorId(g, 0), actorId(g, 3));
    link(actorId(g, 0), actorId((g + 1) % 4, 0));
  }
  return elements;
}

const made: Core[] = [];
afterEach(() => {
  made.splice(0).forEach((cy) => cy.destroy());
});

/** A headless Cytoscape with the network laid out on a grid (so that the boxes are not all alike). */
function network(styleAtOnceToo: boolean): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style });
  made.push(cy);
  const elements: ElementDefinition[] = smallNetwork().map((definition, i) =>
    definition.group === 'nodes'
      ? { ...definition, position: { x: (i % 6) * 70, y: Math.floor(i / 6) * 55 } }
      : definition,
  );
  cy.startBatch();
  const added = cy.add(elements);
  cy.endBatch();
  if (styleAtOnceToo) styleAtOnce(cy, added);
  return cy;
}

const styleOf = (cy: Core) => Object.fromEntries(cy.elements().map((element) => [element.id(), element.style()]));
/**
 * Every element's box, the actors' before their municipalities' (Cytoscape styles an element whose class changed
 * only when it is next read, and only then tells its municipality: a municipality measured first would miss it).
 */
const boxesOf = (cy: Core) =>
  Object.fromEntries(
    cy
      .nodes()
      .filter((node) => node.isChildless())
      .union(cy.nodes().filter((node) => node.isParent()))
      .union(cy.edges())
      .map((element) => [element.id(), element.boundingBox({ includeLabels: false })]),
  );

describe('styling the elements just added in one pass', () => {
  it('gives every element exactly the style Cytoscape gives it on its own', () => {
    const own = network(false);
    const atOnce = network(true);
    const expected = styleOf(own);
    expect(Object.keys(expected)).toHaveLength(own.elements().length);
    expect(expected['a:0-0']).toMatchObject({ 'z-index': '10', 'border-width': '1.5px', label: 'Akteur 1.1' });
    expect(styleOf(atOnce)).toEqual(expected);
  });

  it('styles them then and there, so that nothing is styled again when they are measured or drawn', () => {
    const cy = network(true);
    const styler = cy.style() as unknown as { apply: (...args: unknown[]) => unknown };
    const apply = vi.spyOn(styler, 'apply');
    cy.elements().forEach((element) => {
      element.style('width');
    });
    cy.elements().boundingBox();
    expect(apply).not.toHaveBeenCalled();
  });

  it('measures every element and every municipality around its actors as Cytoscape does on its own', () => {
    const own = network(false);
    const atOnce = network(true);
    const expected = boxesOf(own);
    expect(expected['g:0']!.w).toBeGreaterThan(100);
    expect(boxesOf(atOnce)).toEqual(expected);
  });

  it('still tells a municipality when one of its actors moves or grows afterwards', () => {
    const own = network(false);
    const atOnce = network(true);
    boxesOf(own);
    boxesOf(atOnce); // measured once, so that the caches are filled before the change
    for (const cy of [own, atOnce]) {
      cy.getElementById('a:1-3').position({ x: 900, y: -400 });
      cy.getElementById('a:2-2').addClass('wide');
    }
    const boxes = boxesOf(atOnce);
    expect(boxes['g:1']!.x2).toBeGreaterThan(900);
    const grown = boxes['a:2-2']!;
    expect(grown.w).toBeGreaterThan(60);
    expect(boxes['g:2']!.y2).toBeGreaterThan(grown.y2);
    expect(boxes).toEqual(boxesOf(own));
  });
});
