// The history in the details panel and the Papierkorb, in a real headless Chromium against the real server and
// Neo4j: an edited actor's history in German (who, when as TT.MM.JJJJ, HH:MM, field labels, enum labels), the undo
// from the details (and a refused one, with the value the field has now), and a restore from the Papierkorb with the
// actor's links (and a refused one, when a linked actor is gone). Everything in a test district of its own.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { screenshotDir, useExplorer } from './explorer-server.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const explorer = useExplorer();
let api: TestServer;
let place: Place;
const made: string[] = [];

beforeAll(async () => {
  api = await startTestServer();
  place = await createPlace(api);
});
afterAll(async () => {
  await api?.cypher('MATCH (c:ChangeEvent) WHERE c.entityId IN $ids DELETE c', {
    ids: [...made, place.providerId, place.partnerId],
  });
  await api?.cypher('MATCH (d:DeletedEntity) WHERE d.entityId IN $ids DELETE d', { ids: made });
  await api?.cypher('MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a', { ids: made });
  if (place) await removePlace(api, place);
  await api?.close();
});

const codeWord = /\b[A-Z]{2,}(_[A-Z0-9]+)+\b/;
const isoDate = /\d{4}-\d{2}-\d{2}/;

async function createActor(name: string): Promise<string> {
  const response = await api.gql<{ createActors: { actors: { id: string }[] } }>(
    `mutation($name: String!, $town: String!) { createActors(input: [{ name: $name, kind: ASSOCIATION,
       municipality: { connect: [{ where: { node: { ags: { eq: $town } } } }] } }]) { actors { id } } }`,
    { name, town: place.townAgs },
  );
  expectNoErrors(response);
  const id = response.data!.createActors.actors[0]!.id;
  made.push(id);
  return id;
}

async function openActor(id: string): Promise<Page> {
  const page = await explorer.open({ district: place.districtAgs, query: `sel=a:${id}` });
  await page.waitForSelector('[data-testid="history"][data-ready="true"]', { timeout: 60_000 });
  await page.waitForSelector('.entity-title', { timeout: 60_000 });
  return page;
}

const nameOf = async (id: string) =>
  (await api.cypher<{ name: string }>('MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id }))[0]?.name;

describe('the history in the details panel', () => {
  it('shows an edited actor’s changes in German, undoes one, and refuses an undo the field has moved on from', async () => {
    const id = await createActor('Lernhaus Historia (fiktiv)');
    expectNoErrors(
      await api.gql(
        `mutation($id: ID!) { updateActors(where: { id: { eq: $id } }, update: {
           name: { set: "Lernhaus Historia Nord (fiktiv)" }, kind: { set: MIGRANT_ORGANISATION }, phone: { set: "05021 123" } }) { actors { id } } }`,
        { id },
      ),
    );
    const page = await openActor(id);
    const history = page.locator('[data-testid="history"]');
    const update = history.locator('li[data-operation="UPDATE"]').first();
    const rows = await update.locator('.history-fields li').allTextContents();
    expect(rows.sort()).toEqual([
      'Art: Verein → Migrantenorganisation',
      'Name: Lernhaus Historia (fiktiv) → Lernhaus Historia Nord (fiktiv)',
      'Telefon: leer → 05021 123',
    ]);
    const meta = await update.locator('.history-meta').textContent();
    expect(meta).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} · .+ · geändert$/);
    expect(await history.locator('li[data-operation="CREATE"] .history-meta').textContent()).toContain('angelegt');
    const text = (await history.textContent()) ?? '';
    expect(text).not.toMatch(codeWord);
    expect(text).not.toMatch(isoDate);
    await page.screenshot({ path: path.join(screenshotDir, 'history-details.png') });

    // Undo from the details: the view comes back with the old values, and the undo at the top of the history.
    const updateId = await update.getAttribute('data-change');
    await Promise.all([page.waitForEvent('load'), update.getByRole('button', { name: /^Rückgängig/ }).click()]);
    await page.waitForSelector('[data-testid="history"][data-ready="true"]', { timeout: 60_000 });
    expect(await nameOf(id)).toBe('Lernhaus Historia (fiktiv)');
    expect(await page.locator('.entity-title').textContent()).toBe('Lernhaus Historia (fiktiv)');
    const newest = page.locator('[data-testid="history"] li').first();
    expect(await newest.locator('.badge.undo').textContent()).toBe('macht eine frühere Änderung rückgängig');
    expect((await newest.locator('.history-fields li').allTextContents()).sort()).toEqual([
      'Art: Migrantenorganisation → Verein',
      'Name: Lernhaus Historia Nord (fiktiv) → Lernhaus Historia (fiktiv)',
      'Telefon: 05021 123 → leer',
    ]);
    await page.screenshot({ path: path.join(screenshotDir, 'history-undone.png') });

    // The same change once more: its fields hold other values now, so it is refused, saying the value of now.
    const again = page.locator(`[data-testid="history"] li[data-change="${updateId}"]`);
    await again.getByRole('button', { name: /^Rückgängig/ }).click();
    const alert = again.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^Nicht rückgängig gemacht: „(Name|Art|Telefon)“ wurde seither geändert und ist jetzt „(Lernhaus Historia \(fiktiv\)|Verein|leer)“\.$/,
    );
    expect(await nameOf(id)).toBe('Lernhaus Historia (fiktiv)');
    await page.screenshot({ path: path.join(screenshotDir, 'history-refused.png') });
    await page.close();
  });
});

