// The fictional demo county: actors, offers, needs, cooperation links and networks on top of the real
// municipalities of Landkreis Nienburg/Weser. Deterministic for equal (seed, today): the set of records is fixed
// by the plans below, the seed only varies figures, dates, jitter and the looser links.
// Built so that the analyses have something to find: a coverage gap in the south-west (Samtgemeinde Uchte),
// isolated providers, one provider holding a whole Samtgemeinde, stale offers, pools and date conflicts.
import { addMonths, startOfMonth } from '../../shared/calendar.js';
import { readMunicipalities, type MunicipalityKind, type MunicipalityReference } from './read-municipalities.js';

// The enums come from the schema, through graphql-codegen; re-exported for the demo data's users.
export type {
  ActorKind,
  Cadence,
  CefrLevel,
  CooperationKind,
  CourseType,
  DecisionStatus,
  NeedSource,
  NeedStatus,
  NetworkKind,
  OfferCategory,
  OfferFormat,
  OfferStatus,
  TargetGroup,
} from '../generated/graphql.js';
import type {
  ActorKind,
  Cadence,
  CefrLevel,
  CooperationKind,
  CourseType,
  DecisionStatus,
  NeedSource,
  NeedStatus,
  NetworkKind,
  OfferCategory,
  OfferFormat,
  OfferStatus,
  TargetGroup,
} from '../generated/graphql.js';

export interface DemoDistrict {
  ags: string;
  name: string;
  state: string;
}

export interface DemoMunicipality {
  ags: string;
  name: string;
  kind: MunicipalityKind;
  population: number;
  populationEstimated: boolean;
  newcomers: number; // estimated, 1.5-3 % of the population; a Samtgemeinde has the sum of its members
  lat: number;
  lon: number;
  districtAgs: string;
  memberOfAgs: string | null;
}

export interface DemoActor {
  id: string;
  name: string;
  kind: ActorKind;
  description: string;
  address: string;
  postcode: string | null;
  city: string;
  lat: number;
  lon: number;
  phone: string;
  email: string;
  website: string;
  languages: string[];
  municipalityAgs: string; // LOCATED_IN
  servesAgs: string[]; // SERVES
  source: 'demo';
  externalId: string;
}

export interface DemoOffer {
  id: string;
  title: string;
  description: string;
  category: OfferCategory;
  courseType: CourseType | null;
  languageLevelFrom: CefrLevel | null;
  languageLevelTo: CefrLevel | null;
  targetGroups: TargetGroup[]; // empty: open to everyone
  capacity: number | null;
  booked: number | null;
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
  lat: number | null; // null for ONLINE offers: they have no place
  lon: number | null;
  venueAgs: string; // TAKES_PLACE_IN; an online offer names its provider's municipality
  providerId: string; // PROVIDES
  funderIds: string[]; // FUNDS
  source: 'demo';
  externalId: string;
  updatedAt: string | null; // ISO date-time far in the past for stale offers; null: the time of loading
}

export interface DemoNeed {
  id: string;
  municipalityAgs: string;
  category: OfferCategory;
  targetGroup: TargetGroup | null;
  languageLevel: CefrLevel | null;
  persons: number;
  reportedAt: string;
  source: NeedSource;
  reportedById: string | null;
  status: NeedStatus;
  note: string | null;
}

export interface DemoCooperation {
  fromId: string;
  toId: string;
  kind: CooperationKind;
  since: string;
  until: string | null;
  strength: number; // 1 (loose) to 3 (close)
  note: string;
}

export interface DemoNetwork {
  id: string;
  name: string;
  kind: NetworkKind;
  cadence: Cadence;
  description: string;
  coordinatorId: string;
  memberIds: string[];
}

export interface DemoMeeting {
  id: string;
  networkId: string;
  date: string;
  topic: string;
  place: string;
  attendeeIds: string[];
}

export interface DemoDecision {
  id: string;
  meetingId: string;
  text: string;
  status: DecisionStatus;
  dueDate: string | null;
  responsibleId: string | null;
}

export interface DemoData {
  seed: number;
  today: string;
  district: DemoDistrict;
  municipalities: DemoMunicipality[];
  actors: DemoActor[];
  offers: DemoOffer[];
  needs: DemoNeed[];
  cooperations: DemoCooperation[];
  networks: DemoNetwork[];
  meetings: DemoMeeting[];
  decisions: DemoDecision[];
}

export interface GenerateDemoDataOptions {
  seed?: number; // PRNG seed; default 1
  today: string; // YYYY-MM-DD; every date is relative to it
  reference?: MunicipalityReference; // the district and municipalities; default: ../shared/data CSV
}

// ---------------------------------------------------------------------------------------------------------------
// Randomness, dates and distances

interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  shuffle<T>(items: readonly T[]): T[];
}

// mulberry32: tiny, fast, and good enough for demo data.
function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (p) => next() < p,
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}

const dayMs = 86_400_000;

function parseDay(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`today must be a date YYYY-MM-DD, got "${day}"`);
  }
  return time;
}

function formatDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const earthRadiusKm = 6371.0088;

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

const maxJitterKm = 1.2; // below the 1.5 km promised, so rounding never crosses it

