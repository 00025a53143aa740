// Query.offerOutcomes: the outcomes of the offers asked for, or of the offers held in a district (venue), whose
// period ends from..to, newest first.
import neo4j from 'neo4j-driver';
import { BadUserInputError, quote } from '../../errors.js';
import { readRows, type AnalysisDeps } from '../analysis-deps.js';
import { checkDistrictAgs } from '../area/parse-area.js';
import { toDay } from '../day-argument.js';
import { outcomeReturn, toOutcomeRow, type OfferOutcomeRow } from './outcome-rows.js';

export interface ListOutcomesArgs {
  offerIds?: readonly string[] | null;
  districtAgs?: string | null;
  from?: unknown;
  to?: unknown;
  limit?: number | null;
}

export async function listOutcomes(deps: AnalysisDeps, args: ListOutcomesArgs): Promise<OfferOutcomeRow[]> {
  const limit = args.limit ?? 500;
  if (!Number.isInteger(limit) || limit < 1 || limit > 5000)
    throw new BadUserInputError(`limit must be from 1 to 5000, got ${quote(limit)}`, { field: 'limit', value: limit });
  const from = args.from === undefined || args.from === null ? null : toDay(args.from, 'from');
  const to = args.to === undefined || args.to === null ? null : toDay(args.to, 'to');
  const districtAgs = args.districtAgs ? checkDistrictAgs(args.districtAgs) : null;
  const offerIds = args.offerIds ?? null;
  const rows = await readRows<Record<string, unknown>>(
    deps,
    `MATCH (x:Outcome)-[:OUTCOME_OF]->(o:Offer)
     WHERE ($offerIds IS NULL OR o.id IN $offerIds)
       AND ($from IS NULL OR x.periodEnd >= date($from)) AND ($to IS NULL OR x.periodEnd <= date($to))
       AND ($districtAgs IS NULL OR EXISTS { (o)-[:TAKES_PLACE_IN]->(:Municipality)-[:IN_DISTRICT]->(:District {ags: $districtAgs}) })
     WITH x, o ORDER BY x.periodEnd DESC, x.id LIMIT $limit
     ${outcomeReturn}
     ORDER BY periodEnd DESC, id`,
    { offerIds, from, to, districtAgs, limit: neo4j.int(limit) },
  );
  return rows.map(toOutcomeRow);
}
