// Issue 20: a municipality's figures do not depend on the area they are asked through. Over 500 random small
// countries (two districts with Samtgemeinden, offers and needs across the border, radii 5 to 50 km) every
// municipality's gap figures and every need's placements are the same asked for the municipality, its
// Samtgemeinde, its district or the whole country, and equal DESIGN.md written out by brute force
// (test/support/random-country.ts). The reads are the server's choice of boxes (readGapInputs) over arrays
// (memory-gap-reader.ts); the Neo4j-backed run is area-independence-api.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AreaRef } from '../../../server/analysis/area/parse-area.js';
import {
  matchWaitingTimes,
  type WaitingCourse,
  type WaitingNeed,
} from '../../../server/analysis/courses/match-waiting-times.js';
import { sliceWaitingTimes } from '../../../server/analysis/courses/slice-waiting-times.js';
import { buildGapTable, type MunicipalityGap } from '../../../server/analysis/gaps/build-gap-table.js';
import { readGapInputs } from '../../../server/analysis/gaps/load-gap-inputs.js';
import { memoryGapReader } from '../../support/memory-gap-reader.js';
import {
  areasOf,
  asOf,
  bruteForceGaps,
  bruteForcePlacements,
  category,
  countryArbitrary,
  placeOf,
  type Country,
} from '../../support/random-country.js';

const runs = Number(process.env.PROPERTY_RUNS ?? 500);
const keyOf = (area: AreaRef) => (area.kind === 'GERMANY' ? 'DE' : `${area.kind}:${area.ags}`);

/** Every figure of a row that must not depend on the area. */
const figures = (row: MunicipalityGap) => ({
  ags: row.ags,
  demand: row.demand,
  freePlacesInReach: row.freePlacesInReach,
  accessibility: row.accessibility,
  coverage: row.coverage,
  unmet: row.unmet,
  severity: row.severity,
  nearestOfferKm: row.nearestOfferKm,
  nearestOfferId: row.nearestOffer?.id ?? null,
  offersInReach: row.offersInReach,
  offerIdsInReach: row.offerIdsInReach,
  needIds: [...row.needIds].sort(),
  located: row.located,
});

async function gapRowsByArea(country: Country): Promise<Map<string, Map<string, MunicipalityGap>>> {
  const reader = memoryGapReader(country);
  const tables = new Map<string, Map<string, MunicipalityGap>>();
  for (const m of country.municipalities) {
    for (const area of areasOf(m)) {
      const key = keyOf(area);
      if (tables.has(key)) continue;
      const inputs = await readGapInputs(reader, area, country.radiusKm);
      const table = buildGapTable(inputs, {
        category,
        radiusKm: country.radiusKm,
        asOf,
        area: { kind: area.kind === 'MUNICIPALITY' ? 'DISTRICT' : area.kind, ags: key },
      });
      tables.set(key, new Map(table.municipalities.map((row) => [row.ags, row])));
    }
  }
  return tables;
}

async function checkGaps(country: Country): Promise<void> {
  const tables = await gapRowsByArea(country);
  const brute = bruteForceGaps(country);
  for (const m of country.municipalities) {
    const whole = tables.get('DE')!.get(m.ags)!;
    for (const area of areasOf(m)) {
      const row = tables.get(keyOf(area))!.get(m.ags);
      expect(row && figures(row), `${m.ags} asked through ${keyOf(area)}`).toEqual(figures(whole));
    }
    const expected = brute.get(m.ags);
    if (!expected) {
      expect(whole.located).toBe(false);
      continue;
    }
    expect(whole).toMatchObject({
      demand: expected.demand,
      unmet: expected.unmet,
      offersInReach: expected.offersInReach,
      freePlacesInReach: expected.freePlacesInReach,
      nearestOfferKm: expected.nearestOfferKm,
    });
    expect(whole.nearestOffer?.id ?? null).toBe(expected.nearestOfferId);
    expect(whole.accessibility).toBeCloseTo(expected.accessibility, 9);
  }
}