function jitter(random: Random, at: { lat: number; lon: number }): { lat: number; lon: number } {
  const r = maxJitterKm * Math.sqrt(random.next());
  const angle = 2 * Math.PI * random.next();
  const kmPerDegree = (earthRadiusKm * Math.PI) / 180;
  return {
    lat: round6(at.lat + (r * Math.cos(angle)) / kmPerDegree),
    lon: round6(at.lon + (r * Math.sin(angle)) / (kmPerDegree * Math.cos((at.lat * Math.PI) / 180))),
  };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function pad(n: number, width = 3): string {
  return String(n).padStart(width, '0');
}

// ---------------------------------------------------------------------------------------------------------------
// The actors. Every name carries "(fiktiv)"; every description says it is a fictional demo record.

type Reach = 'county' | 'collective' | 'south' | number; // number: own municipality plus that many nearest

interface ActorPlan {
  key: string;
  kind: ActorKind;
  name: string;
  at: string; // municipality name
  reach: Reach;
  about: string;
  languages?: string[];
}

const actorPlans: ActorPlan[] = [
  {
    key: 'bik',
    kind: 'COUNTY_OFFICE',
    name: 'Bildungskoordination für Neuzugewanderte, Kreisverwaltung (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about:
      'Koordiniert die Bildungsangebote für Neuzugewanderte im Kreis, moderiert die Monatsrunde der Kursträger und erstellt die Bedarfsanalyse.',
    languages: ['de', 'en'],
  },
  {
    key: 'abh',
    kind: 'COUNTY_OFFICE',
    name: 'Ausländerbehörde des Kreises – Integrationsteam (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Stellt Berechtigungen für Integrationskurse aus und verweist an Beratungsstellen.',
    languages: ['de', 'en'],
  },
  {
    key: 'fruehe',
    kind: 'COUNTY_OFFICE',
    name: 'Kreisjugendamt – Frühe Hilfen (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Begleitet Familien mit kleinen Kindern und leitet den Arbeitskreis Frühe Bildung.',
    languages: ['de'],
  },
  {
    key: 'stadt-ni',
    kind: 'MUNICIPAL_ADMINISTRATION',
    name: 'Integrationsbüro der Stadt Nienburg (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 0,
    about: 'Ansprechstelle der Stadtverwaltung für Zugewanderte und Ehrenamtliche.',
    languages: ['de', 'en', 'ar'],
  },
  {
    key: 'stadt-rl',
    kind: 'MUNICIPAL_ADMINISTRATION',
    name: 'Bürgerbüro Rehburg-Loccum – Integration (fiktiv)',
    at: 'Rehburg-Loccum',
    reach: 0,
    about: 'Anlaufstelle der Stadtverwaltung für Neuzugewanderte.',
    languages: ['de'],
  },
  {
    key: 'fl-stey',
    kind: 'MUNICIPAL_ADMINISTRATION',
    name: 'Flecken Steyerberg – Sozialverwaltung (fiktiv)',
    at: 'Steyerberg',
    reach: 0,
    about: 'Sozial- und Integrationsangelegenheiten des Fleckens.',
    languages: ['de'],
  },
  {
    key: 'sg-hoya',
    kind: 'MUNICIPAL_ADMINISTRATION',
    name: 'Samtgemeinde Grafschaft Hoya – Integrationsstelle (fiktiv)',
    at: 'Hoya',
    reach: 'collective',
    about: 'Integrationsstelle der Samtgemeinde.',
    languages: ['de'],
  },
  {
    key: 'sg-heem',
    kind: 'MUNICIPAL_ADMINISTRATION',
    name: 'Samtgemeinde Heemsen – Bürgerdienste (fiktiv)',
    at: 'Heemsen',
    reach: 'collective',
    about: 'Bürgerdienste und Unterbringung Geflüchteter.',
    languages: ['de'],
  },
  {
    key: 'sg-mw',
    kind: 'MUNICIPAL_ADMINISTRATION',
    name: 'Samtgemeinde Mittelweser – Integrationsstelle (fiktiv)',
    at: 'Stolzenau',
    reach: 'collective',
    about: 'Integrationsstelle der Samtgemeinde; koordiniert das Regionalnetzwerk Süd.',
    languages: ['de', 'en'],
  },
  {
    key: 'sg-stei',
    kind: 'MUNICIPAL_ADMINISTRATION',
    name: 'Samtgemeinde Steimbke – Sozialamt (fiktiv)',
    at: 'Steimbke',
    reach: 'collective',
    about: 'Sozialamt der Samtgemeinde.',
    languages: ['de'],
  },
  {
    key: 'sg-uch',
    kind: 'MUNICIPAL_ADMINISTRATION',
    name: 'Samtgemeinde Uchte – Integrationsstelle (fiktiv)',
    at: 'Uchte',
    reach: 'collective',
    about: 'Meldet Bedarfe aus den vier Mitgliedsgemeinden an die Bildungskoordination.',
    languages: ['de'],
  },
  {
    key: 'sg-wa',
    kind: 'MUNICIPAL_ADMINISTRATION',
    name: 'Samtgemeinde Weser-Aue – Bürgerbüro (fiktiv)',
    at: 'Marklohe',
    reach: 'collective',
    about: 'Bürgerbüro und Integrationsarbeit der Samtgemeinde.',
    languages: ['de'],
  },
  {
    key: 'jc',
    kind: 'JOBCENTER',
    name: 'Jobcenter Weserkreis Demo (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Vermittelt in Integrations- und Berufssprachkurse und fördert den Berufseinstieg.',
    languages: ['de', 'en', 'ar', 'uk'],
  },
  {
    key: 'jc-sto',
    kind: 'JOBCENTER',
    name: 'Jobcenter Weserkreis Demo – Geschäftsstelle Süd (fiktiv)',
    at: 'Stolzenau',
    reach: 'south',
    about: 'Geschäftsstelle für den Südkreis.',
    languages: ['de', 'ar'],
  },
  {
    key: 'aa',
    kind: 'EMPLOYMENT_AGENCY',
    name: 'Arbeitsagentur – Geschäftsstelle Weserbogen (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Berufsberatung und Förderung beruflicher Weiterbildung.',
    languages: ['de', 'en'],
  },
  {
    key: 'sw',
    kind: 'COURSE_PROVIDER',
    name: 'Sprachschule Weserbogen (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 4,
    about: 'Zugelassener Träger für Integrations- und Berufssprachkurse in der Kreisstadt.',
    languages: ['de', 'en', 'ar', 'fa'],
  },
  {
    key: 'bgh',
    kind: 'COURSE_PROVIDER',
    name: 'Bildungswerk Grafschaft Hoya (fiktiv)',
    at: 'Hoya',
    reach: 'collective',
    about: 'Einziger größerer Bildungsträger in der Grafschaft Hoya: Sprachkurse, Elternkurse, Berufsorientierung.',
    languages: ['de', 'ru', 'uk'],
  },
  {
    key: 'lmw',
    kind: 'COURSE_PROVIDER',
    name: 'Lernhaus Mittelweser (fiktiv)',
    at: 'Stolzenau',
    reach: 5,
    about: 'Sprach- und Orientierungskurse im Südkreis.',
    languages: ['de', 'ar', 'ku'],
  },
  {
    key: 'lingua',
    kind: 'COURSE_PROVIDER',
    name: 'Sprachinstitut Lingua Demo (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 3,
    about: 'Privates Sprachinstitut mit Integrationskursen am Vormittag und Abend.',
    languages: ['de', 'en', 'tr'],
  },
  {
    key: 'bruecke',
    kind: 'COURSE_PROVIDER',
    name: 'Akademie Brückenschlag (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Schwerpunkt Berufssprachkurse und berufsbezogene Qualifizierung.',
    languages: ['de', 'en', 'uk', 'ru'],
  },
  {
    key: 'auetal',
    kind: 'COURSE_PROVIDER',
    name: 'Sprachzentrum Auetal (fiktiv)',
    at: 'Rehburg-Loccum',
    reach: 3,
    about: 'Integrationskurse und Jugendintegrationskurse im Südosten des Kreises.',
    languages: ['de', 'ar'],
  },
  {
    key: 'geest',
    kind: 'COURSE_PROVIDER',
    name: 'Kursträger Geestrand (fiktiv)',
    at: 'Uchte',
    reach: 'collective',
    about: 'Kleiner Träger mit einem Integrationskurs je Halbjahr in Uchte.',
    languages: ['de'],
  },
  {
    key: 'bzs',
    kind: 'COURSE_PROVIDER',
    name: 'Berufsbildungszentrum Steimbke (fiktiv)',
    at: 'Steimbke',
    reach: 4,
    about: 'Berufsorientierung, Qualifizierung und ein Spezialkurs Deutsch im Osten des Kreises.',
    languages: ['de', 'pl'],
  },
  {
    key: 'neuland',
    kind: 'COURSE_PROVIDER',
    name: 'Sprachschule Neuland (fiktiv)',
    at: 'Steyerberg',
    reach: 2,
    about: 'Neu gegründete Sprachschule; bisher ohne Kontakte zu anderen Trägern im Kreis.',
    languages: ['de', 'tr', 'ar'],
  },
  {
    key: 'welle',
    kind: 'COURSE_PROVIDER',
    name: 'Online-Sprachakademie Weserwelle (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Virtuelle Integrations- und Berufssprachkurse für Menschen ohne Kursort in der Nähe.',
    languages: ['de', 'en', 'uk'],
  },
  {
    key: 'vhs',
    kind: 'ADULT_EDUCATION_CENTRE',
    name: 'Volkshochschule Weserkreis Demo (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Volkshochschule des Kreises mit Integrationskursen, Alltagsdeutsch und Grundbildung.',
    languages: ['de', 'en', 'ar', 'uk'],
  },
  {
    key: 'vhs-rl',
    kind: 'ADULT_EDUCATION_CENTRE',
    name: 'Volkshochschule Weserkreis Demo – Außenstelle Rehburg-Loccum (fiktiv)',
    at: 'Rehburg-Loccum',
    reach: 3,
    about: 'Außenstelle der Volkshochschule.',
    languages: ['de'],
  },
  {
    key: 'gs-ni',
    kind: 'SCHOOL',
    name: 'Grundschule am Weserwall (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 0,
    about: 'Grundschule mit Sprachlernklasse und DaZ-Förderung.',
    languages: ['de', 'ar'],
  },
  {
    key: 'gym-ni',
    kind: 'SCHOOL',
    name: 'Gymnasium Weserbogen (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 3,
    about: 'Gymnasium mit Sprachförderkurs für Quereinsteigende.',
    languages: ['de', 'en'],
  },
  {
    key: 'obs-ma',
    kind: 'SCHOOL',
    name: 'Oberschule Marklohe Demo (fiktiv)',
    at: 'Marklohe',
    reach: 3,
    about: 'Oberschule mit Sprachlernklasse.',
    languages: ['de'],
  },
  {
    key: 'obs-sto',
    kind: 'SCHOOL',
    name: 'Oberschule Stolzenau Demo (fiktiv)',
    at: 'Stolzenau',
    reach: 4,
    about: 'Oberschule im Südkreis mit DaZ-Förderung.',
    languages: ['de'],
  },
  {
    key: 'gs-uch',
    kind: 'SCHOOL',
    name: 'Grundschule Uchte-Nord (fiktiv)',
    at: 'Uchte',
    reach: 2,
    about: 'Grundschule mit wachsender Zahl neu zugewanderter Kinder.',
    languages: ['de'],
  },
  {
    key: 'gs-hoya',
    kind: 'SCHOOL',
    name: 'Grundschule Grafenhof Hoya (fiktiv)',
    at: 'Hoya',
    reach: 2,
    about: 'Grundschule in der Grafschaft Hoya.',
    languages: ['de'],
  },
  {
    key: 'gs-die',
    kind: 'SCHOOL',
    name: 'Grundschule Diepenau Demo (fiktiv)',
    at: 'Diepenau',
    reach: 1,
    about: 'Kleine Grundschule im Südwesten des Kreises.',
    languages: ['de'],
  },
  {
    key: 'obs-rl',
    kind: 'SCHOOL',
    name: 'Oberschule Rehburg Demo (fiktiv)',
    at: 'Rehburg-Loccum',
    reach: 1,
    about: 'Oberschule mit Sprachförderung.',
    languages: ['de'],
  },
  {
    key: 'gs-stei',
    kind: 'SCHOOL',
    name: 'Grundschule Steimbke Demo (fiktiv)',
    at: 'Steimbke',
    reach: 2,
    about: 'Grundschule mit Hausaufgabenhilfe.',
    languages: ['de'],
  },
  {
    key: 'bbs',
    kind: 'VOCATIONAL_SCHOOL',
    name: 'Berufsbildende Schulen Weserbogen (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Sprach- und Berufsvorbereitungsklassen für neu zugewanderte Jugendliche.',
    languages: ['de', 'en'],
  },
  {
    key: 'bbs-sto',
    kind: 'VOCATIONAL_SCHOOL',
    name: 'Berufsbildende Schulen Weserbogen – Standort Stolzenau (fiktiv)',
    at: 'Stolzenau',
    reach: 'south',
    about: 'Außenstandort der Berufsbildenden Schulen.',
    languages: ['de'],
  },
  {
    key: 'kita-ni1',
    kind: 'DAYCARE',
    name: 'Kita Sonnenblume (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 0,
    about: 'Kindertagesstätte mit alltagsintegrierter Sprachbildung.',
    languages: ['de', 'ar'],
  },
  {
    key: 'fz-ni',
    kind: 'DAYCARE',
    name: 'Familienzentrum Regenbogen (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 2,
    about: 'Familienzentrum mit Eltern-Kind-Gruppen und Kinderbetreuung für Elternkurse.',
    languages: ['de', 'ar', 'uk', 'fa'],
  },
  {
    key: 'kita-hoya',
    kind: 'DAYCARE',
    name: 'Kita Weserkiesel (fiktiv)',
    at: 'Hoya',
    reach: 1,
    about: 'Kindertagesstätte in Hoya.',
    languages: ['de'],
  },
  {
    key: 'kita-sto',
    kind: 'DAYCARE',
    name: 'Kita Pusteblume (fiktiv)',
    at: 'Stolzenau',
    reach: 1,
    about: 'Kindertagesstätte in Stolzenau mit Elterncafé.',
    languages: ['de'],
  },
  {
    key: 'kita-uch',
    kind: 'DAYCARE',
    name: 'Kita Mühlenbach (fiktiv)',
    at: 'Uchte',
    reach: 1,
    about: 'Kindertagesstätte in Uchte; meldet Bedarf an Eltern-Kind-Angeboten.',
    languages: ['de'],
  },
  {
    key: 'kita-rl',
    kind: 'DAYCARE',
    name: 'Kita Heideblick (fiktiv)',
    at: 'Rehburg-Loccum',
    reach: 1,
    about: 'Kindertagesstätte mit Sprachförderung.',
    languages: ['de'],
  },
  {
    key: 'kita-lie',
    kind: 'DAYCARE',
    name: 'Kita Lindenhof (fiktiv)',
    at: 'Liebenau',
    reach: 2,
    about: 'Kindertagesstätte mit Eltern-Kind-Gruppe.',
    languages: ['de'],
  },
  {
    key: 'kita-die',
    kind: 'DAYCARE',
    name: 'Kita Arche Diepenau (fiktiv)',
    at: 'Diepenau',
    reach: 1,
    about: 'Kindertagesstätte im Südwesten; kein Eltern-Kind-Angebot in der Nähe.',
    languages: ['de'],
  },
  {
    key: 'mbe',
    kind: 'COUNSELLING_SERVICE',
    name: 'Migrationsberatung Weserbogen (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Migrationsberatung für Erwachsene mit Sprechstunden in mehreren Orten.',
    languages: ['de', 'ar', 'fa', 'uk', 'ru'],
  },
  {
    key: 'jmd',
    kind: 'COUNSELLING_SERVICE',
    name: 'Jugendmigrationsdienst Weserkreis (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Beratung junger Menschen bis 27 zu Schule, Ausbildung und Sprache.',
    languages: ['de', 'ar', 'en', 'ti'],
  },
  {
    key: 'anerk',
    kind: 'COUNSELLING_SERVICE',
    name: 'Anerkennungs- und Qualifizierungsberatung Weser (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Beratung zur Anerkennung ausländischer Berufs- und Studienabschlüsse.',
    languages: ['de', 'en', 'ar', 'uk', 'ru'],
  },
  {
    key: 'bbmw',
    kind: 'COUNSELLING_SERVICE',
    name: 'Bildungsberatung Mittelweser (fiktiv)',
    at: 'Stolzenau',
    reach: 'south',
    about: 'Bildungs- und Berufswegeberatung im Südkreis.',
    languages: ['de', 'ar'],
  },
  {
    key: 'mbe-uch',
    kind: 'COUNSELLING_SERVICE',
    name: 'Migrationsberatung Weserbogen – Außenstelle Uchte (fiktiv)',
    at: 'Uchte',
    reach: 'collective',
    about: 'Sprechstunden in Uchte und Diepenau.',
    languages: ['de', 'ar', 'fa'],
  },
  {
    key: 'swl',
    kind: 'WELFARE_ASSOCIATION',
    name: 'Sozialverband Weserland (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Wohlfahrtsverband mit Erstorientierung, Familienbildung und Beratung.',
    languages: ['de', 'ar', 'uk'],
  },
  {
    key: 'fhmw',
    kind: 'WELFARE_ASSOCIATION',
    name: 'Familienhilfe Mittelweser e. V. (fiktiv)',
    at: 'Stolzenau',
    reach: 'south',
    about: 'Familienhilfe und Erstorientierung im Südkreis.',
    languages: ['de', 'ar', 'ps'],
  },
  {
    key: 'sgw',
    kind: 'WELFARE_ASSOCIATION',
    name: 'Sozialwerk Grafschaft (fiktiv)',
    at: 'Hoya',
    reach: 'collective',
    about: 'Sozialberatung in der Grafschaft Hoya.',
    languages: ['de'],
  },
  {
    key: 'wsl',
    kind: 'WELFARE_ASSOCIATION',
    name: 'Wohlfahrtswerk Steimbke-Land (fiktiv)',
    at: 'Steimbke',
    reach: 'collective',
    about: 'Soziale Arbeit im Osten des Kreises.',
    languages: ['de', 'ru'],
  },
  {
    key: 'hwk',
    kind: 'CHAMBER',
    name: 'Handwerkskammer – Beratungsstelle Weser (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Ausbildungsberatung und Anerkennung handwerklicher Abschlüsse.',
    languages: ['de', 'en'],
  },
  {
    key: 'ihk',
    kind: 'CHAMBER',
    name: 'Industrie- und Handelskammer – Geschäftsstelle Weser (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Ausbildungspaten und Anerkennung kaufmännischer Abschlüsse.',
    languages: ['de', 'en'],
  },
  {
    key: 'glas',
    kind: 'EMPLOYER',
    name: 'Glashütte Weserbogen GmbH (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 0,
    about: 'Industriebetrieb, bildet Neuzugewanderte aus.',
    languages: ['de'],
  },
  {
    key: 'pflege',
    kind: 'EMPLOYER',
    name: 'Pflegedienst Lebensbaum (fiktiv)',
    at: 'Stolzenau',
    reach: 3,
    about: 'Ambulanter Pflegedienst mit Einstiegsqualifizierung.',
    languages: ['de', 'pl'],
  },
  {
    key: 'logistik',
    kind: 'EMPLOYER',
    name: 'Logistikzentrum Mittelweser (fiktiv)',
    at: 'Landesbergen',
    reach: 2,
    about: 'Logistikbetrieb mit Ausbildungsplätzen.',
    languages: ['de'],
  },
  {
    key: 'landtech',
    kind: 'EMPLOYER',
    name: 'Landtechnik Heemsen GmbH (fiktiv)',
    at: 'Heemsen',
    reach: 1,
    about: 'Werkstatt für Land- und Baumaschinen.',
    languages: ['de'],
  },
  {
    key: 'klinik',
    kind: 'EMPLOYER',
    name: 'Klinikum Weserkreis Demo (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 0,
    about: 'Krankenhaus mit Anpassungsqualifizierung für Pflegekräfte.',
    languages: ['de', 'en'],
  },
  {
    key: 'spargel',
    kind: 'EMPLOYER',
    name: 'Spargelhof Hassel (fiktiv)',
    at: 'Hassel (Weser)',
    reach: 0,
    about: 'Landwirtschaftlicher Betrieb mit Saisonbeschäftigten.',
    languages: ['de', 'ro'],
  },
  {
    key: 'sv-ni',
    kind: 'ASSOCIATION',
    name: 'Sportverein Eintracht Weserbogen (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 1,
    about: 'Sportverein mit Schwimmkursen für Frauen.',
    languages: ['de'],
  },
  {
    key: 'heimat-stey',
    kind: 'ASSOCIATION',
    name: 'Heimatverein Steyerberg Demo (fiktiv)',
    at: 'Steyerberg',
    reach: 0,
    about: 'Heimatverein mit Ortsrundgängen für Neuzugezogene.',
    languages: ['de'],
  },
  {
    key: 'fv-wa',
    kind: 'ASSOCIATION',
    name: 'Förderverein Bildung Weser-Aue (fiktiv)',
    at: 'Marklohe',
    reach: 'collective',
    about: 'Unterstützt Schulen und Kitas der Samtgemeinde.',
    languages: ['de'],
  },
  {
    key: 'landfrauen',
    kind: 'ASSOCIATION',
    name: 'Landfrauenverein Uchte Demo (fiktiv)',
    at: 'Uchte',
    reach: 2,
    about: 'Internationaler Kochtreff und Begegnung.',
    languages: ['de'],
  },
  {
    key: 'musik',
    kind: 'ASSOCIATION',
    name: 'Musikschule Weserklang e. V. (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 2,
    about: 'Musikgruppen für Kinder aus aller Welt.',
    languages: ['de'],
  },
  {
    key: 'syr',
    kind: 'MIGRANT_ORGANISATION',
    name: 'Deutsch-Syrischer Kulturverein Weser (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 3,
    about: 'Migrantenorganisation mit Peer-Mentoring und Sprachcafé.',
    languages: ['ar', 'de', 'ku'],
  },
  {
    key: 'ukr',
    kind: 'MIGRANT_ORGANISATION',
    name: 'Ukrainische Gemeinschaft Weser (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 4,
    about: 'Selbsthilfe und Deutschgruppen für Geflüchtete aus der Ukraine.',
    languages: ['uk', 'ru', 'de'],
  },
  {
    key: 'afg',
    kind: 'MIGRANT_ORGANISATION',
    name: 'Afghanischer Elternverein Mittelweser (fiktiv)',
    at: 'Stolzenau',
    reach: 3,
    about: 'Elternberatung und Hausaufgabenhilfe in Dari und Paschtu.',
    languages: ['fa', 'ps', 'de'],
  },
  {
    key: 'kurd',
    kind: 'MIGRANT_ORGANISATION',
    name: 'Kurdisches Kulturzentrum Auetal (fiktiv)',
    at: 'Rehburg-Loccum',
    reach: 1,
    about: 'Kulturzentrum mit Sprachcafé und Frauentreff; bisher ohne Kooperationspartner.',
    languages: ['ku', 'tr', 'de'],
  },
  {
    key: 'wn-ni',
    kind: 'VOLUNTEER_INITIATIVE',
    name: 'Willkommensnetz Nienburg (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 3,
    about: 'Ehrenamtliche Lernpatenschaften, Deutschgruppen und Sprachcafé.',
    languages: ['de', 'en'],
  },
  {
    key: 'sp-hoya',
    kind: 'VOLUNTEER_INITIATIVE',
    name: 'Sprachpaten Hoya (fiktiv)',
    at: 'Hoya',
    reach: 2,
    about: 'Ehrenamtliche Sprachpatenschaften.',
    languages: ['de'],
  },
  {
    key: 'hk-uch',
    kind: 'VOLUNTEER_INITIATIVE',
    name: 'Helferkreis Uchte (fiktiv)',
    at: 'Uchte',
    reach: 3,
    about: 'Ehrenamtliche Deutschgruppe und Sprachcafé im Südwesten.',
    languages: ['de'],
  },
  {
    key: 'bc-sto',
    kind: 'VOLUNTEER_INITIATIVE',
    name: 'Begegnungscafé Stolzenau (fiktiv)',
    at: 'Stolzenau',
    reach: 2,
    about: 'Wöchentliches Begegnungscafé.',
    languages: ['de', 'ar'],
  },
  {
    key: 'lp-ma',
    kind: 'VOLUNTEER_INITIATIVE',
    name: 'Lesepaten Marklohe (fiktiv)',
    at: 'Marklohe',
    reach: 2,
    about: 'Lesepatinnen und Lesepaten an Schulen.',
    languages: ['de'],
  },
  {
    key: 'ste-hilft',
    kind: 'VOLUNTEER_INITIATIVE',
    name: 'Initiative „Steimbke hilft“ (fiktiv)',
    at: 'Steimbke',
    reach: 3,
    about: 'Ehrenamtliche Deutschgruppe und Patenschaften.',
    languages: ['de'],
  },
  {
    key: 'nh-war',
    kind: 'VOLUNTEER_INITIATIVE',
    name: 'Nachbarschaftshilfe Warmsen (fiktiv)',
    at: 'Warmsen',
    reach: 1,
    about: 'Kleine Initiative mit einem Sprachcafé; bisher ohne Anbindung an Netzwerke.',
    languages: ['de'],
  },
  {
    key: 'rad-rl',
    kind: 'VOLUNTEER_INITIATIVE',
    name: 'Fahrradwerkstatt Miteinander Rehburg (fiktiv)',
    at: 'Rehburg-Loccum',
    reach: 1,
    about: 'Fahrradkurse und offene Werkstatt.',
    languages: ['de', 'ar'],
  },
  {
    key: 'bst',
    kind: 'FOUNDATION',
    name: 'Bürgerstiftung Weserbogen (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 'county',
    about: 'Fördert Ehrenamt, Sprachcafés und Mentoring.',
    languages: ['de'],
  },
  {
    key: 'stchance',
    kind: 'FOUNDATION',
    name: 'Stiftung Chancen Mittelweser (fiktiv)',
    at: 'Stolzenau',
    reach: 'south',
    about: 'Fördert Mentoring für Frauen und Jugendliche im Südkreis.',
    languages: ['de'],
  },
  {
    key: 'kg-ni',
    kind: 'CHURCH',
    name: 'Ev.-luth. Kirchengemeinde St. Beispiel Nienburg (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 1,
    about: 'Sprachcafé im Gemeindehaus.',
    languages: ['de'],
  },
  {
    key: 'kath-hoya',
    kind: 'CHURCH',
    name: 'Kath. Pfarrgemeinde St. Exemplar Hoya (fiktiv)',
    at: 'Hoya',
    reach: 2,
    about: 'Räume für Kurse und Begegnung.',
    languages: ['de', 'pl'],
  },
  {
    key: 'kg-uch',
    kind: 'CHURCH',
    name: 'Kirchengemeinde Uchte-Beispiel (fiktiv)',
    at: 'Uchte',
    reach: 3,
    about: 'Sprachcafé in Diepenau und Gemeindearbeit.',
    languages: ['de'],
  },
  {
    key: 'bib',
    kind: 'OTHER',
    name: 'Stadtbibliothek Weserbogen (fiktiv)',
    at: 'Nienburg/Weser',
    reach: 2,
    about: 'Sprachcafé, mehrsprachige Bilderbuchstunden und Digitalsprechstunde.',
    languages: ['de', 'en', 'ar', 'uk'],
  },
  {
    key: 'mgh',
    kind: 'OTHER',
    name: 'Mehrgenerationenhaus Steyerberg Demo (fiktiv)',
    at: 'Steyerberg',
    reach: 2,
    about: 'Offener Treff mit Deutschgruppe und Sprachcafé.',
    languages: ['de'],
  },
];

// Actors with no cooperation link and no network: the ISOLATED_ACTOR rule has to find them.
const isolatedKeys = new Set(['neuland', 'nh-war', 'kurd']);

// Fictional addresses on recognisably invented streets; postcodes of the towns the actors sit in.
const streets = [
  'Beispielstraße',
  'Musterweg',
  'Demoallee',
  'Am Beispielpark',
  'Fiktivring',
  'Platz der Vorlagen',
  'Probegasse',
];
const postcodes: Record<string, string> = {
  'Nienburg/Weser': '31582',
  'Rehburg-Loccum': '31547',
  Steyerberg: '31595',
  Hoya: '27318',
  Eystrup: '27324',
  Stolzenau: '31592',
  Uchte: '31600',
  Diepenau: '31603',
  Warmsen: '31606',
  Marklohe: '31608',
  Liebenau: '31618',
  Steimbke: '31634',
  Heemsen: '31622',
  Landesbergen: '31628',
  'Hassel (Weser)': '27324',
};

// ---------------------------------------------------------------------------------------------------------------
// The offers, one line each: provider, category, venue ('ONLINE' for no place), status, and what it is.

type Venue = string; // a municipality's name, or 'ONLINE'

interface OfferPlan {
  provider: string;
  category: OfferCategory;
  venue: Venue;
  status: OfferStatus;
  what: string; // a CourseType: the course type of integration and job language courses, else the title
  format?: OfferFormat; // default IN_PERSON, ONLINE for venue 'ONLINE'
  childcare?: boolean;
  minGroupSize?: number;
  booked?: number;
  capacity?: number;
  startInDays?: number; // fixes the start relative to today (pools and date conflicts)
  stale?: boolean; // updated long ago
  funders?: string[];
}

const I = 'INTEGRATION_COURSE' as const;
const J = 'JOB_LANGUAGE_COURSE' as const;

const offerPlans: OfferPlan[] = [
  // Integration courses
  { provider: 'sw', category: I, venue: 'Nienburg/Weser', status: 'COMPLETED', what: 'GENERAL' },
  { provider: 'sw', category: I, venue: 'Nienburg/Weser', status: 'RUNNING', what: 'GENERAL' },
  { provider: 'sw', category: I, venue: 'Nienburg/Weser', status: 'OPEN', what: 'GENERAL', startInDays: 42 },
  { provider: 'sw', category: I, venue: 'Nienburg/Weser', status: 'PLANNED', what: 'GENERAL' },
  { provider: 'sw', category: I, venue: 'Nienburg/Weser', status: 'RUNNING', what: 'INTENSIVE' },
  { provider: 'sw', category: I, venue: 'Nienburg/Weser', status: 'OPEN', what: 'INTENSIVE' },
  { provider: 'sw', category: I, venue: 'Nienburg/Weser', status: 'OPEN', what: 'WOMEN', childcare: true },
  { provider: 'sw', category: I, venue: 'Nienburg/Weser', status: 'RUNNING', what: 'LITERACY' },
  { provider: 'lingua', category: I, venue: 'Nienburg/Weser', status: 'COMPLETED', what: 'GENERAL' },
  { provider: 'lingua', category: I, venue: 'Nienburg/Weser', status: 'RUNNING', what: 'GENERAL' },
  { provider: 'lingua', category: I, venue: 'Nienburg/Weser', status: 'OPEN', what: 'GENERAL', startInDays: 49 },
  { provider: 'lingua', category: I, venue: 'Nienburg/Weser', status: 'PLANNED', what: 'YOUTH' },
  { provider: 'lingua', category: I, venue: 'Nienburg/Weser', status: 'RUNNING', what: 'SECOND_SCRIPT' },
  { provider: 'vhs', category: I, venue: 'Nienburg/Weser', status: 'RUNNING', what: 'GENERAL' },
  { provider: 'vhs', category: I, venue: 'Nienburg/Weser', status: 'FULL', what: 'GENERAL' },
  {
    provider: 'vhs',
    category: I,
    venue: 'Nienburg/Weser',
    status: 'PLANNED',
    what: 'PARENTS',
    childcare: true,
    minGroupSize: 12,
    capacity: 20,
    booked: 7,
    startInDays: 70,
  },
  {
    provider: 'vhs',
    category: I,
    venue: 'Marklohe',
    status: 'PLANNED',
    what: 'PARENTS',
    childcare: true,
    minGroupSize: 12,
    capacity: 18,
    booked: 6,
    startInDays: 77,
  },
  { provider: 'vhs', category: I, venue: 'Nienburg/Weser', status: 'OPEN', what: 'LITERACY' },
  { provider: 'vhs', category: I, venue: 'Nienburg/Weser', status: 'COMPLETED', what: 'REMEDIAL' },
  { provider: 'bgh', category: I, venue: 'Hoya', status: 'RUNNING', what: 'GENERAL' },
  { provider: 'bgh', category: I, venue: 'Hoya', status: 'OPEN', what: 'GENERAL', stale: true },
  { provider: 'bgh', category: I, venue: 'Eystrup', status: 'RUNNING', what: 'PARENTS', childcare: true },
  { provider: 'bgh', category: I, venue: 'Hoya', status: 'PLANNED', what: 'WOMEN', childcare: true },
  { provider: 'lmw', category: I, venue: 'Stolzenau', status: 'COMPLETED', what: 'GENERAL' },
  { provider: 'lmw', category: I, venue: 'Stolzenau', status: 'RUNNING', what: 'GENERAL' },
  { provider: 'lmw', category: I, venue: 'Stolzenau', status: 'OPEN', what: 'WOMEN', childcare: false },
  { provider: 'lmw', category: I, venue: 'Landesbergen', status: 'CANCELLED', what: 'GENERAL' },
  { provider: 'auetal', category: I, venue: 'Rehburg-Loccum', status: 'RUNNING', what: 'GENERAL' },
  { provider: 'auetal', category: I, venue: 'Rehburg-Loccum', status: 'OPEN', what: 'GENERAL' },
  { provider: 'auetal', category: I, venue: 'Rehburg-Loccum', status: 'FULL', what: 'YOUTH' },
  { provider: 'geest', category: I, venue: 'Uchte', status: 'COMPLETED', what: 'GENERAL' },
  { provider: 'geest', category: I, venue: 'Uchte', status: 'OPEN', what: 'GENERAL', capacity: 20, booked: 16 },
  { provider: 'neuland', category: I, venue: 'Steyerberg', status: 'PLANNED', what: 'GENERAL', stale: true },
  { provider: 'welle', category: I, venue: 'ONLINE', status: 'OPEN', what: 'GENERAL' },
  { provider: 'welle', category: I, venue: 'ONLINE', status: 'RUNNING', what: 'INTENSIVE' },
  { provider: 'vhs-rl', category: I, venue: 'Rehburg-Loccum', status: 'CANCELLED', what: 'GENERAL' },
  // Job language courses (Berufssprachkurse): none within reach of Diepenau and Warmsen, see gapPlans
  { provider: 'bruecke', category: J, venue: 'Nienburg/Weser', status: 'COMPLETED', what: 'JOB_BASIC_B2' },
  { provider: 'bruecke', category: J, venue: 'Nienburg/Weser', status: 'RUNNING', what: 'JOB_BASIC_B2' },
  { provider: 'bruecke', category: J, venue: 'Nienburg/Weser', status: 'OPEN', what: 'JOB_BASIC_B2' },
  { provider: 'bruecke', category: J, venue: 'Nienburg/Weser', status: 'PLANNED', what: 'JOB_BASIC_C1' },
  { provider: 'bruecke', category: J, venue: 'Nienburg/Weser', status: 'OPEN', what: 'JOB_SPECIAL_A2' },
  { provider: 'bruecke', category: J, venue: 'Nienburg/Weser', status: 'RUNNING', what: 'JOB_SPECIAL_B1' },
  { provider: 'bruecke', category: J, venue: 'Nienburg/Weser', status: 'FULL', what: 'JOB_SPECIAL_B1' },
  {
    provider: 'bruecke',
    category: J,
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'JOB_SPECIAL_PROFESSION',
    format: 'HYBRID',
  },
  { provider: 'sw', category: J, venue: 'Nienburg/Weser', status: 'PLANNED', what: 'JOB_BASIC_B2' },
  { provider: 'sw', category: J, venue: 'Nienburg/Weser', status: 'CANCELLED', what: 'JOB_SPECIAL_B1' },
  { provider: 'vhs', category: J, venue: 'Nienburg/Weser', status: 'RUNNING', what: 'JOB_BASIC_B2' },
  { provider: 'bgh', category: J, venue: 'Hoya', status: 'OPEN', what: 'JOB_SPECIAL_B1' },
  { provider: 'welle', category: J, venue: 'ONLINE', status: 'OPEN', what: 'JOB_BASIC_B2' },
  { provider: 'welle', category: J, venue: 'ONLINE', status: 'RUNNING', what: 'JOB_BASIC_C1' },
  { provider: 'welle', category: J, venue: 'ONLINE', status: 'PLANNED', what: 'JOB_SPECIAL_PROFESSION' },
  { provider: 'bzs', category: J, venue: 'Steimbke', status: 'PLANNED', what: 'JOB_SPECIAL_A2', stale: true },
  // First orientation courses
  {
    provider: 'swl',
    category: 'FIRST_ORIENTATION_COURSE',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Erstorientierungskurs „Leben in Deutschland“',
    funders: ['bik'],
  },
  {
    provider: 'swl',
    category: 'FIRST_ORIENTATION_COURSE',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Erstorientierungskurs für Frauen',
    childcare: true,
    funders: ['bik'],
  },
  {
    provider: 'fhmw',
    category: 'FIRST_ORIENTATION_COURSE',
    venue: 'Stolzenau',
    status: 'RUNNING',
    what: 'Erstorientierungskurs Mittelweser',
  },
  {
    provider: 'fhmw',
    category: 'FIRST_ORIENTATION_COURSE',
    venue: 'Uchte',
    status: 'OPEN',
    what: 'Erstorientierungskurs Uchte',
  },
  {
    provider: 'bgh',
    category: 'FIRST_ORIENTATION_COURSE',
    venue: 'Hoya',
    status: 'COMPLETED',
    what: 'Erstorientierungskurs Grafschaft Hoya',
  },
  {
    provider: 'vhs',
    category: 'FIRST_ORIENTATION_COURSE',
    venue: 'Nienburg/Weser',
    status: 'PLANNED',
    what: 'Erstorientierung – Arbeit und Beruf',
  },
  {
    provider: 'wsl',
    category: 'FIRST_ORIENTATION_COURSE',
    venue: 'Steimbke',
    status: 'OPEN',
    what: 'Erstorientierungskurs Steimbke',
    stale: true,
  },
  {
    provider: 'auetal',
    category: 'FIRST_ORIENTATION_COURSE',
    venue: 'Rehburg-Loccum',
    status: 'RUNNING',
    what: 'Erstorientierungskurs Auetal',
  },
  // Other language courses
  {
    provider: 'vhs',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Deutsch im Alltag (A2)',
  },
  {
    provider: 'vhs',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Konversationskurs Deutsch (B1)',
  },
  {
    provider: 'vhs-rl',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Rehburg-Loccum',
    status: 'PLANNED',
    what: 'Deutsch für den Alltag – Abendkurs',
  },
  {
    provider: 'wn-ni',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Deutsch für alle – ehrenamtliche Lerngruppe',
    funders: ['bst'],
  },
  {
    provider: 'hk-uch',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Uchte',
    status: 'RUNNING',
    what: 'Deutschgruppe für Menschen ohne Kursplatz',
  },
  {
    provider: 'ste-hilft',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Steimbke',
    status: 'RUNNING',
    what: 'Deutsch am Vormittag',
  },
  {
    provider: 'mgh',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Steyerberg',
    status: 'OPEN',
    what: 'Deutschgruppe im Mehrgenerationenhaus',
  },
  {
    provider: 'bgh',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Bücken',
    status: 'RUNNING',
    what: 'Alltagsdeutsch Bücken',
  },
  {
    provider: 'bgh',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Hoyerhagen',
    status: 'PLANNED',
    what: 'Deutsch für Saisonbeschäftigte',
  },
  {
    provider: 'neuland',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Steyerberg',
    status: 'OPEN',
    what: 'Deutsch intensiv für Selbstzahlende',
  },
  {
    provider: 'lmw',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Leese',
    status: 'COMPLETED',
    what: 'Deutsch im Beruf – Grundlagen',
  },
  {
    provider: 'ukr',
    category: 'OTHER_LANGUAGE_COURSE',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Deutschgruppe für Geflüchtete aus der Ukraine',
  },
  // Language cafés (no capacity)
  {
    provider: 'wn-ni',
    category: 'LANGUAGE_CAFE',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Sprachcafé im Willkommensnetz',
    funders: ['bst'],
  },
  {
    provider: 'bib',
    category: 'LANGUAGE_CAFE',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Sprachcafé in der Stadtbibliothek',
  },
  {
    provider: 'kg-ni',
    category: 'LANGUAGE_CAFE',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Sprachcafé im Gemeindehaus',
  },
  { provider: 'sp-hoya', category: 'LANGUAGE_CAFE', venue: 'Hoya', status: 'RUNNING', what: 'Sprachcafé Hoya' },
  {
    provider: 'bc-sto',
    category: 'LANGUAGE_CAFE',
    venue: 'Stolzenau',
    status: 'RUNNING',
    what: 'Begegnungscafé Stolzenau',
    funders: ['stchance'],
  },
  { provider: 'hk-uch', category: 'LANGUAGE_CAFE', venue: 'Uchte', status: 'RUNNING', what: 'Sprachcafé Uchte' },
  { provider: 'kg-uch', category: 'LANGUAGE_CAFE', venue: 'Diepenau', status: 'RUNNING', what: 'Sprachcafé Diepenau' },
  {
    provider: 'nh-war',
    category: 'LANGUAGE_CAFE',
    venue: 'Warmsen',
    status: 'RUNNING',
    what: 'Sprachcafé Warmsen',
    stale: true,
  },
  {
    provider: 'ste-hilft',
    category: 'LANGUAGE_CAFE',
    venue: 'Rodewald',
    status: 'RUNNING',
    what: 'Sprachcafé Rodewald',
  },
  {
    provider: 'lp-ma',
    category: 'LANGUAGE_CAFE',
    venue: 'Marklohe',
    status: 'RUNNING',
    what: 'Lese- und Sprachcafé Marklohe',
  },
  {
    provider: 'rad-rl',
    category: 'LANGUAGE_CAFE',
    venue: 'Rehburg-Loccum',
    status: 'RUNNING',
    what: 'Werkstattcafé – Deutsch beim Schrauben',
  },
  {
    provider: 'kurd',
    category: 'LANGUAGE_CAFE',
    venue: 'Rehburg-Loccum',
    status: 'RUNNING',
    what: 'Sprachcafé im Kulturzentrum',
  },
  {
    provider: 'mgh',
    category: 'LANGUAGE_CAFE',
    venue: 'Steyerberg',
    status: 'RUNNING',
    what: 'Sprachcafé im Mehrgenerationenhaus',
  },
  {
    provider: 'syr',
    category: 'LANGUAGE_CAFE',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Sprachcafé vor Ort und online',
    format: 'HYBRID',
  },
  // Early childhood: none within reach of Diepenau, see gapPlans
  {
    provider: 'fz-ni',
    category: 'EARLY_CHILDHOOD',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Mehrsprachige Eltern-Kind-Gruppe',
    funders: ['fruehe'],
  },
  {
    provider: 'fz-ni',
    category: 'EARLY_CHILDHOOD',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Krabbelgruppe für neu zugewanderte Familien',
  },
  {
    provider: 'kita-ni1',
    category: 'EARLY_CHILDHOOD',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Sprachbildung im Kita-Alltag – Elternmodul',
  },
  {
    provider: 'kita-rl',
    category: 'EARLY_CHILDHOOD',
    venue: 'Rehburg-Loccum',
    status: 'RUNNING',
    what: 'Eltern-Kind-Gruppe Heideblick',
  },
  {
    provider: 'kita-lie',
    category: 'EARLY_CHILDHOOD',
    venue: 'Liebenau',
    status: 'OPEN',
    what: 'Eltern-Kind-Gruppe Lindenhof',
    stale: true,
  },
  { provider: 'bgh', category: 'EARLY_CHILDHOOD', venue: 'Hoya', status: 'RUNNING', what: 'Eltern-Kind-Kurs Hoya' },
  {
    provider: 'bgh',
    category: 'EARLY_CHILDHOOD',
    venue: 'Eystrup',
    status: 'PLANNED',
    what: 'Eltern-Kind-Kurs Eystrup',
  },
  {
    provider: 'fruehe',
    category: 'EARLY_CHILDHOOD',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Mehrsprachiges Familienbesuchsprogramm',
  },
  {
    provider: 'swl',
    category: 'EARLY_CHILDHOOD',
    venue: 'Landesbergen',
    status: 'OPEN',
    what: 'Spielgruppe für Kinder vor dem Kita-Eintritt',
    funders: ['fruehe'],
  },
  {
    provider: 'bib',
    category: 'EARLY_CHILDHOOD',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Mehrsprachige Bilderbuchstunde',
  },
  {
    provider: 'fhmw',
    category: 'EARLY_CHILDHOOD',
    venue: 'Leese',
    status: 'CANCELLED',
    what: 'Eltern-Kind-Treff Leese',
  },
  // School language support
  {
    provider: 'gs-ni',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Sprachlernklasse Grundschule',
  },
  {
    provider: 'gs-ni',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'DaZ-Förderkurs Klassen 1–4',
  },
  {
    provider: 'gym-ni',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Sprachförderkurs für Quereinsteigende',
  },
  {
    provider: 'obs-ma',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    venue: 'Marklohe',
    status: 'RUNNING',
    what: 'Sprachlernklasse Sekundarstufe I',
  },
  {
    provider: 'obs-sto',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    venue: 'Stolzenau',
    status: 'FULL',
    what: 'DaZ-Förderkurs Klassen 5–10',
  },
  {
    provider: 'gs-uch',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    venue: 'Uchte',
    status: 'FULL',
    what: 'DaZ-Förderkurs Grundschule Uchte',
  },
  {
    provider: 'gs-die',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    venue: 'Diepenau',
    status: 'RUNNING',
    what: 'Sprachförderung in Kleingruppen',
  },
  {
    provider: 'obs-rl',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    venue: 'Rehburg-Loccum',
    status: 'RUNNING',
    what: 'DaZ-Förderkurs Oberschule',
  },
  {
    provider: 'gs-stei',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    venue: 'Steimbke',
    status: 'OPEN',
    what: 'Hausaufgabenhilfe mit Sprachförderung',
  },
  {
    provider: 'jmd',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Lernwerkstatt für Schülerinnen und Schüler ab 12',
  },
  {
    provider: 'lp-ma',
    category: 'SCHOOL_LANGUAGE_SUPPORT',
    venue: 'Marklohe',
    status: 'RUNNING',
    what: 'Lesezeit mit Lesepaten',
  },
  // Vocational entry
  {
    provider: 'bbs',
    category: 'VOCATIONAL_ENTRY',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Sprach- und Berufsvorbereitungsklasse',
    funders: [],
  },
  {
    provider: 'bbs',
    category: 'VOCATIONAL_ENTRY',
    venue: 'Nienburg/Weser',
    status: 'PLANNED',
    what: 'Berufseinstiegsklasse mit Sprachförderung',
  },
  {
    provider: 'bbs-sto',
    category: 'VOCATIONAL_ENTRY',
    venue: 'Stolzenau',
    status: 'RUNNING',
    what: 'Sprach- und Berufsvorbereitung Süd',
  },
  {
    provider: 'bzs',
    category: 'VOCATIONAL_ENTRY',
    venue: 'Steimbke',
    status: 'OPEN',
    what: 'Werkstatttage Metall und Holz',
    funders: ['jc'],
  },
  {
    provider: 'bzs',
    category: 'VOCATIONAL_ENTRY',
    venue: 'Steimbke',
    status: 'COMPLETED',
    what: 'Berufsorientierung für junge Erwachsene',
    funders: ['jc'],
  },
  {
    provider: 'bgh',
    category: 'VOCATIONAL_ENTRY',
    venue: 'Hoya',
    status: 'OPEN',
    what: 'Berufsorientierung Grafschaft',
    funders: ['jc'],
  },
  {
    provider: 'bruecke',
    category: 'VOCATIONAL_ENTRY',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Kombikurs Sprache und Beruf',
    funders: ['jc'],
  },
  {
    provider: 'lmw',
    category: 'VOCATIONAL_ENTRY',
    venue: 'Stolzenau',
    status: 'PLANNED',
    what: 'Berufsorientierung Pflege und Hauswirtschaft',
    funders: ['jc-sto'],
  },
  {
    provider: 'aa',
    category: 'VOCATIONAL_ENTRY',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Berufserkundung in Betrieben der Region',
  },
  // Apprenticeship
  {
    provider: 'hwk',
    category: 'APPRENTICESHIP',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Einstiegsqualifizierung im Handwerk',
    funders: ['aa'],
  },
  {
    provider: 'ihk',
    category: 'APPRENTICESHIP',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Ausbildungsvermittlung für Neuzugewanderte',
  },
  {
    provider: 'pflege',
    category: 'APPRENTICESHIP',
    venue: 'Stolzenau',
    status: 'OPEN',
    what: 'Einstiegsqualifizierung Pflegehilfe',
    funders: ['aa'],
  },
  {
    provider: 'logistik',
    category: 'APPRENTICESHIP',
    venue: 'Landesbergen',
    status: 'PLANNED',
    what: 'Ausbildung Fachkraft für Lagerlogistik mit Sprachbegleitung',
  },
  {
    provider: 'klinik',
    category: 'APPRENTICESHIP',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Pflegeausbildung mit Sprachbegleitung',
  },
  {
    provider: 'glas',
    category: 'APPRENTICESHIP',
    venue: 'Nienburg/Weser',
    status: 'FULL',
    what: 'Ausbildung Verfahrensmechanik Glastechnik',
  },
  {
    provider: 'landtech',
    category: 'APPRENTICESHIP',
    venue: 'Heemsen',
    status: 'OPEN',
    what: 'Ausbildung Land- und Baumaschinenmechatronik',
  },
  // Further training
  {
    provider: 'vhs',
    category: 'FURTHER_TRAINING',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'EDV-Grundkurs mit Sprachförderung',
  },
  {
    provider: 'vhs',
    category: 'FURTHER_TRAINING',
    venue: 'Nienburg/Weser',
    status: 'COMPLETED',
    what: 'Grundbildung Rechnen und Schreiben',
  },
  {
    provider: 'bruecke',
    category: 'FURTHER_TRAINING',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Gabelstaplerschein mit Sprachbegleitung',
    funders: ['aa'],
  },
  {
    provider: 'bzs',
    category: 'FURTHER_TRAINING',
    venue: 'Steimbke',
    status: 'RUNNING',
    what: 'Teilqualifizierung Metallbearbeitung',
    funders: ['aa'],
  },
  {
    provider: 'lmw',
    category: 'FURTHER_TRAINING',
    venue: 'Stolzenau',
    status: 'PLANNED',
    what: 'Alltagsbegleitung in der Pflege – Basiskurs',
  },
  {
    provider: 'klinik',
    category: 'FURTHER_TRAINING',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Anpassungsqualifizierung für Pflegefachkräfte',
  },
  {
    provider: 'welle',
    category: 'FURTHER_TRAINING',
    venue: 'ONLINE',
    status: 'OPEN',
    what: 'Digitale Grundbildung online',
  },
  {
    provider: 'vhs-rl',
    category: 'FURTHER_TRAINING',
    venue: 'Rehburg-Loccum',
    status: 'CANCELLED',
    what: 'Bewerbungstraining für Neuzugewanderte',
  },
  {
    provider: 'ihk',
    category: 'FURTHER_TRAINING',
    venue: 'Nienburg/Weser',
    status: 'PLANNED',
    what: 'Teilqualifizierung Lager und Logistik',
    funders: ['jc'],
  },
  // Recognition counselling: none within reach of Raddestorf, see gapPlans
  {
    provider: 'anerk',
    category: 'RECOGNITION_COUNSELLING',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Anerkennungsberatung – offene Sprechstunde',
  },
  {
    provider: 'anerk',
    category: 'RECOGNITION_COUNSELLING',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Anerkennungsberatung Gesundheitsberufe',
  },
  {
    provider: 'anerk',
    category: 'RECOGNITION_COUNSELLING',
    venue: 'ONLINE',
    status: 'OPEN',
    what: 'Anerkennungsberatung per Video',
  },
  {
    provider: 'ihk',
    category: 'RECOGNITION_COUNSELLING',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Anerkennung kaufmännischer und technischer Abschlüsse',
    stale: true,
  },
  {
    provider: 'hwk',
    category: 'RECOGNITION_COUNSELLING',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Anerkennung handwerklicher Abschlüsse',
  },
  // Migration counselling
  {
    provider: 'mbe',
    category: 'MIGRATION_COUNSELLING',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Migrationsberatung – offene Sprechstunde',
  },
  {
    provider: 'mbe',
    category: 'MIGRATION_COUNSELLING',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Beratung auf Arabisch und Farsi',
  },
  {
    provider: 'mbe',
    category: 'MIGRATION_COUNSELLING',
    venue: 'Rehburg-Loccum',
    status: 'OPEN',
    what: 'Sprechstunde Rehburg-Loccum',
  },
  {
    provider: 'mbe',
    category: 'MIGRATION_COUNSELLING',
    venue: 'ONLINE',
    status: 'OPEN',
    what: 'Online-Migrationsberatung per Chat und Video',
  },
  {
    provider: 'mbe-uch',
    category: 'MIGRATION_COUNSELLING',
    venue: 'Uchte',
    status: 'OPEN',
    what: 'Sprechstunde Uchte',
  },
  {
    provider: 'mbe-uch',
    category: 'MIGRATION_COUNSELLING',
    venue: 'Diepenau',
    status: 'OPEN',
    what: 'Monatliche Sprechstunde Diepenau',
    stale: true,
  },
  {
    provider: 'jmd',
    category: 'MIGRATION_COUNSELLING',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Jugendmigrationsberatung',
  },
  {
    provider: 'jmd',
    category: 'MIGRATION_COUNSELLING',
    venue: 'Stolzenau',
    status: 'OPEN',
    what: 'Jugendmigrationsberatung Süd',
  },
  {
    provider: 'swl',
    category: 'MIGRATION_COUNSELLING',
    venue: 'Steimbke',
    status: 'OPEN',
    what: 'Sozial- und Migrationsberatung Steimbke',
  },
  {
    provider: 'fhmw',
    category: 'MIGRATION_COUNSELLING',
    venue: 'Stolzenau',
    status: 'OPEN',
    what: 'Familienberatung für Zugewanderte',
  },
  {
    provider: 'afg',
    category: 'MIGRATION_COUNSELLING',
    venue: 'Stolzenau',
    status: 'OPEN',
    what: 'Elternberatung in Dari und Paschtu',
  },
  // Education guidance
  {
    provider: 'bbmw',
    category: 'EDUCATION_GUIDANCE',
    venue: 'Stolzenau',
    status: 'OPEN',
    what: 'Bildungsberatung – Sprechstunde Stolzenau',
  },
  {
    provider: 'bbmw',
    category: 'EDUCATION_GUIDANCE',
    venue: 'Uchte',
    status: 'OPEN',
    what: 'Bildungsberatung vor Ort und per Video in Uchte',
    format: 'HYBRID',
  },
  {
    provider: 'vhs',
    category: 'EDUCATION_GUIDANCE',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Lern- und Kursberatung',
  },
  {
    provider: 'aa',
    category: 'EDUCATION_GUIDANCE',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Berufsberatung für Neuzugewanderte',
  },
  {
    provider: 'jmd',
    category: 'EDUCATION_GUIDANCE',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Schul- und Ausbildungsberatung bis 27',
  },
  {
    provider: 'bik',
    category: 'EDUCATION_GUIDANCE',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Sprechstunde der Bildungskoordination',
  },
  // Mentoring
  {
    provider: 'wn-ni',
    category: 'MENTORING',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Lernpatenschaften für Erwachsene',
    funders: ['bst'],
  },
  {
    provider: 'ihk',
    category: 'MENTORING',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Ausbildungspaten',
    format: 'HYBRID',
  },
  {
    provider: 'stchance',
    category: 'MENTORING',
    venue: 'Stolzenau',
    status: 'RUNNING',
    what: 'Mentoring „Frauen in Arbeit“',
    funders: ['stchance'],
  },
  { provider: 'sp-hoya', category: 'MENTORING', venue: 'Hoya', status: 'RUNNING', what: 'Sprachpatenschaften Hoya' },
  {
    provider: 'syr',
    category: 'MENTORING',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Peer-Mentoring für Studieninteressierte',
  },
  {
    provider: 'lp-ma',
    category: 'MENTORING',
    venue: 'Marklohe',
    status: 'RUNNING',
    what: 'Schulpatenschaften Marklohe',
    funders: ['bst'],
  },
  {
    provider: 'ste-hilft',
    category: 'MENTORING',
    venue: 'Steimbke',
    status: 'RUNNING',
    what: 'Alltagspatenschaften Steimbke',
  },
  // Other
  { provider: 'sv-ni', category: 'OTHER', venue: 'Nienburg/Weser', status: 'OPEN', what: 'Schwimmkurs für Frauen' },
  {
    provider: 'rad-rl',
    category: 'OTHER',
    venue: 'Rehburg-Loccum',
    status: 'RUNNING',
    what: 'Fahrradkurs für Erwachsene',
  },
  {
    provider: 'bib',
    category: 'OTHER',
    venue: 'Nienburg/Weser',
    status: 'OPEN',
    what: 'Digitalsprechstunde: Handy, Apps, Formulare',
  },
  {
    provider: 'musik',
    category: 'OTHER',
    venue: 'Nienburg/Weser',
    status: 'RUNNING',
    what: 'Musikgruppe für Kinder aus aller Welt',
    funders: ['bst'],
  },
  { provider: 'kita-sto', category: 'OTHER', venue: 'Stolzenau', status: 'RUNNING', what: 'Elterncafé in der Kita' },
  { provider: 'landfrauen', category: 'OTHER', venue: 'Uchte', status: 'RUNNING', what: 'Internationaler Kochtreff' },
  {
    provider: 'heimat-stey',
    category: 'OTHER',
    venue: 'Steyerberg',
    status: 'COMPLETED',
    what: 'Ortsrundgang für Neuzugezogene',
  },
  {
    provider: 'kurd',
    category: 'OTHER',
    venue: 'Rehburg-Loccum',
    status: 'RUNNING',
    what: 'Frauentreff im Kulturzentrum',
  },
];

// The south-west gap: municipalities with open demand for a category that has no offer within the catchment.
// Offers of these categories may not sit within gapRadiusKm + jitter of these municipalities.
const gapRadiusKm = 25;
const gapPlans: { category: OfferCategory; municipalities: string[] }[] = [
  { category: 'JOB_LANGUAGE_COURSE', municipalities: ['Diepenau', 'Warmsen'] },
  { category: 'EARLY_CHILDHOOD', municipalities: ['Diepenau'] },
  { category: 'RECOGNITION_COUNSELLING', municipalities: ['Raddestorf'] },
];

// ---------------------------------------------------------------------------------------------------------------
// Course facts (BAMF): teaching units, levels, target groups

interface CourseFacts {
  label: string;
  hours: number | readonly number[];
  from: CefrLevel | null;
  to: CefrLevel;
  targets: TargetGroup[];
  capacity: [number, number];
  perWeek: readonly number[];
}

const courseFacts: Record<CourseType, CourseFacts> = {
  GENERAL: {
    label: 'Integrationskurs (allgemein)',
    hours: 700,
    from: null,
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [20, 25],
    perWeek: [20, 25],
  },
  INTENSIVE: {
    label: 'Intensivkurs',
    hours: 430,
    from: null,
    to: 'B1',
    targets: ['ADULTS', 'ACADEMICS'],
    capacity: [20, 25],
    perWeek: [25],
  },
  PARENTS: {
    label: 'Elternintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['PARENTS'],
    capacity: [18, 22],
    perWeek: [16, 20],
  },
  WOMEN: {
    label: 'Frauenintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['WOMEN'],
    capacity: [18, 22],
    perWeek: [16, 20],
  },
  LITERACY: {
    label: 'Integrationskurs mit Alphabetisierung',
    hours: 1000,
    from: null,
    to: 'A2',
    targets: ['ILLITERATE', 'ADULTS'],
    capacity: [15, 18],
    perWeek: [20],
  },
  YOUTH: {
    label: 'Jugendintegrationskurs',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['YOUNG_ADULTS'],
    capacity: [20, 25],
    perWeek: [20, 25],
  },
  SECOND_SCRIPT: {
    label: 'Integrationskurs für Zweitschriftlernende',
    hours: 1000,
    from: null,
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [18, 22],
    perWeek: [20],
  },
  REMEDIAL: {
    label: 'Wiederholerkurs',
    hours: 300,
    from: 'A2',
    to: 'B1',
    targets: ['ADULTS'],
    capacity: [20, 25],
    perWeek: [15, 20],
  },
  JOB_BASIC_B2: {
    label: 'Berufssprachkurs Basismodul B2',
    hours: [400, 500],
    from: 'B1',
    to: 'B2',
    targets: ['ADULTS', 'EMPLOYED'],
    capacity: [15, 25],
    perWeek: [8, 20],
  },
  JOB_BASIC_C1: {
    label: 'Berufssprachkurs Basismodul C1',
    hours: [400, 500],
    from: 'B2',
    to: 'C1',
    targets: ['ACADEMICS', 'EMPLOYED'],
    capacity: [12, 20],
    perWeek: [8, 16],
  },
  JOB_SPECIAL_A2: {
    label: 'Berufssprachkurs Spezialmodul A2',
    hours: [400, 500],
    from: 'A1',
    to: 'A2',
    targets: ['ADULTS'],
    capacity: [15, 25],
    perWeek: [16, 20],
  },
  JOB_SPECIAL_B1: {
    label: 'Berufssprachkurs Spezialmodul B1',
    hours: [400, 500],
    from: 'A2',
    to: 'B1',
    targets: ['ADULTS', 'EMPLOYED'],
    capacity: [15, 25],
    perWeek: [16, 20],
  },
  JOB_SPECIAL_PROFESSION: {
    label: 'Berufssprachkurs Fachsprache Pflege',
    hours: [400, 500],
    from: 'B1',
    to: 'B2',
    targets: ['EMPLOYED', 'ACADEMICS'],
    capacity: [12, 18],
    perWeek: [8, 12],
  },
};

const scheduleByPerWeek: Record<number, string[]> = {
  8: ['Di und Do 17:30–20:45', 'Mo und Mi 18:00–21:15'],
  12: ['Mo, Mi und Fr 17:30–19:45', 'Di, Do 8:30–11:45 und Sa 9:00–12:15'],
  15: ['Mo–Fr 9:00–11:15'],
  16: ['Mo–Do 8:30–11:45', 'Mo–Do 9:00–12:15'],
  20: ['Mo–Fr 8:30–11:45', 'Mo–Fr 13:00–16:15'],
  25: ['Mo–Fr 8:30–12:45', 'Mo–Fr 8:00–12:15'],
};

interface CategoryFacts {
  course: boolean; // has dates and places
  capacity: [number, number] | null; // null: no capacity (counselling, cafés, open groups)
  hours: [number, number] | null;
  perWeek: number;
  targets: TargetGroup[];
  levels: [CefrLevel | null, CefrLevel | null];
  costFree: number; // probability
  cost: [number, number];
  weeks: [number, number];
  schedules: string[];
}

const categoryFacts: Record<Exclude<OfferCategory, 'INTEGRATION_COURSE' | 'JOB_LANGUAGE_COURSE'>, CategoryFacts> = {
  FIRST_ORIENTATION_COURSE: {
    course: true,
    capacity: [15, 20],
    hours: [300, 300],
    perWeek: 12,
    targets: ['ADULTS'],
    levels: [null, 'A1'],
    costFree: 1,
    cost: [0, 0],
    weeks: [0, 0],
    schedules: ['Mo, Mi und Fr 9:00–11:15', 'Di und Do 9:00–12:15'],
  },
  OTHER_LANGUAGE_COURSE: {
    course: true,
    capacity: [8, 16],
    hours: [40, 80],
    perWeek: 4,
    targets: [],
    levels: ['A1', 'A2'],
    costFree: 0.6,
    cost: [40, 90],
    weeks: [0, 0],
    schedules: ['Di 18:00–19:30', 'Mo und Mi 10:00–11:30', 'Do 17:00–18:30'],
  },
  LANGUAGE_CAFE: {
    course: false,
    capacity: null,
    hours: null,
    perWeek: 0,
    targets: [],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    weeks: [0, 0],
    schedules: ['Mi 15:00–17:00', 'Fr 16:00–18:00', 'jeden 2. Samstag 10:00–12:00', 'Di 17:00–19:00'],
  },
  EARLY_CHILDHOOD: {
    course: true,
    capacity: [8, 12],
    hours: null,
    perWeek: 0,
    targets: ['PARENTS', 'CHILDREN'],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    weeks: [30, 40],
    schedules: ['Mo 9:30–11:00', 'Do 15:00–16:30', 'Mi 10:00–11:30'],
  },
  SCHOOL_LANGUAGE_SUPPORT: {
    course: true,
    capacity: [8, 16],
    hours: null,
    perWeek: 0,
    targets: ['CHILDREN', 'YOUTH'],
    levels: [null, 'B1'],
    costFree: 1,
    cost: [0, 0],
    weeks: [38, 40],
    schedules: ['Mo–Fr 1.–2. Stunde', 'Di und Do 13:30–15:00', 'Mo, Mi 14:00–15:30'],
  },
  VOCATIONAL_ENTRY: {
    course: true,
    capacity: [10, 18],
    hours: [200, 480],
    perWeek: 20,
    targets: ['YOUNG_ADULTS', 'YOUTH'],
    levels: ['A2', 'B1'],
    costFree: 1,
    cost: [0, 0],
    weeks: [0, 0],
    schedules: ['Mo–Fr 8:00–12:00', 'Mo–Do 8:30–13:00'],
  },
  APPRENTICESHIP: {
    course: true,
    capacity: [2, 6],
    hours: null,
    perWeek: 0,
    targets: ['YOUNG_ADULTS', 'ADULTS'],
    levels: ['B1', null],
    costFree: 1,
    cost: [0, 0],
    weeks: [52, 156],
    schedules: ['Vollzeit im Betrieb, Berufsschule an 1–2 Tagen'],
  },
  FURTHER_TRAINING: {
    course: true,
    capacity: [8, 15],
    hours: [24, 400],
    perWeek: 12,
    targets: ['ADULTS', 'EMPLOYED'],
    levels: ['A2', null],
    costFree: 0.7,
    cost: [90, 250],
    weeks: [0, 0],
    schedules: ['Mo–Mi 8:30–11:45', 'Sa 9:00–15:00', 'Di und Do 17:30–20:00'],
  },
  RECOGNITION_COUNSELLING: {
    course: false,
    capacity: null,
    hours: null,
    perWeek: 0,
    targets: ['ACADEMICS', 'ADULTS'],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    weeks: [0, 0],
    schedules: ['Di 9:00–12:00 und Do 14:00–17:00 nach Termin', 'Mi 9:00–15:00 nach Termin'],
  },
  MIGRATION_COUNSELLING: {
    course: false,
    capacity: null,
    hours: null,
    perWeek: 0,
    targets: [],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    weeks: [0, 0],
    schedules: ['Mo 9:00–12:00, Do 14:00–17:00', 'Di 9:00–12:00', 'jeden 1. Mittwoch 10:00–13:00'],
  },
  EDUCATION_GUIDANCE: {
    course: false,
    capacity: null,
    hours: null,
    perWeek: 0,
    targets: [],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    weeks: [0, 0],
    schedules: ['Mi 14:00–17:00 nach Termin', 'Di 10:00–12:00'],
  },
  MENTORING: {
    course: true,
    capacity: [10, 20],
    hours: null,
    perWeek: 0,
    targets: ['ADULTS', 'YOUNG_ADULTS'],
    levels: [null, null],
    costFree: 1,
    cost: [0, 0],
    weeks: [40, 52],
    schedules: ['Treffen nach Absprache, etwa wöchentlich'],
  },
  OTHER: {
    course: true,
    capacity: [8, 14],
    hours: [10, 30],
    perWeek: 2,
    targets: [],
    levels: [null, null],
    costFree: 0.8,
    cost: [15, 40],
    weeks: [0, 0],
    schedules: ['Sa 10:00–12:00', 'Mi 16:00–17:30', 'Fr 15:00–17:00'],
  },
};

const categoryLabel: Record<OfferCategory, string> = {
  INTEGRATION_COURSE: 'Integrationskurs',
  JOB_LANGUAGE_COURSE: 'Berufssprachkurs',
  FIRST_ORIENTATION_COURSE: 'Erstorientierungskurs',
  OTHER_LANGUAGE_COURSE: 'Deutschkurs',
  LANGUAGE_CAFE: 'Sprachcafé',
  EARLY_CHILDHOOD: 'Angebot der frühen Bildung',
  SCHOOL_LANGUAGE_SUPPORT: 'schulische Sprachförderung',
  VOCATIONAL_ENTRY: 'Angebot zum Berufseinstieg',
  APPRENTICESHIP: 'Ausbildungsangebot',
  FURTHER_TRAINING: 'Weiterbildung',
  RECOGNITION_COUNSELLING: 'Anerkennungsberatung',
  MIGRATION_COUNSELLING: 'Migrationsberatung',
  EDUCATION_GUIDANCE: 'Bildungsberatung',
  MENTORING: 'Mentoring',
  OTHER: 'Angebot',
};

const counsellingLanguages = ['ar', 'fa', 'uk', 'ru', 'en', 'tr', 'ti', 'ps', 'ku'];

// ---------------------------------------------------------------------------------------------------------------

interface Place {
  ags: string;
  name: string;
  kind: MunicipalityKind;
  lat: number;
  lon: number;
  memberOfAgs: string | null;
}

export function generateDemoData(options: GenerateDemoDataOptions): DemoData {
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const todayTime = parseDay(options.today);
  const today = options.today;
  const reference = options.reference ?? readMunicipalities();
  const random = createRandom(seed);
  const day = (offset: number) => formatDay(todayTime + offset * dayMs);

  // Municipalities ---------------------------------------------------------------------------------------------
  const places = reference.municipalities;
  const placeByName = new Map(places.map((place) => [place.name, place]));
  const placeByAgs = new Map(places.map((place) => [place.ags, place]));
  const place = (name: string): Place => {
    const found = placeByName.get(name);
    if (!found) throw new Error(`demo data names municipality "${name}", which is not in the reference data`);
    return found;
  };
  const hub = places.reduce((best, candidate) => (candidate.population > best.population ? candidate : best));
  const newcomersByAgs = new Map<string, number>();
  for (const municipality of places.filter((m) => m.kind !== 'COLLECTIVE')) {
    const rate =
      municipality === hub
        ? 0.028 + random.next() * 0.002
        : municipality.kind === 'CITY'
          ? 0.02 + random.next() * 0.008
          : 0.015 + random.next() * 0.007;
    newcomersByAgs.set(municipality.ags, Math.round(municipality.population * rate));
  }
  for (const collective of places.filter((m) => m.kind === 'COLLECTIVE')) {
    const members = places.filter((m) => m.memberOfAgs === collective.ags);
    newcomersByAgs.set(
      collective.ags,
      members.reduce((sum, member) => sum + (newcomersByAgs.get(member.ags) ?? 0), 0),
    );
  }
  const municipalities: DemoMunicipality[] = places.map((m) => ({
    ags: m.ags,
    name: m.name,
    kind: m.kind,
    population: m.population,
    populationEstimated: m.populationEstimated,
    newcomers: newcomersByAgs.get(m.ags) ?? 0,
    lat: m.lat,
    lon: m.lon,
    districtAgs: reference.district.ags,
    memberOfAgs: m.memberOfAgs,
  }));
  const localPlaces = places.filter((m) => m.kind !== 'COLLECTIVE');

  // Actors -----------------------------------------------------------------------------------------------------
  const actorByKey = new Map<string, DemoActor>();
  const planByKey = new Map<string, ActorPlan>();
  const actors = actorPlans.map((plan, index): DemoActor => {
    const at = place(plan.at);
    const slug = slugify(plan.name);
    const serves = reach(plan.reach, at);
    const actor: DemoActor = {
      id: `demo-actor-${pad(index + 1)}`,
      name: plan.name,
      kind: plan.kind,
      description: `${plan.about} Fiktiver Demo-Datensatz – keine reale Einrichtung.`,
      address: `${random.pick(streets)} ${random.int(1, 60)}`,
      postcode: postcodes[at.name] ?? null,
      city: at.name,
      ...jitter(random, at),
      phone: `+49 5021 555-0${pad(index + 1, 2)}`,
      email: `${slug}@example.org`,
      website: `https://example.org/demo/${slug}`,
      languages: plan.languages ?? ['de'],
      municipalityAgs: at.ags,
      servesAgs: serves,
      source: 'demo',
      externalId: `demo-akteur-${pad(index + 1)}`,
    };
    actorByKey.set(plan.key, actor);
    planByKey.set(plan.key, plan);
    return actor;
  });
  const actor = (key: string): DemoActor => {
    const found = actorByKey.get(key);
    if (!found) throw new Error(`demo data names actor "${key}", which is not planned`);
    return found;
  };

  function reach(scope: Reach, at: Place): string[] {
    if (scope === 'county') return localPlaces.map((m) => m.ags);
    if (scope === 'collective') {
      const collective = at.memberOfAgs ?? at.ags;
      return places.filter((m) => m.ags === collective || m.memberOfAgs === collective).map((m) => m.ags);
    }
    if (scope === 'south') return localPlaces.filter((m) => m.lat < 52.6).map((m) => m.ags);
    const nearest = localPlaces
      .filter((m) => m.ags !== at.ags)
      .map((m) => ({ ags: m.ags, km: distanceKm(at, m) }))
      .sort((a, b) => a.km - b.km || a.ags.localeCompare(b.ags))
      .slice(0, scope)
      .map((m) => m.ags);
    return [at.ags, ...nearest];
  }

  // Offers -----------------------------------------------------------------------------------------------------
  const gapPlaces = gapPlans.map((gap) => ({ category: gap.category, places: gap.municipalities.map(place) }));
  const sequenceByProvider = new Map<string, number>();
  const offers = offerPlans.map((plan, index): DemoOffer => {
    const provider = actor(plan.provider);
    const online = plan.venue === 'ONLINE';
    const venue = online ? placeByAgs.get(provider.municipalityAgs)! : place(plan.venue);
    const format: OfferFormat = online ? 'ONLINE' : (plan.format ?? 'IN_PERSON');
    if (!online) {
      for (const gap of gapPlaces.filter((g) => g.category === plan.category)) {
        for (const gapPlace of gap.places) {
          if (distanceKm(venue, gapPlace) <= gapRadiusKm + maxJitterKm + 0.3) {
            throw new Error(
              `demo offer plan ${index + 1} (${plan.what} in ${venue.name}) would close the planned gap in ${gapPlace.name}`,
            );
          }
        }
      }
    }
    const sequence = (sequenceByProvider.get(plan.provider) ?? 0) + 1;
    sequenceByProvider.set(plan.provider, sequence);
    const location = online ? { lat: null, lon: null } : jitter(random, venue);
    const details =
      plan.category === 'INTEGRATION_COURSE' || plan.category === 'JOB_LANGUAGE_COURSE'
        ? bamfCourse(plan, venue)
        : otherOffer(plan, venue);
    const staleDays = plan.stale ? random.int(120, 400) : random.chance(0.08) ? random.int(95, 300) : null;
    return {
      id: `demo-offer-${pad(index + 1)}`,
      ...details,
      category: plan.category,
      format,
      status: plan.status,
      ...location,
      venueAgs: venue.ags,
      providerId: provider.id,
      funderIds: (plan.funders ?? []).map((key) => actor(key).id).filter((id) => id !== provider.id),
      source: 'demo',
      externalId: `demo-${plan.provider}-${pad(sequence)}`,
      updatedAt: staleDays === null ? null : `${day(-staleDays)}T09:00:00Z`,
    };
  });

  type OfferDetails = Omit<
    DemoOffer,
    | 'id'
    | 'category'
    | 'format'
    | 'status'
    | 'lat'
    | 'lon'
    | 'venueAgs'
    | 'providerId'
    | 'funderIds'
    | 'source'
    | 'externalId'
    | 'updatedAt'
  >;

  function courseDates(status: OfferStatus, weeks: number, startInDays: number | undefined) {
    const length = Math.max(1, weeks) * 7;
    let start: number;
    if (startInDays !== undefined) start = startInDays;
    else if (status === 'COMPLETED') start = -random.int(7, 120) - length;
    else if (status === 'RUNNING') start = -random.int(7, Math.max(8, Math.min(length - 7, 160)));
    else if (status === 'FULL') start = random.int(10, 45);
    else if (status === 'CANCELLED') start = random.int(-40, 40);
    else start = random.int(30, 180); // OPEN and PLANNED: within the next one to six months
    return {
      startDate: day(start),
      endDate: day(start + length),
      registrationDeadline: day(start - random.int(7, 14)),
    };
  }

  function seatsFor(status: OfferStatus, capacity: number, fixed: number | undefined) {
    let booked: number;
    let waitlist = 0;
    if (fixed !== undefined) booked = fixed;
    else if (status === 'COMPLETED') booked = capacity - random.int(0, Math.min(3, capacity - 1));
    else if (status === 'RUNNING') {
      booked = capacity - random.int(0, Math.min(4, capacity - 1));
      waitlist = random.chance(0.3) ? random.int(1, 6) : 0;
    } else if (status === 'FULL') {
      booked = capacity;
      waitlist = random.int(3, 15);
    } else if (status === 'OPEN') booked = Math.round(capacity * (0.2 + random.next() * 0.6));
    else if (status === 'PLANNED') booked = Math.round(capacity * random.next() * 0.5);
    else booked = random.int(2, 6); // CANCELLED: too few registrations
    return { booked: Math.max(0, Math.min(booked, capacity)), waitlist };
  }

  function bamfCourse(plan: OfferPlan, venue: Place): OfferDetails {
    const type = plan.what as CourseType;
    const facts = courseFacts[type];
    if (!facts) throw new Error(`demo offer plan "${plan.what}" is not a course type`);
    const hours = typeof facts.hours === 'number' ? facts.hours : random.pick(facts.hours);
    const perWeek = random.pick(facts.perWeek);
    const capacity = plan.capacity ?? random.int(facts.capacity[0], facts.capacity[1]);
    const { booked, waitlist } = seatsFor(plan.status, capacity, plan.booked);
    const integration = plan.category === 'INTEGRATION_COURSE';
    const where = plan.venue === 'ONLINE' ? 'online' : venue.name;
    const structure = integration
      ? hours === 300
        ? `${hours} Unterrichtseinheiten zur Wiederholung bis zum Deutsch-Test für Zuwanderer`
        : `${hours} Unterrichtseinheiten: ${hours - 100} Sprachkurs und 100 Orientierungskurs, Abschluss mit dem Deutsch-Test für Zuwanderer und dem Test „Leben in Deutschland“`
      : `${hours} Unterrichtseinheiten berufsbezogenes Deutsch mit Abschlussprüfung`;
    return {
      title: `${facts.label} – ${where}`,
      description: `${facts.label} (${facts.from ?? 'ohne Vorkenntnisse'} bis ${facts.to}), ${structure}.${plan.childcare ? ' Kinderbetreuung während des Unterrichts.' : ''}`,
      courseType: type,
      languageLevelFrom: facts.from,
      languageLevelTo: facts.to,
      targetGroups: [...facts.targets],
      capacity,
      booked,
      waitlist,
      minGroupSize: plan.minGroupSize ?? null,
      ...courseDates(plan.status, Math.ceil(hours / perWeek), plan.startInDays),
      schedule: random.pick(scheduleByPerWeek[perWeek] ?? ['nach Vereinbarung']),
      hoursTotal: hours,
      childcare: plan.childcare ?? false,
      costFree: !integration,
      cost: integration ? Math.round(hours * 2.29) : null, // the participant's share per unit; exemption on request
      languages: ['de'],
      accessible: random.chance(0.7),
    };
  }

  function otherOffer(plan: OfferPlan, venue: Place): OfferDetails {
    const facts = categoryFacts[plan.category as keyof typeof categoryFacts];
    const hours = facts.hours ? random.int(facts.hours[0], facts.hours[1]) : null;
    const roundedHours = hours === null ? null : hours >= 100 ? Math.round(hours / 20) * 20 : hours;
    const capacity =
      facts.capacity && plan.category !== 'EARLY_CHILDHOOD'
        ? (plan.capacity ?? random.int(facts.capacity[0], facts.capacity[1]))
        : null;
    // Open groups in early childhood have places; visiting programmes and reading hours do not.
    const earlyPlaces =
      plan.category === 'EARLY_CHILDHOOD' && /gruppe|kurs|modul|treff/i.test(plan.what) ? random.int(8, 12) : null;
    const places = capacity ?? earlyPlaces;
    const dated = facts.course && places !== null;
    const weeks =
      roundedHours !== null && facts.perWeek > 0
        ? Math.ceil(roundedHours / facts.perWeek)
        : random.int(facts.weeks[0] || 8, facts.weeks[1] || 16);
    const seats = places === null ? { booked: null, waitlist: null } : seatsFor(plan.status, places, plan.booked);
    const costFree = random.next() < facts.costFree;
    const multilingual = !facts.course || plan.category === 'MENTORING';
    const languages = multilingual
      ? ['de', ...random.shuffle(counsellingLanguages).slice(0, random.int(1, 3))]
      : ['de'];
    const where = plan.venue === 'ONLINE' ? 'online' : `in ${venue.name}`;
    const ongoing = dated
      ? null
      : { startDate: day(-random.int(200, 1500)), endDate: null, registrationDeadline: null };
    return {
      title: plan.what,
      description: `${plan.what}: ${categoryLabel[plan.category]} ${where}.${places === null ? ' Ohne Anmeldung, offen für alle.' : ` Bis zu ${places} Plätze, Anmeldung erbeten.`}${plan.childcare ? ' Mit Kinderbetreuung.' : ''}`,
      courseType: null,
      languageLevelFrom: facts.levels[0],
      languageLevelTo: facts.levels[1],
      targetGroups: [...facts.targets],
      capacity: places,
      booked: seats.booked,
      waitlist: seats.waitlist,
      minGroupSize: plan.minGroupSize ?? null,
      ...(ongoing ?? courseDates(plan.status, weeks, plan.startInDays)),
      schedule: random.pick(facts.schedules),
      hoursTotal: roundedHours,
      childcare: plan.childcare ?? false,
      costFree,
      cost: costFree ? null : random.int(facts.cost[0], facts.cost[1]),
      languages,
      accessible: random.chance(0.65),
    };
  }

  // Needs ------------------------------------------------------------------------------------------------------
  interface NeedPlan {
    at: string;
    category: OfferCategory;
    targetGroup: TargetGroup | null;
    level: CefrLevel | null;
    persons: number;
    source: NeedSource;
    by: string | null;
    status?: NeedStatus;
    note?: string;
  }
  const plannedNeeds: NeedPlan[] = [
    {
      at: 'Diepenau',
      category: 'JOB_LANGUAGE_COURSE',
      targetGroup: 'ADULTS',
      level: 'B1',
      persons: 18,
      source: 'JOBCENTER',
      by: 'jc-sto',
      note: 'Kein Berufssprachkurs in erreichbarer Nähe; ohne Auto ist Nienburg kaum zu erreichen.',
    },
    {
      at: 'Warmsen',
      category: 'JOB_LANGUAGE_COURSE',
      targetGroup: 'EMPLOYED',
      level: 'A2',
      persons: 7,
      source: 'JOBCENTER',
      by: 'jc-sto',
      note: 'Beschäftigte in der Landwirtschaft, Kurs nur abends möglich.',
    },
    {
      at: 'Diepenau',
      category: 'EARLY_CHILDHOOD',
      targetGroup: 'PARENTS',
      level: null,
      persons: 12,
      source: 'SURVEY',
      by: 'kita-die',
      note: 'Kita-Abfrage: Familien fragen nach einer Eltern-Kind-Gruppe.',
    },
    {
      at: 'Raddestorf',
      category: 'RECOGNITION_COUNSELLING',
      targetGroup: 'ACADEMICS',
      level: null,
      persons: 5,
      source: 'AUTHORITY',
      by: 'sg-uch',
      note: 'Zugewanderte mit Hochschulabschluss ohne Beratung vor Ort.',
    },
    {
      at: 'Uchte',
      category: 'INTEGRATION_COURSE',
      targetGroup: 'ADULTS',
      level: 'A1',
      persons: 32,
      source: 'WAITLIST',
      by: 'geest',
      note: 'Warteliste des einzigen Kursträgers vor Ort.',
    },
    {
      at: 'Diepenau',
      category: 'INTEGRATION_COURSE',
      targetGroup: 'ADULTS',
      level: 'A1',
      persons: 14,
      source: 'AUTHORITY',
      by: 'sg-uch',
    },
    {
      at: 'Warmsen',
      category: 'INTEGRATION_COURSE',
      targetGroup: 'WOMEN',
      level: 'A1',
      persons: 9,
      source: 'SURVEY',
      by: 'hk-uch',
      note: 'Frauen mit kleinen Kindern; Kurs nur mit Kinderbetreuung möglich.',
    },
    {
      at: 'Nienburg/Weser',
      category: 'INTEGRATION_COURSE',
      targetGroup: 'ADULTS',
      level: 'A1',
      persons: 40,
      source: 'WAITLIST',
      by: 'sw',
    },
    {
      at: 'Nienburg/Weser',
      category: 'JOB_LANGUAGE_COURSE',
      targetGroup: 'ADULTS',
      level: 'B2',
      persons: 25,
      source: 'JOBCENTER',
      by: 'jc',
    },
    {
      at: 'Rehburg-Loccum',
      category: 'INTEGRATION_COURSE',
      targetGroup: 'YOUNG_ADULTS',
      level: 'A1',
      persons: 15,
      source: 'WAITLIST',
      by: 'auetal',
    },
    {
      at: 'Samtgemeinde Heemsen',
      category: 'LANGUAGE_CAFE',
      targetGroup: null,
      level: null,
      persons: 10,
      source: 'ESTIMATE',
      by: 'sg-heem',
      note: 'Schätzung für die Samtgemeinde insgesamt.',
    },
    {
      at: 'Stolzenau',
      category: 'INTEGRATION_COURSE',
      targetGroup: 'PARENTS',
      level: 'A1',
      persons: 11,
      source: 'SURVEY',
      by: 'kita-sto',
    },
    {
      at: 'Hoya',
      category: 'INTEGRATION_COURSE',
      targetGroup: 'ADULTS',
      level: 'A1',
      persons: 22,
      source: 'WAITLIST',
      by: 'bgh',
    },
    {
      at: 'Uchte',
      category: 'SCHOOL_LANGUAGE_SUPPORT',
      targetGroup: 'CHILDREN',
      level: null,
      persons: 16,
      source: 'SCHOOL',
      by: 'gs-uch',
    },
    {
      at: 'Nienburg/Weser',
      category: 'INTEGRATION_COURSE',
      targetGroup: 'PARENTS',
      level: 'A1',
      persons: 13,
      source: 'SURVEY',
      by: 'fz-ni',
      status: 'MET',
      note: 'Durch den Elternkurs der Volkshochschule gedeckt.',
    },
  ];
  const needCategories: [OfferCategory, number][] = [
    ['INTEGRATION_COURSE', 22],
    ['JOB_LANGUAGE_COURSE', 12],
    ['FIRST_ORIENTATION_COURSE', 6],
    ['OTHER_LANGUAGE_COURSE', 6],
    ['LANGUAGE_CAFE', 4],
    ['EARLY_CHILDHOOD', 10],
    ['SCHOOL_LANGUAGE_SUPPORT', 12],
    ['VOCATIONAL_ENTRY', 8],
    ['APPRENTICESHIP', 4],
    ['FURTHER_TRAINING', 4],
    ['RECOGNITION_COUNSELLING', 3],
    ['MIGRATION_COUNSELLING', 4],
    ['EDUCATION_GUIDANCE', 3],
    ['MENTORING', 3],
  ];
  const targetsFor: Partial<Record<OfferCategory, TargetGroup[]>> = {
    INTEGRATION_COURSE: ['ADULTS', 'ADULTS', 'WOMEN', 'PARENTS', 'YOUNG_ADULTS', 'ILLITERATE'],
    JOB_LANGUAGE_COURSE: ['ADULTS', 'EMPLOYED', 'ACADEMICS'],
    EARLY_CHILDHOOD: ['PARENTS', 'CHILDREN'],
    SCHOOL_LANGUAGE_SUPPORT: ['CHILDREN', 'YOUTH', 'UNACCOMPANIED_MINORS'],
    VOCATIONAL_ENTRY: ['YOUTH', 'YOUNG_ADULTS', 'UNACCOMPANIED_MINORS'],
    APPRENTICESHIP: ['YOUNG_ADULTS'],
    RECOGNITION_COUNSELLING: ['ACADEMICS', 'EMPLOYED'],
    FURTHER_TRAINING: ['ADULTS', 'EMPLOYED'],
    MENTORING: ['YOUNG_ADULTS', 'WOMEN'],
  };
  const levelFor: Partial<Record<OfferCategory, CefrLevel[]>> = {
    INTEGRATION_COURSE: ['A1', 'A1', 'A2'],
    JOB_LANGUAGE_COURSE: ['A2', 'B1', 'B2', 'C1'],
    FIRST_ORIENTATION_COURSE: ['A1'],
    OTHER_LANGUAGE_COURSE: ['A1', 'A2', 'B1'],
    VOCATIONAL_ENTRY: ['A2', 'B1'],
  };
  const sourcesFor = (category: OfferCategory): NeedSource[] => {
    if (category === 'SCHOOL_LANGUAGE_SUPPORT') return ['SCHOOL', 'SCHOOL', 'AUTHORITY'];
    if (category === 'JOB_LANGUAGE_COURSE' || category === 'VOCATIONAL_ENTRY' || category === 'FURTHER_TRAINING')
      return ['JOBCENTER', 'JOBCENTER', 'WAITLIST', 'SURVEY'];
    if (category === 'INTEGRATION_COURSE') return ['WAITLIST', 'AUTHORITY', 'JOBCENTER', 'SURVEY'];
    return ['SURVEY', 'AUTHORITY', 'ESTIMATE'];
  };
  const weightedPlaces = localPlaces.flatMap((m) =>
    Array<Place>(Math.max(1, Math.round((newcomersByAgs.get(m.ags) ?? 0) / 40))).fill(m),
  );
  const weightedCategories = needCategories.flatMap(([category, weight]) =>
    Array<OfferCategory>(weight).fill(category),
  );
  const generatedNeeds: NeedPlan[] = [];
  for (let i = 0; i < 57; i++) {
    const at = random.pick(weightedPlaces);
    const category = random.pick(weightedCategories);
    const source = random.pick(sourcesFor(category));
    generatedNeeds.push({
      at: at.name,
      category,
      targetGroup: targetsFor[category] ? random.pick(targetsFor[category]) : random.chance(0.5) ? 'ADULTS' : null,
      level: levelFor[category] ? random.pick(levelFor[category]) : null,
      persons: random.int(3, 40),
      source,
      by: reporterFor(source, at, category),
      status: random.chance(0.72) ? 'OPEN' : random.chance(0.6) ? 'MET' : 'OBSOLETE',
    });
  }
  const needs = [...plannedNeeds, ...generatedNeeds].map((plan, index): DemoNeed => ({
    id: `demo-need-${pad(index + 1)}`,
    municipalityAgs: place(plan.at).ags,
    category: plan.category,
    targetGroup: plan.targetGroup,
    languageLevel: plan.level,
    persons: plan.persons,
    reportedAt: day(-random.int(index < plannedNeeds.length ? 10 : 1, index < plannedNeeds.length ? 200 : 364)),
    source: plan.source,
    reportedById: plan.by === null ? null : actor(plan.by).id,
    status: plan.status ?? 'OPEN',
    note: plan.note ?? null,
  }));

  function reporterFor(source: NeedSource, at: Place, category: OfferCategory): string | null {
    const nearest = (kinds: ActorKind[], filter: (plan: ActorPlan) => boolean = () => true) => {
      const candidates = actorPlans.filter(
        (plan) => kinds.includes(plan.kind) && !isolatedKeys.has(plan.key) && filter(plan),
      );
      const ranked = candidates
        .map((plan) => ({ key: plan.key, km: distanceKm(at, actor(plan.key)) }))
        .sort((a, b) => a.km - b.km || a.key.localeCompare(b.key));
      return ranked[0]?.key ?? null;
    };
    if (source === 'JOBCENTER') return nearest(['JOBCENTER']);
    if (source === 'SCHOOL') return nearest(category === 'VOCATIONAL_ENTRY' ? ['VOCATIONAL_SCHOOL'] : ['SCHOOL']);
    if (source === 'WAITLIST') {
      const provider = offerPlans
        .filter((plan) => plan.category === category && plan.venue !== 'ONLINE')
        .map((plan) => plan.provider);
      return nearest(
        ['COURSE_PROVIDER', 'ADULT_EDUCATION_CENTRE', 'VOCATIONAL_SCHOOL', 'WELFARE_ASSOCIATION', 'DAYCARE'],
        (plan) => provider.includes(plan.key),
      );
    }
    if (source === 'AUTHORITY') return nearest(['MUNICIPAL_ADMINISTRATION']);
    if (source === 'SURVEY') return 'bik';
    return random.chance(0.5) ? 'bik' : null; // ESTIMATE
  }

  // Cooperation links ------------------------------------------------------------------------------------------
  const cooperations: DemoCooperation[] = [];
  const pairs = new Set<string>();
  const cooperationNotes: Record<CooperationKind, string[]> = {
    AGREEMENT: ['Kooperationsvereinbarung', 'Schriftliche Vereinbarung über Zusammenarbeit', 'Rahmenvereinbarung'],
    REFERRAL: ['Gegenseitige Vermittlung von Teilnehmenden', 'Verweisberatung', 'Vermittlung in Kurse'],
    JOINT_OFFER: ['Gemeinsames Angebot', 'Kinderbetreuung für Kurse', 'Gemeinsame Kursplanung'],
    FUNDING: ['Förderung von Angeboten', 'Projektförderung', 'Finanzierung von Kursplätzen'],
    EXCHANGE: ['Regelmäßiger fachlicher Austausch', 'Austausch in Netzwerktreffen', 'Abstimmung von Terminen'],
    INFORMAL: ['Kurze Wege, Kontakt nach Bedarf', 'Informeller Kontakt', 'Gelegentliche Zusammenarbeit'],
  };
  const strengthOf: Record<CooperationKind, [number, number]> = {
    AGREEMENT: [2, 3],
    REFERRAL: [2, 3],
    JOINT_OFFER: [2, 3],
    FUNDING: [2, 3],
    EXCHANGE: [1, 2],
    INFORMAL: [1, 1],
  };
  const link = (fromKey: string, toKey: string, kind: CooperationKind) => {
    if (fromKey === toKey || isolatedKeys.has(fromKey) || isolatedKeys.has(toKey)) return;
    const from = actor(fromKey).id;
    const to = actor(toKey).id;
    const pair = from < to ? `${from}|${to}` : `${to}|${from}`;
    if (pairs.has(pair)) return;
    pairs.add(pair);
    const since = -random.int(120, 2600);
    const ending = random.next();
    cooperations.push({
      fromId: from,
      toId: to,
      kind,
      since: day(since),
      until:
        ending < 0.05
          ? day(Math.min(-10, since + random.int(180, 900)))
          : ending < 0.15
            ? day(random.int(60, 700))
            : null,
      strength: random.int(strengthOf[kind][0], strengthOf[kind][1]),
      note: random.pick(cooperationNotes[kind]),
    });
  };
  const keysOf = (kinds: ActorKind[]) =>
    actorPlans.filter((plan) => kinds.includes(plan.kind) && !isolatedKeys.has(plan.key)).map((plan) => plan.key);
  const courseProviderKeys = keysOf(['COURSE_PROVIDER', 'ADULT_EDUCATION_CENTRE']);
  const near = (a: string, b: string, km: number) => distanceKm(actor(a), actor(b)) <= km;

  // The county office is the hub; the job centres and counselling services refer people to the courses.
  for (const key of [
    ...courseProviderKeys,
    'jc',
    'jc-sto',
    'aa',
    'abh',
    'stadt-ni',
    'fruehe',
    'mbe',
    'jmd',
    'anerk',
    'bbs',
    'bst',
    'stchance',
    'hwk',
    'ihk',
    'swl',
  ]) {
    link(
      'bik',
      key,
      courseProviderKeys.includes(key)
        ? random.pick<CooperationKind>(['AGREEMENT', 'EXCHANGE'])
        : random.pick<CooperationKind>(['EXCHANGE', 'AGREEMENT', 'EXCHANGE']),
    );
  }
  for (const key of keysOf(['MUNICIPAL_ADMINISTRATION'])) link('bik', key, 'EXCHANGE');
  for (const key of courseProviderKeys) {
    link('jc', key, 'REFERRAL');
    link('abh', key, 'REFERRAL');
    link('mbe', key, 'REFERRAL');
    if (near('jc-sto', key, 30)) link('jc-sto', key, 'REFERRAL');
  }
  for (const key of ['bbs', 'bbs-sto', 'bzs', 'bruecke', 'hwk', 'ihk', 'aa', 'jmd', 'anerk', 'bbmw'])
    link('jc', key, random.pick<CooperationKind>(['AGREEMENT', 'REFERRAL']));
  for (const key of ['bbs', 'bbs-sto', 'jmd', 'hwk', 'ihk', 'anerk', 'bbmw', 'klinik', 'glas', 'logistik', 'pflege'])
    link('aa', key, random.pick<CooperationKind>(['AGREEMENT', 'REFERRAL', 'EXCHANGE']));
  for (const key of ['klinik', 'glas', 'logistik', 'landtech', 'pflege', 'spargel']) {
    link(key, random.pick(['ihk', 'hwk']), 'AGREEMENT');
    link(key, random.pick(['bruecke', 'bzs', 'lmw', 'sw']), 'JOINT_OFFER');
  }
  // Childcare for parents' and women's courses comes from nearby day-care centres.
  for (const kita of keysOf(['DAYCARE'])) {
    link('fruehe', kita, 'EXCHANGE');
    const providers = courseProviderKeys.filter((key) => near(kita, key, 15));
    for (const key of random.shuffle(providers).slice(0, 2)) link(key, kita, 'JOINT_OFFER');
  }
  for (const school of keysOf(['SCHOOL', 'VOCATIONAL_SCHOOL'])) {
    link('jmd', school, random.pick<CooperationKind>(['REFERRAL', 'EXCHANGE']));
    const helpers = keysOf(['VOLUNTEER_INITIATIVE', 'ASSOCIATION', 'MIGRANT_ORGANISATION']).filter((key) =>
      near(school, key, 12),
    );
    for (const key of random.shuffle(helpers).slice(0, 2))
      link(key, school, random.pick<CooperationKind>(['JOINT_OFFER', 'INFORMAL']));
  }
  for (const key of keysOf(['VOLUNTEER_INITIATIVE', 'MIGRANT_ORGANISATION', 'CHURCH', 'ASSOCIATION'])) {
    link(near(key, 'stchance', 20) && random.chance(0.6) ? 'stchance' : 'bst', key, 'FUNDING');
    link('mbe', key, random.pick<CooperationKind>(['REFERRAL', 'INFORMAL']));
  }
  for (const key of keysOf(['WELFARE_ASSOCIATION', 'COUNSELLING_SERVICE'])) {
    for (const other of keysOf(['WELFARE_ASSOCIATION', 'COUNSELLING_SERVICE']))
      if (key < other && near(key, other, 30)) link(key, other, 'EXCHANGE');
  }
  // Each Samtgemeinde works with the actors in its area.
  for (const admin of keysOf(['MUNICIPAL_ADMINISTRATION'])) {
    const area = new Set(actor(admin).servesAgs);
    const local = actors.filter((a) => area.has(a.municipalityAgs)).map((a) => actorPlans[actors.indexOf(a)]!.key);
    for (const key of random.shuffle(local).slice(0, 5))
      link(admin, key, random.pick<CooperationKind>(['EXCHANGE', 'INFORMAL', 'AGREEMENT']));
  }
  // Course providers talk to each other (the monthly round); the looser ties follow distance.
  for (const a of courseProviderKeys)
    for (const b of courseProviderKeys)
      if (a < b && random.chance(near(a, b, 20) ? 0.7 : 0.25))
        link(a, b, random.pick<CooperationKind>(['EXCHANGE', 'REFERRAL', 'INFORMAL']));
  const linkable = actorPlans.filter((plan) => !isolatedKeys.has(plan.key)).map((plan) => plan.key);
  for (const a of linkable)
    for (const b of linkable) if (a < b && near(a, b, 8) && random.chance(0.05)) link(a, b, 'INFORMAL');
  // Nobody but the planned isolated actors is left without a link.
  const degree = new Map<string, number>();
  for (const c of cooperations) for (const id of [c.fromId, c.toId]) degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const key of linkable) if (!degree.has(actor(key).id)) link('bik', key, 'INFORMAL');

  // Networks, meetings, decisions ------------------------------------------------------------------------------
  const networks: DemoNetwork[] = [];
  const meetings: DemoMeeting[] = [];
  const decisions: DemoDecision[] = [];
  const monthDay = (monthsBack: number, weekday: number, nth: number) => {
    const first = parseDay(addMonths(startOfMonth(formatDay(todayTime)), -monthsBack));
    const offset = (weekday - new Date(first).getUTCDay() + 7) % 7;
    return first + (offset + 7 * (nth - 1)) * dayMs;
  };
  const decisionTexts: Record<string, string[]> = {
    round: [
      'Kursstarts für das nächste Halbjahr abgleichen und in der Übersicht veröffentlichen',
      'Wartelisten monatlich an die Bildungskoordination melden',
      'Gemeinsamen Elternkurs mit Kinderbetreuung im Raum Marklohe prüfen',
      'Einstufungstests gegenseitig anerkennen',
      'Bedarf an Berufssprachkursen im Südwesten (Diepenau, Warmsen) klären',
      'Mehrsprachigen Flyer aller Kursangebote erstellen',
      'Fahrtkostenzuschuss für Teilnehmende aus Diepenau beim Kreis anfragen',
      'Kursstarts mit weniger als der Mindestteilnehmerzahl zusammenlegen',
      'Kontakt zur neuen Sprachschule in Steyerberg aufnehmen',
      'Online-Kursangebote für den ländlichen Raum bekannt machen',
      'Termine von Kursstarts in Nienburg entzerren',
      'Alphabetisierungskurs für das Frühjahr planen',
    ],
    committee: [
      'Bedarfsanalyse mit Handlungsempfehlungen im Fachausschuss vorstellen',
      'Mittel für Kinderbetreuung in Sprachkursen beantragen',
      'Bildungsmonitoring jährlich fortschreiben',
      'Mobilitätskonzept für den Südkreis erarbeiten',
      'Datenaustausch mit den Kursträgern vereinbaren',
    ],
    early: [
      'Eltern-Kind-Gruppe im Südwesten aufbauen',
      'Mehrsprachige Elternbriefe für Kitas abstimmen',
      'Fortbildung „Sprachbildung im Alltag“ für Kita-Fachkräfte organisieren',
      'Übergang Kita–Grundschule für neu zugewanderte Familien begleiten',
    ],
    south: [
      'Gemeinsamen Kursort in Uchte für Integrations- und Berufssprachkurse suchen',
      'Bürgerbus-Fahrzeiten an Kurszeiten anpassen',
      'Sprechstunde der Anerkennungsberatung im Südkreis anfragen',
      'Ehrenamtliche Deutschgruppen im Südkreis vernetzen',
    ],
    volunteers: [
      'Fortbildung für Sprachpatinnen und Sprachpaten anbieten',
      'Gemeinsamen Kalender der Sprachcafés pflegen',
      'Ehrenamtspauschale bei der Bürgerstiftung beantragen',
    ],
  };
  const southKeys = linkable.filter((key) => actor(key).lat < 52.56);
  const networkPlans: {
    key: string;
    name: string;
    kind: NetworkKind;
    cadence: Cadence;
    description: string;
    coordinator: string;
    members: string[];
    meetingsBack: number[];
    weekday: number;
    place: string;
    topics: string[];
  }[] = [
    {
      key: 'round',
      name: 'Monatsrunde der Kursträger (fiktiv)',
      kind: 'EXCHANGE_ROUND',
      cadence: 'MONTHLY',
      description:
        'Monatlicher Austausch der Träger von Integrations- und Berufssprachkursen: Kursstarts, freie Plätze, Wartelisten.',
      coordinator: 'bik',
      members: courseProviderKeys,
      meetingsBack: [11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1],
      weekday: 3,
      place: 'Kreishaus, Sitzungsraum 2 (fiktiv)',
      topics: [
        'Kursstarts und freie Plätze',
        'Wartelisten und Zuweisungen',
        'Kinderbetreuung in Elternkursen',
        'Bedarfe im Südkreis',
        'Berufssprachkurse',
        'Jahresplanung',
      ],
    },
    {
      key: 'committee',
      name: 'Steuerungsgruppe Bildung und Integration (fiktiv)',
      kind: 'COMMITTEE',
      cadence: 'QUARTERLY',
      description: 'Steuert die Bildungskoordination für Neuzugewanderte und beschließt Handlungsempfehlungen.',
      coordinator: 'bik',
      members: ['bik', 'jc', 'aa', 'abh', 'vhs', 'stadt-ni', 'sg-mw', 'sg-uch', 'sg-hoya', 'bbs', 'ihk', 'swl', 'mbe'],
      meetingsBack: [11, 8, 5, 2],
      weekday: 2,
      place: 'Kreishaus, großer Sitzungssaal (fiktiv)',
      topics: ['Bedarfsanalyse', 'Haushalt und Förderung', 'Bildungsmonitoring', 'Mobilität im ländlichen Raum'],
    },
    {
      key: 'early',
      name: 'Arbeitskreis Frühe Bildung (fiktiv)',
      kind: 'WORKING_GROUP',
      cadence: 'QUARTERLY',
      description:
        'Kitas, Familienzentren, Grundschulen und Beratungsstellen zur frühen Bildung neu zugewanderter Familien.',
      coordinator: 'fruehe',
      members: ['fruehe', ...keysOf(['DAYCARE']), 'gs-ni', 'gs-uch', 'gs-die', 'gs-stei', 'swl', 'fhmw', 'bib', 'mbe'],
      meetingsBack: [10, 7, 4, 1],
      weekday: 4,
      place: 'Familienzentrum Regenbogen (fiktiv)',
      topics: ['Eltern-Kind-Angebote', 'Sprachbildung im Kita-Alltag', 'Übergang Kita–Schule'],
    },
    {
      key: 'south',
      name: 'Regionalnetzwerk Süd – Mittelweser und Uchte (fiktiv)',
      kind: 'REGIONAL_NETWORK',
      cadence: 'QUARTERLY',
      description: 'Akteure im Süden des Kreises: Erreichbarkeit von Angeboten, gemeinsame Kursorte, Ehrenamt.',
      coordinator: 'sg-mw',
      members: southKeys,
      meetingsBack: [9, 6, 3],
      weekday: 1,
      place: 'Rathaus Stolzenau, Ratssaal (fiktiv)',
      topics: ['Erreichbarkeit von Kursen', 'Bedarfe in Uchte und Diepenau', 'Ehrenamtliche Angebote'],
    },
    {
      key: 'volunteers',
      name: 'Forum Ehrenamt und Sprachpatenschaften (fiktiv)',
      kind: 'OTHER',
      cadence: 'HALF_YEARLY',
      description: 'Treffen der ehrenamtlichen Initiativen, Kirchengemeinden und Stiftungen.',
      coordinator: 'wn-ni',
      members: [...keysOf(['VOLUNTEER_INITIATIVE', 'CHURCH', 'FOUNDATION']), 'bib', 'mgh'],
      meetingsBack: [10, 4],
      weekday: 6,
      place: 'Stadtbibliothek Weserbogen (fiktiv)',
      topics: ['Sprachcafés', 'Fortbildung für Ehrenamtliche'],
    },
  ];
  for (const plan of networkPlans) {
    const network: DemoNetwork = {
      id: `demo-network-${pad(networks.length + 1)}`,
      name: plan.name,
      kind: plan.kind,
      cadence: plan.cadence,
      description: `${plan.description} Fiktiver Demo-Datensatz.`,
      coordinatorId: actor(plan.coordinator).id,
      memberIds: [...new Set(plan.members)].map((key) => actor(key).id),
    };
    networks.push(network);
    const texts = random.shuffle(decisionTexts[plan.key] ?? []);
    let textIndex = 0;
    for (const monthsBack of plan.meetingsBack) {
      const time = monthDay(monthsBack, plan.weekday, 2);
      const past = time < todayTime;
      if (!past && monthsBack >= 0) continue; // this month's meeting is still ahead: only the planned next one counts
      const ageDays = Math.round((todayTime - time) / dayMs);
      const participants = [
        network.coordinatorId,
        ...network.memberIds.filter((id) => id !== network.coordinatorId && random.chance(0.75)),
      ];
      const meeting: DemoMeeting = {
        id: `demo-meeting-${pad(meetings.length + 1)}`,
        networkId: network.id,
        date: formatDay(time),
        topic: random.pick(plan.topics),
        place: random.chance(0.15) ? 'Videokonferenz' : plan.place,
        attendeeIds: past ? participants : [],
      };
      meetings.push(meeting);
      if (!past) continue;
      const count = plan.key === 'round' ? random.int(1, 2) : random.int(1, 3);
      for (let i = 0; i < count; i++) {
        const text = texts.length > 0 ? texts[textIndex++ % texts.length]! : 'Protokoll abstimmen';
        const status: DecisionStatus =
          ageDays > 180
            ? random.chance(0.75)
              ? 'DONE'
              : 'DROPPED'
            : ageDays > 60
              ? random.pick(['DONE', 'IN_PROGRESS', 'IN_PROGRESS'])
              : random.pick(['OPEN', 'IN_PROGRESS']);
        const responsible = random.chance(0.85) ? random.pick(participants) : null;
        decisions.push({
          id: `demo-decision-${pad(decisions.length + 1)}`,
          meetingId: meeting.id,
          text,
          status,
          dueDate: random.chance(0.85) ? formatDay(time + random.int(30, 120) * dayMs) : null,
          responsibleId: responsible,
        });
      }
    }
  }

  return {
    seed,
    today,
    district: { ags: reference.district.ags, name: reference.district.name, state: reference.district.state },
    municipalities,
    actors,
    offers,
    needs,
    cooperations,
    networks,
    meetings,
    decisions,
  };
}

function slugify(name: string): string {
  return name
    .replace(/\(fiktiv\)/g, '')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
