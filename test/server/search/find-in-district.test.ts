// findInDistrict over the real Neo4j and the demo county: every spelling of issue 15 finds its target, the town of
// Nienburg comes first for "Nienburg", look-alike offers carry provider, start date and venue, and a county adds
// its own aliases (on a test district of its own, so the demo county stays as it is).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoCounty } from '../../support/demo-county.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, testDriver, type TestServer } from '../../support/test-server.js';

const demo = '03256';
let server: TestServer;
let place: Place;

beforeAll(async () => {
  const { driver, database } = testDriver();
  await ensureDemoCounty(driver, database);
  server = await startTestServer();
  place = await createPlace(server);
}, 240_000);
afterAll(async () => {
  if (place) {
    await server.cypher('MATCH (a:SearchAlias {districtAgs: $d}) DELETE a', { d: place.districtAgs });
    await removePlace(server, place);
  }
  await server?.close();
});

interface Hit {
  kind: string;
  id: string;
  label: string;
  match: string;
  municipality: string | null;
  provider: string | null;
  startDate: string | null;
}

async function find(text: string, districtAgs = demo, as: 'coordinator' | 'anonymous' = 'anonymous'): Promise<Hit[]> {
  const response = await server.gql(
    `query($d: String!, $t: String!) { findInDistrict(districtAgs: $d, text: $t, first: 20) {
       kind id label match municipality provider startDate } }`,
    { d: districtAgs, t: text },
    { as },
  );
  expectNoErrors(response);
  return response.data!.findInDistrict as Hit[];
}

describe('findInDistrict', () => {
  it.each([
    ['Bücken', 'Bücken'],
    ['Bucken', 'Bücken'],
    ['Buecken', 'Bücken'],
    ['bücken', 'Bücken'],
    ['Haßbergen', 'Haßbergen'],
    ['Hassbergen', 'Haßbergen'],
    ['Brückenschlag', 'Akademie Brückenschlag (fiktiv)'],
    ['Brueckenschlag', 'Akademie Brückenschlag (fiktiv)'],
    ['Weser-Aue', 'Samtgemeinde Weser-Aue'],
    ['Weseraue', 'Samtgemeinde Weser-Aue'],
    ['Weser Aue', 'Samtgemeinde Weser-Aue'],
    ['Elterncafé', 'Elterncafé in der Kita'],
    ['Elterncafe', 'Elterncafé in der Kita'],
    ['VHS', 'Volkshochschule Weserkreis Demo (fiktiv)'],
    ['vhs weserkreis', 'Volkshochschule Weserkreis Demo (fiktiv)'],
  ])('finds %s: %s', async (text, target) => {
    const labels = (await find(text)).map((hit) => hit.label);
    expect(labels).toContain(target);
  });

  it('puts the exact name first: the Samtgemeinde for "Weser-Aue", the municipality for "Bucken"', async () => {
    expect((await find('Weseraue'))[0]).toMatchObject({ kind: 'MUNICIPALITY', label: 'Samtgemeinde Weser-Aue' });
    expect((await find('Bucken'))[0]).toMatchObject({ kind: 'MUNICIPALITY', label: 'Bücken', match: 'EXACT' });
  });

  it('puts the town Nienburg/Weser first for "Nienburg", before the actors and offers named after it', async () => {
    const hits = await find('Nienburg');
    expect(hits[0]).toMatchObject({ kind: 'MUNICIPALITY', id: '03256022', match: 'PREFIX' });
    expect(hits.length).toBeGreaterThan(3);
    const order = { EXACT: 0, PREFIX: 1, WORDS: 2, CONTAINS: 3 } as Record<string, number>;
    const ranks = hits.map((hit) => order[hit.match]!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('tells look-alike offers apart by provider, start date and venue', async () => {
    const offers = (await find('Integrationskurs')).filter((hit) => hit.kind === 'OFFER');
    expect(offers.length).toBeGreaterThan(1);
    for (const offer of offers) expect(offer.provider).toBeTruthy();
    expect(offers.some((offer) => /^\d{4}-\d{2}-\d{2}$/.test(offer.startDate ?? ''))).toBe(true);
  });

  it('finds nothing for punctuation only, and refuses a "first" out of range with the value named', async () => {
    expect(await find('-- / --')).toEqual([]);
    const response = await server.gql(`{ findInDistrict(districtAgs: "03256", text: "Hoya", first: 500) { id } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('500');
  });

  it('takes a county its own aliases (coordinator only), and finds by them', async () => {
    await server.cypher('MATCH (a:Actor {id: $id}) SET a.name = $name', {
      id: place.providerId,
      name: 'Kreisvolkshochschule Testkreis (fiktiv)',
    });
    expect((await find('KVHS', place.districtAgs)).map((hit) => hit.id)).toContain(place.providerId);
    expect(await find('Sprachinsel', place.districtAgs)).toEqual([]);

    const refused = await server.gql(
      `mutation($d: String!) { setSearchAliases(districtAgs: $d, aliases: [{ alias: "Sprachinsel", expansion: "Kreisvolkshochschule" }]) { alias } }`,
      { d: place.districtAgs },
      { as: 'analyst' },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const set = await server.gql(
      `mutation($d: String!) { setSearchAliases(districtAgs: $d, aliases: [{ alias: "Sprachinsel", expansion: "Kreisvolkshochschule" }]) { alias expansion source } }`,
      { d: place.districtAgs },
    );
    expectNoErrors(set);
    expect(set.data!.setSearchAliases).toContainEqual({
      alias: 'Sprachinsel',
      expansion: 'Kreisvolkshochschule',
      source: 'COUNTY',
    });
    expect((await find('Sprachinsel', place.districtAgs)).map((hit) => hit.id)).toContain(place.providerId);
    // The demo county does not have the test district's alias.
    expect(await find('Sprachinsel')).toEqual([]);

    const bad = await server.gql(
      `mutation($d: String!) { setSearchAliases(districtAgs: $d, aliases: [{ alias: "--", expansion: "x" }]) { alias } }`,
      { d: place.districtAgs },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('"--"');
    // Nothing written by the refused call: the alias set before is still in effect.
    expect((await find('Sprachinsel', place.districtAgs)).map((hit) => hit.id)).toContain(place.providerId);
  });
});
