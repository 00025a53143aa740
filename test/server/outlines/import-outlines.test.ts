// The outlines of a district through the API, over the real Neo4j: imported by AGS (coordinator only), read by
// anyone; a bad file, an unknown code or a code of the wrong kind is refused with the value named and nothing is
// written; the demo county carries Nienburg's official outlines with their attribution.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoCounty } from '../../support/demo-county.js';
import { createPlace, expectNoErrors, removePlace, type Place } from '../../support/fixtures.js';
import { startTestServer, testDriver, type TestServer } from '../../support/test-server.js';
import { parseOutlines } from '../../../server/outlines/parse-outlines.js';

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
    await server.cypher('MATCH (o:AreaOutline {districtAgs: $d}) DETACH DELETE o', { d: place.districtAgs });
    await removePlace(server, place);
  }
  await server?.close();
});

/** A square of `size` degrees around a point, as a closed GeoJSON ring. */
function square(at: { latitude: number; longitude: number }, size: number): number[][][] {
  const { longitude: x, latitude: y } = at;
  return [
    [
      [x - size, y - size],
      [x + size, y - size],
      [x + size, y + size],
      [x - size, y + size],
      [x - size, y - size],
    ],
  ];
}

function collection(features: { level: string; code: string; name: string; coordinates: unknown }[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map(({ level, code, name, coordinates }) => ({
      type: 'Feature',
      properties: { level, code, name },
      geometry: { type: 'Polygon', coordinates },
    })),
  });
}

const placeOutlines = () =>
  collection([
    { level: 'district', code: place.districtAgs, name: 'Testkreis', coordinates: square(place.town, 0.5) },
    { level: 'municipality', code: place.townAgs, name: 'Stadt', coordinates: square(place.town, 0.1) },
    { level: 'municipality', code: place.villageAgs, name: 'Dorf', coordinates: square(place.village, 0.1) },
  ]);

async function importFile(geojson: string, attribution: string | null = 'Testdaten (fiktiv)', as?: 'analyst') {
  return server.gql(
    `mutation($g: String!, $a: String) { importOutlines(geojson: $g, attribution: $a) {
       districtAgs features skipped attribution byLevel { district collective municipality unitary } } }`,
    { g: geojson, a: attribution },
    as ? { as } : {},
  );
}

async function outlines(districtAgs: string) {
  const response = await server.gql(
    `query($d: String!) { areaOutlines(districtAgs: $d) { attribution features { ags level name geometry } } }`,
    { d: districtAgs },
    { as: 'anonymous' },
  );
  expectNoErrors(response);
  return response.data!.areaOutlines as {
    attribution: string | null;
    features: { ags: string; level: string; name: string; geometry: string }[];
  };
}

