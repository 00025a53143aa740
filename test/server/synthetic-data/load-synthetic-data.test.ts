// A small synthetic region in the shared test Neo4j: loads in several batches, loads again to the same graph, keeps
// every graph rule, and is refused in fresh mode. It keeps to its own ids (idPrefix) and keys (agsPrefix in the
// 900-989 range, which neither real keys nor the other tests use) and deletes exactly those afterwards.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGermany, type GenerateGermanyOptions } from '../../../server/synthetic-data/generate-germany.js';
import { loadSyntheticData, SyntheticDataLoadError } from '../../../server/synthetic-data/load-synthetic-data.js';
import { checkGraphInvariants } from '../../../server/validation/graph-invariants.js';
import { testDriver, uniquePrefix } from '../../support/test-server.js';

let driver: Driver;
let database: string | undefined;
let options: GenerateGermanyOptions;
const idPrefix = uniquePrefix('syn');

async function cypher<T = Record<string, unknown>>(
  statement: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const result = await driver.executeQuery(statement, params, { database });
  return result.records.map((record) => record.toObject() as T);
}

/** Our nodes of one label: ids behind our idPrefix, keys behind our agsPrefix. */
function ours(label: string): string {
  return ['District', 'Municipality'].includes(label) ? `n.ags STARTS WITH $agsPrefix` : `n.id STARTS WITH $idPrefix`;
}

const params = () => ({ idPrefix: `${idPrefix}-`, agsPrefix: options.agsPrefix });

async function removeOurData(): Promise<void> {
  if (!options) return;
  for (const label of ['Outcome', 'Offer', 'Need', 'Actor', 'Municipality', 'District']) {
    await cypher(`MATCH (n:${label}) WHERE ${ours(label)} DETACH DELETE n`, params());
  }
}

async function pickFreeAgsPrefix(): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const prefix = String(900 + Math.floor(Math.random() * 90));
    const [row] = await cypher(
      `RETURN COUNT { MATCH (d:District) WHERE d.ags STARTS WITH $p } + COUNT { MATCH (m:Municipality) WHERE m.ags STARTS WITH $p } AS taken`,
      { p: prefix },
    );
    if (row!.taken === 0) return prefix;
  }
  throw new Error('no free 9xx key prefix in the test database');
}

/** The graph rules of server/validation/graph-invariants.ts, each narrowed to our nodes (others' tests run alongside). */
function narrowedToOurs(tx: ManagedTransaction, seen: string[]): ManagedTransaction {
  const narrowed = {
    run(statement: string) {
      let rewritten = statement;
      for (const label of ['Outcome', 'Offer', 'Need', 'Actor', 'Municipality', 'District']) {
        rewritten = rewritten.replaceAll(`(n:${label})`, `(n:${label} WHERE ${ours(label)})`);
      }
      if (rewritten === statement)
        throw new Error(`a graph rule this test cannot narrow to its own nodes: ${statement}`);
      seen.push(rewritten);
      return tx.run(rewritten, params());
    },
  };
  return narrowed as unknown as ManagedTransaction;
}

const labels = new Set(['Offer', 'Need', 'Actor', 'Municipality', 'District']);

beforeAll(async () => {
  ({ driver, database } = testDriver());
  options = { seed: 11, scale: 0.005, today: '2026-11-26', idPrefix, agsPrefix: await pickFreeAgsPrefix() };
});

afterAll(async () => {
  await removeOurData();
  await driver?.close();
});

