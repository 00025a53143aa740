// The records the synthetic Germany is made of and the options that scale it; the enums come from the schema.
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

export type {
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

/** What came of a course in one period (Outcome, OUTCOME_OF its offer): aggregate counts, never persons. */
export interface SyntheticOutcome {
  id: string;
  offerId: string; // OUTCOME_OF
  periodStart: string;
  periodEnd: string;
  started: number;
  finished: number;
  droppedOut: number;
  dtzB1: number | null; // integration courses, in the course's last period
  dtzA2: number | null;
  dtzBelowA2: number | null;
  orientationPassed: number | null;
  orientationFailed: number | null;
  certificates: number | null; // job language courses, in the course's last period
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
  outcomes(): Generator<SyntheticOutcome>; // of the running and completed courses, per offer and half-year
}
