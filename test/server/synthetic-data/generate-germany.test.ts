// The synthetic Germany without a database: deterministic, scaled, complete in its enums, inside Germany, with
// well-formed keys, no dangling references, and offers that reach across district borders.
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.js';
import { distanceKm } from '../../../server/data-generation/geo.js';
import {
  generateGermany,
  germanyBounds,
  type GenerateGermanyOptions,
  type SyntheticActor,
  type SyntheticCooperation,
  type SyntheticGermany,
  type SyntheticNeed,
  type SyntheticOffer,
} from '../../../server/synthetic-data/generate-germany.js';

const today = '2026-11-26';

function enumValues(name: string): string[] {
  const document = parse(fs.readFileSync(path.join(projectRoot, 'schema', 'enums.graphql'), 'utf8'));
  const definition = document.definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name,
  );
  if (!definition) throw new Error(`enum ${name} not found in schema/enums.graphql`);
  return (definition.values ?? []).map((value) => value.name.value);
}

function take<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= n) break;
    out.push(item);
  }
  return out;
}

interface Materialised {
  data: SyntheticGermany;
  actors: SyntheticActor[];
  offers: SyntheticOffer[];
  needs: SyntheticNeed[];
  cooperations: SyntheticCooperation[];
}

const cache = new Map<string, Materialised>();
function materialise(options: GenerateGermanyOptions): Materialised {
  const key = JSON.stringify(options);
  let found = cache.get(key);
  if (!found) {
    const data = generateGermany(options);
    found = {
      data,
      actors: [...data.actors()],
      offers: [...data.offers()],
      needs: [...data.needs()],
      cooperations: [...data.cooperations()],
    };
    cache.set(key, found);
  }
  return found;
}

const small: GenerateGermanyOptions = { seed: 1, scale: 0.01, today };

const inGermany = (p: { lat: number; lon: number }) =>
  p.lat >= germanyBounds.south &&
  p.lat <= germanyBounds.north &&
  p.lon >= germanyBounds.west &&
  p.lon <= germanyBounds.east;

