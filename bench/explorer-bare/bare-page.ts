// The baseline of `npm run bench:explorer`: Cytoscape and fcose as they come, with Cytoscape's default options
// and style, given the elements the explorer drew, laid out by the explorer's own layout code
// (explorer/src/graph/network-layout.ts). Built by Vite into the folder the bench serves; the bench answers
// data.json (the elements and a stylesheet: only the node sizes, borders and group padding the layout depends on,
// or for a diagnostic variant the explorer's whole stylesheet) and sets the canvas to the size of the explorer's
// network canvas (?w=&h=).
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import {
  layoutStartMark,
  layoutStopMark,
  markFirstDraw,
  networkDrawnMark,
} from '../../explorer/src/graph/first-draw.js';
import { runNetworkLayout } from '../../explorer/src/graph/network-layout.js';

declare global {
  interface Window {
    bare?: { cy: Core };
  }
}

async function main(): Promise<void> {
  cytoscape.use(fcose);
  const params = new URLSearchParams(window.location.search);
  const container = document.getElementById('cy')!;
  container.style.width = `${Number(params.get('w') ?? 800)}px`;
  container.style.height = `${Number(params.get('h') ?? 600)}px`;
  await settle(Number(params.get('at') ?? 0));
  const response = await fetch(`data.json${window.location.search}`);
  const data = (await response.json()) as { elements: ElementDefinition[]; style: StylesheetJson | null };
  const cy = cytoscape({ container, ...(data.style ? { style: data.style } : {}) });
  cy.add(data.elements);
  performance.mark(layoutStartMark);
  runNetworkLayout(cy);
  performance.mark(layoutStopMark); // the bench splits the first render around the layout
  cy.fit(undefined, 30); // as the explorer's network view does after the layout
  markFirstDraw(cy, networkDrawnMark);
  window.bare = { cy };
  document.documentElement.dataset['ready'] = 'network';
}

/**
 * Waits for the page's load event and then until `at` ms after navigation (when the explorer had the district's data,
 * measured by the bench), so that both pages begin to draw at the same point of their life. Run straight away, the
 * bare page laid the county out while it loaded, and in Chromium 156 the same code on the same elements took 1,257 ms
 * there against 713 ms once the page had loaded (BENCHMARKS.md).
 */
async function settle(at: number): Promise<void> {
  if (document.readyState !== 'complete') await new Promise((done) => window.addEventListener('load', done));
  const wait = at - performance.now();
  if (wait > 0) await new Promise((done) => setTimeout(done, wait));
}

main().catch((error: unknown) => {
  document.body.textContent = `bare page failed: ${error instanceof Error ? error.message : String(error)}`;
  document.documentElement.dataset['failed'] = 'true';
});
