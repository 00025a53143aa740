// The coordinator chooses an actor's place by a click on the map, sets the municipalities it serves, and an
// offer's funders, in the explorer's forms (explorer/src/editing/), in a real Chromium against the real server and
// Neo4j; each is read back through the API after a reload. Everything happens in a test district of this file's
// own (test/support/fixtures.ts), removed at the end.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { screenshotDir, useExplorer } from './explorer-server.js';
import { openNew, pick, saveAndReload } from './editing-support.js';
import { seriousAxeFindings } from './run-axe.js';

const explorer = useExplorer();
let api: TestServer;
let place: Place;

beforeAll(async () => {
  api = await startTestServer();
  place = await createPlace(api);
}, 240_000);

afterAll(async () => {
  if (place) {
    await api.cypher(
      `MATCH (d:District {ags: $ags})<-[:IN_DISTRICT]-(:Municipality)<-[:LOCATED_IN|TAKES_PLACE_IN]-(x)
       MATCH (c:ChangeEvent {entityId: x.id}) DELETE c`,
      { ags: place.districtAgs },
    );
    await removePlace(api, place);
  }
  await api?.close();
});

function open(query = ''): Promise<Page> {
  return explorer.open({ district: place.districtAgs, query, viewport: { width: 1400, height: 900 } });
}

/** A municipality's place on the map, in the page's pixels. */
async function onMap(page: Page, ags: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const cy = window.bildungsnetz!.map()!;
    const box = cy.container()!.getBoundingClientRect();
    const p = cy.$id(id).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, `m:${ags}`);
}

