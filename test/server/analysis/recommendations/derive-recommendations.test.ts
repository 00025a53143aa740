// Every recommendation rule on small cases whose answer is known, through the real gap table builder.
import { describe, expect, it } from 'vitest';
import { buildGapTable, type GapTable } from '../../../../server/analysis/gaps/build-gap-table.js';
import type { AreaMunicipality, GapInputs, OfferRow } from '../../../../server/analysis/gaps/load-gap-inputs.js';
import type { ActorCentrality } from '../../../../server/analysis/network/analyse-network.js';
import {
  deriveRecommendations,
  type NetworkMembership,
} from '../../../../server/analysis/recommendations/derive-recommendations.js';

const degreesPerKm = 180 / (Math.PI * 6371.0088);
const at = (km: number) => ({ latitude: 52 + km * degreesPerKm, longitude: 9 });

function municipality(ags: string, name: string, km: number, samtgemeindeAgs: string | null = null): AreaMunicipality {
  return {
    ags,
    name,
    kind: 'MUNICIPALITY',
    ...at(km),
    samtgemeindeAgs,
    samtgemeindeName: null,
    districtAgs: '09999',
    districtName: 'Testkreis',
  };
}

function offer(id: string, km: number, fields: Partial<OfferRow> = {}): OfferRow {
  return {
    id,
    title: `Kurs ${id}`,
    category: 'INTEGRATION_COURSE',
    status: 'OPEN',
    format: 'IN_PERSON',
    capacity: 20,
    booked: 10,
    ...at(km),
    providerId: 'p1',
    providerName: 'Träger Eins',
    venueAgs: '09999001',
    venueName: 'Astadt',
    childcare: false,
    targetGroups: null,
    updatedAt: '2026-11-01T10:00:00Z',
    ...fields,
  };
}

function table(
  demand: { ags: string; km: number; needs: { id: string; persons: number; targetGroup?: string }[] }[],
  offers: OfferRow[],
  municipalities: AreaMunicipality[],
): GapTable {
  const inputs: GapInputs = {
    areaName: 'Testkreis',
    municipalities,
    demand: demand.map((d) => ({
      ags: d.ags,
      ...at(d.km),
      demand: d.needs.reduce((sum, n) => sum + n.persons, 0),
      needIds: d.needs.map((n) => n.id),
      needs: d.needs.map((n) => ({ id: n.id, persons: n.persons, targetGroup: n.targetGroup ?? null })),
    })),
    offers,
    onlineOffers: [],
  };
  return buildGapTable(inputs, {
    category: 'INTEGRATION_COURSE',
    radiusKm: 25,
    asOf: '2026-11-26',
    area: { kind: 'DISTRICT', ags: '09999' },
  });
}

function actor(id: string, fields: Partial<ActorCentrality> = {}): ActorCentrality {
  return {
    id,
    name: `Akteur ${id}`,
    kind: 'COURSE_PROVIDER',
    municipalityAgs: '09999001',
    municipalityName: 'Astadt',
    samtgemeindeAgs: null,
    degree: 1,
    degreeCentrality: 0.5,
    weightedDegree: 1,
    betweenness: 0,
    componentId: 1,
    componentSize: 2,
    communityId: 1,
    isolated: false,
    broker: false,
    linksOutsideScope: 0,
    ...fields,
  };
}

const towns = [
  municipality('09999001', 'Astadt', 0),
  municipality('09999002', 'Bdorf', 40),
  municipality('09999003', 'Cdorf', 10),
];
const run = (tables: GapTable[], actors: ActorCentrality[] = [], networks: NetworkMembership[] = []) =>
  deriveRecommendations({ today: '2026-11-26', radiusKm: 25, tables, actors, networks });

describe('NO_OFFER_IN_REACH', () => {
  it('names the nearest offer and its provider when demand has no offer within the radius', () => {
    const recs = run([
      table([{ ags: '09999002', km: 40, needs: [{ id: 'n1', persons: 12 }] }], [offer('x', 0)], towns),
    ]);
    const rec = recs.find((r) => r.code === 'NO_OFFER_IN_REACH')!;
    expect(rec).toMatchObject({
      persons: 12,
      municipalityAgs: '09999002',
      category: 'INTEGRATION_COURSE',
      offerIds: ['x'],
      actorIds: ['p1'],
      needIds: ['n1'],
    });
    expect(rec.textDe).toContain('Bdorf: 12 Personen brauchen einen Integrationskurs');
    expect(rec.textDe).toContain('„Kurs x“ von Träger Eins in 40 km');
    expect(rec.textEn).toContain('"Kurs x" by Träger Eins, 40 km away');
    expect(rec.figures).toContainEqual({ name: 'nearestOfferKm', value: 40 });
  });
});

describe('CAPACITY_SHORTFALL', () => {
  it('counts the missing places and lists the providers in reach, best connected first', () => {
    const offers = [
      offer('x', 0, { providerId: 'p1', providerName: 'Träger Eins' }),
      offer('y', 5, { providerId: 'p2', providerName: 'Träger Zwei' }),
    ];
    const recs = run(
      [table([{ ags: '09999001', km: 0, needs: [{ id: 'n1', persons: 50 }] }], offers, towns)],
      [actor('p1', { weightedDegree: 2, degree: 1 }), actor('p2', { weightedDegree: 7, degree: 4 })],
    );
    const rec = recs.find((r) => r.code === 'CAPACITY_SHORTFALL')!;
    expect(rec.actorIds).toEqual(['p2', 'p1']);
    expect(rec.persons).toBeGreaterThan(25); // 20 free places for 50 persons
    expect(rec.figures).toContainEqual({ name: 'missingPlaces', value: rec.persons });
    expect(rec.textDe).toContain('Träger Zwei, Träger Eins');
  });

  it('is not raised where demand is covered', () => {
    const recs = run([table([{ ags: '09999001', km: 0, needs: [{ id: 'n1', persons: 5 }] }], [offer('x', 0)], towns)]);
    expect(recs.filter((r) => r.code === 'CAPACITY_SHORTFALL')).toEqual([]);
  });
});

