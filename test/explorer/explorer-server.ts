// The explorer as the browser tests see it: built by Vite once per test run (into the run's scratch folder) and
// served by the real app (server/http/create-app.ts) over the test Neo4j, with the demo county loaded. The demo
// data is shared with test/server/demo-data: loading is idempotent and nobody deletes it, so files may run together.
// One server per test worker serves every browser test file that worker runs: none of them changes its settings.
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { build } from 'vite';
import { projectRoot } from '../../server/config.js';
import { ensureDemoCounty } from '../support/demo-county.js';
import { oncePerRun } from '../support/once-per-run.js';
import { openSharedChromium } from '../support/shared-chromium.js';
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
  gql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>; // the file is done with it; the server stays for the worker's next file
}

export const demoDistrictAgs = '03256';

/** The built explorer, once per run whichever worker asks first. */
export function buildExplorer(): Promise<string> {
  return oncePerRun('explorer-build', (outDir) =>
    build({
      configFile: path.join(projectRoot, 'explorer', 'vite.config.ts'),
      mode: 'test', // with the test handle window.bildungsnetz (explorer/src/app/start-app.ts)
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    }).then(() => undefined),
  );
}

let shared: Promise<ExplorerServer> | undefined;

/** The worker's explorer server, started by the first file that asks (and again after a failed start). */
export function startExplorerServer(): Promise<ExplorerServer> {
  if (!shared) {
    const starting = serveExplorer();
    shared = starting;
    starting.catch(() => shared === starting && (shared = undefined));
  }
  return shared;
}

async function serveExplorer(): Promise<ExplorerServer> {
  const { driver, database } = testDriver();
  const [outDir] = await Promise.all([buildExplorer(), ensureDemoCounty(driver, database)]);
  const schema = await createSchema({ driver, database });
  // The test server's generous request limits (test/support/test-server.ts): the files this server serves one
  // after another send many requests as one user within the rate limit's window.
  const app = await createApp({
    schema,
    driver,
    database,
    log: createLogger('silent'),
    explorerDir: outDir,
    authenticate: authenticatorFor(testJwt, { driver, database }),
    limits: { rateLimitMax: 1_000_000, authFailureMax: 1_000_000 },
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const token = await tokenFor('coordinator', { sub: 'explorer-test' });
  return {
    url: `${origin}/explorer/`,
    token,
    loginLink: (link) => `${link.replace(/#.*$/, '')}#token=${token}`,
    async gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await headersFor('coordinator')) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
      if (body.errors) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data as T;
    },
    // The server, its driver and the build outlive the file: the worker process ends them, the run's teardown
    // removes the build (test/support/global-setup.ts).
    async close() {},
  };
}

/** The worker's headless Chromium for one test file: close() closes the file's pages (test/support/shared-chromium.ts). */
export function launchChromium(): Promise<Browser> {
  return openSharedChromium();
}

export const screenshotDir = path.join(projectRoot, 'test-output');

export interface OpenViewOptions {
  view?: string; // the view to open and whose data-ready mark to wait for (default: the network)
  query?: string; // further search parameters, without the leading '&'
  district?: string; // default: the demo county
  viewport?: { width: number; height: number }; // default: 1280 × 800
  login?: boolean | string; // true: as the coordinator (default); a token: as its holder; false: anonymous
  acceptDownloads?: boolean;
  initScript?: string; // run in the page before any of its scripts (page.addInitScript)
}

/** The parts of the explorer a browser test file uses, set up before its first test and closed after its last. */
export interface ExplorerTestKit {
  readonly server: ExplorerServer;
  readonly browser: Browser;
  /** A new page on the explorer of the district, waited for until the view says it is ready. */
  open(options?: OpenViewOptions): Promise<Page>;
}

/**
 * Registers the file's beforeAll and afterAll for the worker's explorer server and Chromium and the screenshot
 * folder; call it at the top of a test file. Hooks the file adds after it run after these, so they may use the kit.
 */
export function useExplorer(): ExplorerTestKit {
  let server: ExplorerServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startExplorerServer();
    browser = await launchChromium();
    await fs.mkdir(screenshotDir, { recursive: true });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(part: T | undefined, name: string): T => {
    if (!part) throw new Error(`the explorer's ${name} is not started: use the kit inside tests or later hooks`);
    return part;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async open(options = {}) {
      const { view = 'network', query = '', district = demoDistrictAgs, login = true } = options;
      const page = await started(browser, 'browser').newPage({
        viewport: options.viewport ?? { width: 1280, height: 800 },
        acceptDownloads: options.acceptDownloads ?? false,
      });
      page.on('pageerror', (error) => console.error('page error:', error.message));
      if (options.initScript) await page.addInitScript({ content: options.initScript });
      const explorer = started(server, 'server');
      // The view comes into the link unless the query names one; the network needs none (it is the start view).
      const viewParameter = view === 'network' || /(^|&)view=/.test(query) ? '' : `&view=${view}`;
      const link = `${explorer.url}?d=${district}${viewParameter}${query ? `&${query}` : ''}`;
      const address = login === true ? explorer.loginLink(link) : login ? `${link}#token=${login}` : link;
      await page.goto(address);
      await page.waitForSelector(`html[data-ready="${view}"]`, { timeout: 60_000 });
      return page;
    },
  };
}
