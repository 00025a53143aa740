// "Konflikte mit Partnern" in a real headless Chromium against the real server and Neo4j: a partner's push meets the
// county's corrections of two offers; the list shows both values side by side in German, and the coordinator keeps
// the county's value for one and takes the partner's for the other; each resolution is shown with who and when, and
// the offers hold the values chosen. The offers sit in a test district of their own.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../support/fixtures.js';
import { startTestServer, uniquePrefix, type Caller, type TestServer } from '../support/test-server.js';
import { screenshotDir, useExplorer } from './explorer-server.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const explorer = useExplorer();
let api: TestServer;
let place: Place;
const source = uniquePrefix('konflikt');

beforeAll(async () => {
  api = await startTestServer();
  place = await createPlace(api);
});
afterAll(async () => {
  await api?.cypher(
    'MATCH (o:Offer {source: $source}) OPTIONAL MATCH (c:OfferConflict)-[:CONFLICT_OF]->(o) DETACH DELETE c, o',
    { source },
  );
  await api?.cypher(
    'MATCH (c:ChangeEvent) WHERE c.origin IN ["upsertOffers", "resolveOfferConflicts"] AND c.after CONTAINS $source DELETE c',
    {
      source,
    },
  );
  if (place) await removePlace(api, place);
  await api?.close();
});

const upsert = `mutation($source: String!, $offers: [OfferUpsertInput!]!) { upsertOffers(source: $source, offers: $offers) {
  conflicts errors { message } items { id } } }`;

function course(externalId: string, capacity: number) {
  return {
    externalId,
    title: `Integrationskurs ${externalId} (fiktiv)`,
    category: 'INTEGRATION_COURSE',
    format: 'IN_PERSON',
    status: 'OPEN',
    capacity,
    startDate: '2027-03-01',
    venueAgs: place.townAgs,
  };
}

describe('the conflicts with partners', () => {
  it('shows the county’s and the partner’s values side by side and resolves one each way', async () => {
    const partner: Caller = { role: 'partner', actorId: place.providerId, sub: 'kursportal', source };
    const created = await api.gql<{ upsertOffers: { items: { id: string }[] } }>(
      upsert,
      { source, offers: [course('K-1', 20), course('K-2', 20)] },
      { as: partner },
    );
    expectNoErrors(created);
    const [first, second] = created.data!.upsertOffers.items.map((item) => item.id);
    // The county corrects the capacity of both; the partner pushes its 20 again.
    expectNoErrors(
      await api.gql(
        'mutation($s: String!) { updateOffers(where: { source: { eq: $s } }, update: { capacity: { set: 16 } }) { info { nodesCreated } } }',
        { s: source },
      ),
    );
    const push = await api.gql<{ upsertOffers: { conflicts: number } }>(
      upsert,
      { source, offers: [course('K-1', 20), course('K-2', 20)] },
      { as: partner },
    );
    expectNoErrors(push);
    expect(push.data!.upsertOffers.conflicts).toBe(2);
    const conflicts = await api.cypher<{ id: string; offer: string }>(
      'MATCH (c:OfferConflict)-[:CONFLICT_OF]->(o:Offer {source: $source}) RETURN c.id AS id, o.id AS offer',
      { source },
    );
    const conflictOf = (offer: string) => conflicts.find((c) => c.offer === offer)!.id;

    const page = await explorer.open({ district: place.districtAgs });
    await page.getByRole('button', { name: 'Verwaltung' }).click();
    await page.getByRole('button', { name: 'Konflikte mit Partnern' }).click();
    const dialog = page.locator('#conflicts-dialog');
    await dialog.locator('[data-testid="partner-conflicts"]').waitFor({ timeout: 60_000 });
    expect(await dialog.locator('thead th').allTextContents()).toEqual([
      'Angebot',
      'Feld',
      'Wert des Landkreises',
      'Wert des Partners',
      'Partnersystem',
      'Entscheidung',
    ]);
    const keepRow = dialog.locator(`tr[data-conflict="${conflictOf(first!)}"]`);
    const takeRow = dialog.locator(`tr[data-conflict="${conflictOf(second!)}"]`);
    expect((await keepRow.locator('th, td').allTextContents()).slice(0, 5)).toEqual([
      'Integrationskurs K-1 (fiktiv)',
      'Plätze',
      '16',
      '20',
      source,
    ]);
    await page.screenshot({ path: path.join(screenshotDir, 'history-conflicts.png') });

    await keepRow
      .getByRole('button', { name: 'Wert des Landkreises behalten: Integrationskurs K-1 (fiktiv), Plätze' })
      .click();
    await takeRow
      .getByRole('button', { name: 'Wert des Partners übernehmen: Integrationskurs K-2 (fiktiv), Plätze' })
      .click();
    await keepRow.getByRole('status').waitFor();
    await takeRow.getByRole('status').waitFor();
    expect(await keepRow.getByRole('status').textContent()).toMatch(
      /^Wert des Landkreises behalten – .+, \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/,
    );
    expect(await takeRow.getByRole('status').textContent()).toMatch(
      /^Wert des Partners übernommen – .+, \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/,
    );
    await page.screenshot({ path: path.join(screenshotDir, 'history-conflicts-resolved.png') });

    const stored = await api.cypher<{ id: string; capacity: unknown; status: string; by: string | null }>(
      `MATCH (c:OfferConflict)-[:CONFLICT_OF]->(o:Offer {source: $source})
       RETURN o.id AS id, o.capacity AS capacity, c.status AS status, c.resolvedBy AS by ORDER BY o.title`,
      { source },
    );
    expect(stored.map((row) => [row.id, Number(row.capacity), row.status])).toEqual([
      [first, 16, 'KEPT'],
      [second, 20, 'ACCEPTED'],
    ]);
    expect(stored.every((row) => typeof row.by === 'string' && row.by.length > 0)).toBe(true);
    // Opened again, the list shows the decisions (who, when) instead of the buttons.
    // Closing after a taken value loads the view again (the offer changed).
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Escape')]);
    await page.waitForSelector('html[data-ready="network"]', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Verwaltung' }).click();
    await page.getByRole('button', { name: 'Konflikte mit Partnern' }).click();
    await page.locator('#conflicts-dialog [data-testid="partner-conflicts"]').waitFor({ timeout: 60_000 });
    const reopened = page.locator(`#conflicts-dialog tr[data-conflict="${conflictOf(first!)}"]`);
    expect(await reopened.getAttribute('data-status')).toBe('KEPT');
    expect(await reopened.getByRole('button').count()).toBe(0);
    await page.close();
  });
});
