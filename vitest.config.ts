import { createRequire } from 'node:module';
import os from 'node:os';
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
    // Three files at once on two cores: a test that takes 20 s alone (a whole demo county load) can take longer than 30 s.
    testTimeout: 60_000,
    // Browser tests poll the page for what the explorer loads; a whole-district analysis takes seconds.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 240_000,
    // Integration test files share one Neo4j; each keeps to its own data, so files may run in parallel.
    fileParallelism: true,
    // Vitest's default is one worker less than there are cores: one file at a time on a 2-core machine, while most
    // test files spend their time waiting for Neo4j, Chromium or a server process of their own. Three at once keep
    // two cores busy (README, "Tests": the suite's time measured with each setting); --maxWorkers overrides it.
    maxWorkers: Math.max(3, os.availableParallelism() - 1),
    // A worker runs its files one after another in one process: the server modules and the GraphQL library are
    // loaded once per worker, not once per file, and the browser tests share the worker's Chromium and explorer
    // server (test/support/shared-chromium.ts, test/explorer/explorer-server.ts). No test mocks a module or
    // changes global state, and each file still cleans up its own data.
    isolate: false,
  },
});
