// Helpers of the editing browser tests (editing-*.test.ts): a test district of the file's own, filling the forms of
// explorer/src/editing/ as a person does, and saving with the page's reload awaited.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Types into a picker (actor or municipality) and picks the suggestion whose label is the text. */
export async function pick(page: Page, inputId: string, text: string): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await input.fill(text);
  const option = page.locator(`#${inputId}-suggestions li[data-key]`).filter({ hasText: text }).first();
  await option.waitFor({ timeout: 15_000 });
  await option.dispatchEvent('mousedown');
}

/** Opens the "Neu …" menu and the form of one kind. */
export async function openNew(page: Page, kind: string): Promise<void> {
  await page.locator('#new-open').click();
  await page.locator(`#new-${kind}`).click();
  await page.locator('#edit-dialog[open]').waitFor();
}

/** Clicks "Speichern" and waits for the page to load again with its view ready (a write reloads the district). */
export async function saveAndReload(page: Page, view = 'network'): Promise<void> {
  const loaded = page.waitForEvent('load', { timeout: 60_000 });
  await page.locator('#edit-save').click();
  await loaded;
  await page.waitForSelector(`html[data-ready="${view}"]`, { timeout: 60_000 });
}

/** Clicks a button that writes and reloads the page. */
export async function clickAndReload(page: Page, selector: string, view = 'network'): Promise<void> {
  const loaded = page.waitForEvent('load', { timeout: 60_000 });
  await page.locator(selector).click();
  await loaded;
  await page.waitForSelector(`html[data-ready="${view}"]`, { timeout: 60_000 });
}

/** The German message shown at a field of the open form. */
export async function fieldError(page: Page, kind: string, field: string): Promise<string> {
  const error = page.locator(`#edit-${kind}-${field}-error`);
  await error.waitFor({ timeout: 15_000 });
  return (await error.textContent()) ?? '';
}

export function expectGerman(message: string): void {
  expect(message).toMatch(/[A-ZÄÖÜ]/);
  expect(message).not.toMatch(/\b(must|should|required|invalid|got)\b/i);
  expect(message).not.toMatch(/\b[A-Z]{2,}(_[A-Z0-9]+)+\b/);
}
