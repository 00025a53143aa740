// WCAG 2.2 AA in the explorer (issue 15, item 10), in a real headless Chromium against the API with the demo county:
// axe-core finds no serious or critical violation on any view for the coordinator, the analyst and a visitor who
// is not logged in; at 200 % zoom (a 1280 × 800 screen is 640 × 400 CSS px) and on a 390 px phone the view keeps
// its room and the side panels are drawers that open by keyboard, take the focus, close with Escape and give it
// back; the network graph has a keyboard path (arrow keys among an actor's partners, Enter for the details) and a
// text alternative with the figures of the API. Screenshots go to test-output/a11y-*.png.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/test-server.js';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';
import { seriousAxeFindings } from './run-axe.js';

const explorer = useExplorer();
/** The explorer's views; the first test checks that the header's tabs are exactly these, so none is left out. */
const viewNames = [
  'network',
  'actors',
  'map',
  'offers',
  'courses',
  'recommendations',
  'monitoring',
  'surveys',
] as const;
const zoomed = { width: 640, height: 400 }; // 1280 × 800 at 200 %
const phone = { width: 390, height: 844 };

interface AnalysedActor {
  id: string;
  name: string;
  degree: number;
}
let analysis: { actorCount: number; linkCount: number; actors: AnalysedActor[] };
let partnersOf: Map<string, Set<string>>;
let analystToken: string;

beforeAll(async () => {
  analystToken = await tokenFor('analyst', { sub: 'a11y-analyst' });
  const data = await explorer.server.gql<{
    networkAnalysis: typeof analysis;
    actors: {
      id: string;
      cooperatesWithConnection: { edges: { properties: { until: string | null }; node: { id: string } }[] };
    }[];
  }>(
    `query($d: String!) {
      networkAnalysis(districtAgs: $d) { actorCount linkCount actors { id name degree } }
      actors(where: { municipality: { some: { district: { some: { ags: { eq: $d } } } } } }, limit: 1000) {
        id cooperatesWithConnection { edges { properties { until } node { id } } }
      }
    }`,
    { d: demoDistrictAgs },
  );
  analysis = data.networkAnalysis;
  // Cooperation goes both ways: a partner is who the actor names or who names it.
  partnersOf = new Map(data.actors.map((a) => [a.id, new Set<string>()]));
  // A cooperation that ended before today is no longer a partnership (as in the network analysis).
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
  for (const actor of data.actors)
    for (const { properties, node } of actor.cooperatesWithConnection.edges) {
      if (properties.until && properties.until < today) continue;
      partnersOf.get(actor.id)?.add(node.id);
      partnersOf.get(node.id)?.add(actor.id);
    }
}, 240_000);

const state = (page: Page) => page.evaluate(() => window.bildungsnetz!.state() as unknown as { selected: string });
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the element with the id has the focus (at most 120 times): the keyboard reaches it. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/**
 * A visitor who is not logged in: the explorer shows the public directory (state/access.ts), whose three views are
 * its own; a link to a staff view lands on the directory's network. Waited for until the view shown is ready.
 */
