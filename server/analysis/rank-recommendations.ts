// A recommendation for action as every analysis words it (the gap tables, the network, the course suggestions),
// and their one ranking: most persons first.
import { compareGerman } from './labels.js';

export type RecommendationCode =
  | 'NO_OFFER_IN_REACH'
  | 'CAPACITY_SHORTFALL'
  | 'CHILDCARE_MISSING'
  | 'SINGLE_PROVIDER'
  | 'STALE_OFFER'
  | 'ISOLATED_ACTOR'
  | 'POOL_COURSE_STARTS'
  | 'START_NEW_COURSE'
  | 'DATE_CONFLICT';

export interface RecommendationFigure {
  name: string; // e.g. demand, unmet, radiusKm
  value: number;
}

export interface Recommendation {
  id: string; // stable: the code and the keys of what it is about
  code: RecommendationCode;
  rank: number; // 1 is the most urgent
  persons: number; // persons whose demand it concerns (0 for recommendations about the network or data)
  category: string | null;
  municipalityAgs: string | null;
  municipalityName: string | null;
  textDe: string;
  textEn: string;
  figures: RecommendationFigure[];
  offerIds: string[];
  actorIds: string[];
  needIds: string[];
  networkIds: string[];
}

type Draft = Omit<Recommendation, 'rank'>;

const codeOrder: RecommendationCode[] = [
  'NO_OFFER_IN_REACH',
  'START_NEW_COURSE',
  'CAPACITY_SHORTFALL',
  'POOL_COURSE_STARTS',
  'CHILDCARE_MISSING',
  'DATE_CONFLICT',
  'SINGLE_PROVIDER',
  'STALE_OFFER',
  'ISOLATED_ACTOR',
];
/** Most persons first; ties by code, municipality and id, so that the order is stable (a strict total order). */
export function compareRecommendations(a: RankKey, b: RankKey): number {
  return (
    b.persons - a.persons ||
    codeOrder.indexOf(a.code) - codeOrder.indexOf(b.code) ||
    compareGerman(a.municipalityName ?? '', b.municipalityName ?? '') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** What the ranking looks at: enough to rank a suggestion before it is written out. */
export type RankKey = Pick<Recommendation, 'persons' | 'code' | 'municipalityName' | 'id'>;

/** Ranks drafts, numbers from 1, and keeps the first `limit`: a draft's texts may be written only when read. */
export function rankRecommendations(drafts: Draft[], limit = Infinity): Recommendation[] {
  const sorted = [...drafts].sort(compareRecommendations);
  // The texts are copied by name: a course suggestion writes them only when read, through getters a spread skips.
  return sorted
    .slice(0, limit)
    .map((draft, index) => ({ ...draft, textDe: draft.textDe, textEn: draft.textEn, rank: index + 1 }));
}
