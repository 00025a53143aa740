// The explorer in a real headless Chromium against the API with the demo county: load, filter, search, click
// and read the details, switch views, deep links, exports, recommendations. Screenshots go to test-output/.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { testOrigin } from '../support/fixtures.js';
import { testDistrictAgs, testDriver } from '../support/test-server.js';
import { demoDistrictAgs, screenshotDir, useExplorer } from './explorer-server.js';

const explorer = useExplorer();
const open = (query = '', view = 'network') => explorer.open({ view, query, acceptDownloads: true });
let expected: { actorCount: number; linkCount: number; courseProviders: number; offers: number };

beforeAll(async () => {
  const data = await explorer.server.gql<{
    networkAnalysis: { actorCount: number; linkCount: number; actors: { kind: string }[] };
  }>(
    `query($d: String!) {
      networkAnalysis(districtAgs: $d) { actorCount linkCount actors { kind } }
    }`,
    { d: demoDistrictAgs },
  );
  expected = {
    actorCount: data.networkAnalysis.actorCount,
    linkCount: data.networkAnalysis.linkCount,
    courseProviders: data.networkAnalysis.actors.filter((a) => a.kind === 'COURSE_PROVIDER').length,
    offers: 0,
  };
}, 240_000);

const state = (page: Page) => page.evaluate(() => window.bildungsnetz!.state());
const detailsTitle = (page: Page) => page.locator('#details .entity-title').first().textContent({ timeout: 15_000 });

/** Clicks a node of the active canvas where it is drawn. */
async function clickNode(page: Page, view: 'network' | 'map', nodeId: string): Promise<void> {
  const point = await page.evaluate(
    ([v, id]) => {
      const cy = v === 'network' ? window.bildungsnetz!.network()! : window.bildungsnetz!.map()!;
      const node = cy.getElementById(id!);
      cy.center(node);
      const rendered = node.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + rendered.x, y: box.top + rendered.y };
    },
    [view, nodeId],
  );
  await page.mouse.click(point.x, point.y);
}

