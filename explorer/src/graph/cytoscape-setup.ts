// Cytoscape with the fcose layout, and the options that keep large graphs usable: labels hidden at low zoom
// (min-zoomed-font-size in the styles), element sizes measured before drawing, edges hidden while
// panning and zooming when the graph is large and zoomed in (see prepareDrawing).
import cytoscape, {
  type BoundingBox12,
  type BoundingBoxWH,
  type Collection,
  type Core,
  type CytoscapeOptions,
} from 'cytoscape';
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

// Cytoscape draws a graph from its layered texture cache while the whole graph (labels included), at the zoom
// rounded up to a power of two, fits in a texture of 4000 x 4000 px in area (and the zoom is below 4). Hiding
// edges while panning bypasses that cache and draws every node anew in each frame, and a snapshot texture
// (textureOnViewport) is scaled in each frame: both are slower than the cache (npm run bench:explorer, 5,000 nodes
// zoomed out: 21 and 51 fps against 59 fps). Zoomed in, where the cache is not used, hiding the edges is what keeps
// panning smooth (59 against 15 fps).
const layerCacheMaxArea = 4000 * 4000;
const layerCacheMaxScale = 4;
const layerCacheMaxZoom = 3.99;

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
  const cached =
    scale <= layerCacheMaxScale &&
    cy.zoom() < layerCacheMaxZoom &&
    size.width * scale * size.height * scale <= layerCacheMaxArea;
  renderer.textureOnViewport = false;
  renderer.hideEdgesOnViewport = size.large && !cached;
}

/**
 * Call after the elements change and before they are drawn.
 *
 * It measures every element: Cytoscape measures each element (its bounding box, labels included) once, and when
 * that first happens while drawing, as for elements never measured before, the measurement counts as a change in
 * the next frame, throws away the layered texture cache just built, and nothing rebuilds it until the view moves:
 * the first seconds of panning 5,000 nodes ran at 3 fps instead of 60 (npm run bench:explorer, BENCH_PROFILE=1).
 * Measured here, before the drawing, the cache stays; elements measured before cost nothing again.
 *
 * And it tunes the renderer for the graph's size: edges are hidden while panning when the graph is large and
 * zoomed in too far for Cytoscape's cache. Returns the elements' bounding box.
 */
export function prepareDrawing(cy: Core): BoundingBox12 & BoundingBoxWH {
  const box = cy.elements().boundingBox();
  if (!tuned.has(cy)) cy.on('zoom', () => applyTuning(cy));
  tuned.set(cy, { large: cy.elements().length > largeGraphElements, width: box.w, height: box.h });
  applyTuning(cy);
  return box;
}

/** Cytoscape's layered texture cache waits this long after any change before it builds layers. */
const layerCacheSettleMs = 250;

/**
 * Call when a canvas's elements are drawn for the first time (they are drawn element by element then).
 *
 * Cytoscape's layered texture cache draws the whole graph from a few textures, which makes panning cheap; it builds
 * them over several frames, a little in each, but starts only when it is asked to draw while nothing has changed
 * for a quarter of a second, and after the first drawing nothing is drawn again until the view moves: the first pan
 * drew every element on its own in each frame. So one more drawing is asked for once that time has passed. Building
 * the layers in the first drawing itself (Cytoscape's first-time behaviour, set again for a canvas made while the
 * data load) made the county's first drawing some 40 ms later (BENCHMARKS.md, 2026-12-07).
 */
export function buildLayersSoon(cy: Core): void {
  setTimeout(() => {
    if (!cy.destroyed()) cy.forceRender();
  }, layerCacheSettleMs + 50);
}

interface StyleWithTriggers {
  checkTriggers?: (...args: unknown[]) => void;
}

/**
 * Applies the stylesheet to elements just added, in one pass, before anything measures or draws them.
 *
 * Cytoscape styles an element lazily, when it is first read, property by property, and after each property it
 * "checks triggers": it clears the style caches of the element, its municipality (compound node), that one's other
 * actors and all their links, and marks their bounds for measuring again. For elements just added nothing is cached
 * or measured yet, so that work is wasted, and with municipalities it was about a third of Cytoscape's first
 * styling of the county (npm run bench:explorer with BENCH_PROFILE=1, BENCHMARKS.md 2026-12-07). Here the elements
 * are styled at once with the triggers switched off; their caches and bounds are made afterwards, when they are
 * first measured. The result is Cytoscape's own:
 * test/explorer/style-at-once.test.ts compares every style property and every box, municipalities' included, and
 * fails should a version of Cytoscape no longer style this way (then the elements are simply styled later, as
 * before). Call it right after adding, before any element of `added` is read.
 */
export function styleAtOnce(cy: Core, added: Collection): void {
  const style = cy.style() as unknown as StyleWithTriggers;
  const elements = added as unknown as { cleanStyle?: () => void };
  if (typeof style.checkTriggers !== 'function' || typeof elements.cleanStyle !== 'function') return;
  style.checkTriggers = () => undefined; // an own property, shadowing Cytoscape's while the elements are styled
  try {
    elements.cleanStyle();
  } finally {
    delete style.checkTriggers;
  }
}