describe('importOutlines and areaOutlines', () => {
  it("has the demo county carry Nienburg's official outlines with their attribution", async () => {
    const demo = await outlines('03256');
    expect(demo.attribution).toBe('© GeoBasis-DE / BKG 2021 (dl-de/by-2-0)');
    const levels = demo.features.map((f) => f.level);
    expect(levels.filter((l) => l === 'district')).toHaveLength(1);
    expect(levels.filter((l) => l === 'collective')).toHaveLength(6);
    expect(levels.filter((l) => l === 'municipality')).toHaveLength(36);
    // The three unitary features duplicate municipalities of the file: left out.
    expect(levels.filter((l) => l === 'unitary')).toHaveLength(0);
    const buecken = demo.features.find((f) => f.ags === '03256003')!;
    expect(buecken.name).toBe('Bücken');
    expect((JSON.parse(buecken.geometry) as { type: string }).type).toBe('Polygon');
  });

  it("imports a district's outlines by AGS, and a second import replaces the first", async () => {
    expect((await outlines(place.districtAgs)).features).toEqual([]);
    const first = await importFile(placeOutlines());
    expectNoErrors(first);
    expect(first.data!.importOutlines).toMatchObject({
      districtAgs: place.districtAgs,
      features: 3,
      byLevel: { district: 1, collective: 0, municipality: 2, unitary: 0 },
      attribution: 'Testdaten (fiktiv)',
    });
    const again = await importFile(placeOutlines(), 'Testdaten, zweite Fassung (fiktiv)');
    expectNoErrors(again);
    const stored = await outlines(place.districtAgs);
    expect(stored.features.map((f) => f.ags).sort()).toEqual(
      [place.districtAgs, place.townAgs, place.villageAgs].sort(),
    );
    expect(stored.attribution).toBe('Testdaten, zweite Fassung (fiktiv)');
  });

  it.each([
    ['not JSON', '{"type": "FeatureCollection", "features": [', 'not JSON'],
    ['not a FeatureCollection', '{"type": "Feature"}', '"Feature"'],
    [
      'an open ring',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { level: 'municipality', code: '99999001', name: 'x' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [9, 52],
                  [9.1, 52],
                  [9.1, 52.1],
                  [9, 52.1],
                ],
              ],
            },
          },
        ],
      }),
      'end where it begins',
    ],
    [
      'a point out of range',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { level: 'district', code: '99999', name: 'x' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [9, 52],
                  [200, 52],
                  [9.1, 52.1],
                  [9, 52],
                ],
              ],
            },
          },
        ],
      }),
      '[200,52]',
    ],
    [
      'an unknown level',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { level: 'state', code: '03' }, geometry: null }],
      }),
      '"state"',
    ],
  ])('refuses %s with the value named, and writes nothing', async (_what, geojson, named) => {
    const response = await importFile(geojson);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain(named);
    expect(response.errors?.[0]?.message).toContain('nothing was written');
    expect((await outlines(place.districtAgs)).features).toHaveLength(3);
  });

  it('refuses an unknown AGS, a code of the wrong kind, two districts and a missing attribution: nothing written', async () => {
    const before = await outlines(place.districtAgs);
    const unknown = collection([
      { level: 'district', code: place.districtAgs, name: 'Testkreis', coordinates: square(place.town, 0.5) },
      {
        level: 'municipality',
        code: `${place.districtAgs}777`,
        name: 'Nirgendwo',
        coordinates: square(place.town, 0.1),
      },
    ]);
    const refused = await importFile(unknown);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain(`"${place.districtAgs}777"`);
    expect(refused.errors?.[0]?.extensions?.messageDe).toContain('nichts wurde geschrieben');

    const wrongKind = collection([
      { level: 'collective', code: `${place.townAgs}0`.slice(0, 9), name: 'SG', coordinates: square(place.town, 0.1) },
    ]);
    expect((await importFile(wrongKind)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const twoDistricts = collection([
      { level: 'municipality', code: place.townAgs, name: 'Stadt', coordinates: square(place.town, 0.1) },
      { level: 'municipality', code: '03256003', name: 'Bücken', coordinates: square(place.town, 0.1) },
    ]);
    const mixed = await importFile(twoDistricts);
    expect(mixed.errors?.[0]?.message).toContain('one district');
    expect(mixed.errors?.[0]?.message).toContain('"03256"');

    const unattributed = await importFile(placeOutlines(), null);
    expect(unattributed.errors?.[0]?.extensions?.reason).toBe('ATTRIBUTION_MISSING');

    expect(await outlines(place.districtAgs)).toEqual(before);
    // The demo county was not touched by the mixed file.
    expect((await outlines('03256')).features.find((f) => f.ags === '03256003')!.name).toBe('Bücken');
  });

  it('lets only the coordinator import', async () => {
    const response = await importFile(placeOutlines(), 'x', 'analyst');
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('parseOutlines', () => {
  it('reads the official Nienburg file: 46 features of four levels', async () => {
    const fs = await import('node:fs/promises');
    const { demoOutlinesFile } = await import('../../../server/demo-data/load-demo-outlines.js');
    const parsed = parseOutlines(await fs.readFile(demoOutlinesFile, 'utf8'));
    expect(parsed.features).toHaveLength(46);
    expect(new Set(parsed.features.map((f) => f.level))).toEqual(
      new Set(['district', 'unitary', 'collective', 'municipality']),
    );
  });

  it('refuses a code twice and a key of the wrong length, naming it', () => {
    const feature = (code: string) => ({
      type: 'Feature',
      properties: { level: 'municipality', code },
      geometry: { type: 'Polygon', coordinates: square({ latitude: 52, longitude: 9 }, 0.1) },
    });
    expect(() =>
      parseOutlines(
        JSON.stringify({ type: 'FeatureCollection', features: [feature('03256003'), feature('03256003')] }),
      ),
    ).toThrow(/"03256003" occurs twice/);
    expect(() => parseOutlines(JSON.stringify({ type: 'FeatureCollection', features: [feature('0325600')] }))).toThrow(
      /"0325600"/,
    );
  });
});
