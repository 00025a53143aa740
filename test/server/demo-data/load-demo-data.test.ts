// The demo county in the real Neo4j: loads whole, loads again to the same graph, and keeps every graph rule,
// so that the API accepts writes on top of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../../../server/demo-data/load-demo-data.js';
import { expectNoErrors } from '../../support/fixtures.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

let server: TestServer;
const data = generateDemoData({ today: '2026-11-26', seed: 1 });

async function removeDemoData(): Promise<void> {
  await server.cypher(`MATCH (n) WHERE n.id STARTS WITH 'demo-' DETACH DELETE n`);
  await server.cypher(`MATCH (d:District {ags: $ags}) OPTIONAL MATCH (d)<-[:IN_DISTRICT]-(m) DETACH DELETE m, d`, { ags: data.district.ags });
}

/** Nodes and relationships of the demo county, with every property, in a stable order. */
async function graphFingerprint(): Promise<string> {
  const rows = await server.cypher(
    `MATCH (n) WHERE n.id STARTS WITH 'demo-' OR n.ags STARTS WITH $ags
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY coalesce(n.id, n.ags), type(r), coalesce(m.id, m.ags)
     RETURN collect([coalesce(n.id, n.ags), apoc.map.removeKeys(properties(n), ['createdAt', 'updatedAt']), type(r), coalesce(m.id, m.ags), properties(r)]) AS graph`,
    { ags: data.district.ags },
  );
  return JSON.stringify(rows[0]!.graph);
}

beforeAll(async () => {
  server = await startTestServer();
  await removeDemoData();
});
afterAll(async () => {
  await removeDemoData();
  await server?.close();
});

describe('the demo data in Neo4j', () => {
  it('loads whole, and a second load leaves the same graph', async () => {
    const counts = await loadDemoData(server.driver, data, { database: server.database });
    expect(counts).toMatchObject({ districts: 1, municipalities: 42, actors: data.actors.length, offers: data.offers.length, needs: data.needs.length });
    const first = await graphFingerprint();
    await loadDemoData(server.driver, data, { database: server.database });
    expect(await graphFingerprint()).toBe(first);
  });

  it('is what the API shows: every actor kind, every category, the monthly round', async () => {
    const response = await server.gql(
      `query($ags: String!) {
        districts(where: { ags: { eq: $ags } }) { name municipalitiesConnection { aggregate { count { nodes } } } }
        actors(where: { id: { startsWith: "demo-" } }, limit: 1000) { kind }
        offers(where: { id: { startsWith: "demo-" } }, limit: 1000) { category provider { id } }
        networks(where: { kind: { eq: EXCHANGE_ROUND }, cadence: { eq: MONTHLY } }) { name meetingsConnection { aggregate { count { nodes } } } }
      }`,
      { ags: data.district.ags },
    );
    expectNoErrors(response);
    const { districts, actors, offers, networks } = response.data!;
    expect(districts[0].municipalitiesConnection.aggregate.count.nodes).toBe(42);
    expect(new Set(actors.map((a: { kind: string }) => a.kind)).size).toBe(19);
    expect(new Set(offers.map((o: { category: string }) => o.category)).size).toBe(15);
    expect(offers.every((o: { provider: unknown[] }) => o.provider.length === 1)).toBe(true);
    expect(networks.length).toBeGreaterThanOrEqual(1);
    expect(networks[0].meetingsConnection.aggregate.count.nodes).toBeGreaterThanOrEqual(6);
  });

  it('keeps every graph rule, so writes through the API succeed on top of it', async () => {
    const offer = data.offers[0]!;
    const response = await server.gql(`mutation($id: ID!) { updateOffers(where: { id: { eq: $id } }, update: { waitlist: { set: 3 } }) { offers { waitlist } } }`, {
      id: offer.id,
    });
    expectNoErrors(response);
    expect(response.data!.updateOffers.offers).toEqual([{ waitlist: 3 }]);
  });
});
