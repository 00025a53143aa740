// A synthetic, deterministic education network at the size of Germany, for load tests and the coverage-gap
// benchmark: 16 states with their real AGS codes and rough outlines, ~400 districts, ~10,800 municipalities and
// as many actors, offers, needs and cooperation links as asked for. Nothing in it is real; every name says
// "(synthetisch)" and every actor and offer has source "synthetic".
//
// Equal options give equal data. The geography and the actors' positions are built at once (small); actors,
// offers, needs and cooperation links are streamed by generators, each from a random stream of its own, so that
// a loader can write them in batches without holding 300,000 offers at once, and so that reading one stream never
// changes another.
//
// Below scale 1 the data set is a contiguous region of Germany (the districts nearest to a seeded district), not a
// thinned-out country: its districts are neighbours, so that offers reach across district borders at any scale.
import { todayInGermany } from '../../shared/calendar.js';
import type {
  ActorKind,
  CefrLevel,
  CooperationKind,
  CourseType,
  MunicipalityKind,
  NeedSource,
  NeedStatus,
  OfferCategory,
  OfferFormat,
  OfferStatus,
  TargetGroup,
} from '../generated/graphql.js';

export interface GenerateGermanyOptions {
  seed?: number; // PRNG seed (an integer); default 1
  scale?: number; // multiplies every count below; default 1.0 (all of Germany), e.g. 0.002 for a small region in tests
  districts?: number; // districts (Landkreise and kreisfreie Städte) at scale 1; default 400
  municipalities?: number; // municipalities (8-digit AGS) at scale 1; default 10,800; Samtgemeinden come on top
  actors?: number; // education actors at scale 1; default 100,000
  offers?: number; // offers at scale 1; default 300,000
  needs?: number; // reported needs at scale 1; default 100,000
  cooperations?: number; // cooperation links between actors at scale 1; default 300,000
  today?: string; // YYYY-MM-DD every date is relative to; default today (UTC)
  idPrefix?: string; // starts every actor, offer and need id ("de" gives de-actor-000001); default "de"
  agsPrefix?: string; // 2 to 4 digits that replace the state code in every key, to keep test data apart from real keys; default "" (real state codes)
}

export type ResolvedGermanyOptions = Required<GenerateGermanyOptions>;

export interface SyntheticDistrict {
  ags: string; // 5 digits
  name: string;
  state: string; // Bundesland
  urban: boolean; // a kreisfreie Stadt: one municipality
  lat: number; // centre; not stored (District has no location)
  lon: number;
  radiusKm: number; // its municipalities lie within this distance of the centre
}

export interface SyntheticMunicipality {
  ags: string; // 8 digits (district AGS + 3); a Samtgemeinde has 9 (district AGS + 4)
  name: string;
  kind: MunicipalityKind;
  population: number;
  populationEstimated: boolean;
  newcomers: number; // about 2 % of the population; a Samtgemeinde has the sum of its members
  lat: number;
  lon: number;
  postcode: string;
  districtAgs: string; // IN_DISTRICT
  memberOfAgs: string | null; // MEMBER_OF, the Samtgemeinde it belongs to
}

export interface SyntheticActor {
  id: string;
  name: string;
  kind: ActorKind;
  description: string;
  address: string;
  postcode: string;
  city: string;
  lat: number;
  lon: number;
  phone: string;
  email: string;
  website: string;
  languages: string[];
  municipalityAgs: string; // LOCATED_IN
  source: 'synthetic';
  externalId: string;
}

export interface SyntheticOffer {
  id: string;
  title: string;
  description: string;
  category: OfferCategory;
  courseType: CourseType | null;
  languageLevelFrom: CefrLevel | null;
  languageLevelTo: CefrLevel | null;
  targetGroups: TargetGroup[]; // empty: open to everyone
  capacity: number | null; // null: unknown
  booked: number | null; // sometimes above capacity, as in real registrations
  waitlist: number | null;
  minGroupSize: number | null;
  startDate: string | null;
  endDate: string | null;
  registrationDeadline: string | null;
  schedule: string | null;
  hoursTotal: number | null;
  format: OfferFormat;
  childcare: boolean;
  costFree: boolean;
  cost: number | null;
  languages: string[];
  accessible: boolean;
  status: OfferStatus;
  lat: number | null; // null for ONLINE offers and for some that sit at their venue municipality
  lon: number | null;
  venueAgs: string; // TAKES_PLACE_IN; an online offer names its provider's municipality
  providerId: string; // PROVIDES
  source: 'synthetic';
  externalId: string;
  updatedAt: string | null; // ISO date-time in the past for stale offers; null: the time of loading
}

export interface SyntheticNeed {
  id: string;
  municipalityAgs: string; // NEEDED_IN
  category: OfferCategory;
  targetGroup: TargetGroup | null;
  languageLevel: CefrLevel | null;
  persons: number; // 1 to 60
  reportedAt: string;
  source: NeedSource;
  status: NeedStatus;
  note: string;
}

export interface SyntheticCooperation {
  fromId: string;
  toId: string;
  kind: CooperationKind;
  since: string;
  until: string | null;
  strength: number; // 1 (loose) to 3 (close)
  note: string;
}

export interface SyntheticCounts {
  districts: number;
  municipalities: number; // with 8-digit AGS
  collectives: number; // Samtgemeinden (9-digit keys)
  memberships: number; // MEMBER_OF links
  actors: number;
  offers: number;
  needs: number;
  cooperations: number;
}

export interface SyntheticGermany {
  options: ResolvedGermanyOptions;
  counts: SyntheticCounts;
  districts: readonly SyntheticDistrict[]; // ordered by AGS
  municipalities: readonly SyntheticMunicipality[]; // ordered by AGS, Samtgemeinden among them
  actors(): Generator<SyntheticActor>; // each call starts the same sequence again
  offers(): Generator<SyntheticOffer>;
  needs(): Generator<SyntheticNeed>;
  cooperations(): Generator<SyntheticCooperation>;
}

export const germanyBounds = { south: 47.3, north: 55.0, west: 5.9, east: 15.0 };

// ---------------------------------------------------------------------------------------------------------------
// Randomness, dates, distances

interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  normal(): number;
}

// mulberry32: tiny and fast; one generator per stream.
function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/** A seed per stream, so that the streams do not depend on each other or on the order they are read in. */
function streamSeed(seed: number, stream: string): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** Picks indices with probability proportional to their weights (binary search over the running sum). */
class WeightedPicker {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += weights[i]!;
      this.cumulative[i] = sum;
    }
    this.total = sum;
  }

  pick(random: Random): number {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}

function weighted<T extends string>(table: Partial<Record<T, number>>): { values: T[]; picker: WeightedPicker } {
  const values = Object.keys(table) as T[];
  return { values, picker: new WeightedPicker(values.map((value) => table[value]!)) };
}

const pickFrom = <T extends string>(random: Random, table: { values: T[]; picker: WeightedPicker }): T =>
  table.values[table.picker.pick(random)]!;

const dayMs = 86_400_000;

function parseDay(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`today must be a date YYYY-MM-DD, got "${day}"`);
  }
  return time;
}

const earthRadiusKm = 6371.0088;
const kmPerDegree = (earthRadiusKm * Math.PI) / 180;

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A point uniformly within radiusKm of a centre, kept inside Germany's bounding box. */
function scatter(random: Random, lat: number, lon: number, radiusKm: number): { lat: number; lon: number } {
  const r = radiusKm * Math.sqrt(random.next());
  const angle = 2 * Math.PI * random.next();
  return {
    lat: round5(
      clamp(lat + (r * Math.cos(angle)) / kmPerDegree, germanyBounds.south + 0.01, germanyBounds.north - 0.01),
    ),
    lon: round5(
      clamp(
        lon + (r * Math.sin(angle)) / (kmPerDegree * Math.cos((lat * Math.PI) / 180)),
        germanyBounds.west + 0.01,
        germanyBounds.east - 0.01,
      ),
    ),
  };
}