describe('places, served municipalities and funders in the forms', () => {
  it("chooses an actor's place by a click on the map and the municipalities it serves; the API reads both back", async () => {
    const page = await open();
    await openNew(page, 'actor');
    await page.fill('#edit-actor-name', 'Beratungsstelle Kartenklick (fiktiv)');
    await page.selectOption('#edit-actor-kind', 'COUNSELLING_SERVICE');
    await page.fill('#edit-actor-location', '1, 2');

    // Escape ends the pick with nothing changed: the form is back with what was typed.
    await page.locator('#edit-actor-location-pick').click();
    await page.locator('#place-pick-hint').waitFor();
    await page.waitForSelector('html[data-ready="map"]', { timeout: 60_000 });
    await page.keyboard.press('Escape');
    await page.locator('#edit-dialog[open] #edit-actor-location').waitFor();
    expect(await page.inputValue('#edit-actor-location')).toBe('1, 2');

    await page.locator('#edit-actor-location-pick').click();
    await page.locator('#place-pick-hint').waitFor();
    await page.waitForSelector('html[data-ready="map"]', { timeout: 60_000 });
    // The map's scale from two municipalities of known place (the village lies 20 km due south of the town), and
    // Web Mercator's: a degree of longitude takes cos(latitude) times the pixels of a degree of latitude.
    const town = await onMap(page, place.townAgs);
    const village = await onMap(page, place.villageAgs);
    expect(Math.abs(town.x - village.x)).toBeLessThan(1);
    const latitudePerPixel = (place.town.latitude - place.village.latitude) / (village.y - town.y);
    const longitudePerPixel = latitudePerPixel / Math.cos((place.village.latitude * Math.PI) / 180);
    const click = { x: Math.round(village.x + 40), y: Math.round(village.y - 120) };
    await page.screenshot({ path: path.join(screenshotDir, 'editing-place-pick-map.png') });
    await page.mouse.click(click.x, click.y);
    await page.locator('#edit-dialog[open] #edit-actor-location').waitFor();
    const expected = {
      latitude: place.village.latitude + (village.y - click.y) * latitudePerPixel,
      longitude: place.village.longitude + (click.x - village.x) * longitudePerPixel,
    };
    // Within two pixels' worth (the pointer lands on whole pixels; the form shows five decimals).
    const [latitude, longitude] = (await page.inputValue('#edit-actor-location')).split(',').map(Number);
    expect(Math.abs(latitude! - expected.latitude)).toBeLessThan(2 * latitudePerPixel);
    expect(Math.abs(longitude! - expected.longitude)).toBeLessThan(2 * longitudePerPixel);
    // The view came back (the network), and the pick is over.
    expect(await page.evaluate(() => window.bildungsnetz!.state().view)).toBe('network');
    expect(await page.locator('#place-pick-hint').count()).toBe(0);

    await pick(page, 'edit-actor-serves', 'Teststadt');
    await pick(page, 'edit-actor-serves', 'Testdorf');
    await page.locator('#edit-actor-serves-chosen li').nth(1).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'editing-place-picked-form.png'), fullPage: true });
    // The form with its new controls (the place's button, the served municipalities) has no serious axe finding.
    expect(await seriousAxeFindings(page)).toEqual([]);
    await saveAndReload(page);

    const read = async () => {
      const answer = await api.gql<{
        actors: { id: string; location: { latitude: number; longitude: number }; serves: { ags: string }[] }[];
      }>(
        `query { actors(where: { name: { eq: "Beratungsstelle Kartenklick (fiktiv)" } }) {
          id location { latitude longitude } serves { ags } } }`,
      );
      expectNoErrors(answer);
      return answer.data!.actors[0]!;
    };
    const saved = await read();
    expect(saved.location.latitude).toBeCloseTo(latitude!, 5);
    expect(saved.location.longitude).toBeCloseTo(longitude!, 5);
    expect(saved.serves.map((m) => m.ags).sort()).toEqual([place.townAgs, place.villageAgs]);

    // After the reload the form shows both, by name; one goes, the API has one left.
    await page.locator('#details-edit').click();
    await page.locator('#edit-dialog[open] #edit-actor-serves-chosen li').nth(1).waitFor();
    expect(await page.locator('#edit-actor-serves-chosen li').allTextContents()).toEqual([
      expect.stringContaining('Testdorf'),
      expect.stringContaining('Teststadt'),
    ]);
    await page.locator('#edit-actor-serves-chosen button[aria-label="Teststadt entfernen"]').click();
    await saveAndReload(page);
    expect((await read()).serves).toEqual([{ ags: place.villageAgs }]);
    await page.close();
  }, 300_000);

  it("sets an offer's funders; after a reload the form and the API have them", async () => {
    const created = await api.gql<{ createOffers: { offers: { id: string }[] } }>(
      `mutation Offer($provider: ID!, $town: String!) {
        createOffers(input: [{ title: "Sprachcafé Förderung (fiktiv)", category: LANGUAGE_CAFE, status: OPEN,
          format: IN_PERSON, provider: { connect: [{ where: { node: { id: { eq: $provider } } } }] },
          venue: { connect: [{ where: { node: { ags: { eq: $town } } } }] } }]) { offers { id } }
      }`,
      { provider: place.providerId, town: place.townAgs },
    );
    expectNoErrors(created);
    const offerId = created.data!.createOffers.offers[0]!.id;
    const page = await open(`sel=o:${offerId}`);
    await page.locator('#details-edit').click();
    await page.locator('#edit-dialog[open] #edit-offer-title').waitFor();
    await pick(page, 'edit-offer-funders', 'Jobcenter Test (fiktiv)');
    await page.locator('#edit-offer-funders-chosen li').first().waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await saveAndReload(page);
    const funders = async () => {
      const answer = await api.gql<{ offers: { funders: { id: string }[] }[] }>(
        'query ($id: ID!) { offers(where: { id: { eq: $id } }) { funders { id } } }',
        { id: offerId },
      );
      expectNoErrors(answer);
      return answer.data!.offers[0]!.funders;
    };
    expect(await funders()).toEqual([{ id: place.partnerId }]);
    await page.reload();
    await page.waitForSelector('html[data-ready="network"]', { timeout: 60_000 });
    await page.locator('#details-edit').click();
    await page.locator('#edit-dialog[open] #edit-offer-funders-chosen li').first().waitFor();
    expect(await page.locator('#edit-offer-funders-chosen li').allTextContents()).toEqual([
      expect.stringContaining('Jobcenter Test (fiktiv)'),
    ]);
    await page.locator('#edit-offer-funders-chosen button[aria-label="Jobcenter Test (fiktiv) entfernen"]').click();
    await saveAndReload(page);
    expect(await funders()).toEqual([]);
    await page.close();
  }, 300_000);
});
