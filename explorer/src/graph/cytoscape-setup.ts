// Cytoscape with the fcose layout, and the options that keep large graphs usable: labels hidden at low zoom
// (min-zoomed-font-size in the styles), edges hidden and a texture used while panning when the graph is large.
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

export const largeGraphElements = 1500; // above this many elements, panning shows a texture without edges

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

/** Switches the viewport optimisations on when the graph is large, off when it is small enough to draw in full. */
export function tuneForSize(cy: Core): void {
  const large = cy.elements().length > largeGraphElements;
  const renderer = (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean; textureOnViewport: boolean } | undefined }).renderer();
  if (renderer) {
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
  }
}