async function openAnonymous(view: string): Promise<Page> {
  const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${explorer.server.url}?d=${demoDistrictAgs}&view=${view}`);
  const directoryViews = ['network', 'map', 'offers'];
  await page.waitForSelector(`html[data-ready="${directoryViews.includes(view) ? view : 'network'}"]`, {
    timeout: 60_000,
  });
  return page;
}

const roles = [
  { role: 'coordinator', login: (): boolean | string => true },
  { role: 'analyst', login: (): boolean | string => analystToken },
  { role: 'anonymous', login: (): boolean | string => false },
] as const;

describe('axe-core on every view and role', () => {
  it('knows every view the header offers', async () => {
    const page = await explorer.open({ view: 'network' });
    const tabs = await page.locator('[role=tab]').evaluateAll((all) => all.map((tab) => tab.getAttribute('data-view')));
    expect([...tabs].sort()).toEqual([...viewNames].sort());
    await page.close();
  }, 120_000);
  for (const { role, login } of roles)
    for (const view of viewNames)
      it(`finds no serious or critical violation: ${view}, ${role}`, async () => {
        const page =
          role === 'anonymous'
            ? await openAnonymous(view)
            : await explorer.open({ view, query: `view=${view}`, login: login() });
        expect(await seriousAxeFindings(page)).toEqual([]);
        if (role !== 'analyst')
          await page.screenshot({ path: path.join(screenshotDir, `a11y-axe-${view}-${role}.png`) });
        await page.close();
      }, 120_000);
});

/** The room the view keeps and whether the page scrolls sideways (it must not: WCAG 1.4.10 reflow). */
const measure = (page: Page) =>
  page.evaluate(() => {
    const area = document.querySelector('.canvas-area')!.getBoundingClientRect();
    // What reaches beyond the screen's right edge, for the message when the page scrolls sideways.
    const beyond = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('[hidden]'))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
    return { width: area.width, height: area.height, scrollWidth: document.documentElement.scrollWidth, beyond };
  });

describe('at 200 % zoom and on a 390 px phone', () => {
  for (const [name, viewport] of [
    ['200', zoomed],
    ['390', phone],
  ] as const)
    it(`keeps the view its room at ${name === '200' ? '200 % zoom' : 'a 390 px phone'}, the panels as drawers`, async () => {
      for (const view of ['network', 'map', 'actors', 'courses'] as const) {
        const page = await explorer.open({
          view,
          query: `view=${view}${view === 'map' ? '&cat=INTEGRATION_COURSE' : ''}`,
          viewport,
        });
        const room = await measure(page);
        expect(room.scrollWidth, `${view} scrolls sideways: ${room.beyond.join(', ')}`).toBeLessThanOrEqual(
          viewport.width,
        );
        expect(room.width, `${view} is narrower than the screen`).toBeGreaterThanOrEqual(viewport.width - 2);
        // A canvas keeps three quarters of the screen's height (at least 300 px); a table flows with the page.
        if (view === 'network' || view === 'map') expect(room.height).toBeGreaterThanOrEqual(300);
        expect(await page.locator('#filters').isVisible()).toBe(false);
        expect(await page.locator('#open-filters').isVisible()).toBe(true);
        await page.screenshot({ path: path.join(screenshotDir, `a11y-${name}-${view}.png`) });
        if (view === 'network') {
          // The header's menus open inside the screen, wherever their buttons wrapped to.
          for (const [button, list] of [
            ['#export', '#export-list'],
            ['#admin-open', '#admin-open-list'],
            ['#new-open', '#new-menu'],
          ] as const) {
            await page.locator(button).click();
            const box = (await page.locator(list).boundingBox())!;
            expect(box.x, `${list} left edge`).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width, `${list} right edge`).toBeLessThanOrEqual(viewport.width);
            // Open, each reads as well as the page (axe: contrast of its entries, names, roles).
            expect(await seriousAxeFindings(page), list).toEqual([]);
            if (button === '#new-open')
              await page.screenshot({ path: path.join(screenshotDir, `a11y-${name}-menu.png`) });
            await page.keyboard.press('Escape');
          }
          await page.locator('#open-filters').click();
          await page.screenshot({ path: path.join(screenshotDir, `a11y-${name}-filters-drawer.png`) });
        }
        await page.close();
      }
    }, 240_000);

  it('opens and closes the drawers by keyboard, moving the focus in and back', async () => {
    const best = [...analysis.actors].sort((a, b) => b.degree - a.degree)[0]!;
    const page = await explorer.open({
      view: 'network',
      query: `sel=a:${encodeURIComponent(best.id)}`,
      viewport: zoomed,
    });
    for (const name of ['filters', 'details'] as const) {
      await tabTo(page, `open-${name}`);
      expect(await page.getAttribute(`#open-${name}`, 'aria-expanded')).toBe('false');
      await page.keyboard.press('Enter');
      await expect.poll(() => activeId(page)).toBe(name);
      expect(await page.locator(`#${name}`).isVisible()).toBe(true);
      expect(await page.getAttribute(`#open-${name}`, 'aria-expanded')).toBe('true');
      if (name === 'details') await expect.poll(() => page.locator('#details').textContent()).toContain(best.name);
      // Inside the drawer the keyboard goes on to its controls.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate((id) => document.getElementById(`drawer-${id}`)!.contains(document.activeElement), name),
      ).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => activeId(page)).toBe(`open-${name}`);
      expect(await page.locator(`#${name}`).isVisible()).toBe(false);
    }
    // The "Schließen" button does the same as Escape.
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('details');
    await page.screenshot({ path: path.join(screenshotDir, 'a11y-200-details-drawer.png') });
    await page.locator('#close-details').click();
    await expect.poll(() => activeId(page)).toBe('open-details');
    // Tab out of an open drawer closes it: it never covers the control that has the focus then.
    await page.locator('#open-filters').click();
    await expect.poll(() => activeId(page)).toBe('filters');
    await page.locator('#close-filters').focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.locator('#filters').isVisible()).toBe(false);
    await page.close();
  }, 120_000);

  it('has no serious or critical axe finding with a drawer open on the phone', async () => {
    const page = await explorer.open({ view: 'network', viewport: phone });
    await page.locator('#open-filters').click();
    await expect.poll(() => activeId(page)).toBe('filters');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('the network graph by keyboard', () => {
  it('has a text alternative with the figures of the API and a link to the Akteure table', async () => {
    const page = await explorer.open({ view: 'network' });
    const text = await page.locator('#network-alt').textContent();
    expect(text).toContain(
      `Netzwerk mit ${analysis.actorCount} Akteuren und ${analysis.linkCount.toLocaleString('de-DE')} Kooperationen`,
    );
    expect(await page.getAttribute('#network-canvas', 'aria-describedby')).toContain('network-alt');
    // The link shows itself once the keyboard reaches it, and opens the table.
    await tabTo(page, 'network-alt-link');
    expect(await page.locator('#network-alt').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('html[data-ready="actors"]', { timeout: 30_000 });
    expect(await page.locator('[data-testid=actors-table] tbody tr').count()).toBe(analysis.actorCount);
    await page.close();
  }, 120_000);

  it('walks from the best connected actor through all its partners with the arrow keys; Enter opens the details', async () => {
    const page = await explorer.open({ view: 'network' });
    await tabTo(page, 'network-canvas');
    const best = [...analysis.actors].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))[0]!;
    const partners = partnersOf.get(best.id)!;
    expect(partners.size).toBe(best.degree);

    // The first arrow starts at the best connected actor: selected, ringed, announced with its partner count.
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await state(page)).selected).toBe(`a:${best.id}`);
    await expect.poll(() => page.locator('#network-announce').textContent()).toContain(best.name);
    expect(await page.locator('#network-announce').textContent()).toContain(`${best.degree} Partner`);
    expect(
      await page.evaluate(
        (id) => window.bildungsnetz!.network()!.getElementById(id).hasClass('keyboard-focus'),
        `a:${best.id}`,
      ),
    ).toBe(true);

    // Each further arrow goes to another partner; after as many steps as it has partners, each was visited once.
    const visited: string[] = [];
    for (let i = 0; i < best.degree; i += 1) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await state(page)).selected).not.toBe(visited.at(-1) ?? `a:${best.id}`);
      visited.push((await state(page)).selected);
    }
    expect(new Set(visited.map((id) => id.slice(2)))).toEqual(partners);
    const last = analysis.actors.find((a) => `a:${a.id}` === visited.at(-1))!;
    expect(await page.locator('#network-announce').textContent()).toContain(`${last.name}`);
    expect(await page.locator('#network-announce').textContent()).toContain(
      `Partner ${best.degree} von ${best.degree} von ${best.name}`,
    );
    // Left goes back one.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await state(page)).selected).toBe(visited.at(-2));
    await page.screenshot({ path: path.join(screenshotDir, 'a11y-network-keyboard.png') });

    // Enter: the details of the actor reached, with the focus in them; Escape brings it back to the graph.
    const reached = analysis.actors.find((a) => `a:${a.id}` === visited.at(-2))!;
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('details');
    await expect.poll(() => page.locator('#details').textContent()).toContain(reached.name);
    await page.keyboard.press('Escape');
    await expect.poll(() => activeId(page)).toBe('network-canvas');
    // Home goes back to the starting point, which is now the actor whose details were opened; Escape clears.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Home');
    await expect.poll(async () => (await state(page)).selected).toBe(`a:${reached.id}`);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await state(page)).selected).toBe('');
    await page.close();
  }, 180_000);
});
