// Builds GraphiQL from its npm packages into dist/graphiql, which the server serves at /graphiql
// (server/http/create-app.ts); `npm run build:explorer` builds it after the explorer. Its own config, not a page of
// the explorer's: the explorer's build may alias or transform React for its own view layer, GraphiQL needs React.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/graphiql/',
  publicDir: false,
  build: {
    outDir: path.join(root, '..', '..', '..', 'dist', 'graphiql'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500, // GraphiQL with React is one chunk of about 850 kB; the page needs it all
    rolldownOptions: {
      // GraphiQL's Radix components start with "use client", which means nothing outside React Server Components.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