/** The matching's inputs as loadWaitingInputs reads them from Neo4j. */
function waitingInputs(country: Country): { needs: WaitingNeed[]; courses: WaitingCourse[] } {
  const byAgs = new Map(country.municipalities.map((m) => [m.ags, m]));
  const needs = country.needs.flatMap((n): WaitingNeed[] => {
    const m = byAgs.get(n.municipalityAgs)!;
    if (n.category !== category || n.status !== 'OPEN' || n.reportedAt > asOf || m.latitude === null) return [];
    return [
      {
        id: n.id,
        municipalityAgs: m.ags,
        latitude: m.latitude,
        longitude: m.longitude!,
        persons: n.persons,
        reportedAt: n.reportedAt,
        targetGroup: n.targetGroup,
      },
    ];
  });
  const courses = country.offers.flatMap((o): WaitingCourse[] => {
    const place = placeOf(country, o);
    if (
      o.category !== category ||
      !['PLANNED', 'OPEN'].includes(o.status) ||
      o.capacity === null ||
      o.startDate < asOf ||
      o.format === 'ONLINE' ||
      !place
    )
      return [];
    return [
      {
        id: o.id,
        ...place,
        startDate: o.startDate,
        freePlaces: Math.max(0, o.capacity - (o.booked ?? 0)),
        targetGroups: o.targetGroups,
        childcare: o.childcare,
      },
    ];
  });
  return { needs, courses };
}

async function checkPlacements(country: Country): Promise<void> {
  const { needs, courses } = waitingInputs(country);
  const results = matchWaitingTimes(needs, courses, {
    asOf,
    radiusKm: country.radiusKm,
    targetWeeks: 6,
    childcareGroups: ['PARENTS', 'WOMEN'],
  });
  const needsById = new Map(needs.map((need) => [need.id, need]));
  const reader = memoryGapReader(country);
  const brute = bruteForcePlacements(country);
  const project = (need: { placements: { courseId: string; persons: number; weeks: number }[]; unplaced: number }) => ({
    placements: need.placements.map(({ courseId, persons, weeks }) => ({ courseId, persons, weeks })),
    unplaced: need.unplaced,
  });
  const seen = new Map<string, number>();
  for (const m of country.municipalities) {
    for (const area of areasOf(m)) {
      const sliced = sliceWaitingTimes(await reader.area(area), results, needsById, 6);
      for (const need of sliced.needs.filter((n) => n.municipalityAgs === m.ags)) {
        expect(project(need), `${need.needId} asked through ${keyOf(area)}`).toEqual(project(brute.get(need.needId)!));
        seen.set(need.needId, (seen.get(need.needId) ?? 0) + 1);
      }
    }
  }
  // Every matched need was seen through every area of its municipality.
  for (const need of needs) {
    const m = country.municipalities.find((x) => x.ags === need.municipalityAgs)!;
    expect(seen.get(need.id)).toBe(areasOf(m).length);
  }
}

describe('a municipality asked through any area (property, pure computation)', () => {
  it(`has the same gap figures and placements everywhere, equal to DESIGN.md by brute force (${runs} countries)`, async () => {
    let municipalities = 0;
    let needs = 0;
    await fc.assert(
      fc.asyncProperty(countryArbitrary(['98001', '98002']), async (country) => {
        await checkGaps(country);
        await checkPlacements(country);
        municipalities += country.municipalities.length;
        needs += country.needs.length;
      }),
      { numRuns: runs },
    );
    expect(municipalities).toBeGreaterThan(runs);
    expect(needs).toBeGreaterThan(runs);
  });
});

/** A country given by hand: municipalities on an east-west line (km east of 52.5° N, 9° E), offers and needs. */
function lineCountry(radiusKm: number, parts: Partial<Country>): Country {
  return { districts: [], municipalities: [], actors: [], offers: [], needs: [], radiusKm, ...parts };
}
const kmEast = (km: number, kmNorth = 0) => ({
  latitude: 52.5 + (kmNorth * 180) / (Math.PI * 6371.0088),
  longitude: 9 + (km * 180) / (Math.PI * 6371.0088) / Math.cos((52.5 * Math.PI) / 180),
});
const offerAt = (id: string, place: { latitude: number; longitude: number }, startDate = '2030-06-29') => ({
  id,
  title: id,
  category,
  status: 'OPEN',
  format: 'IN_PERSON',
  capacity: 5,
  booked: 0,
  ...place,
  venueAgs: null,
  providerId: null,
  startDate,
  targetGroups: [],
  childcare: null,
});

