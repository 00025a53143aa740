// The Abfragen view's status table fits its column (issue 18): at 1280 × 800 the table is no wider than the round's
// box and every row's last action button lies inside the window without scrolling sideways, with a link just issued
// (its own row under the area's) and after a reload (the link is no longer shown, and the view says why: only its
// hash is stored); on a 390 px phone the rows are cards and every action is reached by Tab inside the screen. In a
// real Chromium over the real Neo4j, with the demo county's rounds too. Screenshots: test-output/surveys-layout-*.png.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInGermany } from '../../shared/calendar.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../support/fixtures.js';
import { startTestServer, uniquePrefix, type TestServer } from '../support/test-server.js';
import { screenshotDir, useExplorer } from './explorer-server.js';
import { seriousAxeFindings } from './run-axe.js';

const explorer = useExplorer();
let server: TestServer;
let place: Place;
let roundId = '';
const prefix = uniquePrefix('roundslayout');

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  const started = await server.gql<{ startSurveyRound: { round: { id: string } } }>(
    `mutation($input: SurveyRoundInput!) { startSurveyRound(input: $input) { round { id } } }`,
    {
      input: {
        title: `${prefix} Abfrage mit einem recht langen Titel für die Spalte`,
        deadline: addDays(todayInGermany(), 14),
        graceDays: 7,
        areas: [{ ags: place.townAgs }, { ags: place.villageAgs }],
        categories: ['INTEGRATION_COURSE', 'LANGUAGE_CAFE'],
        contactName: 'Bildungskoordination Testkreis',
      },
    },
  );
  expectNoErrors(started);
  roundId = started.data!.startSurveyRound.round.id;
}, 240_000);

afterAll(async () => {
  if (!server) return;
  if (roundId)
    await server.cypher(
      'MATCH (x) WHERE (x:SurveyRound AND x.id = $id) OR ((x:SurveyLink OR x:SurveyAnswer) AND x.roundId = $id) DETACH DELETE x',
      { id: roundId },
    );
  if (place) await removePlace(server, place);
  await server.close();
});

interface Fit {
  tableWidth: number;
  boxWidth: number; // the round's box, inside its padding
  boxOverflow: number; // how far the box's content reaches beyond it (0: nothing to scroll sideways)
  pageOverflow: number; // the same for the view's page and the document
  documentOverflow: number;
  lastButtons: { id: string; left: number; right: number }[]; // each row's last action button
  beyond: string[]; // the elements that reach beyond the view's page, for the message of a failure
}

