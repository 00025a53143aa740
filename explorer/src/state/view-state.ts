// The whole view state, and its form in the URL: a link reproduces the same view. Defaults are left out of
// the URL so that links stay short; unknown or malformed values fall back to the defaults.
import type { Language } from '../i18n/enum-labels';
import {
  actorKindLabels,
  cooperationKindLabels,
  courseTypeLabels,
  offerCategoryLabels,
  offerStatusLabels,
  targetGroupLabels,
} from '../i18n/enum-labels';
import type {
  ActorKind,
  CooperationKind,
  CourseType,
  OfferCategory,
  OfferStatus,
  TargetGroup,
} from '../generated/graphql';

export const viewNames = [
  'network',
  'actors',
  'map',
  'offers',
  'courses',
  'recommendations',
  'monitoring',
  'surveys',
] as const;

/** The time spans the monitoring view offers, in months back from today. */
export const monitoringSpans = [6, 12, 24] as const;
export type ViewName = (typeof viewNames)[number];

export interface ViewState {
  view: ViewName;
  district: string; // 5-digit AGS; '' picks the district with the most municipalities
  lang: Language;
  category: OfferCategory | ''; // '' = all; the map and the gap table then use defaultGapCategory
  radius: number; // catchment radius in km
  actorKind: ActorKind | '';
  area: string; // AGS of a municipality or Samtgemeinde; '' = the whole district
  coopKind: CooperationKind | '';
  targetGroup: TargetGroup | '';
  status: OfferStatus | '';
  selected: string; // 'a:<actor id>', 'm:<municipality ags>', 'o:<offer id>' or ''
  search: string;
  sizeBy: 'degree' | 'betweenness';
  showOffers: boolean;
  isolated: boolean; // highlight isolated actors
  brokers: boolean; // highlight brokers
  collapsed: string[]; // municipality AGS collapsed to one node in the network view
  pathFrom: string; // actor ids of the shortest path asked for
  pathTo: string;
  rec: string; // the recommendation in focus
  sort: string; // offers table: column, '-column' for descending
  months: number; // monitoring: how many months back from today the charts show (one of monitoringSpans)
  courseType: CourseType | ''; // the timeline's course type filter; '' = all
  groupBy: 'provider' | 'area'; // the timeline's rows: one per provider or one per Samtgemeinde / municipality
  horizon: number; // the timeline's horizon from today, in months
  waiting: boolean; // the map shows waiting times instead of coverage gaps
  hops: 1 | 2; // the network brings out a selected actor's partners one or two steps out
  actorSort: string; // the Akteure table: column, '-column' for descending
  partnerOf: string; // the Akteure table: only partners of this actor (id)
  notWith: string; // the Akteure table: only actors without a cooperation with this one (id)
  actorRole: '' | 'broker' | 'isolated'; // the Akteure table: only brokers or only isolated actors
  round: string; // the Abfragen view: the survey round shown (id); '' = the newest
  border: boolean; // the offers table also lists the offers across the district border within the radius
}

export const defaultGapCategory: OfferCategory = 'INTEGRATION_COURSE';

export const defaultViewState: ViewState = {
  view: 'network',
  district: '',
  lang: 'de',
  category: '',
  radius: 25,
  actorKind: '',
  area: '',
  coopKind: '',
  targetGroup: '',
  status: '',
  selected: '',
  search: '',
  sizeBy: 'degree',
  showOffers: false,
  isolated: false,
  brokers: false,
  collapsed: [],
  pathFrom: '',
  pathTo: '',
  rec: '',
  sort: '',
  months: 12,
  courseType: '',
  groupBy: 'provider',
  horizon: 6,
  waiting: false,
  hops: 1,
  actorSort: '',
  partnerOf: '',
  notWith: '',
  actorRole: '',
  round: '',
  border: false,
};

/** The course categories: the timeline and the waiting times only know these. */
export const courseCategories: OfferCategory[] = ['INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE'];

/** The category of the waiting times: the chosen one when it is a course category, else integration courses. */
export function waitingCategory(state: ViewState): OfferCategory {
  return state.category && courseCategories.includes(state.category) ? state.category : 'INTEGRATION_COURSE';
}

/** The gap category in effect: the chosen one, or the default when all categories are chosen. */
export function gapCategory(state: ViewState): OfferCategory {
  return state.category || defaultGapCategory;
}

