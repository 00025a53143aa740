// The exports of what each view shows (issue 15 item 6), in a real Chromium against the API with the demo county:
// every table view's menu downloads CSV for German Excel (BOM, semicolons, decimal commas, TT.MM.JJJJ) and an XLSX
// workbook (read back with read-excel-file), both with the rows the view shows, under German file names with the
// district and the date; the network and the map download a PNG with title, legend, date, filters and source
// drawn into it. Screenshots and the pictures go to test-output/exports-*.png.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCodeWords } from '../server/reports/find-code-words.js';
import { screenshotDir, startExplorerServer, useExplorer } from './explorer-server.js';

beforeAll(() => startExplorerServer().then(() => undefined), 900_000);
const explorer = useExplorer();

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()); // YYYY-MM-DD
const districtPart = 'Landkreis-Nienburg-Weser';

async function downloadFrom(page: Page, menu: string, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.click(`#${menu}`);
  expect(await page.getAttribute(`#${menu}`, 'aria-expanded')).toBe('true');
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`#${item}`)]);
  return { name: file.suggestedFilename(), bytes: await fs.readFile(await file.path()) };
}

/** The CSV's lines as cells (no quoted separators in the demo's texts that matter here: quotes are taken off). */
function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      (line.match(/("([^"]|"")*"|[^;]*)(;|$)/g) ?? []).map((cell) => cell.replace(/;$/, '').replace(/^"|"$/g, '')),
    )
    .map((cells) => (cells.slice(0, -1).length > 0 && cells.at(-1) === '' ? cells.slice(0, -1) : cells));
}

interface TableCase {
  view: string;
  query?: string;
  file: string; // the file name's first word
  /** The texts of the view's rows in their first column, in order, as the page shows them. */
  shown: (page: Page) => Promise<string[]>;
  numberColumn?: string; // a header whose values may have decimals: written with a comma
}

const firstCells = (selector: string) => (page: Page) =>
  page.$$eval(selector, (cells) => cells.map((cell) => (cell.textContent ?? '').trim()));

const tables: TableCase[] = [
  { view: 'offers', file: 'Angebote', shown: firstCells('[data-testid="offers-table"] tbody tr td:first-child') },
  {
    view: 'actors',
    query: 'view=actors&asort=-betweenness',
    file: 'Akteure',
    shown: firstCells('table.data tbody tr td:first-child'),
    numberColumn: 'Vermittlerrolle',
  },
  {
    view: 'recommendations',
    file: 'Empfehlungen',
    shown: (page) =>
      page.$$eval('[data-testid="recommendations"] > li .rank', (ranks) =>
        ranks.map((rank) => (rank.textContent ?? '').replace('#', '').trim()),
      ),
  },
  {
    view: 'courses',
    file: 'Kurse',
    shown: (page) =>
      page.evaluate(() => {
        // The timeline draws bars, not a table: its courses are the ones the test handle's state selects; the
        // export's own rows are checked against the count in the summary instead.
        const summary = document.querySelector('[data-testid="timeline-summary"]')?.textContent ?? '';
        return [summary.match(/^(\d+)/)?.[1] ?? ''];
      }),
  },
];