describe('loadSyntheticData', () => {
  it('writes a region in batches, and a second load leaves the same graph', { timeout: 180_000 }, async () => {
    const data = generateGermany(options);
    const { counts } = data;
    expect(counts.districts).toBe(2);
    const outcomes = [...data.outcomes()].length;
    expect(outcomes).toBeGreaterThan(0);
    const progress: { step: string; done: number; total: number }[] = [];
    const result = await loadSyntheticData(driver, data, {
      database,
      batchSize: 200,
      onProgress: (p) => progress.push(p),
    });
    expect(result.mode).toBe('merge');
    expect(result.counts).toEqual({
      districts: counts.districts,
      municipalities: counts.municipalities + counts.collectives,
      actors: counts.actors,
      offers: counts.offers,
      needs: counts.needs,
      outcomes,
      IN_DISTRICT: counts.municipalities + counts.collectives,
      MEMBER_OF: counts.memberships,
      LOCATED_IN: counts.actors,
      'PROVIDES + TAKES_PLACE_IN': counts.offers,
      NEEDED_IN: counts.needs,
      OUTCOME_OF: outcomes,
      COOPERATES_WITH: counts.cooperations,
    });
    expect(result.steps.every((step) => step.ms >= 0)).toBe(true);
    // Several batches per large step, and the progress reaches every step's total.
    expect(progress.filter((p) => p.step === 'offers').length).toBe(1 + Math.ceil(counts.offers / 200));
    for (const step of result.steps)
      expect(progress.filter((p) => p.step === step.step).at(-1)).toMatchObject({ done: step.rows, total: step.rows });

    const graphCounts = async () =>
      (
        await cypher(
          `RETURN
            COUNT { MATCH (n:District) WHERE n.ags STARTS WITH $agsPrefix } AS districts,
            COUNT { MATCH (n:Municipality) WHERE n.ags STARTS WITH $agsPrefix } AS municipalities,
            COUNT { MATCH (n:Municipality {kind: 'COLLECTIVE'}) WHERE n.ags STARTS WITH $agsPrefix } AS collectives,
            COUNT { MATCH (n:Actor) WHERE n.id STARTS WITH $idPrefix } AS actors,
            COUNT { MATCH (n:Offer) WHERE n.id STARTS WITH $idPrefix } AS offers,
            COUNT { MATCH (n:Need) WHERE n.id STARTS WITH $idPrefix } AS needs,
            COUNT { MATCH (n:Municipality)-[:IN_DISTRICT]->(:District) WHERE n.ags STARTS WITH $agsPrefix } AS inDistrict,
            COUNT { MATCH (n:Municipality)-[:MEMBER_OF]->(:Municipality) WHERE n.ags STARTS WITH $agsPrefix } AS memberOf,
            COUNT { MATCH (n:Actor)-[:LOCATED_IN]->(:Municipality) WHERE n.id STARTS WITH $idPrefix } AS locatedIn,
            COUNT { MATCH (:Actor)-[:PROVIDES]->(n:Offer) WHERE n.id STARTS WITH $idPrefix } AS provides,
            COUNT { MATCH (n:Offer)-[:TAKES_PLACE_IN]->(:Municipality) WHERE n.id STARTS WITH $idPrefix } AS takesPlaceIn,
            COUNT { MATCH (n:Need)-[:NEEDED_IN]->(:Municipality) WHERE n.id STARTS WITH $idPrefix } AS neededIn,
            COUNT { MATCH (n:Outcome)-[:OUTCOME_OF]->(:Offer) WHERE n.id STARTS WITH $idPrefix } AS outcomes,
            COUNT { MATCH (n:Actor)-[:COOPERATES_WITH]->(:Actor) WHERE n.id STARTS WITH $idPrefix } AS cooperations`,
          params(),
        )
      )[0];
    const expected = {
      districts: counts.districts,
      municipalities: counts.municipalities + counts.collectives,
      collectives: counts.collectives,
      actors: counts.actors,
      offers: counts.offers,
      needs: counts.needs,
      inDistrict: counts.municipalities + counts.collectives,
      memberOf: counts.memberships,
      locatedIn: counts.actors,
      provides: counts.offers,
      takesPlaceIn: counts.offers,
      neededIn: counts.needs,
      outcomes,
      cooperations: counts.cooperations,
    };
    expect(await graphCounts()).toEqual(expected);

    // MERGE again with equal options: nothing doubles.
    await loadSyntheticData(driver, options, { database, batchSize: 1000 });
    expect(await graphCounts()).toEqual(expected);
  });

  it('stores the schema types: dates, points, integers, enums as strings, timestamps', async () => {
    const data = generateGermany(options);
    const offer = [...data.offers()].find((o) => o.lat !== null && o.startDate !== null && o.capacity !== null)!;
    const [row] = await cypher(
      `MATCH (o:Offer {id: $id})
       RETURN o.startDate = date($start) AS date, o.location.latitude AS lat, valueType(o.capacity) AS capacityType,
              o.category AS category, valueType(o.createdAt) AS createdType, valueType(o.updatedAt) AS updatedType,
              o.source AS source`,
      { id: offer.id, start: offer.startDate },
    );
    expect(row).toEqual({
      date: true,
      lat: offer.lat,
      capacityType: 'INTEGER NOT NULL',
      category: offer.category,
      createdType: 'ZONED DATETIME NOT NULL',
      updatedType: 'ZONED DATETIME NOT NULL',
      source: 'synthetic',
    });
    const [cooperation] = await cypher(
      `MATCH (a:Actor)-[c:COOPERATES_WITH]->(:Actor) WHERE a.id STARTS WITH $idPrefix
       RETURN valueType(c.since) AS since, valueType(c.strength) AS strength LIMIT 1`,
      params(),
    );
    expect(cooperation).toEqual({ since: 'DATE NOT NULL', strength: 'INTEGER NOT NULL' });
  });

  it('keeps every graph rule of server/validation/graph-invariants.ts on its nodes', { timeout: 120_000 }, async () => {
    const session = driver.session({ database });
    try {
      const seen: string[] = [];
      await session.executeRead((tx) => checkGraphInvariants(narrowedToOurs(tx, seen), labels));
      expect(seen.length).toBeGreaterThanOrEqual(10);

      // MERGE with another seed over the same ids and keys moves providers, venues and locations instead of adding them.
      await loadSyntheticData(driver, { ...options, seed: 12 }, { database, batchSize: 1000 });
      await session.executeRead((tx) => checkGraphInvariants(narrowedToOurs(tx, []), labels));

      // The narrowed rules do see a broken graph: a second provider for one of our offers, rolled back.
      const tx = session.beginTransaction();
      try {
        await tx.run(
          `MATCH (o:Offer) WHERE o.id STARTS WITH $idPrefix WITH o ORDER BY o.id LIMIT 1
           MATCH (a:Actor) WHERE a.id STARTS WITH $idPrefix AND NOT (a)-[:PROVIDES]->(o) WITH o, a ORDER BY a.id LIMIT 1
           CREATE (a)-[:PROVIDES]->(o)`,
          params(),
        );
        await expect(
          checkGraphInvariants(narrowedToOurs(tx as unknown as ManagedTransaction, []), labels),
        ).rejects.toThrow(/exactly one provider, has 2/);
      } finally {
        await tx.rollback();
      }
    } finally {
      await session.close();
    }
  });

  it('refuses fresh mode on a database that holds nodes, and writes nothing then', async () => {
    const other = { ...options, idPrefix: `${idPrefix}x` };
    await expect(loadSyntheticData(driver, other, { database, fresh: true })).rejects.toThrow(SyntheticDataLoadError);
    await expect(loadSyntheticData(driver, other, { database, fresh: true })).rejects.toThrow(
      /fresh mode writes only into an empty database/,
    );
    const [row] = await cypher(`RETURN COUNT { MATCH (n:Actor) WHERE n.id STARTS WITH $p } AS n`, {
      p: `${idPrefix}x-`,
    });
    expect(row!.n).toBe(0);
  });
});
