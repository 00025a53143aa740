// The network analysis of a district (or of Germany): the cooperation graph loaded and analysed in memory.
import { BadUserInputError, NotFoundError, quote } from '../../errors.js';
import { requireDriver, type AnalysisDeps } from '../analysis-deps.js';
import { checkDistrictAgs } from '../area/parse-area.js';
import { analyseNetwork, type AnalyseNetworkOptions, type NetworkAnalysisResult } from './analyse-network.js';
import { loadCooperationGraph } from './load-cooperation-graph.js';

export interface NetworkDeps extends AnalysisDeps {
  options?: Partial<AnalyseNetworkOptions>; // overrides of the analysis defaults (analyse-network.ts)
}

export interface NetworkAnalysis extends NetworkAnalysisResult {
  districtAgs: string | null;
  districtName: string | null;
}

export interface NetworkAnalysisArgs {
  districtAgs?: string | null;
}

export interface ActorsArgs {
  brokersOnly?: boolean | null;
  isolatedOnly?: boolean | null;
  limit?: number | null;
}

export async function networkAnalysis(deps: NetworkDeps, args: NetworkAnalysisArgs): Promise<NetworkAnalysis> {
  const districtAgs =
    args.districtAgs === undefined || args.districtAgs === null ? null : checkDistrictAgs(args.districtAgs);
  const data = await loadCooperationGraph(requireDriver(deps), { districtAgs, database: deps.database });
  if (!data) throw new NotFoundError(`There is no District with ags ${quote(districtAgs)}`, { value: districtAgs });
  return { districtAgs: data.districtAgs, districtName: data.districtName, ...analyseNetwork(data, deps.options) };
}

/** NetworkAnalysis.actors: the whole list of Germany is tens of megabytes, so clients can narrow it. */
export function selectActors(analysis: NetworkAnalysisResult, args: ActorsArgs): NetworkAnalysisResult['actors'] {
  if (args.limit !== undefined && args.limit !== null && (!Number.isInteger(args.limit) || args.limit < 0)) {
    throw new BadUserInputError(`limit must be a whole number of 0 or more, got ${quote(args.limit)}`, {
      field: 'limit',
      value: args.limit,
    });
  }
  const actors = analysis.actors.filter(
    (actor) => (!args.brokersOnly || actor.broker) && (!args.isolatedOnly || actor.isolated),
  );
  return args.limit === undefined || args.limit === null ? actors : actors.slice(0, args.limit);
}
