// Random small countries for the property tests of issue 20 (a municipality's figures do not depend on the area
// they are asked through): two districts side by side with Samtgemeinden, offers and needs competing across the
// border, and DESIGN.md's two analyses written out by brute force, every pair measured, nothing indexed or boxed.
import fc from 'fast-check';
import { haversineKm } from '../../server/analysis/area/haversine.js';

export const category = 'INTEGRATION_COURSE';
const otherCategory = 'JOB_LANGUAGE_COURSE';
export const asOf = '2030-06-01';

export interface CountryMunicipality {
  ags: string;
  name: string;
  kind: 'CITY' | 'MUNICIPALITY' | 'COLLECTIVE';
  latitude: number | null;
  longitude: number | null;
  districtAgs: string;
  samtgemeindeAgs: string | null; // the Samtgemeinde it is a member of
}

export interface CountryActor {
  id: string;
  municipalityAgs: string | null;
}

export interface CountryOffer {
  id: string;
  title: string;
  category: string;
  status: string;
  format: string;
  capacity: number | null;
  booked: number | null;
  latitude: number | null; // its own location
  longitude: number | null;
  venueAgs: string | null;
  providerId: string | null;
  startDate: string;
  targetGroups: string[];
  childcare: boolean | null;
}

export interface CountryNeed {
  id: string;
  municipalityAgs: string;
  category: string;
  status: string;
  persons: number;
  reportedAt: string;
  targetGroup: string | null;
}

export interface Country {
  districts: { ags: string; name: string }[];
  municipalities: CountryMunicipality[];
  actors: CountryActor[];
  offers: CountryOffer[];
  needs: CountryNeed[];
  radiusKm: number;
}

const degreesPerKm = 180 / (Math.PI * 6371.0088);
const statuses = ['PLANNED', 'OPEN', 'FULL', 'RUNNING', 'COMPLETED', 'CANCELLED'];
const groups = ['ADULTS', 'WOMEN', 'PARENTS', 'YOUTH'];

/** A place within 120 km x 80 km, the first district to the west, the second to the east, overlapping a little. */
const placeIn = (district: 0 | 1) =>
  fc.record({
    x: fc.integer({ min: district === 0 ? 0 : 50_000, max: district === 0 ? 70_000 : 120_000 }), // metres east
    y: fc.integer({ min: 0, max: 80_000 }), // metres north
  });

const day = fc.integer({ min: -120, max: 120 }).map((offset) => {
  const date = new Date(Date.parse(`${asOf}T00:00:00Z`) + offset * 86_400_000);
  return date.toISOString().slice(0, 10);
});

/**
 * A country at the origin given (the Neo4j run puts each at its own test origin): keys from the district keys
 * given, locations in a 120 x 80 km rectangle north-east of the origin.
 */
