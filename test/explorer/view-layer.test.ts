// The view layer (explorer/src/app/explorer-app.ts) in a real headless Chromium against the API with the demo
// county: a change re-renders what it touches and tears nothing down. Cytoscape and the Chart.js charts are made
// once and updated (the same objects before and after a change), and a focused control is the same element, still
// focused, after the change it made was drawn. The test handle window.bildungsnetz exists only in the build for
// tests (mode 'test', explorer-explorer.server.ts). Screenshots go to test-output/view-layer-*.png.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();
const open = (query: string, view: string) => explorer.open({ view, query });

/** Waits until the view is drawn again after a change (its ready mark comes back once its data are there). */
const ready = (page: Page, view: string) => page.waitForSelector(`html[data-ready="${view}"]`, { timeout: 30_000 });

interface Kept {
  /** At the network's first drawing with the district's elements: what the side panels and the canvas showed. */
  firstDrawing?: { filters: string; details: string; legend: boolean; width: number; height: number };
  cy?: unknown;
  element?: unknown;
  node?: unknown;
  chart?: unknown;
  canvas?: unknown;
}
declare global {
  interface Window {
    kept: Kept; // what the test keeps between two evaluations, to compare identities
  }
}

describe('the view layer', () => {
  it('keeps the network canvas and its Cytoscape instance when a filter changes, and updates the elements', async () => {
    const page = await open('', 'network');
    const before = await page.evaluate(() => {
      const cy = window.bildungsnetz!.network()!;
      const jobcentre = cy.nodes('.actor[kind = "JOBCENTER"]').first();
      window.kept = { cy, element: cy.container(), node: jobcentre[0] };
      return { actors: cy.nodes('.actor').length, jobcentre: jobcentre.id() };
    });
    expect(before.jobcentre).toMatch(/^a:/);
    await page.selectOption('#f-kind', 'JOBCENTER');
    await ready(page, 'network');
    const after = await page.evaluate((id) => {
      const cy = window.bildungsnetz!.network()!;
      return {
        sameCy: cy === window.kept.cy,
        sameContainer:
          cy.container() === window.kept.element && document.getElementById('network-canvas') === cy.container(),
        // The job centre stayed on the canvas as the same element: updated, not removed and added again.
        sameNode: cy.getElementById(id)[0] === window.kept.node,
        actors: cy.nodes('.actor').length,
        kinds: [...new Set(cy.nodes('.actor').map((n) => n.data('kind') as string))],
      };
    }, before.jobcentre);
    expect(after).toMatchObject({ sameCy: true, sameContainer: true, sameNode: true, kinds: ['JOBCENTER'] });
    expect(after.actors).toBeLessThan(before.actors);
    await page.screenshot({ path: path.join(screenshotDir, 'view-layer-network-filtered.png') });
    await page.close();
  });

  it('keeps the map canvas when the category changes, and moves nothing that stays', async () => {
    const page = await open('view=map&cat=INTEGRATION_COURSE', 'map');
    await page.evaluate(() => {
      const cy = window.bildungsnetz!.map()!;
      window.kept = { cy, node: cy.nodes('.municipality').first()[0] };
    });
    const nodeId = await page.evaluate(() => (window.kept.node as { id(): string }).id());
    await page.selectOption('#f-category', 'JOB_LANGUAGE_COURSE');
    await ready(page, 'map');
    const after = await page.evaluate((id) => {
      const cy = window.bildungsnetz!.map()!;
      return { sameCy: cy === window.kept.cy, sameNode: cy.getElementById(id)[0] === window.kept.node };
    }, nodeId);
    expect(after).toEqual({ sameCy: true, sameNode: true });
    expect(await page.locator('#stats').textContent()).toContain('Berufssprachkurs');
    await page.screenshot({ path: path.join(screenshotDir, 'view-layer-map-category.png') });
    await page.close();
  });

  it('keeps a focused control the same element, focused, while the change it made is drawn', async () => {
    const page = await open('view=map&cat=INTEGRATION_COURSE', 'map');
    // The radius by keyboard: each arrow key sets the radius, the gaps of the new radius load and the map, the
    // figures and the filter panel are drawn again. The slider is not replaced: it keeps the focus by itself.
    await page.focus('#f-radius');
    await page.evaluate(() => {
      window.kept = { element: document.activeElement };
    });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.bildungsnetz!.state().radius)).toBe(30);
    await ready(page, 'map');
    expect(await page.locator('#stats').textContent()).toContain('30 km');
    expect(
      await page.evaluate(
        () => document.activeElement === window.kept.element && document.activeElement?.id === 'f-radius',
      ),
    ).toBe(true);
    expect(await page.locator('#f-radius-value').textContent()).toBe(' 30');

    // A path end picked by keyboard: the details panel shows the path, the picker stays the focused element with
    // the picked name; the other end keeps the text typed into it while everything around it is drawn again.
    await page.click('#tab-network');
    await ready(page, 'network');
    await page.locator('#f-path-to').fill('zz-not-picked');
    await page.focus('#f-path-from');
    await page.evaluate(() => {
      window.kept = { element: document.activeElement };
    });
    await page.keyboard.type('Jobcenter');
    await page.waitForSelector('#f-path-from-suggestions li[data-key]', { timeout: 10_000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await page.evaluate(() => window.bildungsnetz!.state())).pathFrom).not.toBe('');
    await ready(page, 'network');
    const focus = await page.evaluate(() => ({
      same: document.activeElement === window.kept.element,
      id: document.activeElement?.id,
      text: (document.activeElement as HTMLInputElement).value,
      other: (document.getElementById('f-path-to') as HTMLInputElement).value,
    }));
    expect(focus).toMatchObject({ same: true, id: 'f-path-from', other: 'zz-not-picked' });
    expect(focus.text).toContain('Jobcenter');
    await page.screenshot({ path: path.join(screenshotDir, 'view-layer-focus.png') });
    await page.close();
  });

  it("draws its frame while the district's data load and fills it in once they are there, in the same Cytoscape", async () => {
    const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    // The district's data held back until the frame has been looked at; every other request goes through.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    await page.route('**/graphql', async (route) => {
      if (/\bDistrictGraph\b/.test(route.request().postData() ?? '')) {
        asked += 1;
        await held;
      }
      await route.continue();
    });
    await page.goto(explorer.server.loginLink(`${explorer.server.url}?d=${demoDistrictAgs}`));
    await page.waitForSelector('#tab-network');
    await expect.poll(() => asked).toBeGreaterThan(0); // asked for before or while the frame is drawn
    const frame = await page.evaluate(() => ({
      ready: document.documentElement.dataset['ready'] ?? null,
      tabs: document.querySelectorAll('#tab-network, #tab-actors, #tab-map').length,
      stats: document.getElementById('stats')?.textContent ?? '',
      filters: document.getElementById('filters')?.textContent ?? '',
      details: document.getElementById('drawer-details')?.textContent ?? '',
      legend: document.getElementById('legend') !== null,
      menus: ['export', 'new-open'].filter((id) => document.getElementById(id) !== null),
      elements: window.bildungsnetz!.network()?.elements().length ?? null,
    }));
    expect(frame).toEqual({
      ready: null,
      tabs: 3,
      stats: 'Lädt …',
      filters: 'Lädt …',
      details: 'Lädt …',
      legend: false,
      menus: [], // what exports or edits the data comes with them
      elements: 0, // its Cytoscape is made, empty
    });
    await page.evaluate(() => {
      const cy = window.bildungsnetz!.network()!;
      window.kept = { cy };
      const onRender = () => {
        if (cy.elements().empty()) return;
        cy.off('render', onRender);
        window.kept.firstDrawing = {
          filters: document.getElementById('filters')?.textContent ?? '',
          details: document.getElementById('drawer-details')?.textContent ?? '',
          legend: document.getElementById('legend') !== null,
          width: cy.width(),
          height: cy.height(),
        };
      };
      cy.on('render', onRender);
    });
    await page.screenshot({ path: path.join(screenshotDir, 'view-layer-loading.png') });
    release();
    await ready(page, 'network');
    const filled = await page.evaluate(() => ({
      sameCy: window.bildungsnetz!.network() === window.kept.cy,
      actors: window.bildungsnetz!.network()!.nodes('.actor').length,
      stats: document.getElementById('stats')?.textContent ?? '',
      kindFilter: document.getElementById('f-kind') !== null,
      legend: document.getElementById('legend') !== null,
      menus: ['export', 'new-open'].filter((id) => document.getElementById(id) !== null),
      size: { width: window.bildungsnetz!.network()!.width(), height: window.bildungsnetz!.network()!.height() },
      first: window.kept.firstDrawing,
    }));
    expect(filled.sameCy).toBe(true);
    // The network came first: drawn while the side panels still said "Lädt …" (their rendering would have come
    // before it), with the legend under it already, so that the canvas keeps its size as the panels fill in.
    expect(filled.first).toEqual({ filters: 'Lädt …', details: 'Lädt …', legend: true, ...filled.size });
    // Drawn element by element first (building the layers of Cytoscape's texture cache in that frame made it some
    // 40 ms later, BENCHMARKS.md), the layers are built in the frames after, without a move, so that panning
    // draws from them.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            type Layers = { data: { lyrTxrCache: { layersByLevel: Record<string, unknown[]> } } };
            const cy = window.bildungsnetz!.network()! as unknown as { renderer(): Layers };
            return Object.values(cy.renderer().data.lyrTxrCache.layersByLevel).some((layers) => layers.length > 0);
          }),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(filled.actors).toBeGreaterThan(50);
    expect(filled.stats).toMatch(/^\d+ Akteure · \d+ Kooperationen/);
    expect(filled).toMatchObject({ kindFilter: true, legend: true, menus: ['export', 'new-open'] });
    await page.close();
  });

  it('fills the side panels when another view was chosen while the data loaded, and keeps them on the network', async () => {
    const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (/\bDistrictGraph\b/.test(route.request().postData() ?? '')) await held;
      await route.continue();
    });
    await page.goto(explorer.server.loginLink(`${explorer.server.url}?d=${demoDistrictAgs}`));
    await page.click('#tab-actors'); // the page opened at the network; the table chosen before the data came
    release();
    await ready(page, 'actors');
    await page.waitForSelector('#filters #f-kind', { timeout: 10_000 });
    expect(await page.locator('#drawer-details').textContent()).not.toContain('Lädt …');
    await page.click('#tab-network');
    await ready(page, 'network');
    expect(await page.locator('#filters #f-kind').count()).toBe(1);
    expect(await page.evaluate(() => window.bildungsnetz!.network()!.nodes('.actor').length)).toBeGreaterThan(50);
    await page.close();
  });

  it("says what went wrong, with a retry, when the district's data cannot be loaded", async () => {
    const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/graphql', (route) =>
      /\bDistrictGraph\b/.test(route.request().postData() ?? '') ? route.abort('failed') : route.continue(),
    );
    await page.goto(explorer.server.loginLink(`${explorer.server.url}?d=${demoDistrictAgs}`));
    await page.waitForSelector('[role=alert]');
    const shown = await page.evaluate(() => ({
      alert: document.querySelector('[role=alert]')?.textContent ?? '',
      retry: document.querySelector('button.retry')?.textContent ?? '',
      frame: document.getElementById('tab-network') !== null,
    }));
    expect(shown.alert).toMatch(/^Bildungsnetz: /);
    expect(shown.alert).not.toMatch(/Failed to fetch|TypeError/);
    expect(shown).toMatchObject({ retry: 'Erneut versuchen', frame: false });
    await page.unroute('**/graphql');
    await page.click('button.retry');
    await ready(page, 'network');
    await page.close();
  });

  it('updates a chart in place when the time span changes, rather than making a new one', async () => {
    const page = await open('view=monitoring', 'monitoring');
    const before = await page.evaluate(() => {
      const chart = window.bildungsnetz!.chart('chart-unmet')!;
      window.kept = { chart, canvas: document.getElementById('chart-unmet') };
      return chart.data.labels?.length ?? 0;
    });
    expect(before).toBeGreaterThan(1);
    await page.selectOption('#m-span', '6');
    await ready(page, 'monitoring');
    await expect
      .poll(() => page.evaluate(() => window.bildungsnetz!.chart('chart-unmet')!.data.labels?.length ?? 0))
      .toBeLessThan(before);
    const after = await page.evaluate(() => ({
      sameChart: window.bildungsnetz!.chart('chart-unmet') === window.kept.chart,
      sameCanvas: document.getElementById('chart-unmet') === window.kept.canvas,
      rows: document.querySelectorAll('[data-testid=monitoring-table] tbody tr').length,
    }));
    expect(after).toMatchObject({ sameChart: true, sameCanvas: true });
    expect(after.rows).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(screenshotDir, 'view-layer-monitoring-6m.png'), fullPage: true });
    await page.close();
  });
});
