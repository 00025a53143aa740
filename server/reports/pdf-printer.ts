// One headless Chromium for all PDFs of the server: started with the first PDF, reused for every later one (each in a
// browser context of its own, closed after it), at most `concurrency` pages at once while the others wait their turn,
// started again when it crashed, and closed when the server stops. Launching a browser per request cost about
// 150 MB and a second each, and ten requests at once could take the machine's memory.
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from './render-pdf.js';

export interface PdfPrinterOptions {
  chromiumPath: string; // the Chromium executable
  concurrency: number; // pages printed at once; further requests wait
}

export interface PdfPrinterStats {
  launches: number; // browsers started so far (1 while none crashed)
  printing: number; // pages being printed now
  waiting: number; // requests waiting for their turn
}

export class PdfPrinter {
  private browser: Promise<Browser> | undefined;
  private launches = 0;
  private printing = 0;
  private readonly queue: (() => void)[] = [];
  private closed = false;

  constructor(private readonly options: PdfPrinterOptions) {}

  /** Prints an HTML document to an A4 PDF, as the page is printed (CSS page size, backgrounds). */
  async print(html: string): Promise<Buffer> {
    if (this.closed) throw new Error('the PDF printer is closed (the server is stopping)');
    await this.takeTurn();
    try {
      try {
        return await this.printOnce(html);
      } catch (error) {
        // A browser that died under this page is started again once; any other failure is the page's own.
        if (await this.isAlive()) throw error;
        return await this.printOnce(html);
      }
    } finally {
      this.printing--;
      this.queue.shift()?.();
    }
  }

  stats(): PdfPrinterStats {
    return { launches: this.launches, printing: this.printing, waiting: this.queue.length };
  }

  /** Closes the browser; later print() calls are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close().catch(() => undefined);
  }

  /** The running browser, for tests that crash it on purpose. */
  async currentBrowser(): Promise<Browser | undefined> {
    return this.browser?.catch(() => undefined);
  }

  private takeTurn(): Promise<void> {
    if (this.printing < this.options.concurrency) {
      this.printing++;
      return Promise.resolve();
    }
    // The finishing print hands its slot over directly: printing stays counted.
    return new Promise((resolve) => this.queue.push(() => (this.printing++, resolve())));
  }

  private async isAlive(): Promise<boolean> {
    const browser = await this.browser?.catch(() => undefined);
    return browser?.isConnected() ?? false;
  }

  private launch(): Promise<Browser> {
    if (this.browser) return this.browser;
    this.launches++;
    const launching = chromium.launch({
      executablePath: this.options.chromiumPath,
      headless: true,
      args: chromiumArgs,
    });
    this.browser = launching;
    launching.then(
      (browser) =>
        // A crashed or killed browser is forgotten, so that the next PDF starts a new one.
        browser.on('disconnected', () => this.browser === launching && (this.browser = undefined)),
      () => this.browser === launching && (this.browser = undefined),
    );
    return launching;
  }

  private async printOnce(html: string): Promise<Buffer> {
    const browser = await this.launch();
    if (this.closed) throw new Error('the PDF printer is closed (the server is stopping)');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close().catch(() => undefined);
    }
  }
}
