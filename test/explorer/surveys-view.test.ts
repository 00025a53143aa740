// The whole Bedarfsabfrage through the explorer's Abfragen view, in a real headless Chromium over the real Neo4j: the
// coordinator starts a round over a test district (a bad start is refused at the field first), copies a link, which
// a municipality opens on a 390 px phone, saves as a draft and submits; the coordinator reviews it beside the current
// data and accepts part of it, sends another answer back, accepts the corrected one; the status per area follows, a
// round past its deadline gets its reminders, the status exports as CSV; the accepted figures are in coverageGaps and
// in the needs analysis. Analysts see the view read-only; without a login there is no such tab.
// Screenshots go to test-output/surveys-*.png.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInGermany } from '../../shared/calendar.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../support/fixtures.js';
import { startTestServer, tokenFor, uniquePrefix, type TestServer } from '../support/test-server.js';
import { screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();
let server: TestServer;
let place: Place;
let page: Page;
const prefix = uniquePrefix('roundsview');
const title = `${prefix} Herbstabfrage`;
const roundIds: string[] = [];
let roundId = '';
let townUrl = '';
let villageUrl = '';

const germanDate = (iso: string) => iso.split('-').reverse().join('.');
/** A screenshot with the element in view (the view scrolls inside its page, not the window). */
async function shot(name: string, target: Page = page, focus = '#survey-round'): Promise<void> {
  if (await target.locator(focus).count()) await target.locator(focus).first().scrollIntoViewIfNeeded();
  await target.screenshot({ path: path.join(screenshotDir, `surveys-${name}.png`) });
}

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
  // The town reported 12 adults for integration courses last time: the review shows 12 beside the new figure.
  await server.cypher(
    `MATCH (m:Municipality {ags: $ags})
     CREATE (:Need {id: $id, category: 'INTEGRATION_COURSE', targetGroup: 'ADULTS', persons: 12, source: 'SURVEY',
       status: 'OPEN', reportedAt: date('2026-01-15'), createdAt: datetime(), updatedAt: datetime()})-[:NEEDED_IN]->(m)`,
    { ags: place.townAgs, id: `${prefix}-old-need` },
  );
}, 120_000);

afterAll(async () => {
  if (!server) return;
  for (const id of roundIds) {
    await server.cypher('MATCH (c:ChangeEvent) WHERE c.origin = $origin DETACH DELETE c', { origin: `survey:${id}` });
    await server.cypher(
      'MATCH (x) WHERE (x:SurveyRound AND x.id = $id) OR ((x:SurveyLink OR x:SurveyAnswer) AND x.roundId = $id) DETACH DELETE x',
      { id },
    );
  }
  // Accepted offers' initiatives are actors of the town: removePlace takes what hangs on the district.
  if (place) await removePlace(server, place);
  await server.close();
});

/** The status of an area in the view's table. */
const statusOf = (ags: string) => page.getAttribute(`#survey-round tr[data-area="${ags}"]`, 'data-status');

const roundsInDb = async (): Promise<unknown> =>
  (await server.cypher('MATCH (r:SurveyRound) WHERE r.title STARTS WITH $p RETURN count(r) AS n', { p: prefix }))[0]!.n;

/** Fills and sends the municipality's form on a phone; `action` is the button pressed. */
async function answerOnPhone(url: string, persons: string, action: 'save' | 'submit', offer = true): Promise<Page> {
  const phone = await explorer.browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await phone.goto(url);
  await phone.waitForSelector('#need-INTEGRATION_COURSE-ADULTS');
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await phone.fill('#need-INTEGRATION_COURSE-ADULTS', persons);
  if (offer) {
    await phone.fill('#offer-0-initiativeName', `${prefix} Willkommenskreis`);
    await phone.fill('#offer-0-offerTitle', 'Sprachcafé im Gemeindehaus');
    await phone.selectOption('#offer-0-category', 'LANGUAGE_CAFE');
    await phone.fill('#offer-0-freePlaces', '10');
  }
  await phone.click(`button[value=${action}]`);
  await expect
    .poll(() => phone.textContent('[role=status]'), { timeout: 15_000 })
    .toContain(action === 'save' ? 'Entwurf ist gespeichert' : 'Vielen Dank');
  return phone;
}

/** Back in the explorer: the rounds as they are now (the view loads them when it is opened). */
async function reloadView(): Promise<void> {
  await page.reload();
  await page.waitForSelector('html[data-ready="surveys"]', { timeout: 60_000 });
  await page.waitForSelector('#survey-round');
}

