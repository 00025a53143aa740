// GraphiQL as Vite builds it from its npm packages (server/http/graphiql/), served by the real app at /graphiql over
// the test Neo4j with the demo county, in a real headless Chromium: the page loads without any other origin, takes
// the token from the link, runs a query against /graphql and shows the API's answer. A screenshot goes to
// test-output/graphiql.png.
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticatorFor } from '../../server/auth/authenticate-request.js';
import { projectRoot } from '../../server/config.js';
import { createApp, type App } from '../../server/http/create-app.js';
import { createLogger } from '../../server/logger.js';
import { createSchema } from '../../server/schema/create-schema.js';
import { loadDemoCounty } from '../support/demo-county.js';
import { testDriver, testJwt, tokenFor } from '../support/test-server.js';
import { demoDistrictAgs, launchChromium, screenshotDir } from './explorer-server.js';

let app: App;
let origin: string;
let outDir: string;
let browser: Browser;
let closeDriver: () => Promise<void>;

beforeAll(async () => {
  outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'bildungsnetz-graphiql-'));
  await build({
    configFile: path.join(projectRoot, 'server', 'http', 'graphiql', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const { driver, database } = testDriver();
  closeDriver = () => driver.close();
  await loadDemoCounty(driver, database);
  app = await createApp({
    schema: await createSchema({ driver, database }),
    driver,
    database,
    log: createLogger('silent'),
    graphiqlDir: outDir,
    authenticate: authenticatorFor(testJwt, { driver, database }),
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  await fs.mkdir(screenshotDir, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await closeDriver?.();
  if (outDir) await fs.rm(outDir, { recursive: true, force: true });
});

describe('/graphiql', () => {
  it('serves the built page and its assets from this server only', async () => {
    const page = await fetch(`${origin}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // no CDN
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const response = await fetch(`${origin}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control'), asset).toBe('public, max-age=86400');
    }
    expect((await fetch(`${origin}/graphiql/assets/nope.js`)).status).toBe(404);
  });

  it('runs a query with the token from the link and shows the answer', async () => {
    const token = await tokenFor('analyst', { sub: 'graphiql-test' });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const foreign: string[] = [];
    const authorizations: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
      if (request.url() === `${origin}/graphql`) authorizations.push(request.headers().authorization);
    });
    await page.goto(`${origin}/graphiql#token=${token}`);
    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 60_000 });
    expect(new URL(page.url()).hash).toBe(''); // the token left the address bar
    // The analyst's first query is there; replace it with one whose answer the demo county fixes.
    expect(await page.locator('.graphiql-query-editor').textContent()).toContain('IntegrationCoursesByMunicipality');
    await page.evaluate((ags) => {
      const editor = document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as {
        CodeMirror: { setValue(text: string): void };
      };
      // The same operation name as the default query's: GraphiQL reads the name from the editor after a short
      // delay, and a click right after setValue would send the new text under the old name.
      editor.CodeMirror.setValue(
        `query IntegrationCoursesByMunicipality { districts(where: { ags: { eq: "${ags}" } }) { ags name } }`,
      );
    }, demoDistrictAgs);
    await page.click('.graphiql-execute-button');
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.textContent()).toContain('"ags": "03256"');
    expect(await response.textContent()).toMatch(/"name": "[^"]*Nienburg/);
    expect(authorizations.filter((header) => header !== undefined)).toContain(`Bearer ${token}`);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'graphiql.png') });
    await page.close();
  });
});
