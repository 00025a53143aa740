// Faults against a real Neo4j of this test alone (db/local-fault, NEO4J_FAULT_TEST_PORT), which it stops and starts
// again in the middle of a write load: requests fail fast with DATABASE_UNAVAILABLE (HTTP 503) while it is away,
// /healthz says so, the server recovers by itself when it is back, and no acknowledged write is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.js';
import { createDriver } from '../../../server/database/create-driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../../server/database/local-neo4j.js';
import { migrate } from '../../../server/database/migrate.js';
import { createPlace, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, uniquePrefix, type TestServer } from '../../support/test-server.js';

const config = loadConfig().faultTestNeo4j;
let neo4j: LocalNeo4j;
let server: TestServer;
let place: Place;

beforeAll(async () => {
  neo4j = await startLocalNeo4j(config);
  const driver = createDriver(neo4j);
  try {
    await migrate(driver);
  } finally {
    await driver.close();
  }
  server = await startTestServer({ connection: neo4j, resilience: { probeIntervalMs: 250 } });
  place = await createPlace(server);
});
afterAll(async () => {
  try {
    // The fault database keeps its data between runs (db/local-fault): a place left behind would hold its key.
    if (place) await removePlace(server, place);
  } finally {
    try {
      await server?.close();
    } finally {
      await neo4j?.stop();
    }
  }
});

interface Outcome {
  id?: string; // the offer's id, when the write was acknowledged
  status: number;
  codes: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a Neo4j restart in the middle of a write load', () => {
  it('loses no acknowledged write, answers DATABASE_UNAVAILABLE (503) while Neo4j is away and recovers by itself', async () => {
    const prefix = uniquePrefix('restart');
    const outcomes: Outcome[] = [];
    let running = true;
    let sequence = 0;
    const write = async (): Promise<Outcome> => {
      const title = `${prefix}-${(sequence += 1)}`;
      const response = await server.gql<{ createOffers: { offers: { id: string }[] } }>(
        `mutation($title: String!, $provider: ID!) { createOffers(input: [{ title: $title, category: LANGUAGE_CAFE, format: IN_PERSON, status: OPEN,
           provider: { connect: [{ where: { node: { id: { eq: $provider } } } }] } }]) { offers { id } } }`,
        { title, provider: place.providerId },
      );
      const id = response.errors ? undefined : response.data?.createOffers.offers[0]?.id;
      return {
        id,
        status: response.status,
        codes: (response.errors ?? []).map((error) => String(error.extensions?.code)),
      };
    };
    const worker = async () => {
      while (running) {
        const outcome: Outcome = await write().catch((error: Error) => ({
          status: 0,
          codes: [`FETCH_FAILED: ${error.message}`],
        }));
        outcomes.push(outcome);
        // Refusals come back at once; a short pause keeps the outage from filling the log with thousands of them.
        if (!outcome.id) await sleep(50);
      }
    };
    const acknowledged = () => outcomes.filter((outcome) => outcome.id).length;
    const refused = () => outcomes.filter((outcome) => !outcome.id).length;
    const workers = Array.from({ length: 4 }, () => worker());
    try {
      await expect.poll(acknowledged, { timeout: 60_000 }).toBeGreaterThanOrEqual(20);
      await neo4j.stop();
      const ackedBeforeOutage = acknowledged();
      // Requests keep being answered while Neo4j is away (they do not hang): refusals pile up.
      await expect.poll(refused, { timeout: 60_000 }).toBeGreaterThanOrEqual(20);
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'degraded', database: 'down' });

      neo4j = await startLocalNeo4j(config);
      // Recovery by itself: writes are acknowledged again, without restarting the server.
      await expect
        .poll(acknowledged, { timeout: 120_000, interval: 250 })
        .toBeGreaterThanOrEqual(ackedBeforeOutage + 20);
    } finally {
      // The write loop ends whatever happened above, so that a failure does not leave it writing into afterAll.
      running = false;
      await Promise.all(workers);
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    const failures = outcomes.filter((outcome) => !outcome.id);
    expect(failures.length).toBeGreaterThanOrEqual(20);
    for (const failure of failures) {
      expect(failure.codes).toEqual(['DATABASE_UNAVAILABLE']);
      expect(failure.status).toBe(503);
    }
    const ids = outcomes.flatMap((outcome) => (outcome.id ? [outcome.id] : []));
    const stored = await server.cypher('MATCH (o:Offer) WHERE o.id IN $ids RETURN count(o) AS offers', { ids });
    expect(stored[0]!.offers).toBe(ids.length);
    // Each acknowledged write has its change history, written in the same transaction.
    const history = await server.cypher(
      `MATCH (c:ChangeEvent {operation: 'CREATE', entity: 'Offer'}) WHERE c.entityId IN $ids RETURN count(DISTINCT c.entityId) AS n`,
      { ids },
    );
    expect(history[0]!.n).toBe(ids.length);
  }, 400_000);
});