describe('CHILDCARE_MISSING', () => {
  const needs = [
    { id: 'n1', persons: 8, targetGroup: 'PARENTS' },
    { id: 'n2', persons: 4, targetGroup: 'WOMEN' },
    { id: 'n3', persons: 20, targetGroup: 'ADULTS' },
  ];
  it('is raised for parents and women when no offer in reach has childcare', () => {
    const rec = run([table([{ ags: '09999001', km: 0, needs }], [offer('x', 0)], towns)]).find(
      (r) => r.code === 'CHILDCARE_MISSING',
    )!;
    expect(rec).toMatchObject({ persons: 12, needIds: ['n1', 'n2'], offerIds: ['x'] });
  });

  it('is not raised when an offer in reach has childcare', () => {
    const recs = run([
      table([{ ags: '09999001', km: 0, needs }], [offer('x', 0), offer('y', 3, { childcare: true })], towns),
    ]);
    expect(recs.filter((r) => r.code === 'CHILDCARE_MISSING')).toEqual([]);
  });
});

describe('SINGLE_PROVIDER', () => {
  it('is raised when every place in reach comes from one provider', () => {
    const recs = run([
      table([{ ags: '09999001', km: 0, needs: [{ id: 'n1', persons: 10 }] }], [offer('x', 0), offer('y', 8)], towns),
    ]);
    expect(recs.find((r) => r.code === 'SINGLE_PROVIDER')).toMatchObject({
      persons: 10,
      actorIds: ['p1'],
      offerIds: ['x', 'y'],
    });
  });

  it('is not raised with two providers, and offers without places do not count', () => {
    const two = run([
      table(
        [{ ags: '09999001', km: 0, needs: [{ id: 'n1', persons: 10 }] }],
        [offer('x', 0), offer('y', 8, { providerId: 'p2' })],
        towns,
      ),
    ]);
    expect(two.filter((r) => r.code === 'SINGLE_PROVIDER')).toEqual([]);
    const fullOther = run([
      table(
        [{ ags: '09999001', km: 0, needs: [{ id: 'n1', persons: 10 }] }],
        [offer('x', 0), offer('y', 8, { providerId: 'p2', status: 'FULL' })],
        towns,
      ),
    ]);
    expect(fullOther.find((r) => r.code === 'SINGLE_PROVIDER')?.actorIds).toEqual(['p1']);
  });
});

describe('STALE_OFFER', () => {
  it('asks about offers not updated for more than 90 days', () => {
    const recs = run([
      table(
        [],
        [
          offer('old', 0, { updatedAt: '2026-08-27T00:00:00Z' }),
          offer('edge', 0, { updatedAt: '2026-08-28T00:00:00Z' }),
          offer('done', 0, { updatedAt: '2025-01-01T00:00:00Z', status: 'COMPLETED' }),
        ],
        towns,
      ),
    ]);
    const stale = recs.filter((r) => r.code === 'STALE_OFFER');
    expect(stale.map((r) => r.offerIds[0])).toEqual(['old']); // 91 days; 'edge' is 90 days; COMPLETED offers are not asked about
    expect(stale[0]!.figures).toContainEqual({ name: 'daysSinceUpdate', value: 91 });
    expect(stale[0]!.textDe).toContain('seit 91 Tagen nicht aktualisiert');
  });
});

describe('ISOLATED_ACTOR', () => {
  it('suggests the network with most members in the same place, exchange rounds first', () => {
    const actors = [
      actor('lonely', {
        isolated: true,
        degree: 0,
        municipalityAgs: '09999003',
        municipalityName: 'Cdorf',
        samtgemeindeAgs: '099995401',
      }),
      actor('a', { municipalityAgs: '09999003' }),
      actor('b', { municipalityAgs: '09999001', samtgemeindeAgs: '099995401' }),
      actor('c', { municipalityAgs: '09999001' }),
    ];
    const networks: NetworkMembership[] = [
      { id: 'big', name: 'Großer Arbeitskreis', kind: 'WORKING_GROUP', memberIds: ['c', 'b'] },
      { id: 'round', name: 'Trägerrunde', kind: 'EXCHANGE_ROUND', memberIds: ['a'] },
    ];
    const rec = run([], actors, networks).find((r) => r.code === 'ISOLATED_ACTOR')!;
    expect(rec).toMatchObject({ actorIds: ['lonely'], networkIds: ['round'], persons: 0, municipalityAgs: '09999003' });
    expect(rec.textDe).toContain('Zur Runde „Trägerrunde“ einladen');
  });
});

describe('ranking', () => {
  it('ranks by the persons concerned, most first, numbering from 1', () => {
    const recs = run(
      [
        table(
          [
            { ags: '09999002', km: 40, needs: [{ id: 'n1', persons: 12 }] },
            { ags: '09999001', km: 0, needs: [{ id: 'n2', persons: 60 }] },
          ],
          [offer('x', 0)],
          towns,
        ),
      ],
      [actor('loner', { isolated: true, degree: 0 })],
    );
    expect(recs.map((r) => r.rank)).toEqual(recs.map((_, i) => i + 1));
    const persons = recs.map((r) => r.persons);
    expect(persons).toEqual([...persons].sort((a, b) => b - a));
    expect(recs.at(-1)!.code).toBe('ISOLATED_ACTOR');
    expect(new Set(recs.map((r) => r.id)).size).toBe(recs.length);
  });
});
