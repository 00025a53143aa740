// Cytoscape with the fcose layout, and the options that keep large graphs usable: labels hidden at low zoom
// (min-zoomed-font-size in the styles), element sizes measured before drawing (measureBeforeDrawing), edges
// hidden while panning and zooming when the graph is large and zoomed in (see tuneForSize).
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

export const largeGraphElements = 1500; // above this many elements, edges may be hidden while panning

export function createCytoscape(container: HTMLElement, options: Partial<CytoscapeOptions> = {}): Core {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  return cytoscape({
    container,
    minZoom: 0.05,
    maxZoom: 6,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...options,
  });
}

// Cytoscape draws a graph from its layered texture cache while the whole graph, at the zoom rounded up to a power
// of two, fits in 4000 x 4000 px (and the zoom is below 4). Hiding edges while panning bypasses that cache and
// draws every node anew in each frame, and a snapshot texture (textureOnViewport) is scaled in each frame: both
// are slower than the cache (npm run bench:explorer, 5,000 nodes zoomed out: 21 and 51 fps against 59 fps).
// Zoomed in, where the cache is not used, hiding the edges is what keeps panning smooth (59 against 15 fps).
const layerCacheMaxPx = 4000;
const layerCacheMaxScale = 4;

interface Renderer {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

const tuned = new WeakMap<Core, { large: boolean; width: number; height: number }>();

const rendererOf = (cy: Core) => (cy as unknown as { renderer(): Renderer | undefined }).renderer();

function applyTuning(cy: Core): void {
  const renderer = rendererOf(cy);
  const size = tuned.get(cy);
  if (!renderer || !size) return;
  const scale = 2 ** Math.max(-4, Math.ceil(Math.log2(cy.zoom() * (window.devicePixelRatio || 1))));
  const cached = scale <= layerCacheMaxScale && Math.max(size.width, size.height) * scale <= layerCacheMaxPx;
  renderer.textureOnViewport = false;
  renderer.hideEdgesOnViewport = size.large && !cached;
}

/**
 * Call after the elements change and before they are drawn. Cytoscape measures each element (its bounding box,
 * labels included) once; when that first happens while drawing, as for elements that were never measured, the
 * measurement counts as a change in the next frame and throws away the layered texture cache it has just built,
 * and nothing rebuilds it until the view moves: the first seconds of panning 5,000 nodes then ran at 3 fps
 * instead of 60 (npm run bench:explorer, BENCH_PROFILE=1). Measuring here, before the drawing, keeps the cache;
 * elements measured before cost nothing again.
 */
export function measureBeforeDrawing(cy: Core): void {
  cy.elements().boundingBox();
}

/** Call after the elements change: edges are hidden while panning when the graph is large and zoomed in too far for Cytoscape's cache. */
export function tuneForSize(cy: Core): void {
  const large = cy.elements().length > largeGraphElements;
  const box = large ? cy.elements().boundingBox() : { w: 0, h: 0 };
  if (!tuned.has(cy)) cy.on('zoom', () => applyTuning(cy));
  tuned.set(cy, { large, width: box.w, height: box.h });
  applyTuning(cy);
}
