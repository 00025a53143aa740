// A performance mark at the first frame after Cytoscape has drawn what it holds: `npm run bench:explorer`
// reads it (the explorer and the benchmark's bare Cytoscape page set it the same way). Costs nothing else.
import type { Core } from 'cytoscape';

export const networkDrawnMark = 'bildungsnetz:network-drawn';
// Around the first layout: the bench splits the first render into before the layout, the layout and after it.
export const layoutStartMark = 'bildungsnetz:layout-start';
export const layoutStopMark = 'bildungsnetz:layout-stop';

/** Call right after the elements are in place: the next 'render' is their first drawing, the frame after it shows it. */
export function markFirstDraw(cy: Core, name: string): void {
  cy.one('render', () => requestAnimationFrame(() => performance.mark(name)));
}
