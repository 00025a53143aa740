import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (as @neo4j/graphql does); Vite would pick the .mjs one,
    // and two copies of graphql in one process break the schema.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    // Browser tests poll the page for what the explorer loads; a whole-district analysis takes seconds.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 240_000,
    // Integration test files share one Neo4j; each keeps to its own data, so files may run in parallel.
    fileParallelism: true,
  },
});
