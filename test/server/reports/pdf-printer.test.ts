// The server's one Chromium for PDFs, with the real browser: started with the first PDF and reused, at most
// `concurrency` pages at once while the others wait, started again after it was killed, closed on close().
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfPrinter } from '../../../server/reports/pdf-printer.js';
import { chromiumPath } from '../../support/shared-chromium.js';

const page = (title: string) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${'Text '.repeat(400)}</p></body></html>`;

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

/** Process ids of the Chromium processes this test process started (its direct children). */
function chromiumChildren(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, command]) => pid && command && /chrom/i.test(command))
    .map(([pid]) => Number(pid));
}

const printers: PdfPrinter[] = [];
function newPrinter(concurrency: number): PdfPrinter {
  const printer = new PdfPrinter({ chromiumPath, concurrency });
  printers.push(printer);
  return printer;
}

afterAll(async () => {
  for (const printer of printers) await printer.close();
});

describe('the PDF printer', () => {
  it('starts no browser before the first PDF, then one for all, printing at most `concurrency` at once', async () => {
    const printer = newPrinter(2);
    expect(printer.stats().launches).toBe(0);
    expect(await printer.currentBrowser()).toBeUndefined();
    let mostPrinting = 0;
    let mostWaiting = 0;
    const watch = setInterval(() => {
      const { printing, waiting } = printer.stats();
      mostPrinting = Math.max(mostPrinting, printing);
      mostWaiting = Math.max(mostWaiting, waiting);
    }, 1);
    try {
      const pdfs = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => printer.print(page(`Bericht ${n}`))));
      expect(pdfs.every(isPdf)).toBe(true);
    } finally {
      clearInterval(watch);
    }
    expect(printer.stats()).toEqual({ launches: 1, printing: 0, waiting: 0 });
    expect(mostPrinting).toBe(2);
    expect(mostWaiting).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('starts the browser again when it was killed', async () => {
    const printer = newPrinter(1);
    expect(isPdf(await printer.print(page('vorher')))).toBe(true);
    const browser = (await printer.currentBrowser())!;
    const before = chromiumChildren();
    expect(before.length).toBeGreaterThan(0);
    const gone = new Promise((resolve) => browser.once('disconnected', resolve));
    for (const pid of before) process.kill(pid, 'SIGKILL');
    await gone;
    expect(isPdf(await printer.print(page('nachher')))).toBe(true);
    expect(printer.stats().launches).toBe(2);
  }, 120_000);

  it('closes the browser on close(), and prints nothing after', async () => {
    const printer = newPrinter(1);
    await printer.print(page('zuletzt'));
    const browser = (await printer.currentBrowser())!;
    await printer.close();
    expect(browser.isConnected()).toBe(false);
    await expect(printer.print(page('zu spät'))).rejects.toThrow(/closed/);
  }, 120_000);
});