describe('exports of what each view shows', () => {
  for (const table of tables)
    it(`${table.view}: CSV and XLSX with the rows shown, German file names`, async () => {
      const page = await explorer.open({
        view: table.view,
        query: table.query ?? `view=${table.view}`,
        acceptDownloads: true,
      });
      const shown = await table.shown(page);
      expect(shown.length).toBeGreaterThan(0);
      const csv = await downloadFrom(page, 'export', 'export-csv');
      expect(csv.name).toBe(`${table.file}_${districtPart}_${today}.csv`);
      const [header, ...rows] = csvRows(csv.bytes);
      expect(findCodeWords(header!.join(' '))).toEqual([]);
      const xlsx = await downloadFrom(page, 'export', 'export-xlsx');
      expect(xlsx.name).toBe(`${table.file}_${districtPart}_${today}.xlsx`);
      expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as XLSX is
      const sheet = await readSheet(xlsx.bytes);
      expect(sheet[0]).toEqual(header);
      expect(sheet.length - 1).toBe(rows.length);
      if (table.view === 'courses') {
        expect(rows.length).toBe(Number(shown[0]));
        // Dates as TT.MM.JJJJ in the CSV, real dates in the workbook.
        const start = header!.indexOf('Beginn');
        expect(rows[0]![start]).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
        expect(sheet[1]![start]).toBeInstanceOf(Date);
      } else if (table.view === 'recommendations') {
        expect(rows.map((r) => r[0])).toEqual(shown);
        expect(sheet.slice(1).map((r) => String(r[0]))).toEqual(shown);
      } else {
        expect(rows.map((r) => r[0])).toEqual(shown);
        expect(sheet.slice(1).map((r) => r[0])).toEqual(shown);
      }
      if (table.numberColumn) {
        const column = header!.indexOf(table.numberColumn);
        expect(column).toBeGreaterThanOrEqual(0);
        expect(rows.some((r) => /^\d+,\d+$/.test(r[column]!))).toBe(true);
        expect(rows.every((r) => !/^\d+\.\d+$/.test(r[column]!))).toBe(true);
        expect(typeof sheet[1]![column]).toBe('number');
      }
      await page.close();
    }, 300_000);

  it('the gap table: its own menu writes the gap rows, decimal commas in coverage and distance', async () => {
    const page = await explorer.open({
      view: 'offers',
      query: 'view=offers&cat=INTEGRATION_COURSE',
      acceptDownloads: true,
    });
    const shown = await page.$$eval('[data-testid="gap-table"] tbody tr', (rows) =>
      rows.map((r) => r.getAttribute('data-ags')),
    );
    const csv = await downloadFrom(page, 'gap-export', 'gap-csv');
    expect(csv.name).toBe(`Versorgungsluecken_Integrationskurs_25km_${districtPart}_${today}.csv`);
    const [header, ...rows] = csvRows(csv.bytes);
    expect(header!.slice(0, 4)).toEqual(['AGS', 'Gemeinde / Samtgemeinde', 'Samtgemeinde', 'Kategorie']);
    expect(rows.map((r) => r[0])).toEqual(shown);
    const km = header!.indexOf('Nächstes Angebot (km)');
    expect(rows.some((r) => /^\d+,\d$/.test(r[km]!))).toBe(true);
    const xlsx = await downloadFrom(page, 'gap-export', 'gap-xlsx');
    const sheet = await readSheet(xlsx.bytes);
    expect(sheet.slice(1).map((r) => r[0])).toEqual(shown);
    await page.close();
  }, 300_000);

  for (const view of ['network', 'map'] as const)
    it(`${view}: a PNG with title, legend, date, filters and source drawn into it`, async () => {
      const query = view === 'map' ? 'view=map&cat=INTEGRATION_COURSE' : 'view=network&kind=COURSE_PROVIDER';
      const page = await explorer.open({ view, query, acceptDownloads: true });
      const canvas = await page.evaluate((v) => {
        const cy = v === 'map' ? window.bildungsnetz!.map()! : window.bildungsnetz!.network()!;
        return { width: cy.width(), height: cy.height() };
      }, view);
      const png = await downloadFrom(page, 'export', 'export-png');
      const what = view === 'network' ? 'Netzwerk' : 'Karte_Integrationskurs';
      expect(png.name).toBe(`${what}_${districtPart}_${today}.png`);
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      const file = path.join(screenshotDir, `exports-${view}.png`);
      await fs.writeFile(file, png.bytes);
      // Read the picture in the page: its size and, in the bands above and below the graph, the ink of the texts
      // and the colours of the legend's swatches.
      const legend = await page.$$eval('#legend li span[class*="swatch"]', (swatches) =>
        swatches.map((s) => getComputedStyle(s).backgroundColor).filter((c) => c && !c.endsWith(', 0)')),
      );
      const picture = await page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const band = (top: number, height: number) => {
          const data = context.getImageData(0, top, image.width, height).data;
          let dark = 0;
          const colours = new Set<string>();
          for (let i = 0; i < data.length; i += 4) {
            if (data[i]! < 90 && data[i + 1]! < 90 && data[i + 2]! < 110) dark++;
            colours.add(`rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`);
          }
          return { dark, colours: [...colours] };
        };
        // The graph sits in a frame of one light line (#e2e8f0) across the whole width: the footer is below its
        // lowest such row.
        const all = context.getImageData(0, 0, image.width, image.height).data;
        let frameBottom = -1;
        for (let y = image.height - 1; y >= 0 && frameBottom < 0; y--) {
          let line = 0;
          for (let x = 0; x < image.width; x++) {
            const i = (y * image.width + x) * 4;
            if (Math.abs(all[i]! - 226) < 8 && Math.abs(all[i + 1]! - 232) < 8 && Math.abs(all[i + 2]! - 240) < 8)
              line++;
          }
          if (line > image.width * 0.9) frameBottom = y;
        }
        return {
          width: image.width,
          height: image.height,
          frameBottom,
          top: band(0, 120),
          bottom: band(frameBottom + 1, image.height - frameBottom - 1),
        };
      }, png.bytes.toString('base64'));
      expect(picture.width).toBeGreaterThanOrEqual(2000);
      expect(picture.frameBottom).toBeGreaterThan(picture.height / 2); // the legend and source lie under the graph
      expect(picture.top.dark).toBeGreaterThan(500); // the title and subtitle in dark ink
      expect(picture.bottom.dark).toBeGreaterThan(200); // legend labels and the source
      const drawn = new Set(picture.bottom.colours);
      const swatchesFound = legend.filter((colour) => drawn.has(colour));
      expect(swatchesFound.length).toBeGreaterThanOrEqual(Math.min(3, legend.length));
      if (view === 'map') expect(picture.height).toBeGreaterThan(canvas.height * 2);
      await page.close();
    }, 300_000);
});
