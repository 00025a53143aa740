// The coordinator edits the network in the explorer (explorer/src/editing/), in a real Chromium against the real
// server and Neo4j: creates, edits and deletes an actor, an offer, a need, a cooperation link, a network with its
// members and a meeting through the forms, each checked in the database; draws a link in the network by dragging
// from one actor to another; an analyst sees no edit control. Everything happens in a test district of this file's
// own (test/support/fixtures.ts), removed at the end.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, removePlace, type Place } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { screenshotDir, useExplorer } from './explorer-server.js';
import { clickAndReload, fieldError, openNew, pick, saveAndReload } from './editing-support.js';

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

function open(login: boolean | string = true, query = '', view = 'network'): Promise<Page> {
  return explorer.open({ district: place.districtAgs, login, query, view, viewport: { width: 1400, height: 900 } });
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

  it('creates, edits and deletes an offer with its course fields; it never loses its only provider', async () => {
    const page = await open();
    await openNew(page, 'offer');
    await page.fill('#edit-offer-title', 'Integrationskurs Editia (fiktiv)');
    await pick(page, 'edit-offer-provider', 'Sprachschule Test (fiktiv)');
    await page.selectOption('#edit-offer-category', 'INTEGRATION_COURSE');
    await page.selectOption('#edit-offer-courseType', 'GENERAL');
    await page.selectOption('#edit-offer-status', 'OPEN');
    await pick(page, 'edit-offer-venue', 'Teststadt');
    await page.selectOption('#edit-offer-languageLevelFrom', 'A1');
    await page.selectOption('#edit-offer-languageLevelTo', 'B1');
    await page.locator('#edit-offer-targetGroups input[value="ADULTS"]').check();
    await page.locator('#edit-offer-targetGroups input[value="PARENTS"]').check();
    await page.fill('#edit-offer-capacity', '20');
    await page.fill('#edit-offer-booked', '5');
    await page.fill('#edit-offer-startDate', '2027-03-01');
    await page.fill('#edit-offer-endDate', '2027-08-31');
    await page.fill('#edit-offer-hoursTotal', '700');
    await page.selectOption('#edit-offer-childcare', 'yes');
    await page.fill('#edit-offer-cost', '12,50');
    await page.screenshot({ path: path.join(screenshotDir, 'editing-offer-form.png'), fullPage: true });
    await saveAndReload(page);
    const offer = await one<Record<string, unknown>>(
      `MATCH (p:Actor {id: $provider})-[:PROVIDES]->(o:Offer {title: 'Integrationskurs Editia (fiktiv)'})-[:TAKES_PLACE_IN]->(m)
       RETURN o.id AS id, o.capacity AS capacity, o.booked AS booked, toString(o.startDate) AS start, o.cost AS cost,
              o.targetGroups AS groups, o.childcare AS childcare, o.courseType AS courseType, m.ags AS venue, o.languageLevelTo AS to`,
      { provider: place.providerId },
    );
    expect(offer).toMatchObject({
      capacity: 20,
      booked: 5,
      start: '2027-03-01',
      cost: 12.5,
      groups: ['ADULTS', 'PARENTS'],
      childcare: true,
      courseType: 'GENERAL',
      venue: place.townAgs,
      to: 'B1',
    });
    await page.locator('#details-edit').click();
    await page.locator('#edit-dialog[open] #edit-offer-capacity').waitFor();
    await page.fill('#edit-offer-capacity', '25');
    await saveAndReload(page);
    expect(await one('MATCH (o:Offer {id: $id}) RETURN o.capacity AS capacity', { id: offer!.id })).toEqual({
      capacity: 25,
    });
    // Without its provider the form refuses to save: an offer never loses its only provider.
    await page.locator('#details-edit').click();
    await page.locator('#edit-dialog[open] #edit-offer-provider').waitFor();
    await page.fill('#edit-offer-provider', '');
    await page.locator('#edit-save').click();
    expect(await fieldError(page, 'offer', 'provider')).toBe('Bitte auswählen.');
    await page.locator('#edit-cancel').click();
    expect(
      await one('MATCH (:Actor)-[:PROVIDES]->(o:Offer {id: $id}) RETURN count(*) AS n', { id: offer!.id }),
    ).toEqual({ n: 1 });
    await page.locator('#details-delete').click();
    await page.locator('#edit-confirm-delete').waitFor();
    await clickAndReload(page, '#edit-confirm-delete-yes');
    expect(await one('MATCH (o:Offer {id: $id}) RETURN o.id AS id', { id: offer!.id })).toBeUndefined();
    await page.close();
  }, 240_000);

  it('creates, edits and deletes a need of a municipality', async () => {
    const page = await open(true, `sel=m:${place.townAgs}&view=map`, 'map');
    await page.locator('#details-new-need').click();
    await page.locator('#edit-dialog[open]').waitFor();
    await page.selectOption('#edit-need-category', 'LANGUAGE_CAFE');
    await page.selectOption('#edit-need-targetGroup', 'WOMEN');
    await page.fill('#edit-need-persons', '12');
    await page.selectOption('#edit-need-source', 'SURVEY');
    await saveAndReload(page, 'map');
    const need = await one<{ id: string; persons: number }>(
      `MATCH (n:Need {category: 'LANGUAGE_CAFE'})-[:NEEDED_IN]->(:Municipality {ags: $ags}) RETURN n.id AS id, n.persons AS persons`,
      { ags: place.townAgs },
    );
    expect(need?.persons).toBe(12);
    // "Neu …" closes like the header's other menus: Escape gives the focus back to its button, a click elsewhere
    // closes it too.
    await page.locator('#new-open').click();
    await page.locator('#new-menu').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('#new-menu').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-open');
    await page.locator('#new-open').click();
    await page.locator('#new-menu').waitFor();
    await page.locator('body').dispatchEvent('pointerdown');
    await page.locator('#new-menu').waitFor({ state: 'detached' });
    await page.locator('#new-open').click();
    await page.locator('#edit-choose-load').click();
    await page.selectOption('#edit-choose', `need:${need!.id}`);
    await page.locator('#edit-dialog[open] #edit-need-persons').waitFor();
    await expect.poll(() => page.inputValue('#edit-need-persons')).toBe('12');
    await page.fill('#edit-need-persons', '15');
    await saveAndReload(page, 'map');
    expect(await one('MATCH (n:Need {id: $id}) RETURN n.persons AS persons', { id: need!.id })).toEqual({
      persons: 15,
    });
    await page.locator('#new-open').click();
    await page.locator('#edit-choose-load').click();
    await page.selectOption('#edit-choose', `need:${need!.id}`);
    await page.locator('#edit-dialog[open] #edit-delete').click();
    await clickAndReload(page, '#edit-confirm-delete-yes', 'map');
    expect(await one('MATCH (n:Need {id: $id}) RETURN n.id AS id', { id: need!.id })).toBeUndefined();
    await page.close();
  }, 240_000);

  it('creates, edits and deletes a cooperation link picked by name', async () => {
    const page = await open(true, `sel=a:${place.providerId}`);
    await page.locator('#details-new-link').click();
    await page.locator('#edit-dialog[open]').waitFor();
    await pick(page, 'edit-cooperation-to', 'Jobcenter Test (fiktiv)');
    await page.selectOption('#edit-cooperation-kind', 'AGREEMENT');
    await page.fill('#edit-cooperation-since', '2025-01-01');
    await page.selectOption('#edit-cooperation-strength', '2');
    await page.fill('#edit-cooperation-note', 'Vereinbarung zur Vermittlung');
    await saveAndReload(page);
    const link = { a: place.providerId, b: place.partnerId };
    const read = () =>
      one<{ kind: string; strength: number; since: string; note: string }>(
        `MATCH (:Actor {id: $a})-[r:COOPERATES_WITH]->(:Actor {id: $b})
         RETURN r.kind AS kind, r.strength AS strength, toString(r.since) AS since, r.note AS note`,
        link,
      );
    expect(await read()).toEqual({
      kind: 'AGREEMENT',
      strength: 2,
      since: '2025-01-01',
      note: 'Vereinbarung zur Vermittlung',
    });
    await page.locator('.edit-link').first().click();
    await page.locator('#edit-dialog[open] #edit-cooperation-strength').waitFor();
    await expect.poll(() => page.inputValue('#edit-cooperation-strength')).toBe('2');
    await page.selectOption('#edit-cooperation-strength', '3');
    await saveAndReload(page);
    expect((await read())?.strength).toBe(3);
    await page.locator('.edit-link').first().click();
    await page.locator('#edit-dialog[open] #edit-delete').click();
    await clickAndReload(page, '#edit-confirm-delete-yes');
    expect(await read()).toBeUndefined();
    await page.close();
  }, 240_000);

  it('draws a cooperation link in the network by dragging from one actor to another', async () => {
    const page = await open();
    await page.locator('#new-open').click();
    await page.locator('#new-draw-link').click();
    await page.locator('#draw-hint').waitFor();
    const where = () =>
      page.evaluate(
        ([from, to]) => {
          const cy = window.bildungsnetz!.network()!;
          const box = cy.container()!.getBoundingClientRect();
          const at = (id: string) => {
            const p = cy.$id(`a:${id}`).renderedPosition();
            return { x: box.left + p.x, y: box.top + p.y };
          };
          return [at(from!), at(to!)] as const;
        },
        [place.partnerId, place.providerId],
      );
    const [from, to] = await where();
    // A real drag with the mouse, in steps: pressed on one actor, released on the other.
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    // Off to the side, away from any actor: the ghost edge runs from the actor pressed (which did not move) to the
    // pointer, and nothing is snapped to yet.
    const aside = { x: (from.x + to.x) / 2, y: Math.max(from.y, to.y) + 150 };
    await page.mouse.move(aside.x, aside.y, { steps: 8 });
    const ghost = await page.evaluate(() => {
      const cy = window.bildungsnetz!.network()!;
      const box = cy.container()!.getBoundingClientRect();
      const end = cy.$('.eh-ghost-node').renderedPosition();
      return {
        sources: cy.edges('.eh-ghost-edge').map((edge) => String(edge.data('source'))),
        end: { x: box.left + end.x, y: box.top + end.y },
        previews: cy.edges('.draw-preview').length,
      };
    });
    expect(ghost.sources).toEqual([`a:${place.partnerId}`]);
    expect(Math.hypot(ghost.end.x - aside.x, ghost.end.y - aside.y)).toBeLessThan(2);
    expect(ghost.previews).toBe(0);
    await page.screenshot({ path: path.join(screenshotDir, 'editing-draw-link-ghost.png') });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await page.locator('#edit-dialog[open][data-kind="cooperation"]').waitFor();
    // Both actors are filled in; the drawn line was only a gesture and is gone; neither actor moved.
    expect(await page.inputValue('#edit-cooperation-from')).toBe('Jobcenter Test (fiktiv)');
    expect(await page.inputValue('#edit-cooperation-to')).toBe('Sprachschule Test (fiktiv)');
    expect(await page.evaluate(() => window.bildungsnetz!.network()!.elements('.eh-ghost, .draw-preview').length)).toBe(
      0,
    );
    expect(await where()).toEqual([from, to]);
    await page.screenshot({ path: path.join(screenshotDir, 'editing-draw-link-form.png') });
    await page.selectOption('#edit-cooperation-kind', 'EXCHANGE');
    await saveAndReload(page);
    expect(
      await one('MATCH (:Actor {id: $a})-[r:COOPERATES_WITH]->(:Actor {id: $b}) RETURN r.kind AS kind', {
        a: place.partnerId,
        b: place.providerId,
      }),
    ).toEqual({ kind: 'EXCHANGE' });
    await api.cypher('MATCH (:Actor {id: $a})-[r:COOPERATES_WITH]->(:Actor {id: $b}) DELETE r', {
      a: place.partnerId,
      b: place.providerId,
    });

    // Escape cancels a drag under way: no form, no line, and the mode is over (the actor moves again when dragged).
    await page.locator('#new-open').click();
    await page.locator('#new-draw-link').click();
    await page.locator('#draw-hint').waitFor();
    const [again, other] = await where();
    await page.mouse.move(again.x, again.y);
    await page.mouse.down();
    await page.mouse.move((again.x + other.x) / 2, (again.y + other.y) / 2, { steps: 8 });
    await page.keyboard.press('Escape');
    await page.mouse.move(other.x, other.y, { steps: 8 });
    await page.mouse.up();
    await page.locator('#draw-hint').waitFor({ state: 'detached' });
    expect(await page.locator('#edit-dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => window.bildungsnetz!.network()!.elements('.eh-ghost, .draw-preview').length)).toBe(
      0,
    );
    expect(await page.evaluate(() => window.bildungsnetz!.network()!.autoungrabify())).toBe(false);
    await page.close();
  }, 240_000);

  it('creates, edits and deletes a network with its members, and a meeting of it', async () => {
    const page = await open();
    await openNew(page, 'network');
    await page.fill('#edit-network-name', 'Arbeitskreis Editia (fiktiv)');
    await page.selectOption('#edit-network-kind', 'WORKING_GROUP');
    await page.selectOption('#edit-network-cadence', 'MONTHLY');
    await pick(page, 'edit-network-coordinator', 'Jobcenter Test (fiktiv)');
    await pick(page, 'edit-network-members', 'Sprachschule Test (fiktiv)');
    await pick(page, 'edit-network-members', 'Jobcenter Test (fiktiv)');
    await saveAndReload(page);
    const network = await one<{ id: string; members: number; coordinator: string }>(
      `MATCH (n:Network {name: 'Arbeitskreis Editia (fiktiv)'})
       RETURN n.id AS id, COUNT { (n)<-[:MEMBER_OF_NETWORK]-() } AS members, [(n)<-[:COORDINATES]-(c) | c.id][0] AS coordinator`,
      {},
    );
    expect(network).toMatchObject({ members: 2, coordinator: place.partnerId });

    await openNew(page, 'meeting');
    await page
      .locator('#edit-meeting-network option', { hasText: 'Arbeitskreis Editia (fiktiv)' })
      .waitFor({ state: 'attached' });
    await page.selectOption('#edit-meeting-network', network!.id);
    await page.fill('#edit-meeting-date', '2026-11-20');
    await page.fill('#edit-meeting-topic', 'Sprachkurse im Frühjahr');
    await pick(page, 'edit-meeting-attendees', 'Sprachschule Test (fiktiv)');
    await saveAndReload(page);
    const meeting = await one<{ id: string; attendees: number }>(
      `MATCH (m:Meeting {topic: 'Sprachkurse im Frühjahr'})-[:MEETING_OF]->(:Network {id: $id})
       RETURN m.id AS id, COUNT { (m)<-[:ATTENDED]-() } AS attendees`,
      { id: network!.id },
    );
    expect(meeting?.attendees).toBe(1);
    await page.locator('#new-open').click();
    await page.locator('#edit-choose-load').click();
    await page.selectOption('#edit-choose', `meeting:${meeting!.id}`);
    await page.locator('#edit-dialog[open] #edit-meeting-topic').waitFor();
    await expect.poll(() => page.inputValue('#edit-meeting-topic')).toBe('Sprachkurse im Frühjahr');
    await page.fill('#edit-meeting-topic', 'Sprachkurse im Sommer');
    await saveAndReload(page);
    expect(await one('MATCH (m:Meeting {id: $id}) RETURN m.topic AS topic', { id: meeting!.id })).toEqual({
      topic: 'Sprachkurse im Sommer',
    });
    await page.locator('#new-open').click();
    await page.locator('#edit-choose-load').click();
    await page.selectOption('#edit-choose', `meeting:${meeting!.id}`);
    await page.locator('#edit-dialog[open] #edit-delete').click();
    await clickAndReload(page, '#edit-confirm-delete-yes');
    expect(await one('MATCH (m:Meeting {id: $id}) RETURN m.id AS id', { id: meeting!.id })).toBeUndefined();

    // The network from an actor's details: one member less.
    await page.goto(`${explorer.server.url}?d=${place.districtAgs}&sel=a:${place.providerId}`);
    await page.waitForSelector('html[data-ready="network"]', { timeout: 60_000 });
    await page.locator('.edit-network').first().click();
    await page.locator('#edit-dialog[open] #edit-network-members-chosen li').first().waitFor();
    await page.locator('#edit-network-members-chosen button[aria-label="Jobcenter Test (fiktiv) entfernen"]').click();
    await saveAndReload(page);
    expect(
      await one('MATCH (n:Network {id: $id}) RETURN COUNT { (n)<-[:MEMBER_OF_NETWORK]-() } AS members', {
        id: network!.id,
      }),
    ).toEqual({ members: 1 });
    await page.locator('.edit-network').first().click();
    await page.locator('#edit-dialog[open] #edit-delete').click();
    await clickAndReload(page, '#edit-confirm-delete-yes');
    expect(await one('MATCH (n:Network {id: $id}) RETURN n.id AS id', { id: network!.id })).toBeUndefined();
    await page.close();
  }, 300_000);
});
