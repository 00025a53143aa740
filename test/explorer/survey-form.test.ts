// The municipality's form in a real headless Chromium on a 390 px phone: it fits the screen, every field has its
// label, it is used by keyboard alone (Tab to a field, type, Enter on a button), a bad figure is refused with the
// message at the field, a draft is saved and the answer submitted; axe-core finds no serious accessibility problem.
// Screenshots go to test-output/.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.js';
import { createPlace, removePlace, type Place } from '../support/fixtures.js';
import { openSharedChromium } from '../support/shared-chromium.js';
import { startTestServer, uniquePrefix, type TestServer } from '../support/test-server.js';
import { startRound, type IssuedLink } from '../server/surveys/survey-support.js';

const screenshotDir = path.join(projectRoot, 'test-output');
let server: TestServer;
let place: Place;
let browser: Browser;
let page: Page;
let roundId: string;
let links: Map<string, IssuedLink>;
const prefix = uniquePrefix('surveyform');

beforeAll(async () => {
  fs.mkdirSync(screenshotDir, { recursive: true });
  server = await startTestServer();
  place = await createPlace(server);
  await server.cypher(
    `MATCH (m:Municipality {ags: $ags})
     CREATE (:Need {id: $id, category: 'INTEGRATION_COURSE', targetGroup: 'ADULTS', persons: 12, source: 'SURVEY',
       status: 'OPEN', reportedAt: date('2026-01-15'), createdAt: datetime(), updatedAt: datetime()})-[:NEEDED_IN]->(m)`,
    { ags: place.townAgs, id: `${prefix}-need` },
  );
  ({ roundId, links } = await startRound(server, place, `${prefix} Frühjahr`));
  browser = await openSharedChromium();
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    bypassCSP: true,
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  if (!server) return;
  await server.cypher(
    'MATCH (x) WHERE (x:SurveyRound AND x.id = $id) OR ((x:SurveyLink OR x:SurveyAnswer) AND x.roundId = $id) DETACH DELETE x',
    { id: roundId ?? '' },
  );
  if (place) await removePlace(server, place);
  await server.close();
});

/** Presses Tab until the element with the id has the focus (at most 200 times): the keyboard reaches it. */
async function tabTo(id: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

const answerInDb = async () =>
  (
    await server.cypher(
      'MATCH (a:SurveyAnswer {roundId: $r, areaAgs: $ags}) RETURN a.status AS status, a.needs AS needs, a.offers AS offers',
      {
        r: roundId,
        ags: place.townAgs,
      },
    )
  )[0];

describe('the form on a 390 px phone', () => {
  it('fits the screen, labels every field and shows the figures accepted last time', async () => {
    await page.goto(`${server.url}/abfrage/${links.get(place.townAgs)!.token}`);
    await expect.poll(() => page.title()).toContain('Teststadt');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')]
        .filter(
          (element) =>
            (element as HTMLInputElement).type !== 'hidden' && (element as HTMLInputElement).labels?.length === 0,
        )
        .map((element) => element.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.inputValue('#need-INTEGRATION_COURSE-ADULTS')).toBe('12');
    expect(await page.textContent('#need-INTEGRATION_COURSE-ADULTS-hint')).toContain('(zuletzt: 12)');
    await page.screenshot({ path: path.join(screenshotDir, 'survey-form-390.png'), fullPage: false });
  });

  it('has no serious accessibility problem (axe-core)', async () => {
    await page.evaluate(fs.readFileSync(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('refuses a negative figure with the message at the field, by keyboard alone, and writes nothing', async () => {
    await tabTo('need-INTEGRATION_COURSE-ADULTS');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('-4');
    await tabTo('offer-0-initiativeName');
    await page.keyboard.type('Willkommenskreis Teststadt');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sprachcafé im Rathaus');
    await page.keyboard.press('Enter'); // Enter in a text field submits with the first button: save a draft
    // The refusal is a new page: wait for its field state, not for a load event the old page already had.
    await expect
      .poll(() => page.getAttribute('#need-INTEGRATION_COURSE-ADULTS', 'aria-invalid'), { timeout: 15_000 })
      .toBe('true');
    expect(await page.textContent('#need-INTEGRATION_COURSE-ADULTS-error')).toContain('ganze Zahl von 0 bis');
    expect(await page.inputValue('#offer-0-initiativeName')).toBe('Willkommenskreis Teststadt');
    await page.locator('#need-INTEGRATION_COURSE-ADULTS-error').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'survey-form-390-error.png') });
    expect(await answerInDb()).toBeUndefined();
  });

  it('saves a draft and submits', async () => {
    await page.fill('#need-INTEGRATION_COURSE-ADULTS', '25');
    await page.selectOption('#offer-0-category', 'LANGUAGE_CAFE');
    await page.check('#offer-0-tg-WOMEN');
    await page.fill('#offer-0-languages', 'de, ar');
    await page.fill('#offer-0-freePlaces', '8');
    await page.focus('button[value=save]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('[role=status]')).toContain('Entwurf ist gespeichert');
    expect(await answerInDb()).toMatchObject({ status: 'DRAFT' });
    expect(await page.inputValue('#need-INTEGRATION_COURSE-ADULTS')).toBe('25');
    expect(await page.inputValue('#offer-0-offerTitle')).toBe('Sprachcafé im Rathaus');
    await page.screenshot({ path: path.join(screenshotDir, 'survey-form-390-draft.png') });
    await page.focus('button[value=submit]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('[role=status]')).toContain('Vielen Dank');
    const stored = await answerInDb();
    expect(stored).toMatchObject({ status: 'SUBMITTED' });
    expect(JSON.parse(stored!.needs as string)).toEqual([
      expect.objectContaining({ category: 'INTEGRATION_COURSE', targetGroup: 'ADULTS', persons: 25 }),
    ]);
    expect(JSON.parse(stored!.offers as string)).toEqual([
      expect.objectContaining({
        initiativeName: 'Willkommenskreis Teststadt',
        category: 'LANGUAGE_CAFE',
        targetGroups: ['WOMEN'],
        languages: ['de', 'ar'],
        freePlaces: 8,
      }),
    ]);
    expect(await page.locator('button[value=submit]').count()).toBe(0);
    await page.screenshot({ path: path.join(screenshotDir, 'survey-form-390-submitted.png') });
  });
});
