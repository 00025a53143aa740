// The explorer as the browser tests see it: built once by Vite into a temporary folder and served by the real
// app (server/http/create-app.ts) over the test Neo4j, with the demo county loaded. The demo data is shared
// with test/server/demo-data: loading is idempotent and nobody deletes it, so the two files may run together.
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Core } from 'cytoscape';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { projectRoot } from '../../server/config.js';
import { loadDemoCounty } from '../support/demo-county.js';
import { createApp } from '../../server/http/create-app.js';
import { createLogger } from '../../server/logger.js';
import { createSchema } from '../../server/schema/create-schema.js';
import { authenticatorFor } from '../../server/auth/authenticate-request.js';
import { headersFor, testDriver, testJwt, tokenFor } from '../support/test-server.js';

declare global {
  interface Window {
    /**
     * The explorer's handle for tests (explorer/src/app/start-app.ts): its canvases, charts and view state. Only a
     * build in the mode 'test' has it (startExplorerServer builds so); a production build exposes nothing.
     */
    bildungsnetz?: {
      network(): Core | undefined;
      map(): Core | undefined;
      state: () => Record<string, unknown>;
      chart(canvasId: string): { data: { labels?: unknown[] } } | undefined;
    };
  }
}

export interface ExplorerServer {
  url: string; // the explorer's address, ending in /explorer/
  /** A link into the explorer logged in as the coordinator (#token=..., as `npm start` prints it). */
  loginLink(link: string): string;
  token: string; // the coordinator's token in that link
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export const demoDistrictAgs = '03256';

export async function startExplorerServer(): Promise<ExplorerServer> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'bildungsnetz-explorer-'));
  await build({
    configFile: path.join(projectRoot, 'explorer', 'vite.config.ts'),
    mode: 'test', // with the test handle window.bildungsnetz (explorer/src/app/start-app.ts)
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const { driver, database } = testDriver();
  await loadDemoCounty(driver, database);
  const schema = await createSchema({ driver, database });
  const app = await createApp({
    schema,
    driver,
    database,
    log: createLogger('silent'),
    explorerDir: outDir,
    authenticate: authenticatorFor(testJwt, { driver, database }),
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const token = await tokenFor('coordinator', { sub: 'explorer-test' });
  return {
    url: `${origin}/explorer/`,
    token,
    loginLink: (link) => `${link.replace(/#.*$/, '')}#token=${token}`,
    async gql(query, variables) {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await headersFor('coordinator')) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async close() {
      await app.stop();
      await driver.close();
      await fs.rm(outDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium (apt-get install chromium), headless; CHROMIUM_PATH points elsewhere. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const screenshotDir = path.join(projectRoot, 'test-output');