/** Splits total into whole parts proportional to the weights (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; rest > 0; i = (i + 1) % order.length, rest--) parts[order[i]!.index]! += 1;
  return parts;
}

// ---------------------------------------------------------------------------------------------------------------
// Germany: the 16 states with their AGS codes, rough bounding boxes (inside lat 47.3-55.0, lon 5.9-15.0), districts,
// kreisfreie Städte, municipalities and population (thousands), as of about 2023.

interface StateFacts {
  code: string;
  name: string;
  south: number;
  north: number;
  west: number;
  east: number;
  districts: number;
  cities: number; // kreisfreie Städte among the districts
  municipalities: number;
  population: number; // thousands
  collective: string | null; // what its unions of municipalities are called, where the generator makes some
  plz: string; // leading digits of its postcodes
  area: string; // a telephone area code
}

const states: StateFacts[] = [
  {
    code: '01',
    name: 'Schleswig-Holstein',
    south: 53.4,
    north: 54.9,
    west: 8.4,
    east: 11.2,
    districts: 15,
    cities: 4,
    municipalities: 1104,
    population: 2950,
    collective: 'Amt',
    plz: '24',
    area: '431',
  },
  {
    code: '02',
    name: 'Hamburg',
    south: 53.45,
    north: 53.7,
    west: 9.75,
    east: 10.3,
    districts: 1,
    cities: 1,
    municipalities: 1,
    population: 1892,
    collective: null,
    plz: '22',
    area: '40',
  },
  {
    code: '03',
    name: 'Niedersachsen',
    south: 51.35,
    north: 53.85,
    west: 6.7,
    east: 11.55,
    districts: 45,
    cities: 8,
    municipalities: 941,
    population: 8140,
    collective: 'Samtgemeinde',
    plz: '3',
    area: '511',
  },
  {
    code: '04',
    name: 'Bremen',
    south: 53.0,
    north: 53.6,
    west: 8.5,
    east: 8.95,
    districts: 2,
    cities: 2,
    municipalities: 2,
    population: 685,
    collective: null,
    plz: '28',
    area: '421',
  },
  {
    code: '05',
    name: 'Nordrhein-Westfalen',
    south: 50.35,
    north: 52.5,
    west: 5.95,
    east: 9.4,
    districts: 53,
    cities: 22,
    municipalities: 396,
    population: 18140,
    collective: null,
    plz: '4',
    area: '211',
  },
  {
    code: '06',
    name: 'Hessen',
    south: 49.45,
    north: 51.6,
    west: 7.8,
    east: 10.2,
    districts: 26,
    cities: 5,
    municipalities: 421,
    population: 6390,
    collective: null,
    plz: '6',
    area: '611',
  },
  {
    code: '07',
    name: 'Rheinland-Pfalz',
    south: 49.0,
    north: 50.9,
    west: 6.15,
    east: 8.45,
    districts: 36,
    cities: 12,
    municipalities: 2301,
    population: 4160,
    collective: 'Verbandsgemeinde',
    plz: '5',
    area: '6131',
  },
  {
    code: '08',
    name: 'Baden-Württemberg',
    south: 47.55,
    north: 49.75,
    west: 7.55,
    east: 10.45,
    districts: 44,
    cities: 9,
    municipalities: 1101,
    population: 11280,
    collective: null,
    plz: '7',
    area: '711',
  },
  {
    code: '09',
    name: 'Bayern',
    south: 47.35,
    north: 50.5,
    west: 9.0,
    east: 13.8,
    districts: 96,
    cities: 25,
    municipalities: 2056,
    population: 13370,
    collective: null,
    plz: '8',
    area: '89',
  },
  {
    code: '10',
    name: 'Saarland',
    south: 49.12,
    north: 49.62,
    west: 6.4,
    east: 7.38,
    districts: 6,
    cities: 0,
    municipalities: 52,
    population: 993,
    collective: null,
    plz: '66',
    area: '681',
  },
  {
    code: '11',
    name: 'Berlin',
    south: 52.34,
    north: 52.68,
    west: 13.09,
    east: 13.76,
    districts: 1,
    cities: 1,
    municipalities: 1,
    population: 3755,
    collective: null,
    plz: '1',
    area: '30',
  },
  {
    code: '12',
    name: 'Brandenburg',
    south: 51.37,
    north: 53.55,
    west: 11.3,
    east: 14.75,
    districts: 18,
    cities: 4,
    municipalities: 413,
    population: 2570,
    collective: 'Amt',
    plz: '1',
    area: '331',
  },
  {
    code: '13',
    name: 'Mecklenburg-Vorpommern',
    south: 53.12,
    north: 54.65,
    west: 10.6,
    east: 14.4,
    districts: 8,
    cities: 2,
    municipalities: 726,
    population: 1630,
    collective: 'Amt',
    plz: '1',
    area: '381',
  },
  {
    code: '14',
    name: 'Sachsen',
    south: 50.2,
    north: 51.67,
    west: 11.9,
    east: 14.98,
    districts: 13,
    cities: 3,
    municipalities: 418,
    population: 4090,
    collective: 'Verwaltungsverband',
    plz: '0',
    area: '351',
  },
  {
    code: '15',
    name: 'Sachsen-Anhalt',
    south: 50.95,
    north: 53.03,
    west: 10.57,
    east: 13.18,
    districts: 14,
    cities: 3,
    municipalities: 218,
    population: 2190,
    collective: 'Verbandsgemeinde',
    plz: '3',
    area: '391',
  },
  {
    code: '16',
    name: 'Thüringen',
    south: 50.21,
    north: 51.64,
    west: 9.9,
    east: 12.64,
    districts: 22,
    cities: 5,
    municipalities: 605,
    population: 2130,
    collective: 'Verwaltungsgemeinschaft',
    plz: '9',
    area: '361',
  },
];

// The city-states' municipalities have their real sizes; everything else is drawn.
const cityStatePopulation: Record<string, number[]> = {
  '02': [1_892_000],
  '04': [567_000, 118_000],
  '11': [3_755_000],
};
const cityStateRadiusKm: Record<string, number> = { '02': 15, '04': 9, '11': 18 };

const namePrefixes = ['', '', '', '', '', '', 'Alt', 'Neu', 'Groß', 'Klein', 'Ober', 'Nieder', 'Hohen', 'Bad'];
const nameStems = [
  'Linden',
  'Eichen',
  'Buchen',
  'Birken',
  'Erlen',
  'Hasel',
  'Ahorn',
  'Tannen',
  'Wald',
  'Berg',
  'Tal',
  'Bach',
  'Wiesen',
  'Rosen',
  'Stein',
  'Mühl',
  'Brunn',
  'Sonnen',
  'Falken',
  'Kirch',
  'Hagen',
  'Marien',
  'Fried',
  'Otter',
  'Wolfs',
  'Adler',
  'Kranich',
  'Schwanen',
  'Heide',
  'Moor',
  'See',
  'Fichten',
  'Espen',
  'Weiden',
  'Holler',
  'Rotten',
  'Kalten',
  'Warm',
  'Lauter',
  'Sand',
  'Kiesel',
  'Lerchen',
  'Finken',
  'Hirsch',
  'Reh',
  'Fuchs',
  'Dachs',
  'Biber',
  'Eschen',
  'Ulmen',
  'Kastanien',
  'Raben',
  'Quell',
  'Weißen',
  'Schwarzen',
  'Grünen',
];
const nameSuffixes = [
  'dorf',
  'hausen',
  'stedt',
  'heim',
  'feld',
  'berg',
  'burg',
  'bach',
  'au',
  'born',
  'hagen',
  'rode',
  'ingen',
  'beck',
  'furt',
  'kirchen',
  'stadt',
  'walde',
  'hof',
  'brück',
  'leben',
  'wede',
  'loh',
  'sen',
];

function placeName(random: Random): string {
  const prefix = random.pick(namePrefixes);
  const base = `${random.pick(nameStems)}${random.pick(nameSuffixes)}`;
  return prefix ? `${prefix} ${base}` : base;
}

const synthetic = '(synthetisch)';

interface Geography {
  districts: SyntheticDistrict[];
  municipalities: SyntheticMunicipality[];
  places: SyntheticMunicipality[]; // proper municipalities (not Samtgemeinden): where actors, offers and needs are
  placeDistrict: Int32Array; // index into districts per place
  placeBaseName: string[]; // the name without "(synthetisch)", for addresses and titles
  collectives: SyntheticMunicipality[];
  memberships: number;
}

interface DraftDistrict {
  state: StateFacts;
  urban: boolean;
  lat: number;
  lon: number;
  radiusKm: number;
  ags: string;
  ordinal: number; // 1-based among the state's districts of its kind, in key order
}

/** Lays all of Germany's districts out on a jittered grid inside each state's box; ranks them by latitude for their keys. */
function layOutDistricts(random: Random, totalDistricts: number): DraftDistrict[] {
  const perState = apportion(
    totalDistricts,
    states.map((s) => s.districts),
  );
  const drafts: DraftDistrict[] = [];
  states.forEach((state, stateIndex) => {
    const n = Math.max(1, perState[stateIndex]!);
    const urbanCount = state.cities === state.districts ? n : Math.round((state.cities / state.districts) * n);
    const midLat = (state.south + state.north) / 2;
    const widthKm = (state.east - state.west) * kmPerDegree * Math.cos((midLat * Math.PI) / 180);
    const heightKm = (state.north - state.south) * kmPerDegree;
    const cellKm = Math.sqrt((widthKm * heightKm) / n);
    const cols = Math.max(1, Math.round(widthKm / cellKm));
    let rows = Math.max(1, Math.ceil(n / cols));
    while (cols * rows < n) rows++;
    const cells = Array.from({ length: cols * rows }, (_, i) => i);
    for (let i = cells.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [cells[i], cells[j]] = [cells[j]!, cells[i]!];
    }
    const cellW = (state.east - state.west) / cols;
    const cellH = (state.north - state.south) / rows;
    const inState: DraftDistrict[] = cells.slice(0, n).map((cell, i) => {
      const urban = i < urbanCount;
      const single = n === 1 || cols * rows === 1;
      const lat = single ? midLat : state.south + (Math.floor(cell / cols) + 0.5 + (random.next() - 0.5) * 0.5) * cellH;
      const lon = single
        ? (state.west + state.east) / 2
        : state.west + ((cell % cols) + 0.5 + (random.next() - 0.5) * 0.5) * cellW;
      const radiusKm = cityStateRadiusKm[state.code] ?? (urban ? clamp(cellKm * 0.25, 6, 14) : cellKm * 0.62);
      return {
        state,
        urban,
        lat: round5(lat),
        lon: round5(lon),
        radiusKm: Math.round(radiusKm * 10) / 10,
        ags: '',
        ordinal: 0,
      };
    });
    // Keys follow SS R KK: R a north-to-south band of up to 40 districts where a state has more, kreisfreie Städte
    // numbered from 01 and Landkreise from 51 within a band, like the real ones.
    const ranked = [...inState].sort((a, b) => b.lat - a.lat || a.lon - b.lon);
    if (ranked.length > 9 * 40)
      throw new RangeError(
        `${state.name} would get ${ranked.length} districts; at most 360 per state fit into 5-digit keys`,
      );
    const banded = ranked.length > 40;
    const counters = new Map<string, number>();
    ranked.forEach((draft, rank) => {
      const band = banded ? 1 + Math.floor(rank / 40) : 0;
      const counterKey = `${band}${draft.urban ? 'u' : 'r'}`;
      const k = (counters.get(counterKey) ?? 0) + 1;
      counters.set(counterKey, k);
      draft.ordinal = rank + 1;
      draft.ags = `${state.code}${band}${pad(draft.urban ? k : 50 + k, 2)}`;
    });
    drafts.push(...inState);
  });
  return drafts;
}