export function countryArbitrary(
  districtKeys: [string, string],
  origin = { latitude: 52.3, longitude: 8.9 },
): fc.Arbitrary<Country> {
  const toLatLon = ({ x, y }: { x: number; y: number }) => ({
    latitude: origin.latitude + (y / 1000) * degreesPerKm,
    longitude: origin.longitude + ((x / 1000) * degreesPerKm) / Math.cos((origin.latitude * Math.PI) / 180),
  });
  const district = (d: 0 | 1) =>
    fc.record({
      plain: fc.array(fc.record({ at: fc.option(placeIn(d), { freq: 12 }), city: fc.boolean() }), {
        minLength: 1,
        maxLength: 5,
      }),
      samtgemeinden: fc.array(
        fc.record({
          at: fc.option(placeIn(d), { freq: 12 }),
          members: fc.array(fc.option(placeIn(d), { freq: 12 }), { minLength: 1, maxLength: 3 }),
        }),
        { maxLength: 2 },
      ),
    });
  return fc
    .record({
      districts: fc.tuple(district(0), district(1)),
      radiusKm: fc.integer({ min: 5, max: 50 }),
      offerSeeds: fc.array(
        fc.record({
          ownPlace: fc.option(placeIn(0), { freq: 2 }),
          east: fc.boolean(),
          venue: fc.option(fc.nat(), { freq: 4 }),
          provider: fc.nat(), // the API requires exactly one provider per offer
          category: fc.constantFrom(category, category, category, otherCategory),
          status: fc.constantFrom(...statuses),
          format: fc.constantFrom('IN_PERSON', 'IN_PERSON', 'IN_PERSON', 'HYBRID', 'ONLINE'),
          capacity: fc.option(fc.integer({ min: 0, max: 25 }), { freq: 5 }),
          booked: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 5 }),
          startDate: day,
          targetGroups: fc.subarray(groups, { maxLength: 2 }),
          childcare: fc.option(fc.boolean(), { freq: 4 }),
        }),
        { minLength: 1, maxLength: 14 },
      ),
      needSeeds: fc.array(
        fc.record({
          at: fc.nat(),
          category: fc.constantFrom(category, category, category, otherCategory),
          status: fc.constantFrom('OPEN', 'OPEN', 'OPEN', 'MET'),
          persons: fc.integer({ min: 1, max: 15 }),
          reportedAt: day,
          targetGroup: fc.option(fc.constantFrom(...groups), { freq: 4 }),
        }),
        { maxLength: 16 },
      ),
      actorSeeds: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    })
    .map(({ districts, radiusKm, offerSeeds, needSeeds, actorSeeds }): Country => {
      const municipalities: CountryMunicipality[] = [];
      districts.forEach((plan, d) => {
        const districtAgs = districtKeys[d]!;
        let n = 1;
        const next = () => `${districtAgs}${String(n++).padStart(3, '0')}`;
        const located = (at: { x: number; y: number } | null) =>
          at ? toLatLon(at) : { latitude: null, longitude: null };
        for (const { at, city } of plan.plain)
          municipalities.push({
            ags: next(),
            name: `Ort ${n}`,
            kind: city ? 'CITY' : 'MUNICIPALITY',
            ...located(at),
            districtAgs,
            samtgemeindeAgs: null,
          });
        plan.samtgemeinden.forEach((sg, s) => {
          const sgAgs = `${districtAgs}54${String(s + 1).padStart(2, '0')}`;
          municipalities.push({
            ags: sgAgs,
            name: `Samtgemeinde ${s + 1}`,
            kind: 'COLLECTIVE',
            ...located(sg.at),
            districtAgs,
            samtgemeindeAgs: null,
          });
          for (const member of sg.members)
            municipalities.push({
              ags: next(),
              name: `Mitglied ${n}`,
              kind: 'MUNICIPALITY',
              ...located(member),
              districtAgs,
              samtgemeindeAgs: sgAgs,
            });
        });
      });
      const pick = (k: number) => municipalities[k % municipalities.length]!;
      const actors = actorSeeds.map((k, i) => ({ id: `actor-${i}`, municipalityAgs: pick(k).ags }));
      const offers = offerSeeds.map((seed, i): CountryOffer => {
        const own = seed.ownPlace
          ? toLatLon({ x: seed.ownPlace.x + (seed.east ? 50_000 : 0), y: seed.ownPlace.y })
          : { latitude: null, longitude: null };
        return {
          id: `offer-${String(i).padStart(2, '0')}`,
          title: `Kurs ${i}`,
          category: seed.category,
          status: seed.status,
          format: seed.format,
          capacity: seed.capacity,
          booked: seed.booked,
          ...own,
          venueAgs: seed.venue === null ? null : pick(seed.venue).ags,
          providerId: actors[seed.provider % actors.length]!.id,
          startDate: seed.startDate,
          targetGroups: seed.targetGroups,
          childcare: seed.childcare,
        };
      });
      const needs = needSeeds.map((seed, i) => ({
        id: `need-${String(i).padStart(2, '0')}`,
        municipalityAgs: pick(seed.at).ags,
        category: seed.category,
        status: seed.status,
        persons: seed.persons,
        reportedAt: seed.reportedAt,
        targetGroup: seed.targetGroup,
      }));
      return {
        districts: districtKeys.map((ags, d) => ({ ags, name: `Kreis ${d + 1}` })),
        municipalities,
        actors,
        offers,
        needs,
        radiusKm,
      };
    });
}

/** An offer's place: its own location, or else its venue's; null without either. */
export function placeOf(country: Country, offer: CountryOffer): { latitude: number; longitude: number } | null {
  if (offer.latitude !== null && offer.longitude !== null)
    return { latitude: offer.latitude, longitude: offer.longitude };
  const venue = country.municipalities.find((m) => m.ags === offer.venueAgs);
  return venue && venue.latitude !== null && venue.longitude !== null
    ? { latitude: venue.latitude, longitude: venue.longitude }
    : null;
}

export interface BruteGap {
  demand: number;
  accessibility: number;
  unmet: number;
  offersInReach: number;
  freePlacesInReach: number;
  nearestOfferKm: number | null;
  nearestOfferId: string | null;
}

const weight = (d: number, d0: number) =>
  d > d0 ? 0 : (Math.exp(-(d * d) / (2 * d0 * d0)) - Math.exp(-0.5)) / (1 - Math.exp(-0.5));

