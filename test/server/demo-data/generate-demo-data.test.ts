// Unit tests of the demo data generator: no database.
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.js';
import { generateDemoData, type DemoData } from '../../../server/demo-data/generate-demo-data.js';

const today = '2025-06-15';
const data = generateDemoData({ seed: 42, today });

function enumValues(name: string): string[] {
  const document = parse(fs.readFileSync(path.join(projectRoot, 'schema', 'enums.graphql'), 'utf8'));
  const definition = document.definitions.find(
    (node): node is EnumTypeDefinitionNode => node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === name,
  );
  if (!definition) throw new Error(`enum ${name} not found in schema/enums.graphql`);
  return (definition.values ?? []).map((value) => value.name.value);
}

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

function isolatedProviders(d: DemoData): string[] {
  const linked = new Set(d.cooperations.flatMap((c) => [c.fromId, c.toId]));
  const providers = new Set(d.offers.map((o) => o.providerId));
  return d.actors.filter((a) => providers.has(a.id) && !linked.has(a.id)).map((a) => a.name);
}

describe('generateDemoData', () => {
  it('is deterministic for equal seed and date, and differs for another seed', () => {
    expect(generateDemoData({ seed: 42, today })).toEqual(data);
    expect(generateDemoData({ seed: 43, today })).not.toEqual(data);
    expect(generateDemoData({ seed: 42, today: '2025-06-16' })).not.toEqual(data);
  });

  it('rejects a malformed date', () => {
    expect(() => generateDemoData({ today: '2025-02-30' })).toThrow('2025-02-30');
  });

  it('has the minimum counts', () => {
    expect(data.municipalities).toHaveLength(42);
    expect(data.actors.length).toBeGreaterThanOrEqual(80);
    expect(data.offers.length).toBeGreaterThanOrEqual(150);
    expect(data.needs.length).toBeGreaterThanOrEqual(60);
    expect(data.cooperations.length).toBeGreaterThanOrEqual(150);
    expect(data.networks.length).toBeGreaterThanOrEqual(4);
  });

  it('covers every ActorKind and every OfferCategory of the schema, and uses only schema enum values', () => {
    expect(new Set(data.actors.map((a) => a.kind))).toEqual(new Set(enumValues('ActorKind')));
    expect(new Set(data.offers.map((o) => o.category))).toEqual(new Set(enumValues('OfferCategory')));
    const uses: [string, (string | null)[]][] = [
      ['MunicipalityKind', data.municipalities.map((m) => m.kind)],
      ['CourseType', data.offers.map((o) => o.courseType)],
      [
        'CefrLevel',
        data.offers
          .flatMap((o) => [o.languageLevelFrom, o.languageLevelTo])
          .concat(data.needs.map((n) => n.languageLevel)),
      ],
      ['TargetGroup', [...data.offers.flatMap((o) => o.targetGroups), ...data.needs.map((n) => n.targetGroup)]],
      ['OfferFormat', data.offers.map((o) => o.format)],
      ['OfferStatus', data.offers.map((o) => o.status)],
      ['OfferCategory', data.needs.map((n) => n.category)],
      ['NeedSource', data.needs.map((n) => n.source)],
      ['NeedStatus', data.needs.map((n) => n.status)],
      ['CooperationKind', data.cooperations.map((c) => c.kind)],
      ['NetworkKind', data.networks.map((n) => n.kind)],
      ['Cadence', data.networks.map((n) => n.cadence)],
      ['DecisionStatus', data.decisions.map((d) => d.status)],
    ];
    for (const [name, values] of uses) {
      const allowed = new Set(enumValues(name));
      expect(
        values.filter((v) => v !== null && !allowed.has(v)),
        name,
      ).toEqual([]);
    }
  });

  it('has realistic integration and job language courses', () => {
    const courses = data.offers.filter((o) => o.category === 'INTEGRATION_COURSE');
    const types = new Set(courses.map((o) => o.courseType));
    for (const type of ['GENERAL', 'PARENTS', 'WOMEN', 'LITERACY', 'YOUTH', 'INTENSIVE']) expect(types).toContain(type);
    const hours = { GENERAL: 700, INTENSIVE: 430, LITERACY: 1000, PARENTS: 1000, WOMEN: 1000, YOUTH: 1000 } as Record<
      string,
      number
    >;
    for (const course of courses) {
      if (hours[course.courseType!] !== undefined)
        expect(course.hoursTotal, course.title).toBe(hours[course.courseType!]);
      expect(course.capacity).toBeLessThanOrEqual(25);
      expect(course.booked).toBeLessThanOrEqual(course.capacity!);
    }
    const jobCourses = data.offers.filter((o) => o.category === 'JOB_LANGUAGE_COURSE');
    expect(new Set(jobCourses.map((o) => o.courseType))).toEqual(
      new Set(['JOB_BASIC_B2', 'JOB_BASIC_C1', 'JOB_SPECIAL_A2', 'JOB_SPECIAL_B1', 'JOB_SPECIAL_PROFESSION']),
    );
    for (const course of jobCourses) expect(course.hoursTotal).toBeGreaterThanOrEqual(400);
    expect(courses.some((o) => (o.courseType === 'PARENTS' || o.courseType === 'WOMEN') && o.childcare)).toBe(true);
    expect(data.offers.some((o) => o.format === 'ONLINE')).toBe(true);
    expect(data.offers.some((o) => o.format === 'HYBRID')).toBe(true);
    expect(data.offers.some((o) => o.capacity === null)).toBe(true);
  });

  it('dates offers relative to today: past, running, upcoming and cancelled', () => {
    const statuses = new Set(data.offers.map((o) => o.status));
    for (const status of ['COMPLETED', 'RUNNING', 'OPEN', 'PLANNED', 'FULL', 'CANCELLED'])
      expect(statuses).toContain(status);
    for (const offer of data.offers.filter((o) => o.endDate !== null)) {
      if (offer.status === 'COMPLETED') expect(offer.endDate! < today, offer.title).toBe(true);
      if (offer.status === 'RUNNING')
        expect(offer.startDate! <= today && offer.endDate! > today, offer.title).toBe(true);
      if (offer.status === 'OPEN' || offer.status === 'PLANNED')
        expect(offer.startDate! > today, offer.title).toBe(true);
    }
    const stale = data.offers.filter(
      (o) => o.updatedAt !== null && Date.parse(today) - Date.parse(o.updatedAt) > 90 * 86_400_000,
    );
    expect(stale.length).toBeGreaterThan(0);
    for (const need of data.needs) {
      expect(need.reportedAt <= today && Date.parse(today) - Date.parse(need.reportedAt) <= 366 * 86_400_000).toBe(
        true,
      );
      expect(need.persons).toBeGreaterThanOrEqual(3);
      expect(need.persons).toBeLessThanOrEqual(40);
    }
  });

  it('has no dangling references', () => {
    const ags = new Set(data.municipalities.map((m) => m.ags));
    const actors = new Set(data.actors.map((a) => a.id));
    const networks = new Set(data.networks.map((n) => n.id));
    const meetings = new Set(data.meetings.map((m) => m.id));
    const missing = (ids: (string | null)[], known: Set<string>) => ids.filter((id) => id !== null && !known.has(id));
    expect(
      missing(
        data.municipalities.map((m) => m.memberOfAgs),
        ags,
      ),
    ).toEqual([]);
    expect(data.municipalities.every((m) => m.districtAgs === data.district.ags)).toBe(true);
    expect(
      missing(
        data.actors.flatMap((a) => [a.municipalityAgs, ...a.servesAgs]),
        ags,
      ),
    ).toEqual([]);
    expect(
      missing(
        data.offers.map((o) => o.venueAgs),
        ags,
      ),
    ).toEqual([]);
    expect(
      missing(
        data.offers.flatMap((o) => [o.providerId, ...o.funderIds]),
        actors,
      ),
    ).toEqual([]);
    expect(
      missing(
        data.needs.map((n) => n.municipalityAgs),
        ags,
      ),
    ).toEqual([]);
    expect(
      missing(
        data.needs.map((n) => n.reportedById),
        actors,
      ),
    ).toEqual([]);
    expect(
      missing(
        data.cooperations.flatMap((c) => [c.fromId, c.toId]),
        actors,
      ),
    ).toEqual([]);
    expect(
      missing(
        data.networks.flatMap((n) => [n.coordinatorId, ...n.memberIds]),
        actors,
      ),
    ).toEqual([]);
    expect(
      missing(
        data.meetings.map((m) => m.networkId),
        networks,
      ),
    ).toEqual([]);
    expect(
      missing(
        data.meetings.flatMap((m) => m.attendeeIds),
        actors,
      ),
    ).toEqual([]);
    expect(
      missing(
        data.decisions.map((d) => d.meetingId),
        meetings,
      ),
    ).toEqual([]);
    expect(
      missing(
        data.decisions.map((d) => d.responsibleId),
        actors,
      ),
    ).toEqual([]);
    for (const list of [data.actors, data.offers, data.needs, data.networks, data.meetings, data.decisions]) {
      const ids = list.map((record) => record.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const externalIds = [...data.actors, ...data.offers].map((r) => r.externalId);
    expect(new Set(externalIds).size).toBe(externalIds.length);
  });

  it('has no self links and no duplicate pairs among cooperation links', () => {
    expect(data.cooperations.filter((c) => c.fromId === c.toId)).toEqual([]);
    const pairs = data.cooperations.map((c) => [c.fromId, c.toId].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(new Set(data.cooperations.map((c) => c.kind)).size).toBeGreaterThanOrEqual(5);
    for (const c of data.cooperations) {
      expect(c.strength).toBeGreaterThanOrEqual(1);
      expect(c.strength).toBeLessThanOrEqual(3);
    }
  });

  it('runs the monthly round of course providers with a year of meetings and decisions', () => {
    const round = data.networks.find((n) => n.kind === 'EXCHANGE_ROUND' && n.cadence === 'MONTHLY');
    expect(round).toBeDefined();
    const coordinator = data.actors.find((a) => a.id === round!.coordinatorId)!;
    expect(coordinator.kind).toBe('COUNTY_OFFICE');
    const kinds = new Set(round!.memberIds.map((id) => data.actors.find((a) => a.id === id)!.kind));
    expect([...kinds].every((kind) => kind === 'COURSE_PROVIDER' || kind === 'ADULT_EDUCATION_CENTRE')).toBe(true);
    const past = data.meetings.filter((m) => m.networkId === round!.id && m.date < today);
    expect(past.length).toBeGreaterThanOrEqual(11);
    const decisions = data.decisions.filter((d) => past.some((m) => m.id === d.meetingId));
    expect(new Set(decisions.map((d) => d.status)).size).toBeGreaterThanOrEqual(3);
    for (const kind of ['COMMITTEE', 'WORKING_GROUP', 'REGIONAL_NETWORK'])
      expect(data.networks.map((n) => n.kind)).toContain(kind);
  });

  it('leaves a south-west municipality of Samtgemeinde Uchte with open demand and no offer of its category within 25 km', () => {
    const uchte = data.municipalities.find((m) => m.name === 'Samtgemeinde Uchte')!;
    const southWest = data.municipalities.filter((m) => m.memberOfAgs === uchte.ags);
    const gaps = data.needs
      .filter((n) => n.status === 'OPEN' && southWest.some((m) => m.ags === n.municipalityAgs))
      .filter((need) => {
        const at = southWest.find((m) => m.ags === need.municipalityAgs)!;
        return data.offers
          .filter((o) => o.category === need.category && o.lat !== null && o.lon !== null)
          .every((o) => haversineKm(at, { lat: o.lat!, lon: o.lon! }) > 25);
      });
    expect(gaps.length).toBeGreaterThan(0);
  });

  it('has isolated providers, one provider dominating a Samtgemeinde, and Nienburg as the hub', () => {
    expect(isolatedProviders(data).length).toBeGreaterThan(0);
    const hoya = data.municipalities.find((m) => m.name === 'Samtgemeinde Grafschaft Hoya')!;
    const inHoya = data.offers.filter(
      (o) => data.municipalities.find((m) => m.ags === o.venueAgs)!.memberOfAgs === hoya.ags && o.format !== 'ONLINE',
    );
    const byProvider = new Map<string, number>();
    for (const offer of inHoya) byProvider.set(offer.providerId, (byProvider.get(offer.providerId) ?? 0) + 1);
    expect(Math.max(...byProvider.values()) / inHoya.length).toBeGreaterThanOrEqual(0.8);
    const nienburg = data.municipalities.find((m) => m.name === 'Nienburg/Weser')!;
    const located = new Map<string, number>();
    for (const actor of data.actors) located.set(actor.municipalityAgs, (located.get(actor.municipalityAgs) ?? 0) + 1);
    expect(Math.max(...located.values())).toBe(located.get(nienburg.ags));
  });

  it('keeps actors and offers within 1.5 km of their municipality', () => {
    const byAgs = new Map(data.municipalities.map((m) => [m.ags, m]));
    for (const actor of data.actors) expect(haversineKm(actor, byAgs.get(actor.municipalityAgs)!)).toBeLessThan(1.5);
    for (const offer of data.offers.filter((o) => o.lat !== null)) {
      expect(haversineKm({ lat: offer.lat!, lon: offer.lon! }, byAgs.get(offer.venueAgs)!)).toBeLessThan(1.5);
    }
  });

  it('is recognisably fictional: example domains, fictional phone numbers, a marker on every actor', () => {
    for (const actor of data.actors) {
      expect(actor.email).toMatch(/^[a-z0-9.-]+@example\.(org|com)$/);
      expect(actor.website).toMatch(/^https:\/\/example\.(org|com)\//);
      expect(actor.phone).toMatch(/^\+49 5021 555-0\d\d$/);
      expect(`${actor.name} ${actor.description}`).toMatch(/fiktiv|demo/i);
      expect(actor.source).toBe('demo');
    }
    expect(data.offers.every((o) => o.source === 'demo')).toBe(true);
  });

  it('estimates missing populations from the Samtgemeinde total and marks them', () => {
    const eystrup = data.municipalities.find((m) => m.name === 'Eystrup')!;
    expect(eystrup.populationEstimated).toBe(true);
    const hoya = data.municipalities.find((m) => m.name === 'Samtgemeinde Grafschaft Hoya')!;
    const members = data.municipalities.filter((m) => m.memberOfAgs === hoya.ags);
    expect(members.reduce((sum, m) => sum + m.population, 0)).toBe(hoya.population);
    expect(data.municipalities.find((m) => m.name === 'Nienburg/Weser')!.populationEstimated).toBe(false);
    for (const m of data.municipalities.filter((m) => m.kind !== 'COLLECTIVE')) {
      expect(m.newcomers / m.population).toBeGreaterThanOrEqual(0.014);
      expect(m.newcomers / m.population).toBeLessThanOrEqual(0.031);
    }
  });
});
