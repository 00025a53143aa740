// Prints an HTML document to PDF with headless Chromium (Debian's chromium, driven by playwright-core), so
// that the PDF looks exactly like the printed page.
import { chromium } from 'playwright-core';

export interface PdfOptions {
  chromiumPath: string; // the Chromium executable
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function renderPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: options.chromiumPath, headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
