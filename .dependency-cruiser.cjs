// dependency-cruiser (npm run check:cycles): no import cycles in the server, the shared code, the scripts, the
// benchmarks and the explorer; neither between modules nor between folders (analysis ⇄ monitoring was a cycle of
// folders without being one of files). Type-only imports count too: a cycle of types is still a knot to untie.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module must not reach itself through its imports; move what both sides need into a third module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      severity: 'error',
      scope: 'folder',
      comment: 'A folder must not reach itself through its imports: folders are layers, and layers point one way.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|generated)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