describe('the explorer', () => {
  it('loads the network of the demo county, every actor and link, in German', async () => {
    const page = await open();
    const counts = await page.evaluate(() => {
      const cy = window.bildungsnetz!.network()!;
      return {
        actors: cy.nodes('.actor').length,
        links: cy.edges('.cooperation').length,
        groups: cy.nodes('.group').length,
      };
    });
    expect(counts.actors).toBe(expected.actorCount);
    expect(counts.links).toBe(expected.linkCount);
    expect(counts.groups).toBeGreaterThan(5);
    expect(await page.locator('#stats').textContent()).toContain(`${expected.actorCount} Akteure`);
    expect(await page.locator('#tab-network').textContent()).toBe('Netzwerk');
    expect(await page.locator('#legend').textContent()).toContain('Volkshochschule');
    await page.close();
  });

  it('filters by actor kind without moving the actors that stay, and keeps the filter in the URL', async () => {
    const page = await open();
    const before = await page.evaluate(() =>
      Object.fromEntries(
        window
          .bildungsnetz!.network()!
          .nodes('.actor')
          .map((n) => [n.id(), n.position()]),
      ),
    );
    await page.selectOption('#f-kind', 'COURSE_PROVIDER');
    const after = await page.evaluate(() =>
      window
        .bildungsnetz!.network()!
        .nodes('.actor')
        .map((n) => ({ id: n.id(), kind: n.data('kind') as string, position: n.position() })),
    );
    expect(after).toHaveLength(expected.courseProviders);
    expect(after.every((n) => n.kind === 'COURSE_PROVIDER')).toBe(true);
    for (const n of after) expect(n.position).toEqual(before[n.id]);
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('COURSE_PROVIDER');
    await page.keyboard.press('Tab'); // the controls are real form elements: focus moves on
    await page.selectOption('#f-kind', '');
    expect(await page.evaluate(() => window.bildungsnetz!.network()!.nodes('.actor').length)).toBe(expected.actorCount);
    await page.close();
  });

  it('searches the fulltext indexes and shows the picked suggestion in the details panel', async () => {
    const page = await open();
    await page.locator('#search').pressSequentially('Sprachschule Neu', { delay: 20 });
    const suggestion = page.locator('#search-suggestions li', { hasText: 'Sprachschule Neuland' }).first();
    await suggestion.waitFor({ timeout: 15_000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await detailsTitle(page)).toContain('Sprachschule Neuland');
    const s = await state(page);
    expect(s.selected).toMatch(/^a:/);
    expect(s.search).toContain('Sprachschule Neuland');
    expect(await page.locator('#details').textContent()).toContain('Isolierter Akteur');
    await page.close();
  });

  it('suggests only actors, offers and municipalities of the district shown', async () => {
    // Another district whose actor, offer and municipality match the same words as the county's Sprachschule Neuland.
    const otherAgs = testDistrictAgs();
    const townAgs = `${otherAgs}001`;
    await explorer.server.gql(
      `mutation($d: String!, $town: String!, $at: PointInput!) {
        createDistricts(input: [{ ags: $d, name: "Testkreis Suche", state: "Niedersachsen",
          municipalities: { create: [{ node: { ags: $town, name: "Sprachschule Neulandheim", kind: CITY, population: 1000, location: $at } }] } }]) { districts { ags } }
      }`,
      { d: otherAgs, town: townAgs, at: testOrigin(otherAgs) },
    );
    const created = await explorer.server.gql<{
      createActors: { actors: { id: string; offers: { id: string }[] }[] };
    }>(
      `mutation($town: String!) {
        createActors(input: [{ name: "Sprachschule Neuland Testkreis (fiktiv)", kind: COURSE_PROVIDER,
          municipality: { connect: [{ where: { node: { ags: { eq: $town } } } }] },
          offers: { create: [{ node: { title: "Sprachschule Neuland Abendkurs (fiktiv)", category: OTHER_LANGUAGE_COURSE, status: OPEN, format: IN_PERSON,
            venue: { connect: [{ where: { node: { ags: { eq: $town } } } }] } } }] } }]) { actors { id offers { id } } }
      }`,
      { town: townAgs },
    );
    const foreign = created.createActors.actors[0]!;
    const foreignKeys = [`a:${foreign.id}`, `o:${foreign.offers[0]!.id}`, `m:${townAgs}`];
    try {
      // The index sees the other district (the API without a district filter finds it) ...
      const everywhere = await explorer.server.gql<{ searchActors: { edges: { node: { id: string } }[] } }>(
        `{ searchActors(phrase: "Sprachschule* AND Neuland*") { edges { node { id } } } }`,
      );
      expect(everywhere.searchActors.edges.map((e) => e.node.id)).toContain(foreign.id);
      // ... the explorer's suggestions do not.
      const page = await open();
      await page.locator('#search').pressSequentially('Sprachschule Neuland', { delay: 20 });
      await page
        .locator('#search-suggestions li', { hasText: 'Sprachschule Neuland' })
        .first()
        .waitFor({ timeout: 15_000 });
      const keys = await page
        .locator('#search-suggestions li[data-key]')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-key')));
      const countyActors = await page.evaluate(() =>
        window
          .bildungsnetz!.network()!
          .nodes('.actor')
          .map((n) => n.id()),
      );
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(foreignKeys).not.toContain(key);
      for (const key of keys.filter((k) => k!.startsWith('a:'))) expect(countyActors).toContain(key);
      await page.close();
    } finally {
      await explorer.server.gql(
        `mutation($ids: [ID!]!) { deleteOffers(where: { id: { in: $ids } }) { nodesDeleted } }`,
        {
          ids: [foreign.offers[0]!.id],
        },
      );
      await explorer.server.gql(`mutation($id: ID!) { deleteActors(where: { id: { eq: $id } }) { nodesDeleted } }`, {
        id: foreign.id,
      });
      await explorer.server.gql(
        `mutation($ags: String!) { deleteMunicipalities(where: { ags: { eq: $ags } }) { nodesDeleted } }`,
        { ags: townAgs },
      );
      await explorer.server.gql(
        `mutation($ags: String!) { deleteDistricts(where: { ags: { eq: $ags } }) { nodesDeleted } }`,
        {
          ags: otherAgs,
        },
      );
    }
  });

  it('loads a district with more actors than the API hands out at once (1,000), page by page', async () => {
    const otherAgs = testDistrictAgs();
    const townAgs = `${otherAgs}001`;
    await explorer.server.gql(
      `mutation($d: String!, $town: String!, $at: PointInput!) {
        createDistricts(input: [{ ags: $d, name: "Testkreis Groß", state: "Niedersachsen",
          municipalities: { create: [{ node: { ags: $town, name: "Großstadt (fiktiv)", kind: CITY, population: 100000, location: $at } }] } }]) { districts { ags } }
      }`,
      { d: otherAgs, town: townAgs, at: testOrigin(otherAgs) },
    );
    const count = 1_050;
    // Written behind the API's back: the generated createActors takes tens of milliseconds per actor.
    const { driver, database } = testDriver();
    try {
      await driver.executeQuery(
        `MATCH (m:Municipality {ags: $town}) UNWIND range(0, $count - 1) AS i
         CREATE (a:Actor {id: randomUUID(), name: 'Akteur ' + right('000' + toString(i), 4) + ' (fiktiv)', kind: 'ASSOCIATION', createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(m)`,
        { town: townAgs, count: neo4j.int(count) },
        { database },
      );
      // A chain of exchanges (dashed, in amber, where they are styled) through them, in the order of their names.
      await driver.executeQuery(
        `MATCH (a:Actor)-[:LOCATED_IN]->(:Municipality {ags: $town}) WITH a ORDER BY a.name
         WITH collect(a) AS actors UNWIND range(0, size(actors) - 2) AS i
         WITH actors[i] AS a, actors[i + 1] AS b
         CREATE (a)-[:COOPERATES_WITH {kind: 'EXCHANGE', strength: 1, since: date('2024-01-01')}]->(b)`,
        { town: townAgs },
        { database },
      );
      const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(explorer.server.loginLink(`${explorer.server.url}?d=${otherAgs}`));
      await page.waitForSelector('html[data-ready="network"]', { timeout: 120_000 });
      const names = await page.evaluate(() =>
        window
          .bildungsnetz!.network()!
          .nodes('.actor')
          .map((n) => n.data('name') as string),
      );
      expect(names).toHaveLength(count);
      expect(new Set(names).size).toBe(count);
      // Its links are plain in the overview, and the legend says so.
      const links = () =>
        page.evaluate(() => {
          const cy = window.bildungsnetz!.network()!;
          return {
            all: cy.edges('.cooperation').length,
            styled: cy.edges('.cooperation.styled').map((e) => ({
              ends: [e.source().id(), e.target().id()],
              line: e.style('line-style') as string,
            })),
          };
        });
      expect(await links()).toEqual({ all: count - 1, styled: [] });
      expect(await page.textContent('#legend')).toContain(
        'Kooperationen in Farbe und Linienart erst beim Hineinzoomen',
      );

      // A network this large is labelled on demand: no actor carries label styles in the overview; zoomed in on
      // one actor, the actors in view (and only those) get them once the view stops moving.
      const labelled = () =>
        page.evaluate(() =>
          window
            .bildungsnetz!.network()!
            .nodes('.actor.labelled')
            .map((n) => n.id()),
        );
      expect(await labelled()).toEqual([]);
      // Its municipalities are named in the overview.
      const groupNames = await page.evaluate(() =>
        window
          .bildungsnetz!.network()!
          .nodes('node.group')
          .map((g) => ({ shown: g.style('label') as string, name: g.data('label') as string })),
      );
      expect(groupNames.length).toBeGreaterThan(0);
      for (const { shown, name } of groupNames) expect(shown).toBe(name);
      const target = await page.evaluate(() => {
        const cy = window.bildungsnetz!.network()!;
        const node = cy.nodes('.actor')[500]!;
        cy.zoom({ level: 1.5, position: node.position() });
        cy.center(node);
        return node.id();
      });
      await expect.poll(labelled).toContain(target);
      // Zoomed in, the links in view get their kind's line (dashed for an exchange); those far away stay plain.
      const zoomedLinks = await links();
      expect(zoomedLinks.styled.some((l) => l.ends.includes(target))).toBe(true);
      expect(zoomedLinks.styled.every((l) => l.line === 'dashed')).toBe(true);
      expect(zoomedLinks.styled.length).toBeLessThan(count / 2);
      const { inView, far } = await page.evaluate(
        (ids) => {
          const cy = window.bildungsnetz!.network()!;
          const e = cy.extent();
          const inside = (n: { position(): { x: number; y: number } }) => {
            const p = n.position();
            return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
          };
          const actors = cy.nodes('.actor');
          return {
            inView: actors
              .filter((n) => inside(n))
              .map((n) => n.id())
              .every((id) => ids.includes(id)),
            far: actors.length - ids.length,
          };
        },
        await labelled(),
      );
      expect(inView).toBe(true);
      expect(far).toBeGreaterThan(count / 2);
      expect(
        await page.evaluate(
          (id) => window.bildungsnetz!.network()!.getElementById(id).style('label') as string,
          target,
        ),
      ).not.toBe('');
      await page.close();
    } finally {
      await driver.executeQuery(
        'MATCH (a:Actor)-[:LOCATED_IN]->(:Municipality {ags: $town}) DETACH DELETE a',
        { town: townAgs },
        { database },
      );
      await driver.close();
      await explorer.server.gql(
        `mutation($ags: String!) { deleteMunicipalities(where: { ags: { eq: $ags } }) { nodesDeleted } }`,
        { ags: townAgs },
      );
      await explorer.server.gql(
        `mutation($ags: String!) { deleteDistricts(where: { ags: { eq: $ags } }) { nodesDeleted } }`,
        {
          ags: otherAgs,
        },
      );
    }
  }, 240_000);

  it('shows an actor’s contact, offers, partners and networks when its node is clicked', async () => {
    const page = await open();
    const jobcenter = await page.evaluate(() => {
      const node = window.bildungsnetz!.network()!.nodes('.actor[kind = "JOBCENTER"]').first();
      return { id: node.id(), name: node.data('name') as string, degree: node.connectedEdges('.cooperation').length };
    });
    await clickNode(page, 'network', jobcenter.id);
    expect(await detailsTitle(page)).toBe(jobcenter.name);
    const details = page.locator('#details');
    await expect.poll(() => details.textContent()).toContain('Kooperationspartner');
    expect(await details.textContent()).toContain('Kontakt');
    expect(await details.textContent()).toContain('Netzwerke und Gremien');
    const partners = await details.locator('h4', { hasText: 'Kooperationspartner' }).textContent();
    expect(Number(partners!.match(/\((\d+)\)/)![1])).toBeGreaterThanOrEqual(jobcenter.degree);
    expect((await state(page)).selected).toBe(jobcenter.id);
    await page.check('#f-brokers');
    await page.check('#f-isolated');
    await page.click('#zoom-fit');
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-network.png') });
    await page.close();
  });

  it('finds the shortest path between two actors and highlights it', async () => {
    const page = await open();
    const [from, to] = await page.evaluate(() => {
      const cy = window.bildungsnetz!.network()!;
      const connected = cy.nodes('.actor').filter((n) => n.degree(false) > 0);
      const first = connected.first();
      const far = connected.filter((n) => !n.same(first) && !first.neighborhood().contains(n)).last();
      return [first, far].map((n) => ({ id: n.id().slice(2), name: n.data('name') as string }));
    });
    // The ends are picked by typing a name: one by a click on the suggestion, the other by the keyboard.
    await page.locator('#f-path-from').fill(from!.name);
    await page.locator(`#f-path-from-suggestions li[data-key="${from!.id}"]`).click();
    await expect.poll(async () => (await state(page)).pathFrom).toBe(from!.id);
    await page.locator('#f-path-to').fill(to!.name);
    await page.locator(`#f-path-to-suggestions li[data-key="${to!.id}"]`).waitFor();
    const position = await page
      .locator('#f-path-to-suggestions li')
      .evaluateAll((items, id) => items.findIndex((li) => li.getAttribute('data-key') === id), to!.id);
    for (let i = 0; i <= position; i++) await page.locator('#f-path-to').press('ArrowDown');
    await page.locator('#f-path-to').press('Enter');
    await expect.poll(async () => (await state(page)).pathTo).toBe(to!.id);
    expect(await page.locator('#f-path-to').inputValue()).toBe(to!.name);
    const result = page.locator('[data-testid=path-result]');
    await expect.poll(() => result.textContent()).toMatch(/\d+ Schritte/);
    const steps = Number((await result.textContent())!.match(/(\d+) Schritte/)![1]);
    expect(steps).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => window.bildungsnetz!.network()!.edges('.path').length)).toBe(steps);
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-path.png') });
    await page.close();
  });

  it('switches views: the map of gaps, the offers table and the recommendations, with screenshots', async () => {
    const page = await open('cat=JOB_LANGUAGE_COURSE');
    await page.click('#tab-map');
    await page.waitForSelector('html[data-ready="map"]');
    const table = (
      await explorer.server.gql<{
        coverageGaps: { municipalities: { ags: string; name: string; demand: number; severity: string }[] };
      }>(
        `{ coverageGaps(category: JOB_LANGUAGE_COURSE, districtAgs: "03256") { municipalities { ags name demand severity } } }`,
      )
    ).coverageGaps;
    const worst = table.municipalities[0]!;
    const map = await page.evaluate(() => {
      const cy = window.bildungsnetz!.map()!;
      return {
        municipalities: cy.nodes('.municipality').length,
        samtgemeinden: cy.nodes('.samtgemeinde').length,
        high: cy.nodes('.severity-HIGH').map((n) => n.data('ags') as string),
      };
    });
    expect(map.municipalities).toBeGreaterThanOrEqual(36);
    // The Samtgemeinden are their official outlines now, not boxes (test/explorer/map-outlines.test.ts).
    expect(map.samtgemeinden).toBe(0);
    expect(await page.locator('#map-canvas path.outline-collective').count()).toBe(6);
    expect(map.high).toContain(worst.ags);
    await clickNode(page, 'map', `m:${worst.ags}`);
    expect(await detailsTitle(page)).toBe(worst.name);
    await expect.poll(() => page.locator('[data-testid=gap-figures]').textContent()).toContain('Hoch');
    await page.locator('[data-testid=demand-link]').click();
    await expect.poll(() => page.locator('[data-testid=needs-list]').textContent()).toContain('Personen');
    await expect.poll(() => page.locator('#details').textContent()).toContain('Empfehlungen (');
    await page.click('#zoom-fit');
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-map.png') });

    await page.click('#tab-offers');
    await page.waitForSelector('html[data-ready="offers"]');
    const rows = await page.locator('[data-testid=offers-table] tbody tr').count();
    const offers = (
      await explorer.server.gql<{ offers: { id: string }[] }>(
        `{ offers(where: { category: { eq: JOB_LANGUAGE_COURSE }, id: { startsWith: "demo-" }, NOT: { id: { startsWith: "demo-border-" } } }, limit: 1000) { id } }`,
      )
    ).offers;
    expect(rows).toBe(offers.length);
    await page.locator('[data-testid=offers-table] th button[data-sort=free]').click();
    const free = await page.locator('[data-testid=offers-table] tbody tr td:nth-child(8)').allTextContents();
    const numbers = free.filter((f) => f !== '–').map((f) => Number(f.replace('.', '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(await page.locator('[data-testid=gap-table] tbody tr').count()).toBe(table.municipalities.length);
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-offers.png') });

    await page.click('#tab-recommendations');
    await page.waitForSelector('html[data-ready="recommendations"]');
    expect(await page.locator('[data-testid=recommendations] > li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(screenshotDir, 'explorer-recommendations.png') });
    await page.close();
  });

  it('focuses the graph on the entities behind a recommendation', async () => {
    const page = await open('view=recommendations', 'recommendations');
    const card = page.locator('[data-testid=recommendations] > li.rec-NO_OFFER_IN_REACH').first();
    const name = await card.locator('.tag').nth(1).textContent();
    await card.locator('button.map-button').click();
    await page.waitForSelector('html[data-ready="map"]');
    const s = await state(page);
    expect(s.view).toBe('map');
    expect(s.rec).toMatch(/NO_OFFER_IN_REACH/);
    expect(s.selected).toMatch(/^m:/);
    expect(await detailsTitle(page)).toBe(name);

    await page.click('#tab-recommendations');
    const isolated = page.locator('[data-testid=recommendations] > li.rec-ISOLATED_ACTOR').first();
    await isolated.locator('button.focus-button').click();
    await page.waitForSelector('html[data-ready="network"]');
    const focused = await page.evaluate(() =>
      window
        .bildungsnetz!.network()!
        .nodes('.focus')
        .map((n) => n.id()),
    );
    expect(focused.length).toBeGreaterThan(0);
    expect(focused).toContain((await state(page)).selected);
    await page.close();
  });

  it('reproduces the same view from a copied link', async () => {
    const page = await open();
    await page.selectOption('#f-category', 'INTEGRATION_COURSE');
    await page.selectOption('#f-coop', 'REFERRAL');
    await page.check('#f-offers');
    await page.check('#f-brokers');
    await page.selectOption('#f-size', 'betweenness');
    await page.click('#tab-map');
    await page.waitForSelector('html[data-ready="map"]');
    await page.locator('#f-radius').fill('30');
    await page.locator('#f-radius').dispatchEvent('change');
    await page.waitForSelector('html[data-ready="map"]');
    const nienburg = await page.evaluate(() =>
      window
        .bildungsnetz!.map()!
        .nodes('.municipality')
        .filter((n) => n.data('label') === 'Nienburg/Weser')
        .id(),
    );
    await clickNode(page, 'map', nienburg);
    await page.click('#lang-en');
    const link = page.url();
    const original = await state(page);
    expect(original).toMatchObject({
      view: 'map',
      category: 'INTEGRATION_COURSE',
      coopKind: 'REFERRAL',
      showOffers: true,
      brokers: true,
      sizeBy: 'betweenness',
      radius: 30,
      lang: 'en',
      selected: nienburg,
    });

    const copy = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await copy.goto(explorer.server.loginLink(link));
    await copy.waitForSelector('html[data-ready="map"]');
    expect(await state(copy)).toEqual(original);
    expect(await detailsTitle(copy)).toBe('Nienburg/Weser');
    expect(await copy.locator('#tab-network').textContent()).toBe('Network');
    expect(await copy.locator('#f-radius').inputValue()).toBe('30');
    await copy.close();
    await page.close();
  });

  it('exports the current view as PNG and the gap table as CSV safe for spreadsheets', async () => {
    const page = await open();
    await page.click('#export'); // the export menu opens; the network offers its picture
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toMatch(/^Netzwerk_Landkreis-Nienburg-Weser_\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = await fs.readFile(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000);

    await page.click('#tab-offers');
    await page.waitForSelector('html[data-ready="offers"]');
    await page.click('#gap-export'); // the gap table's own export menu
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#gap-csv')]);
    expect(csv.suggestedFilename()).toMatch(
      /^Versorgungsluecken_Integrationskurs_25km_Landkreis-Nienburg-Weser_\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const text = (await fs.readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^AGS;Gemeinde \/ Samtgemeinde;Samtgemeinde;Kategorie;/);
    const table = (
      await explorer.server.gql<{ coverageGaps: { municipalities: { ags: string; unmet: number }[] } }>(
        `{ coverageGaps(category: INTEGRATION_COURSE, districtAgs: "03256") { municipalities { ags unmet } } }`,
      )
    ).coverageGaps;
    expect(lines).toHaveLength(table.municipalities.length + 1);
    const first = lines[1]!.split(';');
    expect(first[0]).toBe(table.municipalities[0]!.ags);
    expect(Number(first[8])).toBe(table.municipalities[0]!.unmet);
    await page.close();
  });
});
