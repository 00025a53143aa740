// One headless Chromium per test worker, launched when the first browser test asks for it and shared by the test
// files that worker runs after it (vitest.config.ts: isolate false keeps this module loaded between files). Each
// file gets a handle: its pages live in contexts of their own, and its close() closes them, never the browser.
// The browser ends with the worker process (Playwright closes it on exit and SIGTERM).
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium), headless; CHROMIUM_PATH points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let shared: Promise<Browser> | undefined;

function sharedBrowser(): Promise<Browser> {
  if (!shared) {
    const launching = chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    shared = launching;
    // A browser that failed to start or crashed is launched again by the next file that asks.
    launching.then(
      (browser) => browser.on('disconnected', () => shared === launching && (shared = undefined)),
      () => shared === launching && (shared = undefined),
    );
  }
  return shared;
}

/**
 * The worker's Chromium as one test file uses it: newPage() and newContext() as on a Browser, each in a context
 * of its own (no cookies or storage shared between tests or files); close() closes this file's contexts.
 */
export async function openSharedChromium(): Promise<Browser> {
  const browser = await sharedBrowser();
  const contexts = new Set<BrowserContext>();
  const track = (context: BrowserContext) => {
    contexts.add(context);
    context.on('close', () => contexts.delete(context));
    return context;
  };
  return new Proxy(browser, {
    get(target, property, receiver) {
      if (property === 'newContext')
        return async (...args: Parameters<Browser['newContext']>) => track(await target.newContext(...args));
      // Browser.newPage opens a context of the page's own, closed with the page.
      if (property === 'newPage')
        return async (...args: Parameters<Browser['newPage']>) => {
          const page = await target.newPage(...args);
          track(page.context());
          return page;
        };
      if (property === 'close')
        return () => Promise.all([...contexts].map((context) => context.close())).then(() => {});
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value.bind(target) as unknown) : value;
    },
  });
}