function buildGeography(options: ResolvedGermanyOptions): Geography {
  const random = createRandom(streamSeed(options.seed, 'geography'));
  const all = layOutDistricts(random, options.districts);

  // The region: the districts nearest to a seeded rural district (all of them at scale 1).
  const rural = all.filter((d) => !d.urban);
  const origin = rural.length > 0 ? random.pick(rural) : all[0]!;
  const wanted = clamp(Math.round(options.districts * options.scale), 1, all.length);
  const selected = all
    .map((d, index) => ({ d, index, km: distanceKm(origin, d) }))
    .sort((a, b) => a.km - b.km || a.index - b.index)
    .slice(0, wanted)
    .map((entry) => entry.d)
    .sort((a, b) => a.ags.localeCompare(b.ags));

  if (options.agsPrefix !== '') {
    const width = 5 - options.agsPrefix.length;
    if (selected.length >= 10 ** width)
      throw new RangeError(
        `agsPrefix "${options.agsPrefix}" leaves room for ${10 ** width - 1} districts, but ${selected.length} are asked for`,
      );
    selected.forEach((d, i) => (d.ags = `${options.agsPrefix}${pad(i + 1, width)}`));
  }

  // Municipalities per district: one per kreisfreie Stadt, the rest shared by the Landkreise like their state's.
  const urbanSelected = selected.filter((d) => d.urban).length;
  const totalMunicipalities = Math.max(selected.length, Math.round(options.municipalities * options.scale));
  const ruralSelected = selected.filter((d) => !d.urban);
  const ruralShare = apportion(
    Math.max(0, totalMunicipalities - urbanSelected - ruralSelected.length),
    ruralSelected.map(
      (d) => Math.max(1, d.state.municipalities - d.state.cities) / Math.max(1, d.state.districts - d.state.cities),
    ),
  );
  const countByAgs = new Map<string, number>();
  ruralSelected.forEach((d, i) => countByAgs.set(d.ags, 1 + ruralShare[i]!));

  const districts: SyntheticDistrict[] = [];
  const municipalities: SyntheticMunicipality[] = [];
  const places: SyntheticMunicipality[] = [];
  const placeDistrictList: number[] = [];
  const placeBaseName: string[] = [];
  const collectives: SyntheticMunicipality[] = [];
  let memberships = 0;

  const newcomersOf = (population: number, big: boolean) =>
    Math.round(population * (0.012 + random.next() * 0.012 + (big ? 0.006 : 0)));
  const postcodeOf = (state: StateFacts) =>
    `${state.plz}${pad(random.int(0, 10 ** (5 - state.plz.length) - 1), 5 - state.plz.length)}`;
  const kindOf = (population: number, seat: boolean): MunicipalityKind => {
    if (seat || population >= 15_000) return 'CITY';
    if (population >= 5_000) return random.chance(0.5) ? 'CITY' : random.chance(0.3) ? 'MARKET_TOWN' : 'MUNICIPALITY';
    return random.chance(0.04) ? 'MARKET_TOWN' : 'MUNICIPALITY';
  };

  selected.forEach((draft, districtIndex) => {
    const { state } = draft;
    const seatName = placeName(random);
    districts.push({
      ags: draft.ags,
      name: draft.urban ? `${seatName} ${synthetic}` : `Landkreis ${seatName} ${synthetic}`,
      state: state.name,
      urban: draft.urban,
      lat: draft.lat,
      lon: draft.lon,
      radiusKm: draft.radiusKm,
    });
    const own: SyntheticMunicipality[] = [];
    const ownBase: string[] = [];
    if (draft.urban) {
      const known = cityStatePopulation[state.code];
      const population = known
        ? known[(draft.ordinal - 1) % known.length]!
        : Math.round(clamp(Math.exp(Math.log(150_000) + 0.55 * random.normal()), 40_000, 1_600_000));
      own.push({
        ags: `${draft.ags}000`,
        name: `${seatName} ${synthetic}`,
        kind: 'CITY',
        population,
        populationEstimated: true,
        newcomers: newcomersOf(population, true),
        lat: draft.lat,
        lon: draft.lon,
        postcode: postcodeOf(state),
        districtAgs: draft.ags,
        memberOfAgs: null,
      });
      ownBase.push(seatName);
    } else {
      const count = countByAgs.get(draft.ags) ?? 1;
      if (count > 999)
        throw new RangeError(
          `district ${draft.ags} would get ${count} municipalities; at most 999 fit into 8-digit keys`,
        );
      // Log-normal sizes around the state's typical municipality (Rhineland-Palatinate: villages; North Rhine-Westphalia: towns).
      const ruralPeople = state.population * 1000 * 0.72;
      const mean = ruralPeople / Math.max(1, state.municipalities - state.cities);
      const median = clamp(mean / 2.2, 400, 25_000);
      for (let j = 0; j < count; j++) {
        const seat = j === 0;
        const drawn = Math.exp(Math.log(median) + 1.15 * random.normal());
        const population = Math.round(
          seat
            ? clamp(Math.max(drawn, Math.exp(Math.log(28_000) + 0.5 * random.normal())), 8_000, 250_000)
            : clamp(drawn, 40, 180_000),
        );
        const base = seat ? seatName : placeName(random);
        const at = seat
          ? scatter(random, draft.lat, draft.lon, draft.radiusKm * 0.3)
          : scatter(random, draft.lat, draft.lon, draft.radiusKm);
        own.push({
          ags: `${draft.ags}${pad(j + 1, 3)}`,
          name: `${base} ${synthetic}`,
          kind: kindOf(population, seat),
          population,
          populationEstimated: true,
          newcomers: newcomersOf(population, population >= 100_000),
          ...at,
          postcode: postcodeOf(state),
          districtAgs: draft.ags,
          memberOfAgs: null,
        });
        ownBase.push(base);
      }
    }
    for (let j = 0; j < own.length; j++) {
      places.push(own[j]!);
      placeDistrictList.push(districtIndex);
      placeBaseName.push(ownBase[j]!);
    }
    municipalities.push(...own);

    // Samtgemeinden (and their kin) in some Landkreise of the states that have them: small neighbours grouped.
    if (state.collective && !draft.urban && own.length >= 6 && random.chance(0.7)) {
      const free = own.slice(1).filter((m) => m.population < 8_000);
      const target = Math.floor(free.length * (0.5 + random.next() * 0.3));
      let grouped = 0;
      let number = 0;
      while (grouped < target && free.length >= 2 && number < 99) {
        const seat = free.splice(Math.floor(random.next() * free.length), 1)[0]!;
        free.sort((a, b) => distanceKm(seat, a) - distanceKm(seat, b) || a.ags.localeCompare(b.ags));
        const members = [seat, ...free.splice(0, Math.min(free.length, random.int(1, 6)))];
        number++;
        const ags = `${draft.ags}5${pad(400 + number, 3)}`;
        const biggest = members.reduce((best, m) => (m.population > best.population ? m : best));
        for (const member of members) member.memberOfAgs = ags;
        grouped += members.length;
        memberships += members.length;
        const collective: SyntheticMunicipality = {
          ags,
          name: `${state.collective} ${ownBase[own.indexOf(biggest)]} ${synthetic}`,
          kind: 'COLLECTIVE',
          population: members.reduce((sum, m) => sum + m.population, 0),
          populationEstimated: true,
          newcomers: members.reduce((sum, m) => sum + m.newcomers, 0),
          lat: biggest.lat,
          lon: biggest.lon,
          postcode: biggest.postcode,
          districtAgs: draft.ags,
          memberOfAgs: null,
        };
        collectives.push(collective);
        municipalities.push(collective);
      }
    }
  });

  municipalities.sort((a, b) => a.ags.localeCompare(b.ags));
  return {
    districts,
    municipalities,
    places,
    placeDistrict: Int32Array.from(placeDistrictList),
    placeBaseName,
    collectives,
    memberships,
  };
}