describe('the examples of issue 20', () => {
  it('gives a Samtgemeinde member its nearest offer beyond the box around the Samtgemeinde (15 km)', async () => {
    const country = lineCountry(15, {
      districts: [{ ags: '98001', name: 'Kreis' }],
      municipalities: [
        { ags: '980015401', name: 'SG', kind: 'COLLECTIVE', ...kmEast(0), districtAgs: '98001', samtgemeindeAgs: null },
        {
          ags: '98001001',
          name: 'Mitglied',
          kind: 'MUNICIPALITY',
          ...kmEast(0),
          districtAgs: '98001',
          samtgemeindeAgs: '980015401',
        },
        { ags: '98001002', name: 'Stadt', kind: 'CITY', ...kmEast(0, 30), districtAgs: '98001', samtgemeindeAgs: null },
      ],
      // 20 km north, beyond the box widened by 15 km; a farther one (20.2 km) inside the box, at its corner.
      offers: [offerAt('true-nearest', kmEast(0, 20)), offerAt('in-the-box', kmEast(14, 14.7))],
    });
    const tables = await gapRowsByArea(country);
    for (const key of ['MUNICIPALITY:98001001', 'SAMTGEMEINDE:980015401', 'DISTRICT:98001', 'DE']) {
      const row = tables.get(key)!.get('98001001')!;
      expect(row.nearestOffer?.id, key).toBe('true-nearest');
      expect(row.nearestOfferKm, key).toBeCloseTo(20, 9);
    }
  });

  it('gives a Samtgemeinde need no suitable start when an older need farther west takes places along a chain', async () => {
    // W (60 km west, oldest) can reach only C1 (40 km west, earliest start); B (20 km west) reaches C1 and C2;
    // the Samtgemeinde member S reaches only C2. W takes C1, so B takes C2 and S has no suitable start; without
    // W, B would take C1 and S would be placed in C2 (the departure the issue found through the box).
    const country = lineCountry(25, {
      districts: [
        { ags: '98001', name: 'Kreis' },
        { ags: '98002', name: 'Nachbarkreis' },
      ],
      municipalities: [
        { ags: '980015401', name: 'SG', kind: 'COLLECTIVE', ...kmEast(5), districtAgs: '98001', samtgemeindeAgs: null },
        {
          ags: '98001001',
          name: 'S',
          kind: 'MUNICIPALITY',
          ...kmEast(0),
          districtAgs: '98001',
          samtgemeindeAgs: '980015401',
        },
        {
          ags: '98001002',
          name: 'B',
          kind: 'MUNICIPALITY',
          ...kmEast(-20),
          districtAgs: '98001',
          samtgemeindeAgs: null,
        },
        {
          ags: '98002001',
          name: 'W',
          kind: 'MUNICIPALITY',
          ...kmEast(-60),
          districtAgs: '98002',
          samtgemeindeAgs: null,
        },
      ],
      offers: [offerAt('C1', kmEast(-40), '2030-06-22'), offerAt('C2', kmEast(0), '2030-08-03')],
      needs: [
        {
          id: 'nW',
          municipalityAgs: '98002001',
          category,
          status: 'OPEN',
          persons: 5,
          reportedAt: '2030-01-01',
          targetGroup: null,
        },
        {
          id: 'nB',
          municipalityAgs: '98001002',
          category,
          status: 'OPEN',
          persons: 5,
          reportedAt: '2030-02-01',
          targetGroup: null,
        },
        {
          id: 'nS',
          municipalityAgs: '98001001',
          category,
          status: 'OPEN',
          persons: 5,
          reportedAt: '2030-03-01',
          targetGroup: null,
        },
      ],
    });
    const { needs, courses } = waitingInputs(country);
    const results = matchWaitingTimes(needs, courses, { asOf, radiusKm: 25, targetWeeks: 6, childcareGroups: [] });
    const needsById = new Map(needs.map((need) => [need.id, need]));
    const reader = memoryGapReader(country);
    for (const area of [
      { kind: 'SAMTGEMEINDE' as const, ags: '980015401' },
      { kind: 'DISTRICT' as const, ags: '98001' },
      { kind: 'GERMANY' as const },
    ]) {
      const loaded = await reader.area(area);
      const s = sliceWaitingTimes(loaded, results, needsById, 6).needs.find((n) => n.needId === 'nS')!;
      expect(s.placements, keyOf(area)).toEqual([]);
      expect(s.unplaced).toBe(5);
    }
    expect(bruteForcePlacements(country).get('nS')).toEqual({ placements: [], unplaced: 5 });
    expect(bruteForcePlacements(country).get('nB')!.placements).toEqual([{ courseId: 'C2', persons: 5, weeks: 9 }]);
  });
});
