// The public directory for anonymous visitors, in a real headless Chromium against the API with the demo county:
// the network of actors, the offers on the map and in a list, search, an actor's and a place's details; a clear
// "Anmelden"; nothing of the staff's (needs, gaps, waiting times, brokers, networks, recommendations, the needs
// analysis, the import). The page asks only what anonymous may read: every GraphQL operation it sends is one of the
// public directory's, and no request of it is refused. A staff link opened by a visitor lands in the directory.
// axe-core finds no serious or critical violation in any of its views. Screenshots go to test-output/.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.js';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';
import { openWatched, tabsOf, type Watched } from './watch-requests.js';

const explorer = useExplorer();

/** What the public directory asks of the API, and nothing else (explorer/src/operations/public-directory.graphql). */
const publicOperations = new Set([
  'Districts',
  'PublicDistrictGraph',
  'PublicActorDetails',
  'OfferDetails',
  'FindInDistrict',
  'AreaOutlines',
  'BorderOffers', // the offers across the district border within the radius (public, like the directory's offers)
]);

const shot = (page: Page, file: string) => page.screenshot({ path: path.join(screenshotDir, file) });

function expectOnlyPublic(watched: Watched): void {
  expect(watched.operations.filter((name) => !publicOperations.has(name))).toEqual([]);
  expect(watched.mutations).toEqual([]);
  expect(watched.refusals).toEqual([]);
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(fs.readFileSync(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The words of the staff's figures and controls, none of which a visitor may see. */
const staffWords =
  /Bedarf|Versorgungslücke|Wartezeit|Vermittler|Broker|isoliert|Betweenness|Empfehlung|Monitoring|Bedarfsanalyse/;

describe('the public directory for anonymous visitors', () => {
  it('shows the network of actors with a clear "Anmelden", and nothing of the staff', async () => {
    const watched = await openWatched(explorer, { login: false });
    const { page } = watched;
    expect(await tabsOf(page)).toEqual(['Netzwerk', 'Karte', 'Angebote']);
    const login = page.locator('a#auth');
    expect(await login.textContent()).toBe('Anmelden');
    expect(await login.isVisible()).toBe(true);
    expect(new URL((await login.getAttribute('href'))!).pathname).toBe('/auth/login');
    // No raw API error, no code word: the page is the directory.
    expect(await page.locator('.boot.error, [role="alert"]').count()).toBe(0);
    const stats = (await page.locator('#stats').textContent()) ?? '';
    expect(stats).toMatch(/^\d+ Akteure · \d+ Kooperationen$/);
    // Neither the needs analysis, the import, the arrangement, the waiting times, nor the analysis's highlights.
    for (const selector of [
      '#report-link',
      '#import-open',
      '#arrange-reset',
      '#f-brokers',
      '#f-isolated',
      '#f-size',
      '#f-radius',
    ])
      expect(await page.locator(selector).count(), selector).toBe(0);
    expect(await page.locator('#legend').textContent()).not.toMatch(staffWords);
    expect(await page.locator('#details').textContent()).toContain('Öffentliches Verzeichnis');
    const actors = await page.evaluate(() => window.bildungsnetz!.network()!.nodes('.actor').length);
    expect(actors).toBeGreaterThan(20);
    await shot(page, 'directory-network.png');
    expectOnlyPublic(watched);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);

  it('finds an actor by search and shows its public details without its networks', async () => {
    const watched = await openWatched(explorer, { login: false });
    const { page } = watched;
    await page.locator('#search').pressSequentially('Volkshochschule', { delay: 15 });
    const option = page.locator('#search-suggestions li[data-key^="a:"]').first();
    await option.waitFor({ timeout: 30_000 });
    await option.click();
    const details = page.locator('#details article[data-kind="actor"]');
    await details.waitFor({ timeout: 30_000 });
    expect(await details.locator('.entity-title').textContent()).toMatch(/Volkshochschule/);
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('Kooperationspartner');
    expect(text).not.toMatch(/Netzwerke \(|Vermittler|Broker|Betweenness/);
    await shot(page, 'directory-actor.png');
    expectOnlyPublic(watched);
    await page.close();
  }, 300_000);

  it('shows every offer on the map with the places, and a place lists its offers', async () => {
    const watched = await openWatched(explorer, { login: false, view: 'map', query: 'view=map' });
    const { page } = watched;
    // No category to choose first and no gap colours: the offers of every category are there.
    expect(await page.locator('[data-testid="map-category-prompt"]').count()).toBe(0);
    const onMap = await page.evaluate(() => window.bildungsnetz!.map()!.nodes('.map-offer').length);
    const all = await explorer.server.gql<{ offers: { id: string; format: string }[] }>(
      `query ($ags: String!) { offers(limit: 1000, where: { venue: { some: { district: { some: { ags: { eq: $ags } } } } } }) { id format } }`,
      { ags: demoDistrictAgs },
    );
    expect(onMap).toBeGreaterThan(0);
    expect(onMap).toBeGreaterThanOrEqual(all.offers.filter((o) => o.format !== 'ONLINE').length);
    expect(await page.locator('#stats').textContent()).toMatch(/^\d+ Angebote auf der Karte$/);
    expect(await page.locator('#legend').textContent()).not.toMatch(staffWords);
    // A click on a place: its offers, no gap figures.
    const town = await page.evaluate(() => {
      const node = window.bildungsnetz!.map()!.nodes('.municipality').first();
      node.emit('tap');
      return node.id();
    });
    expect(town).toMatch(/^m:/);
    const place = page.locator('#details article[data-kind="municipality"]');
    await place.waitFor({ timeout: 30_000 });
    expect(await place.locator('h4').first().textContent()).toMatch(/^Angebote \(\d+\)$/);
    expect(await page.locator('[data-testid="gap-figures"], [data-testid="waiting-figures"]').count()).toBe(0);
    await shot(page, 'directory-map.png');
    expectOnlyPublic(watched);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);

  it('lists the public offers without the gap table, and an offer opens its details', async () => {
    const watched = await openWatched(explorer, { login: false, view: 'offers', query: 'view=offers' });
    const { page } = watched;
    const rows = page.locator('[data-testid="offers-table"] tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    expect(await page.locator('h2', { hasText: 'Versorgungslücken' }).count()).toBe(0);
    expect(await page.locator('#export').count()).toBe(0); // the CSV exports are of the staff's figures
    await rows.first().locator('button.link').click();
    await page.locator('#details article[data-kind="offer"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('#details').textContent()).toContain('Freie Plätze');
    await shot(page, 'directory-offers.png');
    expectOnlyPublic(watched);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);

  it('opens a link of the staff in the directory, without asking for what it may not read', async () => {
    const watched = await openWatched(explorer, {
      login: false,
      query: 'view=recommendations&wait=1&brk=1&size=betweenness&rec=x',
    });
    const { page } = watched;
    const state = await page.evaluate(() => window.bildungsnetz!.state());
    expect(state).toMatchObject({ view: 'network', waiting: false, brokers: false, sizeBy: 'degree' });
    expect(await page.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Netzwerk');
    expectOnlyPublic(watched);
    await page.close();
  }, 300_000);
});