/** How the status table sits in its box, measured without scrolling sideways. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const box = document.getElementById('survey-round')!;
    const table = box.querySelector<HTMLElement>('table.survey-areas')!;
    const pageBox = document.getElementById('page')!;
    const lastButtons = [...table.querySelectorAll<HTMLElement>('tr[data-area] .area-actions')].flatMap((actions) => {
      const last = actions.lastElementChild as HTMLElement | null;
      if (!last) return [];
      const rect = last.getBoundingClientRect();
      return [{ id: last.id, left: rect.left, right: rect.right }];
    });
    const edge = pageBox.getBoundingClientRect().right;
    const beyond = [...pageBox.querySelectorAll<HTMLElement>('*')]
      .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`);
    return {
      beyond,
      tableWidth: table.getBoundingClientRect().width,
      boxWidth: box.clientWidth,
      boxOverflow: box.scrollWidth - box.clientWidth,
      pageOverflow: pageBox.scrollWidth - pageBox.clientWidth,
      documentOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      lastButtons,
    };
  });
}

function expectFits(fit: Fit, width: number): void {
  const beyond = fit.beyond.join(', ');
  expect(fit.boxOverflow, beyond).toBeLessThanOrEqual(0);
  expect(fit.pageOverflow, beyond).toBeLessThanOrEqual(0);
  expect(fit.documentOverflow, beyond).toBeLessThanOrEqual(0);
  expect(fit.tableWidth).toBeLessThanOrEqual(fit.boxWidth + 0.5);
  expect(fit.lastButtons.length).toBeGreaterThan(0);
  for (const button of fit.lastButtons) {
    expect(button.left, button.id).toBeGreaterThanOrEqual(0);
    expect(button.right, button.id).toBeLessThanOrEqual(width);
  }
}

const openRound = (viewport: { width: number; height: number }) =>
  explorer
    .open({ view: 'surveys', district: place.districtAgs, query: `view=surveys&round=${roundId}`, viewport })
    .then(async (page) => {
      await page.waitForSelector(`#survey-round[data-round="${roundId}"]`);
      return page;
    });

describe('the status table of a round fits its column', () => {
  it('at 1280 × 800 with a link just issued, and after a reload says why the link is not shown', async () => {
    const page = await openRound({ width: 1280, height: 800 });
    // Links issued before this page are not shown: the view says so where the link would be, and above the table.
    expect(await page.locator(`#survey-link-${place.townAgs}`).count()).toBe(0);
    expect(await page.textContent('#survey-link-hidden')).toBe(
      'Link aus Sicherheitsgründen nur beim Ausstellen sichtbar – „Neuer Link“ stellt einen neuen aus und macht den alten ungültig.',
    );
    expect(await page.textContent(`tr[data-area="${place.townAgs}"] .link-cell`)).toContain(
      'nur beim Ausstellen sichtbar',
    );
    expectFits(await measure(page), 1280);

    // A new link for the town: its address and buttons in a row of their own, the table as wide as before.
    await page.click(`#renew-${place.townAgs}`);
    await page.waitForSelector(`#survey-link-${place.townAgs}`);
    expect(await page.inputValue(`#survey-link-${place.townAgs}`)).toMatch(/\/abfrage\/[A-Za-z0-9_-]{22,}$/);
    expect(await page.getAttribute(`#renew-${place.townAgs}`, 'aria-label')).toBe('Neuer Link: Teststadt');
    const issued = await measure(page);
    expectFits(issued, 1280);
    const linkButtons = await page.$$eval(`tr[data-link-for="${place.townAgs}"] .link-actions > *`, (items) =>
      items.map((item) => item.getBoundingClientRect().right),
    );
    expect(linkButtons).toHaveLength(4);
    for (const right of linkButtons) expect(right).toBeLessThanOrEqual(1280);
    await page.locator('#survey-round').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'surveys-layout-1280-issued.png') });

    await page.reload();
    await page.waitForSelector(`#survey-round[data-round="${roundId}"]`);
    expect(await page.locator(`#survey-link-${place.townAgs}`).count()).toBe(0);
    expect(await page.textContent(`tr[data-area="${place.townAgs}"] .link-cell`)).toContain(
      'nur beim Ausstellen sichtbar',
    );
    expectFits(await measure(page), 1280);
    await page.close();
  }, 180_000);

  it("at 1280 × 800 in the demo county's rounds, each with all its areas", async () => {
    const page = await explorer.open({
      view: 'surveys',
      query: 'view=surveys',
      viewport: { width: 1280, height: 800 },
    });
    await page.waitForSelector('#survey-round');
    const rounds = await page.$$eval('table.survey-rounds tbody tr', (rows) => rows.map((row) => row.dataset.round!));
    expect(rounds.length).toBeGreaterThan(0);
    for (const round of rounds) {
      if ((await page.getAttribute('#survey-round', 'data-round')) !== round) {
        await page.click(`[data-show-round="${round}"]`);
        await page.waitForSelector(`#survey-round[data-round="${round}"]`);
      }
      expectFits(await measure(page), 1280);
    }
    await page.locator('#survey-round').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'surveys-layout-1280-demo.png') });
    await page.close();
  }, 180_000);

  it('on a 390 px phone: the areas as cards, every action reached by Tab inside the screen', async () => {
    const page = await openRound({ width: 390, height: 844 });
    await page.click(`#renew-${place.villageAgs}`);
    await page.waitForSelector(`#survey-link-${place.villageAgs}`);
    expectFits(await measure(page), 390);
    // By keyboard from the first action of the table to the last: each one focused lies inside the screen.
    const actions = await page.$$eval('#survey-round tr[data-area] .area-actions button', (buttons) =>
      buttons.map((button) => button.id),
    );
    expect(actions).toEqual(
      expect.arrayContaining([`renew-${place.townAgs}`, `revoke-${place.townAgs}`, `renew-${place.villageAgs}`]),
    );
    await page.focus(`#${actions[0]}`);
    const reached: string[] = [];
    for (let step = 0; step < 40 && reached.length < actions.length; step++) {
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const rect = element.getBoundingClientRect();
        return { id: element.id, left: rect.left, right: rect.right };
      });
      if (actions.includes(focused.id)) {
        reached.push(focused.id);
        expect(focused.left, focused.id).toBeGreaterThanOrEqual(0);
        expect(focused.right, focused.id).toBeLessThanOrEqual(390);
      }
      await page.keyboard.press('Tab');
    }
    expect(reached).toEqual(actions);
    // The cards keep what axe asks of a table and its controls (names, contrast, no hidden focus).
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.locator(`tr[data-area="${place.villageAgs}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'surveys-layout-390.png') });
    await page.close();
  }, 180_000);
});