describe('the Papierkorb', () => {
  async function deleteActor(id: string): Promise<void> {
    expectNoErrors(
      await api.gql('mutation($id: ID!) { deleteActors(where: { id: { eq: $id } }) { nodesDeleted } }', { id }),
    );
  }

  it('restores a deleted actor with its cooperation link, and refuses one whose partner is gone', async () => {
    const kept = await createActor('Sprachtreff Papierkorb (fiktiv)');
    const lost = await createActor('Elterncafé Papierkorb (fiktiv)');
    const gone = await createActor('Nachbarschaftshilfe Papierkorb (fiktiv)');
    await api.cypher(
      `MATCH (a:Actor {id: $kept}), (p:Actor {id: $partner}), (b:Actor {id: $lost}), (g:Actor {id: $gone})
       CREATE (a)-[:COOPERATES_WITH {kind: 'REFERRAL', strength: 2}]->(p), (b)-[:COOPERATES_WITH {kind: 'INFORMAL'}]->(g)`,
      { kept, lost, gone, partner: place.partnerId },
    );
    await deleteActor(kept);
    await deleteActor(lost);
    await deleteActor(gone);

    const page = await explorer.open({ district: place.districtAgs });
    await page.getByRole('button', { name: 'Verwaltung' }).click();
    await page.getByRole('button', { name: 'Papierkorb' }).click();
    const dialog = page.locator('#papierkorb-dialog');
    await dialog.locator('[data-testid="papierkorb"]').waitFor({ timeout: 60_000 });
    const row = dialog.locator(`tr[data-entity-id="${kept}"]`);
    const cells = await row.locator('td, th').allTextContents();
    expect(cells[0]).toBe('Akteur');
    expect(cells[1]).toBe('Sprachtreff Papierkorb (fiktiv)');
    expect(cells[2]).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect(cells[4]).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect((await dialog.textContent()) ?? '').not.toMatch(isoDate);
    await page.screenshot({ path: path.join(screenshotDir, 'history-papierkorb.png') });

    await row.getByRole('button', { name: 'Wiederherstellen: Sprachtreff Papierkorb (fiktiv)' }).click();
    await row.getByRole('status').waitFor();
    expect(await row.getByRole('status').textContent()).toBe('Wiederhergestellt.');
    const [link] = await api.cypher(
      'MATCH (a:Actor {id: $kept})-[r:COOPERATES_WITH]->(p:Actor) RETURN a.name AS name, p.id AS partner, r.kind AS kind',
      { kept },
    );
    expect(link).toEqual({ name: 'Sprachtreff Papierkorb (fiktiv)', partner: place.partnerId, kind: 'REFERRAL' });

    const refused = dialog.locator(`tr[data-entity-id="${lost}"]`);
    await refused.getByRole('button', { name: /^Wiederherstellen/ }).click();
    await refused.getByRole('alert').waitFor();
    expect(await refused.getByRole('alert').textContent()).toBe(
      'Nicht wiederhergestellt: Der verknüpfte Eintrag (Akteur, Feld „Kooperiert mit“) existiert nicht mehr.',
    );
    expect(await nameOf(lost)).toBeUndefined();
    await page.screenshot({ path: path.join(screenshotDir, 'history-papierkorb-restored.png') });

    // Closing the dialog after a restore loads the view again: the restored actor is in the network.
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Escape')]);
    await page.waitForSelector('html[data-ready="network"]', { timeout: 60_000 });
    expect(await page.evaluate((id) => window.bildungsnetz!.network()!.getElementById(`a:${id}`).length, kept)).toBe(1);
    await page.close();
  });
});