describe('generateGermany', () => {
  it('gives equal data for equal options, and other data for another seed', () => {
    const a = generateGermany({ seed: 7, scale: 0.01, today });
    const b = generateGermany({ seed: 7, scale: 0.01, today });
    expect(b.counts).toEqual(a.counts);
    expect(b.districts).toEqual(a.districts);
    expect(b.municipalities).toEqual(a.municipalities);
    // Reading the streams in another order gives the same records: every stream has its own randomness.
    const offersFirst = take(b.offers(), 200);
    expect(take(b.cooperations(), 200)).toEqual(take(a.cooperations(), 200));
    expect(take(b.needs(), 200)).toEqual(take(a.needs(), 200));
    expect(offersFirst).toEqual(take(a.offers(), 200));
    expect(take(b.actors(), 200)).toEqual(take(a.actors(), 200));
    // A second pass over a stream starts it again.
    expect(take(a.offers(), 200)).toEqual(offersFirst);

    const c = generateGermany({ seed: 8, scale: 0.01, today });
    expect(c.municipalities.map((m) => [m.lat, m.lon])).not.toEqual(a.municipalities.map((m) => [m.lat, m.lon]));
    expect(take(c.offers(), 50)).not.toEqual(take(a.offers(), 50));
    expect(take(c.cooperations(), 50)).not.toEqual(take(a.cooperations(), 50));
  });

  it('scales every count with scale, and has Germany at scale 1', () => {
    for (const scale of [0.005, 0.01, 0.02]) {
      const { counts } = generateGermany({ seed: 1, scale, today });
      expect(counts).toMatchObject({
        districts: Math.round(400 * scale),
        municipalities: Math.round(10_800 * scale),
        actors: Math.round(100_000 * scale),
        offers: Math.round(300_000 * scale),
        needs: Math.round(100_000 * scale),
        cooperations: Math.round(300_000 * scale),
      });
    }
    const { counts, districts } = generateGermany({ seed: 1, today });
    expect(counts).toMatchObject({
      districts: 400,
      municipalities: 10_800,
      actors: 100_000,
      offers: 300_000,
      needs: 100_000,
      cooperations: 300_000,
    });
    expect(counts.collectives).toBeGreaterThan(50);
    expect(new Set(districts.map((d) => d.ags.slice(0, 2)))).toEqual(
      new Set(Array.from({ length: 16 }, (_, i) => String(i + 1).padStart(2, '0'))),
    );
    // The counts of the other options are honoured too.
    const custom = generateGermany({
      seed: 1,
      scale: 0.5,
      districts: 100,
      municipalities: 2000,
      actors: 1000,
      offers: 500,
      needs: 300,
      cooperations: 800,
      today,
    });
    expect(custom.counts).toMatchObject({
      districts: 50,
      municipalities: 1000,
      actors: 500,
      offers: 250,
      needs: 150,
      cooperations: 400,
    });
  });

  it('has every actor kind, offer category, offer status and cooperation kind at a small scale', () => {
    const { actors, offers, needs, cooperations } = materialise(small);
    expect(new Set(actors.map((a) => a.kind))).toEqual(new Set(enumValues('ActorKind')));
    expect(new Set(offers.map((o) => o.category))).toEqual(new Set(enumValues('OfferCategory')));
    expect(new Set(offers.map((o) => o.status))).toEqual(new Set(enumValues('OfferStatus')));
    expect(new Set(offers.map((o) => o.format))).toEqual(new Set(enumValues('OfferFormat')));
    expect(new Set(cooperations.map((c) => c.kind))).toEqual(new Set(enumValues('CooperationKind')));
    expect(new Set(needs.map((n) => n.status))).toEqual(new Set(enumValues('NeedStatus')));
    const categories = new Set(enumValues('OfferCategory'));
    const targets = new Set(enumValues('TargetGroup'));
    const levels = enumValues('CefrLevel');
    for (const offer of offers) {
      expect(categories.has(offer.category)).toBe(true);
      for (const group of offer.targetGroups) expect(targets.has(group)).toBe(true);
      if (offer.courseType) expect(enumValues('CourseType')).toContain(offer.courseType);
      if (offer.languageLevelFrom && offer.languageLevelTo)
        expect(levels.indexOf(offer.languageLevelFrom)).toBeLessThanOrEqual(levels.indexOf(offer.languageLevelTo));
    }
    for (const need of needs) {
      expect(enumValues('NeedSource')).toContain(need.source);
      expect(need.persons).toBeGreaterThanOrEqual(1);
      expect(need.persons).toBeLessThanOrEqual(60);
    }
  });

  it('makes offers as the analyses meet them: mostly open needs, online offers without place, unknown and overbooked capacities', () => {
    const { offers, needs, actors } = materialise(small);
    const online = offers.filter((o) => o.format === 'ONLINE');
    expect(online.length).toBeGreaterThan(0);
    expect(online.every((o) => o.lat === null && o.lon === null)).toBe(true);
    const inPerson = offers.filter((o) => o.format !== 'ONLINE');
    expect(inPerson.filter((o) => o.lat !== null).length / inPerson.length).toBeGreaterThan(0.8);
    expect(offers.some((o) => o.capacity === null)).toBe(true);
    expect(offers.some((o) => o.capacity !== null && o.booked !== null && o.booked > o.capacity)).toBe(true);
    expect(offers.some((o) => o.childcare)).toBe(true);
    expect(offers.some((o) => o.targetGroups.length > 0)).toBe(true);
    expect(offers.some((o) => o.updatedAt !== null && o.updatedAt < today)).toBe(true);
    for (const offer of offers) {
      if (offer.capacity !== null) expect(offer.capacity).toBeGreaterThanOrEqual(0);
      if (offer.booked !== null) expect(offer.booked).toBeGreaterThanOrEqual(0);
      if (offer.startDate && offer.endDate) expect(offer.startDate <= offer.endDate).toBe(true);
      if (offer.registrationDeadline && offer.endDate) expect(offer.registrationDeadline <= offer.endDate).toBe(true);
    }
    expect(offers.some((o) => o.startDate !== null && o.startDate > today)).toBe(true);
    expect(offers.some((o) => o.startDate !== null && o.startDate < today)).toBe(true);
    expect(needs.filter((n) => n.status === 'OPEN').length / needs.length).toBeGreaterThan(0.6);
    expect(needs.every((n) => n.reportedAt <= today)).toBe(true);
    // Everything says it is synthetic.
    expect(actors.every((a) => a.source === 'synthetic' && a.name.endsWith('(synthetisch)'))).toBe(true);
    expect(offers.every((o) => o.source === 'synthetic' && o.title.endsWith('(synthetisch)'))).toBe(true);
    expect(actors[122]!.name).toMatch(/^\S.* 000123 \(synthetisch\)$/);
    expect(actors[0]!.id).toBe('de-actor-000001');
  });

  it('keeps every coordinate inside Germany', () => {
    const { data, actors, offers } = materialise(small);
    const whole = generateGermany({ seed: 1, today });
    for (const m of [...data.municipalities, ...whole.municipalities])
      expect(inGermany(m), `${m.ags} at ${m.lat}, ${m.lon}`).toBe(true);
    for (const d of whole.districts) expect(inGermany(d), `${d.ags}`).toBe(true);
    for (const a of actors) expect(inGermany(a), a.id).toBe(true);
    for (const o of offers)
      if (o.lat !== null && o.lon !== null) expect(inGermany({ lat: o.lat, lon: o.lon }), o.id).toBe(true);
  });

  it('writes well-formed keys: 5-digit districts, 8-digit municipalities inside them, 9-digit Samtgemeinden with members', () => {
    for (const data of [generateGermany({ seed: 1, today }), materialise(small).data]) {
      const districts = new Set(data.districts.map((d) => d.ags));
      expect(districts.size).toBe(data.districts.length);
      for (const ags of districts) expect(ags).toMatch(/^(0[1-9]|1[0-6])\d{3}$/);
      const keys = new Set(data.municipalities.map((m) => m.ags));
      expect(keys.size).toBe(data.municipalities.length);
      const collectives = new Map(data.municipalities.filter((m) => m.kind === 'COLLECTIVE').map((m) => [m.ags, m]));
      for (const m of data.municipalities) {
        expect(districts.has(m.districtAgs)).toBe(true);
        expect(m.ags.startsWith(m.districtAgs)).toBe(true);
        expect(m.ags).toMatch(m.kind === 'COLLECTIVE' ? /^\d{9}$/ : /^\d{8}$/);
        if (m.memberOfAgs !== null) {
          const collective = collectives.get(m.memberOfAgs);
          expect(collective?.districtAgs).toBe(m.districtAgs);
          expect(m.kind).not.toBe('COLLECTIVE');
        }
      }
      for (const collective of collectives.values()) {
        const members = data.municipalities.filter((m) => m.memberOfAgs === collective.ags);
        expect(members.length).toBeGreaterThanOrEqual(2);
        expect(collective.population).toBe(members.reduce((sum, m) => sum + m.population, 0));
      }
      expect(data.counts.memberships).toBe(data.municipalities.filter((m) => m.memberOfAgs !== null).length);
      expect(data.counts.municipalities + data.counts.collectives).toBe(data.municipalities.length);
    }
    const whole = generateGermany({ seed: 1, today });
    expect(whole.counts.collectives).toBeGreaterThan(0);
    // Populations: most places 500 to 20,000, a few cities above 100,000; about 2 % newcomers.
    const places = whole.municipalities.filter((m) => m.kind !== 'COLLECTIVE');
    expect(places.filter((m) => m.population >= 500 && m.population <= 20_000).length / places.length).toBeGreaterThan(
      0.6,
    );
    expect(places.filter((m) => m.population >= 100_000).length).toBeGreaterThan(30);
    const people = places.reduce((sum, m) => sum + m.population, 0);
    const newcomers = places.reduce((sum, m) => sum + m.newcomers, 0);
    expect(newcomers / people).toBeGreaterThan(0.015);
    expect(newcomers / people).toBeLessThan(0.03);
  });

  it('puts every key behind an agsPrefix and every id behind an idPrefix', () => {
    const data = generateGermany({ seed: 3, scale: 0.02, today, agsPrefix: '947', idPrefix: 'tsyn' });
    expect(data.districts.every((d) => /^947\d{2}$/.test(d.ags))).toBe(true);
    expect(data.municipalities.every((m) => m.ags.startsWith('947'))).toBe(true);
    expect(take(data.actors(), 5).every((a) => a.id.startsWith('tsyn-actor-'))).toBe(true);
    expect(
      take(data.offers(), 5).every((o) => o.id.startsWith('tsyn-offer-') && o.providerId.startsWith('tsyn-actor-')),
    ).toBe(true);
    expect(() => generateGermany({ agsPrefix: '9a' })).toThrow(RangeError);
    expect(() => generateGermany({ today: '2026-02-30' })).toThrow(/2026-02-30/);
    expect(() => generateGermany({ scale: 0 })).toThrow(RangeError);
  });

  it('leaves no dangling reference, no self-link and no duplicate pair', () => {
    const { data, actors, offers, needs, cooperations } = materialise(small);
    const municipalities = new Map(data.municipalities.map((m) => [m.ags, m]));
    const actorIds = new Set(actors.map((a) => a.id));
    expect(actorIds.size).toBe(actors.length);
    expect(new Set(offers.map((o) => o.id)).size).toBe(offers.length);
    expect(new Set(needs.map((n) => n.id)).size).toBe(needs.length);
    for (const actor of actors) expect(municipalities.get(actor.municipalityAgs)?.kind).not.toBe('COLLECTIVE');
    for (const actor of actors) expect(municipalities.has(actor.municipalityAgs)).toBe(true);
    for (const offer of offers) {
      // Exactly one provider and one venue: both are single fields that name an existing record.
      expect(actorIds.has(offer.providerId), offer.id).toBe(true);
      expect(municipalities.has(offer.venueAgs), offer.id).toBe(true);
    }
    for (const need of needs) expect(municipalities.has(need.municipalityAgs), need.id).toBe(true);
    const pairs = new Set<string>();
    for (const link of cooperations) {
      expect(link.fromId).not.toBe(link.toId);
      expect(actorIds.has(link.fromId) && actorIds.has(link.toId)).toBe(true);
      const pair = [link.fromId, link.toId].sort().join('|');
      expect(pairs.has(pair), pair).toBe(false);
      pairs.add(pair);
      expect(link.strength).toBeGreaterThanOrEqual(1);
      expect(link.strength).toBeLessThanOrEqual(3);
    }
    // Mostly between actors near each other; some actors have no link at all.
    const position = new Map(actors.map((a) => [a.id, a]));
    const near = cooperations.filter((c) => distanceKm(position.get(c.fromId)!, position.get(c.toId)!) <= 30).length;
    expect(near / cooperations.length).toBeGreaterThan(0.6);
    const linked = new Set(cooperations.flatMap((c) => [c.fromId, c.toId]));
    expect(actors.some((a) => !linked.has(a.id))).toBe(true);
  });

  it('lets offers reach municipalities of a neighbouring district within 25 km', () => {
    const { data, offers } = materialise(small);
    expect(data.districts.length).toBeGreaterThan(1);
    const municipalities = new Map(data.municipalities.map((m) => [m.ags, m]));
    const places = data.municipalities.filter((m) => m.kind !== 'COLLECTIVE');
    let crossing = 0;
    for (const offer of offers) {
      if (offer.format === 'ONLINE') continue;
      const venue = municipalities.get(offer.venueAgs)!;
      const at = offer.lat !== null && offer.lon !== null ? { lat: offer.lat, lon: offer.lon } : venue;
      if (places.some((m) => m.districtAgs !== venue.districtAgs && distanceKm(m, at) <= 25)) crossing++;
    }
    expect(crossing).toBeGreaterThan(0);
  });

  it('generates all of Germany quickly', () => {
    const started = performance.now();
    const data = generateGermany({ seed: 1, today, scale: 0.2 });
    let n = 0;
    for (const _ of data.offers()) n++;
    for (const _ of data.cooperations()) n++;
    expect(n).toBe(data.counts.offers + data.counts.cooperations);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
