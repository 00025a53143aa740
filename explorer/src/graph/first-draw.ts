// The frame after Cytoscape has drawn what it holds: a performance mark there, which `npm run bench:explorer` reads
// (the explorer and the benchmark's bare Cytoscape page set it the same way), and a promise for what should wait
// until the drawing is on screen (the explorer's side panels, app/explorer-app.ts).
import type { Core } from 'cytoscape';

export const networkDrawnMark = 'bildungsnetz:network-drawn';
// Around the first layout: the bench splits the first render into before the layout, the layout and after it.
export const layoutStartMark = 'bildungsnetz:layout-start';
export const layoutStopMark = 'bildungsnetz:layout-stop';

/** Call right after the elements are in place: the next 'render' is their first drawing, the frame after it shows it. */
export function markFirstDraw(cy: Core, name: string): void {
  cy.one('render', () => requestAnimationFrame(() => performance.mark(name)));
}

/**
 * Resolves in the frame after Cytoscape's next drawing, when that drawing is on screen; at the latest after
 * `latestMs` (a page in the background draws no frames).
 */
export function afterDrawing(cy: Core, latestMs = 250): Promise<void> {
  return new Promise((done) => {
    const latest = setTimeout(done, latestMs);
    cy.one('render', () =>
      requestAnimationFrame(() => {
        clearTimeout(latest);
        done();
      }),
    );
  });
}
