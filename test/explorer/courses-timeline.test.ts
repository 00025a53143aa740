// The courses timeline and the waiting times on the map, in a real headless Chromium against the API with the
// demo county: what is drawn is checked against the API's own calendar and waiting times. Screenshots go to
// test-output/.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';

interface Course {
  id: string;
  title: string;
  category: string;
  courseType: string | null;
  providerId: string | null;
  providerName: string | null;
  samtgemeindeAgs: string | null;
  venueAgs: string | null;
  canStart: boolean;
  fillRate: number | null;
  registrations: number | null;
  capacity: number | null;
  status: string;
  targetGroups: string[] | null;
}

/** The API's waitingTimes, with the fields this file asks for. */
interface WaitingTimes {
  targetWeeks: number;
  area: { waiting: number };
  municipalities: {
    ags: string;
    name: string;
    waiting: number;
    placed: number;
    medianWeeks: number | null;
    p90Weeks: number | null;
    noSuitableStart: number;
    overTarget: number;
  }[];
}

const explorer = useExplorer();
const open = (query: string, view: string) => explorer.open({ view, query, acceptDownloads: true });

const today = () => new Date().toISOString().slice(0, 10);
function monthsLater(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  first.setUTCDate(Math.min(d, new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()));
  return first.toISOString().slice(0, 10);
}

async function calendar(months = 6): Promise<Course[]> {
  const data = await explorer.server.gql<{ courseCalendar: Course[] }>(
    `query($d: String!, $from: Date!, $to: Date!) { courseCalendar(districtAgs: $d, from: $from, to: $to) {
      id title category courseType providerId providerName samtgemeindeAgs venueAgs canStart fillRate registrations capacity status targetGroups } }`,
    { d: demoDistrictAgs, from: today(), to: monthsLater(today(), months) },
  );
  return data.courseCalendar;
}

const state = (page: Page) => page.evaluate(() => window.bildungsnetz!.state());
const barIds = (page: Page) =>
  page.locator('[data-testid=timeline] .course-bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-id')!));

