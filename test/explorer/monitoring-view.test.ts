// The monitoring view in a real headless Chromium against the API with the demo county and its year of history:
// three Chart.js charts of the trends, the table equal to the API's series, the area filter, English, the URL
// state, and the link to the needs-analysis report. A screenshot goes to test-output/monitoring.png.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();
/** The API's monitoringSeries answer with the point fields a query asks for. */
type SeriesAnswer<Point> = { monitoringSeries: { points: Point[] }[] };
const open = (query: string) =>
  explorer.open({
    view: 'monitoring',
    query: query ? `view=monitoring&${query}` : 'view=monitoring',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });

/** The size each chart canvas is drawn at. */
function chartData(page: Page) {
  return page.evaluate(() => {
    return ['chart-unmet', 'chart-free', 'chart-access'].map((id) => {
      const canvas = document.getElementById(id) as HTMLCanvasElement;
      const box = canvas.getBoundingClientRect();
      return { id, width: box.width, height: box.height };
    });
  });
}

describe('the monitoring view', () => {
  it('charts the trends of the district and shows the figures of the API in German', async () => {
    const page = await open('cat=INTEGRATION_COURSE');
    expect(await page.locator('#tab-monitoring').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#tab-monitoring').textContent()).toBe('Monitoring');
    for (const chart of await chartData(page)) {
      expect(chart.width).toBeGreaterThan(200);
      expect(chart.height).toBeGreaterThan(150);
    }
    // The charts really drew lines: pixels other than white on the unmet-demand canvas.
    const inked = await page.evaluate(() => {
      const canvas = document.getElementById('chart-unmet') as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let red = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! > 180 && data[i + 1]! < 80 && data[i + 2]! < 80 && data[i + 3]! > 0) red++;
      return red;
    });
    expect(inked).toBeGreaterThan(50); // the first line is red (#dc2626)

    const api = await explorer.server.gql<
      SeriesAnswer<{ date: string; demand: number; unmet: number; freePlaces: number }>
    >(
      `query($d: String!, $from: Date!) { monitoringSeries(districtAgs: $d, categories: [INTEGRATION_COURSE], from: $from) { points { date demand unmet freePlaces } } }`,
      {
        d: demoDistrictAgs,
        from: await page.evaluate(() => {
          const now = new Date();
          const then = new Date(now.getFullYear(), now.getMonth() - 12, 1);
          then.setDate(Math.min(now.getDate(), new Date(then.getFullYear(), then.getMonth() + 1, 0).getDate()));
          return `${then.getFullYear()}-${String(then.getMonth() + 1).padStart(2, '0')}-${String(then.getDate()).padStart(2, '0')}`;
        }),
      },
    );
    const points = api.monitoringSeries[0]!.points;
    expect(points.length).toBeGreaterThanOrEqual(12);
    const rows = await page
      .locator('[data-testid=monitoring-table] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-date'), ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
      );
    expect(rows.map((r) => r[0])).toEqual(points.map((p) => p.date));
    const german = (n: number) => n.toLocaleString('de-DE');
    expect(rows.map((r) => [r[2], r[3], r[6]])).toEqual(
      points.map((p) => [german(p.demand), german(p.unmet), german(p.freePlaces)]),
    );
    expect(await page.locator('.monitoring h3').textContent()).toContain('Integrationskurs');
    await page.screenshot({ path: path.join(screenshotDir, 'monitoring.png'), fullPage: true });
    await page.close();
  });

  it('narrows to a Samtgemeinde, switches the span and the language, and keeps it all in the URL', async () => {
    const page = await open('');
    const uchte = await page.locator('#f-area option', { hasText: 'Uchte' }).first().getAttribute('value');
    expect(uchte).toMatch(/^\d{9}$/);
    await page.selectOption('#f-area', uchte);
    await page.waitForFunction(
      (ags) =>
        document.documentElement.dataset['ready'] === 'monitoring' &&
        document.querySelector('.monitoring h2')?.textContent?.includes('Uchte') &&
        window.bildungsnetz!.state().area === ags,
      uchte,
      { timeout: 30_000 },
    );
    await page.selectOption('#m-span', '24');
    await page.locator('#lang-en').click();
    await page.waitForFunction(
      () =>
        document.documentElement.dataset['ready'] === 'monitoring' &&
        document.querySelector('#tab-monitoring')?.textContent === 'Monitoring' &&
        document.querySelector('.monitoring h2')?.textContent?.startsWith('Education monitoring'),
      undefined,
      { timeout: 30_000 },
    );
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      view: 'monitoring',
      area: uchte,
      mon: '24',
      lang: 'en',
    });
    // The captions' own text (the accessibility chart's caption also holds its "How is this computed?" button).
    const captions = await page
      .locator('figcaption')
      .evaluateAll((all) => all.map((caption) => caption.firstChild?.textContent ?? ''));
    expect(captions).toEqual([
      'Unmet demand (persons)',
      'Free places',
      'Accessibility (free places per person in need)',
    ]);
    // A link reproduces the view.
    const again = await explorer.browser.newPage({ viewport: { width: 1200, height: 800 } });
    await again.goto(explorer.server.loginLink(page.url()));
    await again.waitForSelector('html[data-ready="monitoring"]', { timeout: 60_000 });
    expect(await again.locator('.monitoring h2').textContent()).toContain('Uchte');
    expect(await again.locator('#m-span').inputValue()).toBe('24');
    await again.close();

    const api = await explorer.server.gql<SeriesAnswer<{ date: string; unmet: number }>>(
      `query($sg: String!) { monitoringSeries(samtgemeindeAgs: $sg, categories: [INTEGRATION_COURSE], from: "2020-01-01") { points { date unmet } } }`,
      { sg: uchte },
    );
    const unmet = api.monitoringSeries[0]!.points.map((p) => p.unmet);
    expect(unmet[0]).toBeGreaterThan(unmet.at(-1)!); // the south-west gap closes over the year
    await page.close();
  });

  it('exports the series as CSV with German headers and decimal commas', async () => {
    const page = await open('cat=INTEGRATION_COURSE');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=monitoring-csv]').click(),
    ]);
    const csv = (await fs.readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...lines] = csv.trim().split('\r\n');
    expect(header).toBe(
      'Kategorie;Stichtag;Bedarf (Personen);Ungedeckt;Abdeckung;Erreichbarkeit;Freie Plätze;Plätze;Belegt;Warteliste;Auslastung',
    );
    const integration = lines.filter((line) => line.startsWith('Integrationskurs;'));
    expect(integration.length).toBeGreaterThanOrEqual(12);
    for (const line of integration)
      expect(line).toMatch(
        /^Integrationskurs;\d{4}-\d\d-\d\d;\d+;\d+;[01],\d{3};\d+,\d{3};\d+;\d+;\d+;\d+;(\d,\d{3})?$/,
      );
    await page.close();
  });

  it("links to the needs-analysis report of the district and downloads it with the session's login", async () => {
    const page = await open('');
    const href = await page.locator('#report-link').getAttribute('href');
    expect(new URL(href!, page.url()).pathname).toBe('/reports/needs-analysis.pdf');
    expect(new URL(href!, page.url()).searchParams.get('district')).toBe(demoDistrictAgs);
    expect(await page.locator('#report-link').textContent()).toContain('Bedarfsanalyse');
    // The report is for staff: the click fetches it with the session's token and saves the PDF.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.locator('#report-link').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bedarfsanalyse-03256-\d{4}-\d\d-\d\d\.pdf$/);
    const bytes = await fs.readFile(await download.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