describe('the coordinator runs a round in the explorer', () => {
  it('refuses a start without title, with a bad date and without categories, at the fields, and writes nothing', async () => {
    page = await explorer.open({ view: 'surveys', district: place.districtAgs, query: 'view=surveys' });
    expect(await page.textContent('#survey-no-rounds')).toContain('Noch keine Abfrage');
    await page.fill('#survey-deadline', '31.02.2027');
    await page.click('#survey-start-submit');
    expect(await page.textContent('#survey-title-error')).toContain('Titel');
    expect(await page.textContent('#survey-deadline-error')).toContain('TT.MM.JJJJ');
    expect(await page.textContent('#survey-categories .field-error')).toContain('Kategorie');
    expect(await page.getAttribute('#survey-deadline', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('survey-title');
    await shot('start-refused', page, '#survey-start');
    expect(await roundsInDb()).toBe(0);
  });

  it('starts a round over both areas and shows a link per area with e-mail and letter', async () => {
    await page.fill('#survey-title', title);
    await page.fill('#survey-deadline', germanDate(addDays(todayInGermany(), 14)));
    await page.fill('#survey-graceDays', '3');
    await page.check('#survey-categories input[value=INTEGRATION_COURSE]');
    await page.check('#survey-categories input[value=LANGUAGE_CAFE]');
    await page.fill('#survey-message', 'Bitte melden Sie auch die Sprachcafés.');
    await page.fill('#survey-contactEmail', 'bildung@testkreis.example');
    await page.click('#survey-start-submit');
    await page.waitForSelector(`#survey-round-title:has-text("${title}")`);
    roundId = (await page.getAttribute('#survey-round', 'data-round'))!;
    roundIds.push(roundId);
    expect(await statusOf(place.townAgs)).toBe('NOT_OPENED');
    expect(await statusOf(place.villageAgs)).toBe('NOT_OPENED');
    townUrl = await page.inputValue(`#survey-link-${place.townAgs}`);
    villageUrl = await page.inputValue(`#survey-link-${place.villageAgs}`);
    expect(townUrl).toMatch(/\/abfrage\/[A-Za-z0-9_-]{22,}$/);
    expect(townUrl).not.toBe(villageUrl);
    const mailto = (await page.getAttribute(`#mail-${place.townAgs}`, 'href'))!;
    expect(mailto).toMatch(/^mailto:/);
    expect(decodeURIComponent(mailto)).toContain(townUrl);
    expect(decodeURIComponent(mailto)).toContain(title);
    // The letter (HTML) comes from the server with the link and its QR code.
    const [letter] = await Promise.all([page.context().waitForEvent('page'), page.click(`#letter-${place.townAgs}`)]);
    await letter.waitForSelector('svg, img');
    expect(await letter.textContent('body')).toContain(townUrl);
    await letter.close();
    // The rounds list names the round with its state.
    expect(await page.textContent(`table.survey-rounds tr[data-round="${roundId}"]`)).toContain('läuft');
    await shot('started');
  });

  it('a municipality opens its link on a 390 px phone, saves a draft and submits', async () => {
    const phone = await answerOnPhone(townUrl, '30', 'save');
    await reloadView();
    expect(await statusOf(place.townAgs)).toBe('DRAFT');
    await phone.click('button[value=submit]');
    await expect.poll(() => phone.textContent('[role=status]'), { timeout: 15_000 }).toContain('Vielen Dank');
    await phone.screenshot({ path: path.join(screenshotDir, 'surveys-phone-submitted.png') });
    await phone.close();
    // The village answers too (20 adults, no offer).
    await (await answerOnPhone(villageUrl, '20', 'submit', false)).close();
    await reloadView();
    expect(await statusOf(place.townAgs)).toBe('SUBMITTED');
    expect(await statusOf(place.villageAgs)).toBe('SUBMITTED');
  });

  it('reviews the town beside the current data and accepts the need but not the offer', async () => {
    await page.click(`#review-${place.townAgs}`);
    await page.waitForSelector('[data-testid=review-needs]');
    const need = page.locator('[data-testid=review-needs] tbody tr').first();
    const cells = await need.locator('td').allTextContents();
    expect(cells.slice(1)).toEqual(['Teststadt', 'Integrationskurs', expect.any(String), '12', '30', '+18']);
    expect(await page.textContent('[data-testid=review-offers]')).toContain('neues Angebot');
    await shot('review', page, '#answer-review');
    const offerItem = (await page.getAttribute('[data-testid=review-offers] tbody tr', 'data-item'))!;
    await page.uncheck(`#choose-${offerItem}`);
    await page.fill('#review-comment', 'Das Sprachcafé prüfen wir noch mit dem Träger.');
    await page.click('#review-accept-chosen');
    await expect.poll(() => page.getAttribute('[data-testid=review-offers] tbody tr', 'data-review')).toBe('REJECTED');
    expect(await page.getAttribute('[data-testid=review-needs] tbody tr', 'data-review')).toBe('ACCEPTED');
    expect(await page.textContent('#survey-notice')).toContain('Übernommen');
    await expect.poll(() => statusOf(place.townAgs)).toBe('ACCEPTED');
    // No writing buttons on a reviewed answer.
    expect(await page.locator('#review-accept-all').count()).toBe(0);
    await page.click('#review-close');
  });

  it('sends the village back with a comment, and accepts the corrected answer', async () => {
    await page.click(`#review-${place.villageAgs}`);
    await page.waitForSelector('[data-testid=review-needs]');
    await page.click('#review-send-back');
    expect(await page.textContent('#review-error')).toContain('Kommentar');
    await page.fill('#review-comment', 'Bitte die Zahl der Erwachsenen prüfen: 20 scheint hoch.');
    await page.click('#review-send-back');
    await expect.poll(() => statusOf(place.villageAgs)).toBe('SENT_BACK');
    await page.click('#review-close');
    // The village corrects it with the same link: it shows the comment and may write again.
    const phone = await explorer.browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(villageUrl);
    expect(await phone.textContent('body')).toContain('20 scheint hoch');
    await phone.fill('#need-INTEGRATION_COURSE-ADULTS', '14');
    await phone.click('button[value=submit]');
    await expect.poll(() => phone.textContent('[role=status]'), { timeout: 15_000 }).toContain('Vielen Dank');
    await phone.close();
    await reloadView();
    expect(await statusOf(place.villageAgs)).toBe('SUBMITTED');
    await page.click(`#review-${place.villageAgs}`);
    await page.waitForSelector('#review-accept-all');
    expect(await page.locator('[data-testid=review-needs] tbody tr td').allTextContents()).toContain('14');
    await page.click('#review-accept-all');
    await expect.poll(() => statusOf(place.villageAgs)).toBe('ACCEPTED');
    expect(await page.textContent('[data-testid=survey-counts]')).toContain('übernommen: 2');
    await shot('accepted');
  });

  it('exports the status as CSV', async () => {
    const download = await (async () => {
      const context = await explorer.browser.newContext({ acceptDownloads: true });
      const exportPage = await context.newPage();
      await exportPage.goto(
        explorer.server.loginLink(`${explorer.server.url}?d=${place.districtAgs}&view=surveys&round=${roundId}`),
      );
      await exportPage.waitForSelector('#survey-round');
      const [file] = await Promise.all([exportPage.waitForEvent('download'), exportPage.click('#survey-export-csv')]);
      const text = await fs.readFile(await file.path(), 'utf8');
      await context.close();
      return text;
    })();
    expect(download.split('\r\n')[0]).toContain('Gebiet;Stand');
    expect(download).toContain(`${place.townAgs};Teststadt;übernommen`);
    expect(download).toContain(`${place.villageAgs};Testdorf;übernommen`);
  });

  it('the accepted figures are in coverageGaps and in the needs analysis', async () => {
    const gaps = await server.gql<{ coverageGaps: { municipalities: { ags: string; demand: number }[] } }>(
      `query($d: String!) { coverageGaps(category: INTEGRATION_COURSE, districtAgs: $d, radiusKm: 25) {
         municipalities { ags demand } } }`,
      { d: place.districtAgs },
    );
    expectNoErrors(gaps);
    const demand = new Map(gaps.data!.coverageGaps.municipalities.map((m) => [m.ags, m.demand]));
    expect(demand.get(place.townAgs)).toBe(30); // the 12 reported last time are replaced by the 30 accepted
    expect(demand.get(place.villageAgs)).toBe(14);
    const report = await explorer.browser.newPage();
    await report.goto(
      `${server.url}/reports/needs-analysis.html?district=${place.districtAgs}&access_token=${await tokenFor('analyst')}`,
      { timeout: 150_000 }, // the whole needs analysis: slow on a loaded machine
    );
    const section = report.locator(`.survey-round[data-round="${roundId}"]`);
    expect(await section.getAttribute('data-answered')).toBe('2');
    expect(await section.getAttribute('data-accepted-persons')).toBe('44');
    expect(await section.getAttribute('data-accepted-offers')).toBe('0');
    expect(await section.textContent()).toContain('2 von 2 Gebieten haben geantwortet');
    await section.scrollIntoViewIfNeeded();
    await report.screenshot({ path: path.join(screenshotDir, 'surveys-report-section.png') });
    await report.close();
  }, 200_000);

  it('a round past its deadline shows the areas overdue, and reminds them with a new link and e-mail', async () => {
    const started = await server.gql<{ startSurveyRound: { round: { id: string } } }>(
      `mutation($input: SurveyRoundInput!) { startSurveyRound(input: $input) { round { id } } }`,
      {
        input: {
          title: `${prefix} Frühjahr`,
          deadline: addDays(todayInGermany(), 7),
          graceDays: 14,
          areas: [{ ags: place.townAgs }, { ags: place.villageAgs }],
          categories: ['INTEGRATION_COURSE'],
          contactName: 'Bildungskoordination Testkreis',
        },
      },
    );
    expectNoErrors(started);
    const overdueId = started.data!.startSurveyRound.round.id;
    roundIds.push(overdueId);
    // The deadline passed a day ago; the grace period keeps the links working.
    await server.cypher('MATCH (r:SurveyRound {id: $id}) SET r.deadline = date($d)', {
      id: overdueId,
      d: addDays(todayInGermany(), -1),
    });
    await page.goto(
      explorer.server.loginLink(`${explorer.server.url}?d=${place.districtAgs}&view=surveys&round=${overdueId}`),
    );
    await page.waitForSelector(`#survey-round[data-round="${overdueId}"]`);
    expect(await statusOf(place.townAgs)).toBe('OVERDUE');
    expect(await statusOf(place.villageAgs)).toBe('OVERDUE');
    // Links issued before this page are not shown again: a reminder issues a new one with its e-mail.
    expect(await page.locator(`#survey-link-${place.townAgs}`).count()).toBe(0);
    await page.click(`#remind-${place.townAgs}`);
    await page.waitForSelector(`#mail-${place.townAgs}`);
    expect(await page.textContent(`#mail-${place.townAgs}`)).toContain('Erinnerung');
    expect(decodeURIComponent((await page.getAttribute(`#mail-${place.townAgs}`, 'href'))!)).toContain(
      'Erinnerung: Bedarfsabfrage',
    );
    await page.click('#survey-remind-all');
    await page.waitForSelector(`#mail-${place.villageAgs}`);
    expect(await page.textContent('#survey-notice')).toContain('Erinnerungen');
    // Both rounds are listed with their state; the new one is shown.
    expect(await page.locator('table.survey-rounds tbody tr').count()).toBe(2);
    await shot('overdue-reminded');
  });
});

describe('who sees the view', () => {
  it('shows analysts the rounds read-only', async () => {
    const analyst = await explorer.open({
      view: 'surveys',
      district: place.districtAgs,
      query: `view=surveys&round=${roundId}`,
      login: await tokenFor('analyst'),
    });
    await analyst.waitForSelector('#survey-round');
    expect(await analyst.textContent('#survey-read-only')).toContain('Nur lesen');
    expect(await analyst.locator('#survey-start').count()).toBe(0);
    expect(await analyst.locator('[id^=renew-], [id^=revoke-], [id^=remind-], #survey-close').count()).toBe(0);
    await analyst.click(`#review-${place.townAgs}`);
    await analyst.waitForSelector('[data-testid=review-needs]');
    expect(await analyst.locator('#review-accept-all, #review-send-back, input[type=checkbox]').count()).toBe(0);
    await shot('analyst', analyst, '#answer-review');
    await analyst.close();
  });

  // Without a login the explorer is the public directory (state/access.ts): three views, no Abfragen.
  it('offers no Abfragen tab without a login, and an address naming it opens the network', async () => {
    const anonymous = await explorer.open({
      view: 'network',
      district: place.districtAgs,
      query: 'view=surveys',
      login: false,
    });
    expect(await anonymous.locator('#tab-network').count()).toBe(1);
    expect(await anonymous.locator('#tab-surveys').count()).toBe(0);
    expect(await anonymous.locator('#survey-round, #survey-start').count()).toBe(0);
    await anonymous.close();
  }, 120_000);
});