describe('the courses timeline', () => {
  it('draws every course of the next six months as a bar by provider, coloured by fill rate, the ones below the minimum marked', async () => {
    const expected = await calendar();
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.some((c) => !c.canStart)).toBe(true); // the demo county has courses below the minimum

    const page = await open('view=courses', 'courses');
    expect(await page.locator('#tab-courses').textContent()).toBe('Kurse');
    await expect.poll(async () => (await barIds(page)).sort()).toEqual(expected.map((c) => c.id).sort());
    const groups = await page.locator('[data-testid=timeline] .tl-group .group-label').allTextContents();
    expect(groups).toHaveLength(new Set(expected.map((c) => c.providerId)).size);

    // Each bar's fill class follows registrations / capacity; each course that cannot start is marked.
    for (const course of expected) {
      const bar = page.locator(`[data-testid=timeline] .course-bar[data-id="${course.id}"]`);
      const classes = (await bar.getAttribute('class'))!;
      const rate = course.fillRate;
      const fill =
        rate === null
          ? 'unknown'
          : rate >= 1
            ? 'full'
            : rate < 0.25
              ? 'lt25'
              : rate < 0.5
                ? 'lt50'
                : rate < 0.75
                  ? 'lt75'
                  : 'lt100';
      expect(classes).toContain(`fill-${fill}`);
      expect(classes.includes('cannot-start')).toBe(!course.canStart);
    }
    const cannot = expected.filter((c) => !c.canStart).length;
    expect(await page.locator('[data-testid=timeline-summary]').textContent()).toContain(
      `${expected.length} Kurse · ${cannot} unter der Mindestgruppe`,
    );
    const legend = await page.locator('[data-testid=timeline-legend]').textContent();
    expect(legend).toContain('< 25 %');
    expect(await page.locator('#legend').textContent()).toContain('Startet nicht: unter der Mindestgruppe');
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-courses.png') });

    // By area: one row per Samtgemeinde or municipality outside any.
    await page.click('#tl-by-area');
    const areas = new Set(expected.map((c) => c.samtgemeindeAgs ?? c.venueAgs));
    expect(await page.locator('[data-testid=timeline] .tl-group').count()).toBe(areas.size);
    expect((await state(page)).groupBy).toBe('area');
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-courses-by-area.png') });
    await page.close();
  });

  it('filters by category, course type, area, target group and status, and widens the period', async () => {
    const page = await open('view=courses', 'courses');
    const all = await calendar();

    await page.selectOption('#f-category', 'JOB_LANGUAGE_COURSE');
    await expect
      .poll(async () => (await barIds(page)).sort())
      .toEqual(
        all
          .filter((c) => c.category === 'JOB_LANGUAGE_COURSE')
          .map((c) => c.id)
          .sort(),
      );
    await page.selectOption('#f-category', '');
    await expect.poll(async () => (await barIds(page)).length).toBe(all.length);

    const type = all.find((c) => c.courseType === 'PARENTS') ? 'PARENTS' : all[0]!.courseType!;
    await page.selectOption('#f-course-type', type);
    await expect
      .poll(async () => (await barIds(page)).sort())
      .toEqual(
        all
          .filter((c) => c.courseType === type)
          .map((c) => c.id)
          .sort(),
      );
    await expect.poll(() => new URL(page.url()).searchParams.get('ct')).toBe(type);
    await page.selectOption('#f-course-type', '');

    const sg = all.find((c) => c.samtgemeindeAgs)!.samtgemeindeAgs!;
    await page.selectOption('#f-area', sg);
    await expect
      .poll(async () => (await barIds(page)).sort())
      .toEqual(
        all
          .filter((c) => c.samtgemeindeAgs === sg || c.venueAgs === sg)
          .map((c) => c.id)
          .sort(),
      );
    await page.selectOption('#f-area', '');

    await page.selectOption('#f-status', 'OPEN');
    await expect
      .poll(async () => (await barIds(page)).sort())
      .toEqual(
        all
          .filter((c) => c.status === 'OPEN')
          .map((c) => c.id)
          .sort(),
      );
    await page.selectOption('#f-status', '');

    await page.selectOption('#f-tg', 'WOMEN');
    await expect
      .poll(async () => (await barIds(page)).sort())
      .toEqual(
        all
          .filter((c) => (c.targetGroups ?? []).includes('WOMEN'))
          .map((c) => c.id)
          .sort(),
      );
    await page.click('#f-reset');

    await page.selectOption('#tl-months', '12');
    await page.waitForSelector('html[data-ready="courses"]');
    await expect.poll(async () => (await barIds(page)).length).toBe((await calendar(12)).length);
    await expect.poll(() => new URL(page.url()).searchParams.get('mo')).toBe('12');
    await page.close();
  });

  it('shows a clicked course in the details panel, with its fill rate and whether it can start', async () => {
    const course = (await calendar()).find((c) => !c.canStart)!;
    const page = await open('view=courses', 'courses');
    await page.locator(`[data-testid=timeline] .course-bar[data-id="${course.id}"]`).click();
    await expect.poll(() => page.locator('#details .entity-title').first().textContent()).toBe(course.title);
    expect((await state(page)).selected).toBe(`o:${course.id}`);
    expect(await page.locator('[data-testid=can-start]').textContent()).toContain('Startet nicht');
    expect(await page.locator('#details').textContent()).toContain('Auslastung');
    expect(
      await page.locator(`[data-testid=timeline] .course-bar[data-id="${course.id}"]`).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-courses-selected.png') });

    // The keyboard reaches the bars too.
    const other = (await calendar()).find((c) => c.canStart)!;
    await page.locator(`[data-testid=timeline] .course-bar[data-id="${other.id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details .entity-title').first().textContent()).toBe(other.title);
    expect(await page.locator('[data-testid=can-start]').textContent()).toBe('Kann starten');
    await page.close();
  });

  it('reproduces the timeline from a copied link, in English', async () => {
    const expected = (await calendar(9)).filter((c) => c.category === 'INTEGRATION_COURSE');
    const course = expected[0]!;
    const page = await open(`view=courses&lang=en&cat=INTEGRATION_COURSE&by=area&mo=9&sel=o:${course.id}`, 'courses');
    expect(await state(page)).toMatchObject({
      view: 'courses',
      lang: 'en',
      category: 'INTEGRATION_COURSE',
      groupBy: 'area',
      horizon: 9,
      selected: `o:${course.id}`,
    });
    expect(await page.locator('#tab-courses').textContent()).toBe('Courses');
    await expect.poll(async () => (await barIds(page)).sort()).toEqual(expected.map((c) => c.id).sort());
    expect(await page.locator('#tl-by-area').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#tl-months').inputValue()).toBe('9');
    await expect.poll(() => page.locator('#details .entity-title').first().textContent()).toBe(course.title);
    expect(await page.locator('[data-testid=timeline-summary]').textContent()).toContain(`${expected.length} courses`);
    await page.close();
  });

  it('links the briefing of the district shown, as HTML and as PDF, and exports the calendar as CSV', async () => {
    const page = await open('view=courses', 'courses');
    const html = await page.locator('#briefing-html').getAttribute('href');
    expect(html).toBe(new URL(`../reports/briefing.html?district=${demoDistrictAgs}`, explorer.server.url).toString());
    // The briefing is for staff: a click fetches it with the session's token; HTML opens in a new tab, PDF is saved.
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.click('#briefing-html')]);
    await tab.waitForURL(/^blob:/, { timeout: 120_000 });
    expect(await tab.locator('body').textContent()).toContain('Trägerrunde');
    await tab.close();
    const pdf = await page.locator('#briefing-pdf').getAttribute('href');
    expect(pdf).toBe(new URL(`../reports/briefing.pdf?district=${demoDistrictAgs}`, explorer.server.url).toString());
    const [saved] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.click('#briefing-pdf'),
    ]);
    expect((await fs.readFile(await saved.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await page.request.get(pdf!)).status()).toBe(401); // the address alone, without the login, is refused

    await page.click('#export'); // the export menu: CSV or XLSX
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const lines = (await fs.readFile(await csv.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Titel;Kategorie;Kursart;Träger;/);
    expect(lines).toHaveLength((await calendar()).length + 1);
    await page.close();
  });
});

describe('waiting times on the map', () => {
  it('colours and labels municipalities by persons waiting and median / 90th percentile wait, with a legend and the figures in the details', async () => {
    const waiting = (
      await explorer.server.gql<{ waitingTimes: WaitingTimes }>(
        `query($d: String!) { waitingTimes(districtAgs: $d) { targetWeeks area { waiting } municipalities { ags name waiting placed medianWeeks p90Weeks noSuitableStart overTarget } } }`,
        { d: demoDistrictAgs },
      )
    ).waitingTimes;
    const rows = waiting.municipalities;
    expect(rows.length).toBeGreaterThan(0);
    const page = await open('view=map&cat=INTEGRATION_COURSE', 'map');
    await page.check('#f-waiting');
    await page.waitForSelector('html[data-ready="map"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('wait')).toBe('1');
    const drawn = await page.evaluate(() =>
      window
        .bildungsnetz!.map()!
        .nodes('.municipality')
        .map((n) => ({
          ags: n.data('ags') as string,
          label: n.data('label') as string,
          colour: n.data('colour') as string,
          waiting: n.data('waiting') as number,
          size: n.data('size') as number,
        })),
    );
    const byAgs = new Map(drawn.map((n) => [n.ags, n]));
    // explorer/src/graph/palette.ts, waitColours: a blue ramp, light = within the target.
    const colours = { within: '#c6dbef', over: '#6baed6', far: '#2171b5', noStart: '#08306b' };
    for (const row of rows) {
      const node = byAgs.get(row.ags);
      if (!node) continue; // a Samtgemeinde's own needs are drawn only where it has a seat
      expect(node.waiting).toBe(row.waiting);
      const weeks = (v: number | null) => (v === null ? '–' : String(v));
      expect(node.label).toBe(`${row.name}\n${row.waiting} · ${weeks(row.medianWeeks)} / ${weeks(row.p90Weeks)} Wo.`);
      const colour =
        row.placed === 0
          ? colours.noStart
          : row.medianWeeks! <= waiting.targetWeeks
            ? colours.within
            : row.medianWeeks! <= 2 * waiting.targetWeeks
              ? colours.over
              : colours.far;
      expect(node.colour).toBe(colour);
    }
    const nobody = drawn.filter((n) => !rows.some((r) => r.ags === n.ags));
    expect(nobody.length).toBeGreaterThan(0);
    for (const node of nobody) expect(node.colour).toBe('#e5e7eb');
    const most = [...rows].sort((a, b) => b.waiting - a.waiting)[0]!;
    expect(byAgs.get(most.ags)!.size).toBe(Math.max(...drawn.map((n) => n.size)));

    const legend = await page.locator('[data-testid=waiting-legend]').textContent();
    expect(legend).toContain(`Median höchstens Zielwartezeit (≤ ${waiting.targetWeeks})`);
    expect(legend).toContain('Niemand platziert: kein passender Start');
    expect(await page.locator('#stats').textContent()).toContain(`Wartende Personen ${waiting.area.waiting}`);

    // The municipality's figures in the details panel.
    await page.evaluate((id) => {
      const cy = window.bildungsnetz!.map()!;
      cy.getElementById(id).emit('tap');
    }, `m:${most.ags}`);
    const figures = page.locator('[data-testid=waiting-figures]');
    await expect.poll(() => figures.textContent()).toContain('Wartende Personen');
    const text = (await figures.textContent())!;
    expect(text).toContain(`Wartende Personen${most.waiting}`);
    expect(text).toContain(`Median Wartezeit${most.medianWeeks === null ? '–' : `${most.medianWeeks} Wochen`}`);
    expect(text).toContain(`Ohne passenden Start${most.noSuitableStart}`);
    expect(text).toContain(`Länger als Zielwartezeit${most.overTarget}`);
    await page.click('#zoom-fit');
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-map-waiting.png') });

    // Switched off again: the gap colours come back.
    await page.uncheck('#f-waiting');
    await page.waitForSelector('html[data-ready="map"]');
    expect(await page.evaluate(() => window.bildungsnetz!.map()!.nodes('.waiting').length)).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('wait')).toBeNull();
    await page.close();
  });
});
