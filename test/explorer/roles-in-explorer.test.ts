// The explorer follows the role, in a real headless Chromium against the API with the demo county. The analyst
// sees every view and figure and no control that writes (no import, no arrangement to reset, no decision form or
// status to change) and sends no mutation; the coordinator has those controls. A partner person sees the public
// directory and its own organisation's offers, and asks nothing the role is refused. Whoever is logged in is named
// in the header with the role, beside "Abmelden". Screenshots go to test-output/.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/test-server.js';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';
import { openWatched, tabsOf } from './watch-requests.js';

const explorer = useExplorer();
const allTabs = ['Netzwerk', 'Akteure', 'Karte', 'Angebote', 'Kurse', 'Empfehlungen', 'Monitoring', 'Abfragen'];
const shot = (page: Page, file: string) => page.screenshot({ path: path.join(screenshotDir, file) });

/** The controls that write the county's data, which only the coordinator is offered. */
const writeControls = ['#import-open', '#arrange-reset'];

let analyst: string;
let partner: { token: string; actorId: string; name: string; offers: string[] };

beforeAll(async () => {
  analyst = await tokenFor('analyst', { sub: 'Analyse Test' });
  // A provider of the demo county with offers, as the partner's organisation.
  const { actors } = await explorer.server.gql<{ actors: { id: string; name: string; offers: { title: string }[] }[] }>(
    `query ($ags: String!) {
       actors(where: { municipality: { some: { district: { some: { ags: { eq: $ags } } } } } }, limit: 1000, sort: [{ name: ASC }]) {
         id name offers { title }
       }
     }`,
    { ags: demoDistrictAgs },
  );
  const provider = actors.find((actor) => actor.offers.length >= 2)!;
  partner = {
    token: await tokenFor('partner', { actorId: provider.id, sub: 'Partner Test' }),
    actorId: provider.id,
    name: provider.name,
    offers: provider.offers.map((offer) => offer.title).sort((a, b) => a.localeCompare(b, 'de')),
  };
});

describe('the explorer follows the role', () => {
  it('shows the analyst every view and figure, no control that writes, and sends no mutation', async () => {
    const watched = await openWatched(explorer, { login: analyst });
    const { page } = watched;
    expect(await tabsOf(page)).toEqual(allTabs);
    expect(await page.locator('#viewer-name').textContent()).toBe('Analyse Test');
    expect(await page.locator('#viewer-role').textContent()).toBe('Analyse');
    expect(await page.locator('#auth').textContent()).toBe('Abmelden');
    // The staff's figures are there: the analysis's highlights, the needs analysis.
    for (const selector of ['#f-brokers', '#f-isolated', '#report-link'])
      expect(await page.locator(selector).count(), selector).toBe(1);
    for (const selector of writeControls) expect(await page.locator(selector).count(), selector).toBe(0);
    // A drag arranges the network for the analyst alone: nothing is saved.
    await page.evaluate(() => {
      const node = window.bildungsnetz!.network()!.nodes('.actor').first();
      node.emit('grab');
      node.position({ x: node.position().x + 40, y: node.position().y + 40 });
      node.emit('free');
      node.emit('dragfree');
    });
    await shot(page, 'roles-analyst-network.png');

    // The round of the providers: the decisions are read, not changed.
    await page.click('#tab-courses');
    await page.waitForSelector('html[data-ready="courses"]', { timeout: 60_000 });
    await page.locator('#provider-round').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('#provider-round .decision-status').count()).toBeGreaterThan(0);
    expect(await page.locator('#decision-form').count()).toBe(0);
    expect(await page.locator('#provider-round select.decision-status').count()).toBe(0);
    await shot(page, 'roles-analyst-round.png');

    await page.click('#tab-recommendations');
    await page.waitForSelector('html[data-ready="recommendations"]', { timeout: 60_000 });
    expect(watched.mutations).toEqual([]);
    expect(watched.refusals).toEqual([]);
    await page.close();
  }, 300_000);

  it('gives the coordinator the controls the analyst does not get', async () => {
    const watched = await openWatched(explorer, { login: true });
    const { page } = watched;
    expect(await tabsOf(page)).toEqual(allTabs);
    for (const selector of writeControls) expect(await page.locator(selector).count(), selector).toBe(1);
    expect(await page.locator('#viewer-role').textContent()).toBe('Koordination');
    await page.click('#tab-courses');
    await page.locator('#decision-form').waitFor({ timeout: 60_000 });
    await page.close();
  }, 300_000);

  it("shows a partner the public directory and its own organisation's offers, asking nothing it is refused", async () => {
    const watched = await openWatched(explorer, { login: partner.token, view: 'offers', query: 'view=offers' });
    const { page } = watched;
    expect(await tabsOf(page)).toEqual(['Netzwerk', 'Karte', 'Angebote']);
    expect(await page.locator('#viewer-role').textContent()).toBe('Partner');
    expect(await page.locator('#auth').textContent()).toBe('Abmelden');
    const own = page.locator('[data-testid="own-offers"]');
    expect(await own.locator('h2').textContent()).toContain(`Ihre Angebote – ${partner.name}`);
    const listed = await own.locator('li button.link').allTextContents();
    expect(listed).toEqual(partner.offers);
    // The whole directory besides: more offers than its own, no gap table.
    expect(await page.locator('[data-testid="offers-table"] tbody tr').count()).toBeGreaterThan(partner.offers.length);
    expect(await page.locator('h2', { hasText: 'Versorgungslücken' }).count()).toBe(0);
    for (const selector of [...writeControls, '#report-link'])
      expect(await page.locator(selector).count(), selector).toBe(0);
    await own.locator('li button.link').first().click();
    await page.locator('#details article[data-kind="offer"]').waitFor({ timeout: 30_000 });
    await shot(page, 'roles-partner-offers.png');

    await page.click('#tab-network');
    await page.waitForSelector('html[data-ready="network"]', { timeout: 60_000 });
    expect(await page.locator('#stats').textContent()).toMatch(/^\d+ Akteure · \d+ Kooperationen$/);
    expect(watched.operations).not.toContain('DistrictGraph');
    expect(watched.mutations).toEqual([]);
    expect(watched.refusals).toEqual([]);
    await page.close();
  }, 300_000);
});