/** For every place, the other places within radiusKm, as compressed rows (start offsets and one flat list). */
function neighbourLists(
  places: readonly SyntheticMunicipality[],
  radiusKm: number,
): { start: Int32Array; list: Int32Array } {
  const cellLat = radiusKm / kmPerDegree;
  const cellLon = radiusKm / (kmPerDegree * Math.cos((55 * Math.PI) / 180)); // wide enough at the northern edge
  const grid = new Map<string, number[]>();
  const cellOf = (p: { lat: number; lon: number }) =>
    [Math.floor(p.lat / cellLat), Math.floor(p.lon / cellLon)] as const;
  places.forEach((p, i) => {
    const [a, b] = cellOf(p);
    const key = `${a}:${b}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  });
  const start = new Int32Array(places.length + 1);
  const list: number[] = [];
  places.forEach((p, i) => {
    const [a, b] = cellOf(p);
    for (let da = -1; da <= 1; da++) {
      for (let db = -1; db <= 1; db++) {
        for (const j of grid.get(`${a + da}:${b + db}`) ?? []) {
          if (j !== i && distanceKm(p, places[j]!) <= radiusKm) list.push(j);
        }
      }
    }
    start[i + 1] = list.length;
  });
  return { start, list: Int32Array.from(list) };
}

/** Groups item indices by a key index (e.g. actors by place), as compressed rows. */
function groupBy(keys: Int32Array, keyCount: number): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i]! + 1]! += 1;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const list = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) list[fill[keys[i]!]!++] = i;
  return { start, list };
}

// ---------------------------------------------------------------------------------------------------------------
// Actors

const actorKinds: Record<
  ActorKind,
  { label: string; weight: number; offers: number; categories: Partial<Record<OfferCategory, number>> }
> = {
  COUNTY_OFFICE: {
    label: 'Kreisverwaltung',
    weight: 0.6,
    offers: 1,
    categories: { EDUCATION_GUIDANCE: 40, FIRST_ORIENTATION_COURSE: 20, MIGRATION_COUNSELLING: 20, OTHER: 20 },
  },
  MUNICIPAL_ADMINISTRATION: {
    label: 'Gemeindeverwaltung',
    weight: 7,
    offers: 0.4,
    categories: { MIGRATION_COUNSELLING: 30, LANGUAGE_CAFE: 20, OTHER: 30, EDUCATION_GUIDANCE: 20 },
  },
  JOBCENTER: {
    label: 'Jobcenter',
    weight: 0.6,
    offers: 2,
    categories: { EDUCATION_GUIDANCE: 40, VOCATIONAL_ENTRY: 30, FURTHER_TRAINING: 30 },
  },
  EMPLOYMENT_AGENCY: {
    label: 'Arbeitsagentur',
    weight: 0.4,
    offers: 2,
    categories: { EDUCATION_GUIDANCE: 50, VOCATIONAL_ENTRY: 25, FURTHER_TRAINING: 25 },
  },
  COURSE_PROVIDER: {
    label: 'Kursträger',
    weight: 10,
    offers: 10,
    categories: {
      INTEGRATION_COURSE: 30,
      JOB_LANGUAGE_COURSE: 22,
      FIRST_ORIENTATION_COURSE: 6,
      OTHER_LANGUAGE_COURSE: 10,
      VOCATIONAL_ENTRY: 8,
      FURTHER_TRAINING: 12,
      LANGUAGE_CAFE: 2,
      OTHER: 2,
    },
  },
  ADULT_EDUCATION_CENTRE: {
    label: 'Volkshochschule',
    weight: 2,
    offers: 12,
    categories: {
      INTEGRATION_COURSE: 30,
      JOB_LANGUAGE_COURSE: 12,
      FIRST_ORIENTATION_COURSE: 6,
      OTHER_LANGUAGE_COURSE: 15,
      LANGUAGE_CAFE: 6,
      FURTHER_TRAINING: 10,
      EDUCATION_GUIDANCE: 5,
      OTHER: 4,
    },
  },
  SCHOOL: {
    label: 'Schule',
    weight: 18,
    offers: 1.2,
    categories: { SCHOOL_LANGUAGE_SUPPORT: 70, MENTORING: 10, LANGUAGE_CAFE: 5, OTHER: 5 },
  },
  VOCATIONAL_SCHOOL: {
    label: 'Berufsschule',
    weight: 3,
    offers: 3,
    categories: { VOCATIONAL_ENTRY: 40, SCHOOL_LANGUAGE_SUPPORT: 20, APPRENTICESHIP: 20, JOB_LANGUAGE_COURSE: 10 },
  },
  DAYCARE: { label: 'Kita', weight: 16, offers: 1, categories: { EARLY_CHILDHOOD: 80, OTHER: 10, LANGUAGE_CAFE: 5 } },
  COUNSELLING_SERVICE: {
    label: 'Beratungsstelle',
    weight: 6,
    offers: 4,
    categories: { MIGRATION_COUNSELLING: 45, RECOGNITION_COUNSELLING: 20, EDUCATION_GUIDANCE: 25, MENTORING: 5 },
  },
  WELFARE_ASSOCIATION: {
    label: 'Wohlfahrtsverband',
    weight: 5,
    offers: 4,
    categories: {
      MIGRATION_COUNSELLING: 35,
      INTEGRATION_COURSE: 10,
      EARLY_CHILDHOOD: 10,
      LANGUAGE_CAFE: 10,
      MENTORING: 10,
      EDUCATION_GUIDANCE: 10,
      OTHER: 5,
    },
  },
  CHAMBER: {
    label: 'Kammer',
    weight: 0.4,
    offers: 3,
    categories: { RECOGNITION_COUNSELLING: 40, APPRENTICESHIP: 30, FURTHER_TRAINING: 20, MENTORING: 10 },
  },
  EMPLOYER: {
    label: 'Betrieb',
    weight: 6,
    offers: 0.5,
    categories: { APPRENTICESHIP: 60, JOB_LANGUAGE_COURSE: 15, FURTHER_TRAINING: 25 },
  },
  ASSOCIATION: {
    label: 'Verein',
    weight: 8,
    offers: 1.5,
    categories: { LANGUAGE_CAFE: 30, OTHER: 30, MENTORING: 20, OTHER_LANGUAGE_COURSE: 10 },
  },
  MIGRANT_ORGANISATION: {
    label: 'Migrantenorganisation',
    weight: 4,
    offers: 2,
    categories: { LANGUAGE_CAFE: 25, MENTORING: 25, MIGRATION_COUNSELLING: 20, OTHER: 20, OTHER_LANGUAGE_COURSE: 10 },
  },
  VOLUNTEER_INITIATIVE: {
    label: 'Ehrenamtsinitiative',
    weight: 7,
    offers: 2,
    categories: { LANGUAGE_CAFE: 35, MENTORING: 25, OTHER_LANGUAGE_COURSE: 20, OTHER: 20 },
  },
  FOUNDATION: {
    label: 'Stiftung',
    weight: 1.5,
    offers: 0.5,
    categories: { MENTORING: 50, OTHER: 30, EDUCATION_GUIDANCE: 20 },
  },
  CHURCH: {
    label: 'Kirchengemeinde',
    weight: 3,
    offers: 1,
    categories: { LANGUAGE_CAFE: 40, OTHER: 30, MENTORING: 20, EARLY_CHILDHOOD: 10 },
  },
  OTHER: {
    label: 'Einrichtung',
    weight: 1.5,
    offers: 0.5,
    categories: { OTHER: 50, LANGUAGE_CAFE: 20, MENTORING: 30 },
  },
};
const actorKindList = Object.keys(actorKinds) as ActorKind[];

const streets = [
  'Hauptstraße',
  'Schulstraße',
  'Bahnhofstraße',
  'Gartenstraße',
  'Dorfstraße',
  'Kirchweg',
  'Am Markt',
  'Lindenallee',
  'Mühlenweg',
  'Ringstraße',
];
const otherLanguages = ['en', 'ar', 'uk', 'ru', 'tr', 'fa', 'pl', 'ro', 'ku', 'ti', 'ps', 'fr'];

/** What the offers and links need to know about every actor, kept in typed arrays (100,000 actors: about 2 MB). */
interface ActorCore {
  count: number;
  place: Int32Array;
  kind: Uint8Array; // index into actorKindList
  lat: Float64Array;
  lon: Float64Array;
  isolated: Uint8Array; // 1: takes part in no cooperation (the ISOLATED_ACTOR case)
}

function buildActorCore(options: ResolvedGermanyOptions, geography: Geography, count: number): ActorCore {
  const random = createRandom(streamSeed(options.seed, 'actor-core'));
  const byPopulation = new WeightedPicker(geography.places.map((p) => p.population));
  const kinds = weighted(
    Object.fromEntries(actorKindList.map((kind) => [kind, actorKinds[kind].weight])) as Record<ActorKind, number>,
  );
  const core: ActorCore = {
    count,
    place: new Int32Array(count),
    kind: new Uint8Array(count),
    lat: new Float64Array(count),
    lon: new Float64Array(count),
    isolated: new Uint8Array(count),
  };
  for (let i = 0; i < count; i++) {
    const place = byPopulation.pick(random);
    const p = geography.places[place]!;
    // The first actors take every kind once, so that even a tiny region has all of them.
    const kind = i < actorKindList.length ? actorKindList[i]! : pickFrom(random, kinds);
    const at = scatter(random, p.lat, p.lon, p.population > 100_000 ? 6 : 1.5);
    core.place[i] = place;
    core.kind[i] = actorKindList.indexOf(kind);
    core.lat[i] = at.lat;
    core.lon[i] = at.lon;
    core.isolated[i] = random.chance(0.04) ? 1 : 0;
  }
  return core;
}

// ---------------------------------------------------------------------------------------------------------------
// Offers

const categoryList: OfferCategory[] = [
  'INTEGRATION_COURSE',
  'JOB_LANGUAGE_COURSE',
  'FIRST_ORIENTATION_COURSE',
  'OTHER_LANGUAGE_COURSE',
  'LANGUAGE_CAFE',
  'EARLY_CHILDHOOD',
  'SCHOOL_LANGUAGE_SUPPORT',
  'VOCATIONAL_ENTRY',
  'APPRENTICESHIP',
  'FURTHER_TRAINING',
  'RECOGNITION_COUNSELLING',
  'MIGRATION_COUNSELLING',
  'EDUCATION_GUIDANCE',
  'MENTORING',
  'OTHER',
];

interface CourseTypeFacts {
  label: string;
  hours: number;
  from: CefrLevel | null;
  to: CefrLevel;
  targets: TargetGroup[];
  capacity: [number, number];
  perWeek: number;
  childcare: number; // probability
}

const courseTypes: Record<CourseType, CourseTypeFacts> = {
  GENERAL: {
    label: 'Integrationskurs',
    hours: 700,
    from: null,
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [18, 25],
    perWeek: 20,
    childcare: 0.05,
  },
  YOUTH: {
    label: 'Jugendintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['YOUNG_ADULTS'],
    capacity: [18, 25],
    perWeek: 20,
    childcare: 0,
  },
  PARENTS: {
    label: 'Elternintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['PARENTS'],
    capacity: [15, 22],
    perWeek: 16,
    childcare: 0.7,
  },
  WOMEN: {
    label: 'Frauenintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['WOMEN'],
    capacity: [15, 22],
    perWeek: 16,
    childcare: 0.7,
  },
  LITERACY: {
    label: 'Alphabetisierungskurs',
    hours: 1000,
    from: null,
    to: 'A2',
    targets: ['ILLITERATE', 'ADULTS'],
    capacity: [12, 18],
    perWeek: 20,
    childcare: 0.05,
  },
  SECOND_SCRIPT: {
    label: 'Zweitschriftlernerkurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [15, 22],
    perWeek: 20,
    childcare: 0.05,
  },
  INTENSIVE: {
    label: 'Intensivkurs',
    hours: 430,
    from: null,
    to: 'B1',
    targets: ['ADULTS', 'ACADEMICS'],
    capacity: [18, 25],
    perWeek: 25,
    childcare: 0,
  },
  REMEDIAL: {
    label: 'Wiederholerkurs',
    hours: 300,
    from: 'A2',
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [18, 25],
    perWeek: 20,
    childcare: 0.05,
  },
  JOB_BASIC_B2: {
    label: 'Berufssprachkurs B2',
    hours: 500,
    from: 'B1',
    to: 'B2',
    targets: ['ADULTS', 'EMPLOYED'],
    capacity: [15, 25],
    perWeek: 16,
    childcare: 0,
  },
  JOB_BASIC_C1: {
    label: 'Berufssprachkurs C1',
    hours: 500,
    from: 'B2',
    to: 'C1',
    targets: ['ACADEMICS', 'EMPLOYED'],
    capacity: [12, 20],
    perWeek: 12,
    childcare: 0,
  },
  JOB_SPECIAL_A2: {
    label: 'Berufssprachkurs Spezialmodul A2',
    hours: 400,
    from: 'A1',
    to: 'A2',
    targets: ['ADULTS'],
    capacity: [15, 25],
    perWeek: 20,
    childcare: 0.05,
  },
  JOB_SPECIAL_B1: {
    label: 'Berufssprachkurs Spezialmodul B1',
    hours: 400,
    from: 'A2',
    to: 'B1',
    targets: ['ADULTS', 'EMPLOYED'],
    capacity: [15, 25],
    perWeek: 16,
    childcare: 0,
  },
  JOB_SPECIAL_PROFESSION: {
    label: 'Berufssprachkurs Fachsprache',
    hours: 500,
    from: 'B1',
    to: 'B2',
    targets: ['EMPLOYED', 'ACADEMICS'],
    capacity: [12, 18],
    perWeek: 8,
    childcare: 0,
  },
};
const integrationTypes = weighted<CourseType>({
  GENERAL: 40,
  YOUTH: 8,
  PARENTS: 10,
  WOMEN: 10,
  LITERACY: 12,
  SECOND_SCRIPT: 4,
  INTENSIVE: 6,
  REMEDIAL: 10,
});
const jobTypes = weighted<CourseType>({
  JOB_BASIC_B2: 35,
  JOB_BASIC_C1: 15,
  JOB_SPECIAL_A2: 15,
  JOB_SPECIAL_B1: 20,
  JOB_SPECIAL_PROFESSION: 15,
});

interface CategoryFacts {
  label: string;
  capacity: [number, number] | null; // null: no places (counselling hours, cafés)
  hours: [number, number] | null;
  perWeek: number; // for the length of a dated offer; 0: weeks below
  weeks: [number, number];
  targets: TargetGroup[][]; // one of these lists
  levels: [CefrLevel | null, CefrLevel | null];
  costFree: number; // probability
  cost: [number, number];
  multilingual: boolean;
  childcare: number; // probability
}

const categories: Record<Exclude<OfferCategory, 'INTEGRATION_COURSE' | 'JOB_LANGUAGE_COURSE'>, CategoryFacts> = {
  FIRST_ORIENTATION_COURSE: {
    label: 'Erstorientierungskurs',
    capacity: [15, 20],
    hours: [300, 300],
    perWeek: 12,
    weeks: [0, 0],
    targets: [['ADULTS']],
    levels: [null, 'A1'],
    costFree: 1,
    cost: [0, 0],
    multilingual: true,
    childcare: 0.1,
  },
  OTHER_LANGUAGE_COURSE: {
    label: 'Deutschkurs',
    capacity: [8, 16],
    hours: [40, 80],
    perWeek: 4,
    weeks: [0, 0],
    targets: [[], ['ADULTS'], ['WOMEN']],
    levels: ['A1', 'A2'],
    costFree: 0.6,
    cost: [40, 90],
    multilingual: false,
    childcare: 0.1,
  },
  LANGUAGE_CAFE: {
    label: 'Sprachcafé',
    capacity: null,
    hours: null,
    perWeek: 0,
    weeks: [20, 52],
    targets: [[]],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    multilingual: true,
    childcare: 0.15,
  },
  EARLY_CHILDHOOD: {
    label: 'Eltern-Kind-Gruppe',
    capacity: [8, 12],
    hours: null,
    perWeek: 0,
    weeks: [20, 40],
    targets: [['PARENTS', 'CHILDREN']],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    multilingual: true,
    childcare: 0.6,
  },
  SCHOOL_LANGUAGE_SUPPORT: {
    label: 'Sprachförderung in der Schule',
    capacity: [8, 16],
    hours: null,
    perWeek: 0,
    weeks: [36, 40],
    targets: [['CHILDREN'], ['YOUTH'], ['CHILDREN', 'YOUTH']],
    levels: [null, 'B1'],
    costFree: 1,
    cost: [0, 0],
    multilingual: false,
    childcare: 0,
  },
  VOCATIONAL_ENTRY: {
    label: 'Berufseinstiegskurs',
    capacity: [10, 18],
    hours: [200, 480],
    perWeek: 20,
    weeks: [0, 0],
    targets: [
      ['YOUNG_ADULTS', 'YOUTH'],
      ['UNACCOMPANIED_MINORS', 'YOUTH'],
    ],
    levels: ['A2', 'B1'],
    costFree: 1,
    cost: [0, 0],
    multilingual: false,
    childcare: 0,
  },
  APPRENTICESHIP: {
    label: 'Ausbildungsplatz',
    capacity: [1, 6],
    hours: null,
    perWeek: 0,
    weeks: [104, 156],
    targets: [['YOUNG_ADULTS', 'ADULTS']],
    levels: ['B1', null],
    costFree: 1,
    cost: [0, 0],
    multilingual: false,
    childcare: 0,
  },
  FURTHER_TRAINING: {
    label: 'Weiterbildung',
    capacity: [8, 15],
    hours: [24, 400],
    perWeek: 12,
    weeks: [0, 0],
    targets: [['ADULTS', 'EMPLOYED'], ['EMPLOYED']],
    levels: ['A2', null],
    costFree: 0.7,
    cost: [90, 250],
    multilingual: false,
    childcare: 0.05,
  },
  RECOGNITION_COUNSELLING: {
    label: 'Anerkennungsberatung',
    capacity: null,
    hours: null,
    perWeek: 0,
    weeks: [26, 104],
    targets: [['ACADEMICS', 'ADULTS'], ['EMPLOYED']],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    multilingual: true,
    childcare: 0,
  },
  MIGRATION_COUNSELLING: {
    label: 'Migrationsberatung',
    capacity: null,
    hours: null,
    perWeek: 0,
    weeks: [26, 104],
    targets: [[], ['YOUNG_ADULTS']],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    multilingual: true,
    childcare: 0,
  },
  EDUCATION_GUIDANCE: {
    label: 'Bildungsberatung',
    capacity: null,
    hours: null,
    perWeek: 0,
    weeks: [26, 104],
    targets: [[]],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    multilingual: true,
    childcare: 0,
  },
  MENTORING: {
    label: 'Mentoringprogramm',
    capacity: [10, 20],
    hours: null,
    perWeek: 0,
    weeks: [40, 52],
    targets: [['ADULTS', 'YOUNG_ADULTS'], ['WOMEN']],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    multilingual: true,
    childcare: 0.05,
  },
  OTHER: {
    label: 'Angebot',
    capacity: [8, 14],
    hours: [10, 30],
    perWeek: 2,
    weeks: [0, 0],
    targets: [[]],
    levels: [null, null],
    costFree: 0.8,
    cost: [15, 40],
    multilingual: false,
    childcare: 0.1,
  },
};

const statuses = weighted<OfferStatus>({ PLANNED: 14, OPEN: 34, FULL: 10, RUNNING: 22, COMPLETED: 12, CANCELLED: 8 });
const schedules = [
  'Mo–Fr 8:30–11:45',
  'Mo–Fr 13:00–16:15',
  'Mo–Do 9:00–12:15',
  'Di und Do 17:30–20:45',
  'Mi 15:00–17:00',
  'Sa 10:00–12:00',
  'nach Vereinbarung',
];

// ---------------------------------------------------------------------------------------------------------------
// Needs and cooperation links

const needCategories = weighted<OfferCategory>({
  INTEGRATION_COURSE: 22,
  JOB_LANGUAGE_COURSE: 12,
  FIRST_ORIENTATION_COURSE: 6,
  OTHER_LANGUAGE_COURSE: 6,
  LANGUAGE_CAFE: 4,
  EARLY_CHILDHOOD: 10,
  SCHOOL_LANGUAGE_SUPPORT: 12,
  VOCATIONAL_ENTRY: 8,
  APPRENTICESHIP: 4,
  FURTHER_TRAINING: 4,
  RECOGNITION_COUNSELLING: 3,
  MIGRATION_COUNSELLING: 4,
  EDUCATION_GUIDANCE: 3,
  MENTORING: 3,
  OTHER: 1,
});
const needTargets: Partial<Record<OfferCategory, TargetGroup[]>> = {
  INTEGRATION_COURSE: ['ADULTS', 'ADULTS', 'ADULTS', 'WOMEN', 'PARENTS', 'YOUNG_ADULTS', 'ILLITERATE'],
  JOB_LANGUAGE_COURSE: ['ADULTS', 'EMPLOYED', 'ACADEMICS'],
  EARLY_CHILDHOOD: ['PARENTS', 'CHILDREN'],
  SCHOOL_LANGUAGE_SUPPORT: ['CHILDREN', 'YOUTH', 'UNACCOMPANIED_MINORS'],
  VOCATIONAL_ENTRY: ['YOUTH', 'YOUNG_ADULTS', 'UNACCOMPANIED_MINORS'],
  APPRENTICESHIP: ['YOUNG_ADULTS'],
  RECOGNITION_COUNSELLING: ['ACADEMICS', 'EMPLOYED'],
  FURTHER_TRAINING: ['ADULTS', 'EMPLOYED'],
  MENTORING: ['YOUNG_ADULTS', 'WOMEN'],
};
const needLevels: Partial<Record<OfferCategory, CefrLevel[]>> = {
  INTEGRATION_COURSE: ['A1', 'A1', 'A2'],
  JOB_LANGUAGE_COURSE: ['A2', 'B1', 'B2', 'C1'],
  FIRST_ORIENTATION_COURSE: ['A1'],
  OTHER_LANGUAGE_COURSE: ['A1', 'A2', 'B1'],
  VOCATIONAL_ENTRY: ['A2', 'B1'],
};
const needStatuses = weighted<NeedStatus>({ OPEN: 78, MET: 14, OBSOLETE: 8 });

function needSources(category: OfferCategory): NeedSource[] {
  if (category === 'SCHOOL_LANGUAGE_SUPPORT') return ['SCHOOL', 'SCHOOL', 'AUTHORITY'];
  if (category === 'JOB_LANGUAGE_COURSE' || category === 'VOCATIONAL_ENTRY' || category === 'FURTHER_TRAINING')
    return ['JOBCENTER', 'JOBCENTER', 'WAITLIST', 'SURVEY'];
  if (category === 'INTEGRATION_COURSE') return ['WAITLIST', 'AUTHORITY', 'JOBCENTER', 'SURVEY'];
  return ['SURVEY', 'AUTHORITY', 'ESTIMATE'];
}

const cooperationKinds = weighted<CooperationKind>({
  AGREEMENT: 15,
  REFERRAL: 30,
  JOINT_OFFER: 12,
  FUNDING: 5,
  EXCHANGE: 23,
  INFORMAL: 15,
});
const cooperationStrength: Record<CooperationKind, [number, number]> = {
  AGREEMENT: [2, 3],
  REFERRAL: [2, 3],
  JOINT_OFFER: [2, 3],
  FUNDING: [2, 3],
  EXCHANGE: [1, 2],
  INFORMAL: [1, 1],
};
const cooperationNotes: Record<CooperationKind, string> = {
  AGREEMENT: 'Kooperationsvereinbarung (synthetisch)',
  REFERRAL: 'Gegenseitige Vermittlung (synthetisch)',
  JOINT_OFFER: 'Gemeinsames Angebot (synthetisch)',
  FUNDING: 'Förderung (synthetisch)',
  EXCHANGE: 'Fachlicher Austausch (synthetisch)',
  INFORMAL: 'Informeller Kontakt (synthetisch)',
};

const neighbourRadiusKm = 20; // offers at a neighbouring venue and most cooperation partners lie within this

// ---------------------------------------------------------------------------------------------------------------

function resolveOptions(options: GenerateGermanyOptions): ResolvedGermanyOptions {
  const resolved: ResolvedGermanyOptions = {
    seed: options.seed ?? 1,
    scale: options.scale ?? 1,
    districts: options.districts ?? 400,
    municipalities: options.municipalities ?? 10_800,
    actors: options.actors ?? 100_000,
    offers: options.offers ?? 300_000,
    needs: options.needs ?? 100_000,
    cooperations: options.cooperations ?? 300_000,
    today: options.today ?? todayInGermany(),
    idPrefix: options.idPrefix ?? 'de',
    agsPrefix: options.agsPrefix ?? '',
  };
  if (!Number.isInteger(resolved.seed)) throw new RangeError(`seed must be an integer, got ${resolved.seed}`);
  if (!(resolved.scale > 0 && resolved.scale <= 10))
    throw new RangeError(`scale must be above 0 and at most 10, got ${resolved.scale}`);
  for (const name of ['districts', 'municipalities', 'actors', 'offers', 'needs', 'cooperations'] as const) {
    const value = resolved[name];
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number of 0 or more, got ${value}`);
  }
  if (resolved.districts < 1) throw new RangeError(`districts must be at least 1, got ${resolved.districts}`);
  if (!/^[A-Za-z0-9_]+$/.test(resolved.idPrefix))
    throw new RangeError(`idPrefix must be letters, digits or _, got "${resolved.idPrefix}"`);
  if (resolved.agsPrefix !== '' && !/^\d{2,4}$/.test(resolved.agsPrefix))
    throw new RangeError(`agsPrefix must be 2 to 4 digits, got "${resolved.agsPrefix}"`);
  parseDay(resolved.today);
  return resolved;
}

