// Two coordinators edit the same actor at once, each in a browser context of their own (explorer/src/editing/):
// the first saves; the second's save is refused by the server (expectedUpdatedAt), the form shows each differing
// field with the value typed there and the one now stored, keeps what was typed, and nothing is lost: "Meine Werte
// speichern" writes the second person's change over the new version and keeps the first person's change of another
// field. An analyst sees no edit control. In a test district of this file's own.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, removePlace, type Place } from '../support/fixtures.js';
import { startTestServer, tokenFor, type TestServer } from '../support/test-server.js';
import { screenshotDir, useExplorer } from './explorer-server.js';
import { clickAndReload, saveAndReload } from './editing-support.js';

const explorer = useExplorer();
let api: TestServer;
let place: Place;

beforeAll(async () => {
  api = await startTestServer();
  place = await createPlace(api);
}, 240_000);

afterAll(async () => {
  if (place) {
    await api.cypher('MATCH (c:ChangeEvent) WHERE c.entityId IN $ids DELETE c', {
      ids: [place.providerId, place.partnerId],
    });
    await removePlace(api, place);
  }
  await api?.close();
});

async function openActor(token: string | boolean): Promise<Page> {
  return explorer.open({
    district: place.districtAgs,
    login: token,
    query: `sel=a:${place.partnerId}`,
    viewport: { width: 1400, height: 900 },
  });
}

async function stored(): Promise<{ phone: string | null; city: string | null; name: string }> {
  const [row] = await api.cypher<{ phone: string | null; city: string | null; name: string }>(
    'MATCH (a:Actor {id: $id}) RETURN a.phone AS phone, a.city AS city, a.name AS name',
    { id: place.partnerId },
  );
  return row!;
}

describe('two coordinators edit the same actor', () => {
  it('tells the second, shows both values, and loses nothing', async () => {
    const [anna, bert] = await Promise.all([
      openActor(await tokenFor('coordinator', { sub: 'coordinator-anna' })),
      openActor(await tokenFor('coordinator', { sub: 'coordinator-bert' })),
    ]);
    for (const page of [anna, bert]) {
      await page.locator('#details-edit').click();
      await page.locator('#edit-dialog[open] #edit-actor-phone').waitFor();
    }
    await anna.fill('#edit-actor-phone', '05021 11111');
    await anna.fill('#edit-actor-city', 'Annastadt');
    await bert.fill('#edit-actor-phone', '05021 22222');
    await saveAndReload(anna);
    expect(await stored()).toMatchObject({ phone: '05021 11111', city: 'Annastadt' });

    await bert.locator('#edit-save').click();
    const conflict = bert.locator('#edit-conflict');
    await conflict.waitFor({ timeout: 30_000 });
    expect(await conflict.textContent()).toContain('Nichts wurde überschrieben');
    const phoneRow = conflict.locator('tr[data-field="phone"]');
    expect(await phoneRow.locator('td.mine').textContent()).toBe('05021 22222');
    expect(await phoneRow.locator('td.stored').textContent()).toBe('05021 11111');
    expect(await conflict.locator('tr[data-field="city"] td.stored').textContent()).toBe('Annastadt');
    // What Bert typed is still in the form.
    expect(await bert.inputValue('#edit-actor-phone')).toBe('05021 22222');
    await bert.screenshot({ path: path.join(screenshotDir, 'editing-conflict.png') });
    expect(await stored()).toMatchObject({ phone: '05021 11111', city: 'Annastadt' });

    await clickAndReload(bert, '#conflict-keep-mine');
    expect(await stored()).toMatchObject({ phone: '05021 22222', city: 'Annastadt' });
    await Promise.all([anna.close(), bert.close()]);
  }, 240_000);

  it('shows an analyst no edit control', async () => {
    const page = await openActor(await tokenFor('analyst'));
    await page.locator('#details .details-body[data-kind="actor"]').waitFor();
    expect(await page.locator('#details-edit').count()).toBe(0);
    expect(await page.locator('#details-delete').count()).toBe(0);
    expect(await page.locator('#new-open').count()).toBe(0);
    expect(await page.locator('.edit-link, .edit-network').count()).toBe(0);
    await page.close();
  }, 120_000);
});
