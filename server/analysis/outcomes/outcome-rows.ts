// Reads reported outcomes as the API returns them (OfferOutcome), by outcome ids or by a filter.
import neo4j from 'neo4j-driver';
import { readRows, type AnalysisDeps } from '../analysis-deps.js';

export interface OfferOutcomeRow {
  id: string;
  offerId: string;
  offerTitle: string;
  category: string;
  providerId: string | null;
  providerName: string | null;
  venueAgs: string | null;
  periodStart: string;
  periodEnd: string;
  started: number;
  finished: number;
  droppedOut: number;
  dtzB1: number | null;
  dtzA2: number | null;
  dtzBelowA2: number | null;
  orientationPassed: number | null;
  orientationFailed: number | null;
  certificates: number | null;
  reportedAt: string;
  reportedBy: string;
}

export const outcomeReturn = `
  OPTIONAL MATCH (o)<-[:PROVIDES]-(a:Actor)
  OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
  RETURN x.id AS id, o.id AS offerId, o.title AS offerTitle, o.category AS category, a.id AS providerId,
         a.name AS providerName, v.ags AS venueAgs, toString(x.periodStart) AS periodStart,
         toString(x.periodEnd) AS periodEnd, x.started AS started, x.finished AS finished, x.droppedOut AS droppedOut,
         x.dtzB1 AS dtzB1, x.dtzA2 AS dtzA2, x.dtzBelowA2 AS dtzBelowA2, x.orientationPassed AS orientationPassed,
         x.orientationFailed AS orientationFailed, x.certificates AS certificates,
         toString(x.reportedAt) AS reportedAt, x.reportedBy AS reportedBy`;

const counts = [
  'started',
  'finished',
  'droppedOut',
  'dtzB1',
  'dtzA2',
  'dtzBelowA2',
  'orientationPassed',
  'orientationFailed',
  'certificates',
] as const;

/** Neo4j integers as numbers. */
export function toOutcomeRow(row: Record<string, unknown>): OfferOutcomeRow {
  const copy = { ...row };
  for (const field of counts) {
    const value = copy[field];
    copy[field] =
      value === null || value === undefined ? null : neo4j.isInt(value) ? neo4j.integer.toNumber(value) : value;
  }
  return copy as unknown as OfferOutcomeRow;
}

export async function readOutcomesById(deps: AnalysisDeps, ids: readonly string[]): Promise<OfferOutcomeRow[]> {
  const rows = await readRows<Record<string, unknown>>(
    deps,
    `UNWIND $ids AS id MATCH (x:Outcome {id: id})-[:OUTCOME_OF]->(o:Offer) ${outcomeReturn}`,
    { ids },
  );
  return rows.map(toOutcomeRow);
}
