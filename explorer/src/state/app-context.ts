// What the panels and views share: the view state, the loaded data, and the way to change the state. Here, below
// app/ (which wires it up), ui/ and views/ (which use it), so that none of them imports another in a circle.
// Everything here that changes is a signal underneath (state/view-store.ts, state/loadables.ts): a component that
// reads ctx.state.radius or ctx.gaps() in its render is drawn again when that changes, and only then.
import type { DistrictModel } from '../data/district-model';
import type {
  ActorDetailsQuery,
  AreaOutlinesQuery,
  CourseCalendarQuery,
  CoverageGapsQuery,
  DistrictsQuery,
  MonitoringSeriesQuery,
  NeedsByIdsQuery,
  OfferDetailsQuery,
  ProviderRoundQuery,
  RecommendationsQuery,
  WaitingTimesQuery,
} from '../generated/graphql';
import type { ExplainedError } from '../api/explain-error';
import type { Language } from '../i18n/enum-labels';
import { translate, type MessageKey } from '../i18n/messages';
import type { Access } from './access';
import type { ViewState } from './view-state';

export type GapTable = CoverageGapsQuery['coverageGaps'];
export type Recommendation = RecommendationsQuery['recommendations'][number];
export type ActorDetails = ActorDetailsQuery['actors'][number];
export type OfferDetails = OfferDetailsQuery['offers'][number];
export type Need = NeedsByIdsQuery['needs'][number];
export type MonitoringSeries = MonitoringSeriesQuery['monitoringSeries'][number];
export type WaitingTable = WaitingTimesQuery['waitingTimes'];
export type AreaWaitingRow = WaitingTable['municipalities'][number];
export type ProviderRound = ProviderRoundQuery['networks'][number];
export type CalendarCourse = CourseCalendarQuery['courseCalendar'][number];

/** The shortest cooperation path between two actors that the network view found. */
export interface PathResult {
  from: string;
  to: string;
  actorIds: string[] | null; // null: no path
}

/** A value that is loaded on first use and shown as "loading" until then. */
export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  // message: the explanation in German (api/explain-error.ts); error: what went wrong, for a text in the reader's
  // language; retry: load it again (state/loadables.ts)
  | { status: 'error'; message: string; error: ExplainedError; retry: () => void };

export interface AppContext {
  /** The view state: each field read subscribes the reader to that field. */
  state: ViewState;
  /** The view state now, without subscribing (event handlers). */
  peek: () => ViewState;
  districts: DistrictsQuery['districts'];
  /** The district's data (an empty district while they load: see `loaded`). */
  readonly model: DistrictModel;
  /** Whether the district's data are there; the explorer's frame is drawn before they are. */
  readonly loaded: boolean;
  /** Changes the state (pushing nothing onto the history: the URL is replaced); what reads it is drawn again. */
  set: (patch: Partial<ViewState>) => void;
  gaps: () => Loadable<GapTable>;
  recommendations: () => Loadable<Recommendation[]>;
  /** The monitoring series of every category for the area and time span of the view state. */
  monitoring: () => Loadable<MonitoringSeries[]>;
  /** Any other query, loaded on first use under its key and kept for the session (explorer/src/monitoring/). */
  load: <T>(key: string, fetch: () => Promise<T>) => Loadable<T>;
  /** The course calendar of the timeline's period (the category filter applied by the API when it names one). */
  calendar: () => Loadable<CalendarCourse[]>;
  /** The waiting times of the waiting category (the chosen course category, else integration courses) and radius. */
  waitingTimes: () => Loadable<WaitingTable>;
  /** The official outlines of the district's areas for the map (none: the map draws points). */
  outlines: () => Loadable<AreaOutlinesQuery['areaOutlines']>;
  /** Today (YYYY-MM-DD), the start of the timeline. */
  today: string;
  actorDetails: (id: string) => Loadable<ActorDetails | undefined>;
  offerDetails: (id: string) => Loadable<OfferDetails | undefined>;
  needs: (ids: string[]) => Loadable<Need[]>;
  /** The district's round of course providers (its exchange round with the most members), or null: none. */
  providerRound: () => Loadable<ProviderRound | null>;
  /** Loads the round again (the loaded one stays until the new one is there), after a decision was written. */
  reloadProviderRound: () => Promise<void>;
  /** The viewer may change the county's data (the coordinator); the API checks it again. */
  canEdit: boolean;
  /** What the role may see and do (state/access.ts): staff figures, edit controls, a partner's own organisation. */
  access: Access;
  /** The shortest path the network view found (a signal: the details panel follows it). */
  path: () => PathResult | undefined;
  setPath: (path: PathResult | undefined) => void;
  toggleGroup: (ags: string) => void;
  t: (key: MessageKey) => string;
  lang: Language;
}

export function makeTranslator(lang: Language): (key: MessageKey) => string {
  return (key) => translate(key, lang);
}
