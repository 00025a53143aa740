// cytoscape-fcose ships no types (the explorer has the same declaration in explorer/src).
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