/** Builds the geography and the actors' positions now; the records come from the returned generators. */
export function generateGermany(input: GenerateGermanyOptions = {}): SyntheticGermany {
  const options = resolveOptions(input);
  const todayTime = parseDay(options.today);
  const day = (offset: number) => new Date(todayTime + offset * dayMs).toISOString().slice(0, 10);
  const geography = buildGeography(options);
  const { places, placeBaseName, placeDistrict } = geography;

  const actorCount = Math.round(options.actors * options.scale);
  const offerCount = actorCount === 0 ? 0 : Math.round(options.offers * options.scale);
  const needCount = Math.round(options.needs * options.scale);
  const core = buildActorCore(options, geography, actorCount);
  const sociable = Int32Array.from({ length: actorCount }, (_, i) => i).filter((i) => core.isolated[i] === 0);
  // Rejection sampling of new pairs stays quick while at most half of all possible pairs are taken.
  const maxLinks = Math.floor((sociable.length * (sociable.length - 1)) / 4);
  const cooperationCount = Math.min(Math.round(options.cooperations * options.scale), maxLinks);

  const idWidth = (count: number) => Math.max(6, String(count).length);
  const actorId = (i: number) => `${options.idPrefix}-actor-${pad(i + 1, idWidth(actorCount))}`;
  const neighbours = neighbourLists(places, neighbourRadiusKm);
  const actorsByPlace = groupBy(core.place, places.length);
  const actorsByDistrict = groupBy(
    Int32Array.from(core.place, (p) => placeDistrict[p]!),
    geography.districts.length,
  );

  const counts: SyntheticCounts = {
    districts: geography.districts.length,
    municipalities: places.length,
    collectives: geography.collectives.length,
    memberships: geography.memberships,
    actors: actorCount,
    offers: offerCount,
    needs: needCount,
    cooperations: cooperationCount,
  };

  function* actors(): Generator<SyntheticActor> {
    const random = createRandom(streamSeed(options.seed, 'actors'));
    const areaByDistrict = geography.districts.map((d) => states.find((s) => s.name === d.state)?.area ?? '30');
    for (let i = 0; i < actorCount; i++) {
      const kind = actorKindList[core.kind[i]!]!;
      const place = places[core.place[i]!]!;
      const city = placeBaseName[core.place[i]!]!;
      const id = actorId(i);
      const number = pad(i + 1, idWidth(actorCount));
      const languages = ['de'];
      for (let k = random.int(0, 3); k > 0; k--) {
        const language = random.pick(otherLanguages);
        if (!languages.includes(language)) languages.push(language);
      }
      const area = areaByDistrict[placeDistrict[core.place[i]!]!]!;
      yield {
        id,
        name: `${actorKinds[kind].label} ${number} ${synthetic}`,
        kind,
        description: `${actorKinds[kind].label} in ${city}. Synthetischer Datensatz für Last- und Abdeckungstests, keine reale Einrichtung.`,
        address: `${random.pick(streets)} ${random.int(1, 120)}`,
        postcode: place.postcode,
        city,
        lat: core.lat[i]!,
        lon: core.lon[i]!,
        phone: `+49 ${area} 555-${number}`,
        email: `${id}@example.org`,
        website: `https://example.org/synthetisch/${id}`,
        languages,
        municipalityAgs: place.ags,
        source: 'synthetic',
        externalId: id,
      };
    }
  }

  function* offers(): Generator<SyntheticOffer> {
    if (offerCount === 0) return;
    const random = createRandom(streamSeed(options.seed, 'offers'));
    const providers = new WeightedPicker(Array.from(core.kind, (k) => actorKinds[actorKindList[k]!].offers));
    const categoryTables = actorKindList.map((kind) => weighted(actorKinds[kind].categories));
    const width = idWidth(offerCount);
    for (let i = 0; i < offerCount; i++) {
      const provider = providers.pick(random);
      // The first offers take every category once, so that even a tiny region has all of them.
      const category =
        i < categoryList.length ? categoryList[i]! : pickFrom(random, categoryTables[core.kind[provider]!]!);
      const home = core.place[provider]!;
      let venue = home;
      const near = neighbours.start[home + 1]! - neighbours.start[home]!;
      if (near > 0 && random.chance(0.25)) venue = neighbours.list[neighbours.start[home]! + random.int(0, near - 1)]!;
      const formatDraw = random.next();
      const format: OfferFormat = formatDraw < 0.06 ? 'ONLINE' : formatDraw < 0.11 ? 'HYBRID' : 'IN_PERSON';
      if (format === 'ONLINE') venue = home;
      const place = places[venue]!;
      const where = format === 'ONLINE' ? 'online' : placeBaseName[venue]!;
      const at =
        format === 'ONLINE' || random.chance(0.08)
          ? null
          : scatter(random, place.lat, place.lon, place.population > 100_000 ? 6 : 1.5);
      const status = pickFrom(random, statuses);
      const id = `${options.idPrefix}-offer-${pad(i + 1, width)}`;
      const stale = random.chance(0.06);
      yield {
        id,
        ...offerDetails(random, category, status, where, pad(i + 1, width), day),
        category,
        format,
        status,
        lat: at?.lat ?? null,
        lon: at?.lon ?? null,
        venueAgs: place.ags,
        providerId: actorId(provider),
        source: 'synthetic',
        externalId: id,
        updatedAt: stale ? `${day(-random.int(95, 400))}T09:00:00Z` : null,
      };
    }
  }

  function* needs(): Generator<SyntheticNeed> {
    const random = createRandom(streamSeed(options.seed, 'needs'));
    const byNewcomers = new WeightedPicker(places.map((p) => Math.max(1, p.newcomers)));
    const width = idWidth(needCount);
    for (let i = 0; i < needCount; i++) {
      // A few needs are known only for a Samtgemeinde as a whole.
      const collective =
        geography.collectives.length > 0 && random.chance(0.03) ? random.pick(geography.collectives) : null;
      const place = collective ?? places[byNewcomers.pick(random)]!;
      const category = pickFrom(random, needCategories);
      const targets = needTargets[category];
      const levels = needLevels[category];
      yield {
        id: `${options.idPrefix}-need-${pad(i + 1, width)}`,
        municipalityAgs: place.ags,
        category,
        targetGroup: targets ? random.pick(targets) : random.chance(0.5) ? 'ADULTS' : null,
        languageLevel: levels ? random.pick(levels) : null,
        persons: 1 + Math.floor(59 * random.next() ** 2.2),
        reportedAt: day(-random.int(1, 400)),
        source: random.pick(needSources(category)),
        status: pickFrom(random, needStatuses),
        note: `Synthetischer Bedarf ${synthetic}`,
      };
    }
  }

  function* cooperations(): Generator<SyntheticCooperation> {
    const random = createRandom(streamSeed(options.seed, 'cooperations'));
    const pairs = new Set<number>();
    const take = (a: number, b: number) => {
      if (a === b || core.isolated[b] === 1) return false;
      const key = a < b ? a * actorCount + b : b * actorCount + a;
      if (pairs.has(key)) return false;
      pairs.add(key);
      return true;
    };
    const randomIn = (group: { start: Int32Array; list: Int32Array }, key: number) => {
      const size = group.start[key + 1]! - group.start[key]!;
      return size === 0 ? -1 : group.list[group.start[key]! + random.int(0, size - 1)]!;
    };
    for (let made = 0; made < cooperationCount; made++) {
      let from = -1;
      let to = -1;
      for (let attempt = 0; to < 0; attempt++) {
        from = sociable[random.int(0, sociable.length - 1)]!;
        const reach = random.next();
        let partner: number;
        if (attempt > 20 || reach >= 0.95)
          partner = sociable[random.int(0, sociable.length - 1)]!; // anywhere
        else if (reach >= 0.8)
          partner = randomIn(actorsByDistrict, placeDistrict[core.place[from]!]!); // the same district
        else {
          // Mostly partners nearby: the same municipality or one within neighbourRadiusKm.
          const home = core.place[from]!;
          const near = neighbours.start[home + 1]! - neighbours.start[home]!;
          const place =
            near === 0 || random.chance(0.35)
              ? home
              : neighbours.list[neighbours.start[home]! + random.int(0, near - 1)]!;
          partner = randomIn(actorsByPlace, place);
        }
        if (partner >= 0 && take(from, partner)) to = partner;
      }
      const kind = pickFrom(random, cooperationKinds);
      const since = -random.int(60, 3000);
      const ending = random.next();
      yield {
        fromId: actorId(from),
        toId: actorId(to),
        kind,
        since: day(since),
        until:
          ending < 0.05
            ? day(Math.min(-10, since + random.int(180, 900)))
            : ending < 0.15
              ? day(random.int(60, 700))
              : null,
        strength: random.int(cooperationStrength[kind][0], cooperationStrength[kind][1]),
        note: cooperationNotes[kind],
      };
    }
  }

  return {
    options,
    counts,
    districts: geography.districts,
    municipalities: geography.municipalities,
    actors,
    offers,
    needs,
    cooperations,
  };
}