const oneOf = <K extends string>(labels: Record<K, unknown>, value: string | null): K | '' =>
  value !== null && Object.hasOwn(labels, value) ? (value as K) : '';

export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const radius = Number(p.get('r'));
  const view = p.get('view');
  const horizon = Number(p.get('mo'));
  return {
    view: (viewNames as readonly string[]).includes(view ?? '') ? (view as ViewName) : defaultViewState.view,
    district: /^\d{5}$/.test(p.get('d') ?? '') ? p.get('d')! : '',
    lang: p.get('lang') === 'en' ? 'en' : 'de',
    category: oneOf(offerCategoryLabels, p.get('cat')),
    radius: Number.isFinite(radius) && radius >= 1 && radius <= 200 ? radius : defaultViewState.radius,
    actorKind: oneOf(actorKindLabels, p.get('kind')),
    area: /^\d{8,9}$/.test(p.get('area') ?? '') ? p.get('area')! : '',
    coopKind: oneOf(cooperationKindLabels, p.get('coop')),
    targetGroup: oneOf(targetGroupLabels, p.get('tg')),
    status: oneOf(offerStatusLabels, p.get('st')),
    selected: /^[amo]:.+/.test(p.get('sel') ?? '') ? p.get('sel')! : '',
    search: p.get('q') ?? '',
    sizeBy: p.get('size') === 'betweenness' ? 'betweenness' : 'degree',
    showOffers: p.get('offers') === '1',
    isolated: p.get('iso') === '1',
    brokers: p.get('brk') === '1',
    collapsed: (p.get('col') ?? '').split(',').filter((ags) => /^\d{8,9}$/.test(ags)),
    pathFrom: p.get('from') ?? '',
    pathTo: p.get('to') ?? '',
    rec: p.get('rec') ?? '',
    sort: p.get('sort') ?? '',
    months: (monitoringSpans as readonly number[]).includes(Number(p.get('mon')))
      ? Number(p.get('mon'))
      : defaultViewState.months,
    courseType: oneOf(courseTypeLabels, p.get('ct')),
    groupBy: p.get('by') === 'area' ? 'area' : 'provider',
    horizon: Number.isInteger(horizon) && horizon >= 1 && horizon <= 24 ? horizon : defaultViewState.horizon,
    waiting: p.get('wait') === '1',
    hops: p.get('hops') === '2' ? 2 : 1,
    actorSort: p.get('asort') ?? '',
    partnerOf: p.get('pof') ?? '',
    notWith: p.get('nw') ?? '',
    round: p.get('round') ?? '',
    border: p.get('nb') === '1',
    actorRole: p.get('ar') === 'broker' || p.get('ar') === 'isolated' ? (p.get('ar') as 'broker' | 'isolated') : '',
  };
}

export function toSearchParams(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const put = (key: string, value: string, fallback: string) => {
    if (value !== fallback) p.set(key, value);
  };
  const d = defaultViewState;
  put('view', state.view, d.view);
  put('d', state.district, d.district);
  put('lang', state.lang, d.lang);
  put('cat', state.category, d.category);
  put('r', String(state.radius), String(d.radius));
  put('kind', state.actorKind, d.actorKind);
  put('area', state.area, d.area);
  put('coop', state.coopKind, d.coopKind);
  put('tg', state.targetGroup, d.targetGroup);
  put('st', state.status, d.status);
  put('sel', state.selected, d.selected);
  put('q', state.search, d.search);
  put('size', state.sizeBy, d.sizeBy);
  put('offers', state.showOffers ? '1' : '', '');
  put('iso', state.isolated ? '1' : '', '');
  put('brk', state.brokers ? '1' : '', '');
  put('col', [...state.collapsed].sort().join(','), '');
  put('from', state.pathFrom, '');
  put('to', state.pathTo, '');
  put('rec', state.rec, '');
  put('sort', state.sort, '');
  put('mon', String(state.months), String(d.months));
  put('ct', state.courseType, d.courseType);
  put('by', state.groupBy, d.groupBy);
  put('mo', String(state.horizon), String(d.horizon));
  put('wait', state.waiting ? '1' : '', '');
  put('hops', String(state.hops), String(d.hops));
  put('asort', state.actorSort, '');
  put('pof', state.partnerOf, '');
  put('nw', state.notWith, '');
  put('ar', state.actorRole, '');
  put('round', state.round, '');
  put('nb', state.border ? '1' : '', '');
  return p;
}
