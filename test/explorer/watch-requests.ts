// What a page asked of the server, for the tests of what each role is offered: every GraphQL operation it sent (by
// name, and whether it writes) and every refusal it got, whatever the route (GraphQL errors, HTTP 401 and 403).
// Opens the page itself so that nothing is missed from the first request on.
import type { Page } from 'playwright-core';
import { demoDistrictAgs, type ExplorerTestKit } from './explorer-server.js';

export interface Watched {
  page: Page;
  operations: string[]; // names of the GraphQL operations sent, in order
  mutations: string[]; // names of those that write
  refusals: string[]; // "<operation or path>: <code or status>" of every refused request
}

const operationPattern = /\b(query|mutation)\s+([A-Za-z0-9_]+)/;

export async function openWatched(
  kit: ExplorerTestKit,
  options: { login: boolean | string; view?: string; query?: string; viewport?: { width: number; height: number } },
): Promise<Watched> {
  const page = await kit.browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  const watched: Watched = { page, operations: [], mutations: [], refusals: [] };
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const query = (JSON.parse(request.postData() ?? '{}') as { query?: string }).query ?? '';
    const [, kind, name] = operationPattern.exec(query) ?? [];
    watched.operations.push(name ?? '(anonymous)');
    if (kind === 'mutation') watched.mutations.push(name ?? '(anonymous)');
  });
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (response.status() === 401 || response.status() === 403)
      watched.refusals.push(`${url.pathname}: ${response.status()}`);
    if (!url.pathname.endsWith('/graphql')) return;
    const body = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
    for (const error of body.errors ?? []) watched.refusals.push(`graphql: ${error.extensions?.code ?? 'error'}`);
  });
  const link = `${kit.server.url}?d=${demoDistrictAgs}${options.query ? `&${options.query}` : ''}`;
  const login = options.login;
  await page.goto(login === true ? kit.server.loginLink(link) : login ? `${link}#token=${login}` : link);
  await page.waitForSelector(`html[data-ready="${options.view ?? 'network'}"]`, { timeout: 120_000 });
  return watched;
}

/** The names of the view tabs the header offers. */
export function tabsOf(page: Page): Promise<string[]> {
  return page.$$eval('nav.tabs [role="tab"]', (tabs) => tabs.map((tab) => tab.textContent ?? ''));
}
