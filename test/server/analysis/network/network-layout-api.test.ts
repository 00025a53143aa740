// The stored arrangement of the network view (schema/network-layout.graphql) through GraphQL, on a district of
// the test's own: the coordinator saves and resets it, an analyst reads what she saved, a bad save is refused with
// the bad value named and leaves the stored arrangement as it was. Who may do what is in the permission matrix
// (test/server/auth/permission-matrix.test.ts); here the roles' answers once more with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../../support/fixtures.js';
import { startTestServer, type Caller, type TestServer } from '../../../support/test-server.js';

let server: TestServer;
let place: Place;

const save =
  'mutation($d: String!, $p: [ActorPositionInput!]!) { saveNetworkLayout(districtAgs: $d, positions: $p) { districtAgs updatedAt updatedBy positions { actorId x y } } }';
const read = 'query($d: String!) { networkLayout(districtAgs: $d) { updatedAt updatedBy positions { actorId x y } } }';
interface Layout {
  updatedAt: string | null;
  updatedBy: string | null;
  positions: { actorId: string; x: number; y: number }[];
}
const stored = async () =>
  (await server.gql<{ networkLayout: Layout }>(read, { d: place.districtAgs }, { as: 'coordinator' })).data!
    .networkLayout;

beforeAll(async () => {
  server = await startTestServer();
  place = await createPlace(server);
});

afterAll(async () => {
  await server.cypher('MATCH (l:NetworkLayout {districtAgs: $d}) DELETE l', { d: place.districtAgs });
  await removePlace(server, place);
  await server.close();
});

describe('the network layout', () => {
  it('is empty until saved; the coordinator saves it, an analyst reads it, a reset removes it', async () => {
    expect(await stored()).toEqual({ updatedAt: null, updatedBy: null, positions: [] });
    const positions = [
      { actorId: place.providerId, x: 120.5, y: -40.25 },
      { actorId: place.partnerId, x: -300, y: 88 },
    ];
    const saved = await server.gql<{ saveNetworkLayout: Layout }>(save, { d: place.districtAgs, p: positions });
    expectNoErrors(saved);
    expect(saved.data!.saveNetworkLayout.positions).toEqual(positions);
    const asAnalyst = await server.gql<{ networkLayout: Layout }>(read, { d: place.districtAgs }, { as: 'analyst' });
    expectNoErrors(asAnalyst);
    expect(asAnalyst.data!.networkLayout.positions).toEqual(positions);
    expect(asAnalyst.data!.networkLayout.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(asAnalyst.data!.networkLayout.updatedBy).toBeTruthy();

    // A second save replaces the first.
    expectNoErrors(await server.gql(save, { d: place.districtAgs, p: [{ actorId: place.partnerId, x: 1, y: 2 }] }));
    expect((await stored()).positions).toEqual([{ actorId: place.partnerId, x: 1, y: 2 }]);

    const reset = await server.gql<{ resetNetworkLayout: Layout }>(
      `mutation($d: String!) { resetNetworkLayout(districtAgs: $d) { positions { x } } }`,
      {
        d: place.districtAgs,
      },
    );
    expectNoErrors(reset);
    expect(reset.data!.resetNetworkLayout.positions).toEqual([]);
    expect((await stored()).positions).toEqual([]);
    expect(await server.cypher('MATCH (l:NetworkLayout {districtAgs: $d}) RETURN l', { d: place.districtAgs })).toEqual(
      [],
    );
  });

  it('refuses a bad save, names the bad value and keeps what was stored', async () => {
    const kept = [{ actorId: place.providerId, x: 7, y: 8 }];
    expectNoErrors(await server.gql(save, { d: place.districtAgs, p: kept }));
    const foreign = await server.cypher(
      'MATCH (a:Actor)-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(d:District) WHERE d.ags <> $d RETURN a.id AS id LIMIT 1',
      { d: place.districtAgs },
    );
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['unknown actor', { d: place.districtAgs, p: [{ actorId: 'no-such-actor', x: 1, y: 1 }] }, /"no-such-actor"/],
      [
        'twice',
        {
          d: place.districtAgs,
          p: [
            { actorId: place.providerId, x: 1, y: 1 },
            { actorId: place.providerId, x: 2, y: 2 },
          ],
        },
        /given twice/,
      ],
      ['too far', { d: place.districtAgs, p: [{ actorId: place.providerId, x: 5e9, y: 1 }] }, /positions\[0\]\.x/],
      ['bad district', { d: 'Kreis', p: kept }, /"Kreis"/],
      ['no district', { d: '99999', p: kept }, /"99999"/],
    ];
    const foreignId = foreign[0]?.['id'] as string | undefined;
    if (foreignId)
      cases.push([
        'actor elsewhere',
        { d: place.districtAgs, p: [{ actorId: foreignId, x: 1, y: 1 }] },
        /not an actor located/,
      ]);
    for (const [what, variables, message] of cases) {
      const response = await server.gql(save, variables);
      expect(response.errors?.[0]?.message, what).toMatch(message);
      expect(['BAD_USER_INPUT', 'NOT_FOUND'], what).toContain(response.errors?.[0]?.extensions?.code);
      expect((await stored()).positions, what).toEqual(kept);
    }
  });

  it('refuses analysts, partners and anonymous callers and writes nothing', async () => {
    const kept = [{ actorId: place.partnerId, x: 3, y: 4 }];
    expectNoErrors(await server.gql(save, { d: place.districtAgs, p: kept }));
    const callers: [Caller, string][] = [
      ['analyst', 'FORBIDDEN'],
      [{ role: 'partner', actorId: place.providerId, sub: 'layout-partner' }, 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED'],
    ];
    for (const [caller, code] of callers) {
      const saved = await server.gql(
        save,
        { d: place.districtAgs, p: [{ actorId: place.providerId, x: 9, y: 9 }] },
        { as: caller },
      );
      expect(saved.errors?.[0]?.extensions?.code).toBe(code);
      const reset = await server.gql(
        `mutation($d: String!) { resetNetworkLayout(districtAgs: $d) { districtAgs } }`,
        { d: place.districtAgs },
        { as: caller },
      );
      expect(reset.errors?.[0]?.extensions?.code).toBe(code);
      expect((await stored()).positions).toEqual(kept);
    }
    // Reading it is for staff: partners and anonymous callers are refused.
    for (const [caller, code] of callers.slice(1)) {
      const response = await server.gql(read, { d: place.districtAgs }, { as: caller });
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});
