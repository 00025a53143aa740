// Builds the explorer into explorer/dist, which the server serves at /explorer (server/http/create-app.ts).
// `npx vite --config explorer/vite.config.ts` serves it with hot reload, sending /graphql to a running server.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/explorer/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500, // Cytoscape and fcose make one chunk of about 1 MB; the page needs both at once
  },
  server: {
    // The report links, the import upload and the login check go to the server as well.
    proxy: Object.fromEntries(
      ['/graphql', '/reports', '/import', '/auth'].map((path) => [
        path,
        process.env.EXPLORER_API ?? 'http://127.0.0.1:4000',
      ]),
    ),
  },
});
