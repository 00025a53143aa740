// The records the demo generator returns and its options; the enums come from the schema, through graphql-codegen.
import type { MunicipalityKind, MunicipalityReference } from './read-municipalities.js';
import type { NeighbourMunicipality } from './read-neighbours.js';
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

/** A municipality of the neighbouring district: real key, name and point; no population in the reference data. */
export interface DemoBorderMunicipality {
  ags: string;
  name: string;
  kind: MunicipalityKind;
  lat: number;
  lon: number;
  districtAgs: string;
}

/** The neighbouring district's border area: its municipalities near the county, fictional actors and offers. */
export interface DemoBorderArea {
  district: DemoDistrict;
  municipalities: DemoBorderMunicipality[];
  actors: DemoActor[];
  offers: DemoOffer[];
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
  borderArea: DemoBorderArea; // not part of the county: loaded beside it (plans/border-plans.ts)
}

export interface GenerateDemoDataOptions {
  seed?: number; // PRNG seed; default 1
  today: string; // YYYY-MM-DD; every date is relative to it
  reference?: MunicipalityReference; // the district and municipalities; default: ../shared/data CSV
  neighbours?: NeighbourMunicipality[]; // the neighbouring districts' municipalities; default: reference/ CSV
}

// ---------------------------------------------------------------------------------------------------------------
