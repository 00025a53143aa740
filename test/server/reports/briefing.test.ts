// The briefing for the providers' round of the demo county, rendered in a real Chromium: its figures are the
// API's figures; the PDF is a PDF.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.js';
import { ensureDemoCounty } from '../../support/demo-county.js';
import { expectNoErrors } from '../../support/fixtures.js';
import { openSharedChromium } from '../../support/shared-chromium.js';
import { headersFor, startTestServer, tokenFor, type TestServer } from '../../support/test-server.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  await ensureDemoCounty(server.driver, server.database);
  browser = await openSharedChromium(); // the worker's Chromium; close() closes this file's pages
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the briefing for the next round', () => {
  it('shows the waiting times, the calendar and the last decisions as the API has them', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const response = await page.goto(
      `${server.url}/reports/briefing.html?district=03256&access_token=${await tokenFor('analyst')}`,
    );
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toMatch(
      /^Vorlage für die Monatsrunde der Kursträger \(fiktiv\) am \d\d\.\d\d\.\d{4}$/,
    );

    const api = await server.gql<{
      waitingTimes: {
        area: { waiting: number; placed: number; medianWeeks: number | null; noSuitableStart: number };
        needs: { unplaced: number; unplacedReason: string | null }[];
      };
    }>(
      `query { waitingTimes(category: INTEGRATION_COURSE, districtAgs: "03256") { area { waiting placed medianWeeks noSuitableStart overTarget } needs { unplaced unplacedReason } } }`,
    );
    expectNoErrors(api);
    const area = api.data!.waitingTimes.area;
    const summary = page.locator('.summary[data-category="INTEGRATION_COURSE"]');
    await expect(summary.locator('.waiting').textContent()).resolves.toBe(String(area.waiting));
    await expect(summary.locator('.placed').textContent()).resolves.toBe(String(area.placed));
    await expect(summary.locator('.median').textContent()).resolves.toBe(
      area.medianWeeks === null ? '–' : area.medianWeeks.toLocaleString('de-DE', { maximumFractionDigits: 1 }),
    );
    await expect(summary.locator('.unplaced').textContent()).resolves.toBe(String(area.noSuitableStart));
    expect(area.waiting).toBeGreaterThan(0);
    // Why the rest have no start: the persons per reason, as the API's needs sum them.
    const perReason = new Map<string, number>();
    for (const need of api.data!.waitingTimes.needs)
      if (need.unplaced > 0)
        perReason.set(need.unplacedReason!, (perReason.get(need.unplacedReason!) ?? 0) + need.unplaced);
    expect(perReason.size).toBeGreaterThan(0);
    const reasons = page.locator('h3:has-text("Integrationskurs") ~ ul.reasons').first().locator('li');
    await expect(reasons.count()).resolves.toBe(perReason.size);
    for (const [reason, persons] of perReason) {
      const text = await reasons.and(page.locator(`[data-reason="${reason}"]`)).textContent();
      expect(text!.replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^${persons} Person(en)?: \\S`));
    }

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    const until = new Date(`${today}T00:00:00Z`);
    until.setUTCMonth(until.getUTCMonth() + 3);
    const calendar = await server.gql<{ courseCalendar: { startDate: string; canStart: boolean }[] }>(
      `query($to: Date!) { courseCalendar(districtAgs: "03256", to: $to) { title startDate canStart } }`,
      { to: until.toISOString().slice(0, 10) },
    );
    expectNoErrors(calendar);
    const all = calendar.data!.courseCalendar;
    const starts = all.filter((c) => c.startDate >= today);
    expect(starts.length).toBeGreaterThan(0);
    await expect(page.locator('table.calendar tbody tr').count()).resolves.toBe(starts.length);
    await expect(page.locator('table.calendar tbody tr.below').count()).resolves.toBe(
      starts.filter((c) => !c.canStart).length,
    );
    await expect(page.locator('table.running tbody tr').count()).resolves.toBe(all.length - starts.length);

    await expect(page.locator('h2').first().textContent()).resolves.toMatch(
      /Beschlüsse der letzten Sitzung \(\d\d\.\d\d\.\d{4}\)/,
    );
    expect(await page.locator('h2 + table tbody tr').first().textContent()).toBeTruthy();
    await expect(page.locator('ol li').count()).resolves.toBeGreaterThan(0);

    fs.mkdirSync(path.join(projectRoot, 'test-output'), { recursive: true });
    await page.screenshot({ path: path.join(projectRoot, 'test-output', 'briefing.png'), fullPage: false });
    await page.close();
  });

  it('comes as a PDF', async () => {
    const response = await fetch(`${server.url}/reports/briefing.pdf?district=03256`, {
      headers: await headersFor('coordinator'),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/vorlage-traegerrunde-\d{4}-\d\d-\d\d\.pdf/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('refuses a bad district key with 400 and an unknown one with 404, naming it', async () => {
    const bad = await fetch(`${server.url}/reports/briefing.html?district=3256`, {
      headers: await headersFor('coordinator'),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('"3256"');
    const unknown = await fetch(`${server.url}/reports/briefing.html?district=09999`, {
      headers: await headersFor('coordinator'),
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('"09999"');
  });
});