type OfferDetails = Omit<
  SyntheticOffer,
  | 'id'
  | 'category'
  | 'format'
  | 'status'
  | 'lat'
  | 'lon'
  | 'venueAgs'
  | 'providerId'
  | 'source'
  | 'externalId'
  | 'updatedAt'
>;

function offerDetails(
  random: Random,
  category: OfferCategory,
  status: OfferStatus,
  where: string,
  number: string,
  day: (offset: number) => string,
): OfferDetails {
  let label: string;
  let courseType: CourseType | null = null;
  let capacityRange: [number, number] | null;
  let hours: number | null;
  let weeks: number;
  let targets: TargetGroup[];
  let levels: [CefrLevel | null, CefrLevel | null];
  let costFree: boolean;
  let cost: number | null;
  let multilingual: boolean;
  let childcareChance: number;
  let minGroupSize: number | null = null;

  if (category === 'INTEGRATION_COURSE' || category === 'JOB_LANGUAGE_COURSE') {
    courseType = pickFrom(random, category === 'INTEGRATION_COURSE' ? integrationTypes : jobTypes);
    const facts = courseTypes[courseType];
    label = facts.label;
    capacityRange = facts.capacity;
    hours = facts.hours;
    weeks = Math.ceil(facts.hours / facts.perWeek);
    targets = [...facts.targets];
    levels = [facts.from, facts.to];
    costFree = category === 'JOB_LANGUAGE_COURSE' || random.chance(0.3);
    cost = costFree ? null : Math.round(facts.hours * 2.29);
    multilingual = false;
    childcareChance = facts.childcare;
    if (random.chance(0.15)) minGroupSize = random.int(5, 12);
  } else {
    const facts = categories[category];
    label = facts.label;
    capacityRange = facts.capacity;
    hours = facts.hours ? random.int(facts.hours[0], facts.hours[1]) : null;
    weeks =
      hours !== null && facts.perWeek > 0
        ? Math.ceil(hours / facts.perWeek)
        : random.int(facts.weeks[0], facts.weeks[1]);
    targets = [...random.pick(facts.targets)];
    levels = facts.levels;
    costFree = random.chance(facts.costFree);
    cost = costFree ? null : random.int(facts.cost[0], facts.cost[1]);
    multilingual = facts.multilingual;
    childcareChance = facts.childcare;
  }

  // Places: some offers that would have them do not say how many.
  const capacity = capacityRange && !random.chance(0.06) ? random.int(capacityRange[0], capacityRange[1]) : null;
  let booked: number | null = null;
  let waitlist: number | null = null;
  if (capacity !== null) {
    if (status === 'COMPLETED') booked = capacity - random.int(0, Math.min(3, capacity));
    else if (status === 'RUNNING') booked = capacity - random.int(0, Math.min(4, capacity));
    else if (status === 'FULL') booked = capacity;
    else if (status === 'OPEN') booked = Math.round(capacity * (0.1 + random.next() * 0.7));
    else if (status === 'PLANNED') booked = Math.round(capacity * random.next() * 0.5);
    else booked = random.int(0, Math.min(6, capacity));
    if (random.chance(0.03)) booked = capacity + random.int(1, 4); // overbooked, as registrations sometimes are
    waitlist =
      status === 'FULL' ? random.int(1, 15) : status === 'RUNNING' && random.chance(0.3) ? random.int(1, 6) : 0;
  }

  // Dates relative to today, by status; counselling hours and cafés run open-ended.
  const length = Math.max(1, weeks) * 7;
  let start: number;
  if (status === 'COMPLETED') start = -random.int(7, 180) - length;
  else if (status === 'RUNNING') start = -random.int(1, Math.max(1, Math.min(length - 1, 200)));
  else if (status === 'FULL') start = random.int(7, 60);
  else if (status === 'CANCELLED') start = random.int(-60, 60);
  else start = random.int(14, 200); // OPEN and PLANNED: within the next half year
  const openEnded = capacity === null && capacityRange === null && status !== 'COMPLETED' && status !== 'CANCELLED';
  const dated = capacity !== null;

  const languages = ['de'];
  if (multilingual) {
    for (let k = random.int(1, 3); k > 0; k--) {
      const language = random.pick(otherLanguages);
      if (!languages.includes(language)) languages.push(language);
    }
  }
  const title = `${label} ${number} – ${where} ${synthetic}`;
  return {
    title,
    description: `${label}${courseType ? ` (${courseType})` : ''} ${where === 'online' ? 'online' : `in ${where}`}. Synthetischer Datensatz, kein reales Angebot.`,
    courseType,
    languageLevelFrom: levels[0],
    languageLevelTo: levels[1],
    targetGroups: targets,
    capacity,
    booked,
    waitlist,
    minGroupSize,
    startDate: day(openEnded && status !== 'PLANNED' ? -random.int(30, 1500) : start),
    endDate: openEnded ? null : day(start + length),
    registrationDeadline: dated ? day(start - random.int(7, 14)) : null,
    schedule: random.pick(schedules),
    hoursTotal: hours,
    childcare: random.chance(childcareChance),
    costFree,
    cost,
    languages,
    accessible: random.chance(0.65),
  };
}
