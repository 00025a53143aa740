// The decisions of the providers' round below the course timeline, in a real headless Chromium against the API
// with the demo county: what is listed is what the API has; the coordinator records a decision (text, meeting,
// responsible actor picked by name, due date) and changes a status, and both land in the database with their
// history; an empty decision is refused with a message naming the field and writes nothing; an analyst only reads.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/test-server.js';
import {
  demoDistrictAgs,
  launchChromium,
  screenshotDir,
  startExplorerServer,
  type ExplorerServer,
} from './explorer-server.js';

interface Decision {
  id: string;
  text: string;
  status: string;
}
interface Meeting {
  id: string;
  date: string;
  decisions: Decision[];
}
interface Round {
  id: string;
  name: string;
  membersConnection: { aggregate: { count: { nodes: number } } };
  meetings: Meeting[];
}

let server: ExplorerServer;
let browser: Browser;
const recordedText = `Trägerrunde prüft gemeinsamen Kursstart (Test ${Date.now()})`;

beforeAll(async () => {
  server = await startExplorerServer();
  browser = await launchChromium();
  await fs.mkdir(screenshotDir, { recursive: true });
}, 240_000);

afterAll(async () => {
  await server
    ?.gql(`mutation($text: String!) { deleteDecisions(where: { text: { eq: $text } }) { nodesDeleted } }`, {
      text: recordedText,
    })
    .catch(() => undefined);
  await browser?.close();
  await server?.close();
});

async function round(): Promise<Round> {
  const data = await server.gql<{ networks: Round[] }>(
    `query($ags: String!) { networks(where: { kind: { eq: EXCHANGE_ROUND }, members: { some: { municipality: { some: { district: { some: { ags: { eq: $ags } } } } } } } }) {
      id name membersConnection { aggregate { count { nodes } } } meetings { id date decisions { id text status } } } }`,
    { ags: demoDistrictAgs },
  );
  return [...data.networks].sort(
    (a, b) => b.membersConnection.aggregate.count.nodes - a.membersConnection.aggregate.count.nodes,
  )[0]!;
}

async function decisionCount(): Promise<number> {
  return (
    await server.gql<{ decisionsConnection: { aggregate: { count: { nodes: number } } } }>(
      `{ decisionsConnection { aggregate { count { nodes } } } }`,
    )
  ).decisionsConnection.aggregate.count.nodes;
}

async function open(link: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(link);
  await page.waitForSelector('html[data-ready="courses"]', { timeout: 60_000 });
  await page.locator('#provider-round table.decisions').waitFor({ timeout: 30_000 });
  return page;
}

const shownIds = (page: Page) =>
  page.locator('#provider-round tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-decision')!));

describe('the decisions of the providers’ round', () => {
  it('lists every open decision and all of the last meeting, as the API has them', async () => {
    const api = await round();
    const today = new Date().toISOString().slice(0, 10);
    const last = api.meetings.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date))[0]!;
    const expected = api.meetings.flatMap((m) =>
      m.decisions.filter((d) => m.id === last.id || d.status === 'OPEN' || d.status === 'IN_PROGRESS').map((d) => d.id),
    );
    expect(expected.length).toBeGreaterThan(0);
    const page = await open(server.loginLink(`${server.url}?d=${demoDistrictAgs}&view=courses`));
    expect(await page.locator('#provider-round h2').textContent()).toContain(api.name);
    expect((await shownIds(page)).sort()).toEqual([...expected].sort());
    await page.close();
  });

  it('records a decision for the coordinator and changes its status, with the history naming her', async () => {
    const api = await round();
    const today = new Date().toISOString().slice(0, 10);
    const lastPast = api.meetings.filter((m) => m.date <= today).sort((a, b) => b.date.localeCompare(a.date))[0]!;
    const responsible = (
      await server.gql<{ actors: { id: string; name: string }[] }>(
        `{ actors(where: { kind: { eq: JOBCENTER } }, limit: 1) { id name } }`,
      )
    ).actors[0]!;
    const page = await open(server.loginLink(`${server.url}?d=${demoDistrictAgs}&view=courses`));
    const before = await decisionCount();

    // An empty decision is refused before anything is sent.
    await page.locator('#decision-record').click();
    await expect.poll(() => page.locator('[data-testid=round-notice]').textContent()).toContain('„Beschluss“');
    expect(await decisionCount()).toBe(before);

    expect(await page.locator('#decision-meeting').inputValue()).toBe(lastPast.id);
    await page.locator('#decision-text').fill(recordedText);
    await page.locator('#decision-responsible').fill(responsible.name);
    await page.locator(`#decision-responsible-suggestions li[data-key="${responsible.id}"]`).click();
    await page.locator('#decision-due').fill('2031-03-31');
    await page.locator('#decision-record').click();
    await expect.poll(() => page.locator('[data-testid=round-notice]').textContent()).toBe('Beschluss erfasst.');
    const row = page.locator('#provider-round tbody tr', { hasText: recordedText });
    await row.waitFor();
    expect(await row.textContent()).toContain(responsible.name);
    expect(await row.textContent()).toContain('31.03.2031');
    expect(await page.locator('#decision-text').inputValue()).toBe('');

    const stored = await server.gql<{
      decisions: {
        id: string;
        status: string;
        dueDate: string;
        meeting: { id: string }[];
        responsible: { id: string }[];
      }[];
    }>(
      `query($text: String!) { decisions(where: { text: { eq: $text } }) { id status dueDate meeting { id } responsible { id } } }`,
      { text: recordedText },
    );
    expect(stored.decisions).toHaveLength(1);
    const decision = stored.decisions[0]!;
    expect(decision).toMatchObject({
      status: 'OPEN',
      dueDate: '2031-03-31',
      meeting: [{ id: lastPast.id }],
      responsible: [{ id: responsible.id }],
    });
    expect(await decisionCount()).toBe(before + 1);

    await row.locator('select.decision-status').selectOption('DONE');
    // Choosing a status saves nothing yet (issue 15 item 10: a status change is confirmed).
    expect(
      await server.gql<{ decisions: { status: string }[] }>(
        `query($id: ID!) { decisions(where: { id: { eq: $id } }) { status } }`,
        { id: decision.id },
      ),
    ).toEqual({ decisions: [{ status: 'OPEN' }] });
    await row.locator('button.decision-status-save').click();
    await expect.poll(() => page.locator('[data-testid=round-notice]').textContent()).toBe('Stand gespeichert.');
    const after = await server.gql<{ decisions: { status: string }[] }>(
      `query($id: ID!) { decisions(where: { id: { eq: $id } }) { status } }`,
      { id: decision.id },
    );
    expect(after.decisions[0]!.status).toBe('DONE');
    await page.locator('#provider-round').evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-provider-round.png') });

    const history = await server.gql<{ changes: { operation: string; author: { id: string } }[] }>(
      `query($id: String!) { changes(entity: "Decision", entityId: $id) { operation author { id } } }`,
      { id: decision.id },
    );
    expect(history.changes.map((c) => c.operation).sort()).toEqual(['CREATE', 'UPDATE']);
    expect(new Set(history.changes.map((c) => c.author.id))).toEqual(new Set(['explorer-test']));
    await page.close();
  });

  it('shows an analyst the decisions without the form or status choices', async () => {
    const page = await open(
      `${server.url}?d=${demoDistrictAgs}&view=courses#token=${await tokenFor('analyst', { sub: 'analyst-test' })}`,
    );
    expect(await page.locator('#provider-round tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#decision-form').count()).toBe(0);
    expect(await page.locator('#provider-round select').count()).toBe(0);
    await page.close();
  });
});
