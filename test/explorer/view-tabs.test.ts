// The explorer's view tabs follow the WAI-ARIA tabs pattern (explorer/src/ui/tab-keys.ts): one tab in the Tab order
// (the selected one), Left/Right/Home/End move the focus among the tabs without opening a view, Enter or Space opens
// the focused tab's view (manual activation), and the address keeps the view state as before. Pressed in a real
// Chromium against the demo county; screenshot test-output/view-tabs-keyboard.png.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();

const focusedTab = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const shownView = (page: Page) => page.evaluate(() => String(window.bildungsnetz!.state().view));
const viewInAddress = (page: Page) => page.evaluate(() => new URL(window.location.href).searchParams.get('view'));

/** The tabs as the list shows them: id, aria-selected and tabindex. */
const tabStates = (page: Page) =>
  page.$$eval('[role="tablist"] [role="tab"]', (tabs) =>
    tabs.map((tab) => ({
      id: tab.id,
      selected: tab.getAttribute('aria-selected'),
      tabindex: tab.getAttribute('tabindex'),
    })),
  );

describe('the view tabs by keyboard', () => {
  it('moves the focus by arrow keys, Home and End, opens a view by Enter or Space and keeps the address', async () => {
    const page = await explorer.open({ view: 'network' });
    const before = await tabStates(page);
    expect(before.map((tab) => tab.id)).toEqual([
      'tab-network',
      'tab-actors',
      'tab-map',
      'tab-offers',
      'tab-courses',
      'tab-recommendations',
      'tab-monitoring',
      'tab-surveys',
    ]);
    // Roving tabindex: the selected tab alone is in the Tab order.
    expect(before.filter((tab) => tab.tabindex === '0').map((tab) => tab.id)).toEqual(['tab-network']);
    expect(before.filter((tab) => tab.tabindex === '-1')).toHaveLength(before.length - 1);
    expect(before.filter((tab) => tab.selected === 'true').map((tab) => tab.id)).toEqual(['tab-network']);
    expect(await page.getAttribute('#stage', 'role')).toBe('tabpanel');
    expect(await page.getAttribute('#stage', 'aria-labelledby')).toBe('tab-network');

    await page.focus('#tab-network');
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab(page)).toBe('tab-actors');
    // Manual activation: the focus moved, the view did not.
    expect(await shownView(page)).toBe('network');
    expect(await page.getAttribute('#tab-actors', 'aria-selected')).toBe('false');

    await page.keyboard.press('Enter');
    await page.waitForSelector('html[data-ready="actors"]', { timeout: 60_000 });
    expect(await shownView(page)).toBe('actors');
    expect(await viewInAddress(page)).toBe('actors');
    expect(await focusedTab(page)).toBe('tab-actors');
    expect(await page.getAttribute('#stage', 'aria-labelledby')).toBe('tab-actors');
    const afterEnter = await tabStates(page);
    expect(afterEnter.filter((tab) => tab.tabindex === '0').map((tab) => tab.id)).toEqual(['tab-actors']);
    expect(afterEnter.filter((tab) => tab.selected === 'true').map((tab) => tab.id)).toEqual(['tab-actors']);

    await page.keyboard.press('End');
    expect(await focusedTab(page)).toBe('tab-surveys');
    await page.keyboard.press('ArrowRight'); // wraps round to the first
    expect(await focusedTab(page)).toBe('tab-network');
    await page.keyboard.press('ArrowLeft'); // and back to the last
    expect(await focusedTab(page)).toBe('tab-surveys');
    await page.keyboard.press('Home');
    expect(await focusedTab(page)).toBe('tab-network');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedTab(page)).toBe('tab-monitoring');
    expect(await shownView(page)).toBe('actors');

    await page.keyboard.press('Space');
    await page.waitForSelector('html[data-ready="monitoring"]', { timeout: 60_000 });
    expect(await shownView(page)).toBe('monitoring');
    expect(await viewInAddress(page)).toBe('monitoring');
    expect(await focusedTab(page)).toBe('tab-monitoring');
    await page.screenshot({ path: path.join(screenshotDir, 'view-tabs-keyboard.png') });

    // Tab leaves the list for the next control; Shift+Tab comes back to the selected tab.
    await page.keyboard.press('Tab');
    const outside = await page.evaluate(() => document.activeElement?.closest('[role="tablist"]') === null);
    expect(outside).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedTab(page)).toBe('tab-monitoring');
    await page.close();
  }, 180_000);

  it('gives the public directory its three tabs with the same keys', async () => {
    const page = await explorer.open({ view: 'network', login: false });
    const tabs = await tabStates(page);
    expect(tabs.filter((tab) => tab.tabindex === '0').map((tab) => tab.id)).toEqual(['tab-network']);
    await page.focus('#tab-network');
    await page.keyboard.press('End');
    const last = tabs[tabs.length - 1]!.id;
    expect(await focusedTab(page)).toBe(last);
    await page.keyboard.press('Enter');
    const view = last.replace(/^tab-/, '');
    await page.waitForSelector(`html[data-ready="${view}"]`, { timeout: 60_000 });
    expect(await viewInAddress(page)).toBe(view);
    expect(await page.getAttribute(`#${last}`, 'tabindex')).toBe('0');
    await page.close();
  }, 180_000);
});