/** The coverage-gap figures of every located municipality, exactly as DESIGN.md defines them. */
export function bruteForceGaps(country: Country): Map<string, BruteGap> {
  const d0 = country.radiusKm;
  const present = ['PLANNED', 'OPEN', 'FULL', 'RUNNING'];
  const offers = country.offers.flatMap((offer) => {
    const place = placeOf(country, offer);
    if (offer.category !== category || !present.includes(offer.status) || offer.format === 'ONLINE' || !place)
      return [];
    const supply =
      ['PLANNED', 'OPEN'].includes(offer.status) && offer.capacity !== null
        ? Math.max(0, offer.capacity - (offer.booked ?? 0))
        : null;
    return [{ id: offer.id, ...place, supply }];
  });
  const located = country.municipalities.filter((m) => m.latitude !== null && m.longitude !== null);
  const demandOf = (ags: string) =>
    country.needs
      .filter((n) => n.municipalityAgs === ags && n.category === category && n.status === 'OPEN')
      .reduce((sum, n) => sum + n.persons, 0);
  const distance = (m: CountryMunicipality, o: { latitude: number; longitude: number }) =>
    haversineKm(m.latitude!, m.longitude!, o.latitude, o.longitude);
  const ratio = offers.map((offer) => {
    const weighted = located.reduce((sum, m) => {
      const d = distance(m, offer);
      return d <= d0 ? sum + weight(d, d0) * demandOf(m.ags) : sum;
    }, 0);
    return offer.supply !== null && weighted > 0 ? offer.supply / weighted : null;
  });
  const result = new Map<string, BruteGap>();
  for (const m of located) {
    const demand = demandOf(m.ags);
    let accessibility = 0;
    let offersInReach = 0;
    let freePlacesInReach = 0;
    let nearest: { km: number; id: string } | null = null;
    offers.forEach((offer, j) => {
      const d = distance(m, offer);
      if (nearest === null || d < nearest.km || (d === nearest.km && offer.id < nearest.id))
        nearest = { km: d, id: offer.id };
      if (d > d0) return;
      offersInReach += 1;
      freePlacesInReach += offer.supply ?? 0;
      if (ratio[j] !== null) accessibility += weight(d, d0) * ratio[j]!;
    });
    const coverage = Math.min(1, accessibility);
    const found = nearest as { km: number; id: string } | null;
    result.set(m.ags, {
      demand,
      accessibility,
      unmet: Math.round(demand * (1 - coverage)),
      offersInReach,
      freePlacesInReach,
      nearestOfferKm: found?.km ?? null,
      nearestOfferId: found?.id ?? null,
    });
  }
  return result;
}

export interface BrutePlacement {
  courseId: string;
  persons: number;
  weeks: number;
}

/** Every matched need's placements in the country-wide matching of DESIGN.md, by need id. */
export function bruteForcePlacements(
  country: Country,
): Map<string, { placements: BrutePlacement[]; unplaced: number }> {
  const d0 = country.radiusKm;
  const courses = country.offers.flatMap((offer) => {
    const place = placeOf(country, offer);
    if (
      offer.category !== category ||
      !['PLANNED', 'OPEN'].includes(offer.status) ||
      offer.capacity === null ||
      offer.startDate < asOf ||
      offer.format === 'ONLINE' ||
      !place
    )
      return [];
    return [{ ...offer, ...place, left: Math.max(0, offer.capacity - (offer.booked ?? 0)) }];
  });
  const needs = country.needs
    .filter((n) => n.category === category && n.status === 'OPEN' && n.reportedAt <= asOf)
    .map((n) => ({ ...n, at: country.municipalities.find((m) => m.ags === n.municipalityAgs)! }))
    .filter((n) => n.at.latitude !== null && n.at.longitude !== null)
    .sort((a, b) =>
      a.reportedAt !== b.reportedAt ? (a.reportedAt < b.reportedAt ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
  const result = new Map<string, { placements: BrutePlacement[]; unplaced: number }>();
  for (const need of needs) {
    const suitable = courses
      .map((course) => ({
        course,
        d: haversineKm(need.at.latitude!, need.at.longitude!, course.latitude, course.longitude),
      }))
      .filter(({ course, d }) => {
        if (d > d0) return false;
        if (
          course.targetGroups.length > 0 &&
          (need.targetGroup === null || !course.targetGroups.includes(need.targetGroup))
        )
          return false;
        if ((need.targetGroup === 'PARENTS' || need.targetGroup === 'WOMEN') && course.childcare !== true) return false;
        return true;
      })
      .sort((a, b) =>
        a.course.startDate !== b.course.startDate
          ? a.course.startDate < b.course.startDate
            ? -1
            : 1
          : a.d !== b.d
            ? a.d - b.d
            : a.course.id < b.course.id
              ? -1
              : 1,
      );
    let remaining = need.persons;
    const placements: BrutePlacement[] = [];
    for (const { course } of suitable) {
      if (remaining === 0) break;
      if (course.left === 0) continue;
      const persons = Math.min(course.left, remaining);
      course.left -= persons;
      remaining -= persons;
      const days = Math.round(
        (Date.parse(`${course.startDate}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) / 86_400_000,
      );
      placements.push({ courseId: course.id, persons, weeks: Math.ceil(days / 7) });
    }
    result.set(need.id, { placements, unplaced: remaining });
  }
  return result;
}

/** The areas a municipality can be asked through: itself, its Samtgemeinde, its district, the whole country. */
export function areasOf(
  m: CountryMunicipality,
): ({ kind: 'MUNICIPALITY' | 'SAMTGEMEINDE' | 'DISTRICT'; ags: string } | { kind: 'GERMANY' })[] {
  const samtgemeinde = m.kind === 'COLLECTIVE' ? m.ags : m.samtgemeindeAgs;
  return [
    { kind: 'MUNICIPALITY', ags: m.ags },
    ...(samtgemeinde ? [{ kind: 'SAMTGEMEINDE' as const, ags: samtgemeinde }] : []),
    { kind: 'DISTRICT', ags: m.districtAgs },
    { kind: 'GERMANY' },
  ];
}
