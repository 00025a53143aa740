// The resolver of Query.networkAnalysis (schema/network-analytics.graphql): loads the cooperation graph of
// the scope and analyses it in memory.
import type { Driver } from 'neo4j-driver';
import { requireRole, staff } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { BadUserInputError, NotFoundError, quote } from '../../errors.js';
import { analyseNetwork, type AnalyseNetworkOptions, type NetworkAnalysisResult } from './analyse-network.js';
import { loadCooperationGraph } from './load-cooperation-graph.js';

export interface NetworkResolverDeps {
  driver?: Driver; // absent only when the schema is built to be printed
  database?: string; // Neo4j database name; undefined uses the server's default
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

export function createNetworkResolvers(deps: NetworkResolverDeps): {
  Query: {
    networkAnalysis: (
      source: unknown,
      args: NetworkAnalysisArgs,
      context: { viewer?: Viewer },
    ) => Promise<NetworkAnalysis>;
  };
  NetworkAnalysis: { actors: (source: NetworkAnalysisResult, args: ActorsArgs) => NetworkAnalysisResult['actors'] };
} {
  return {
    NetworkAnalysis: { actors: selectActors },
    Query: {
      async networkAnalysis(_source, args, context) {
        // An analysis, not the public directory: coordinator and analyst only.
        requireRole(context.viewer, staff, 'networkAnalysis');
        const districtAgs = args.districtAgs ?? null;
        if (districtAgs !== null && !/^\d{5}$/.test(districtAgs)) {
          throw new BadUserInputError(`districtAgs must be a 5-digit Kreisschlüssel, not ${quote(districtAgs)}`, {
            value: districtAgs,
          });
        }
        if (!deps.driver) throw new Error('the network analysis needs a database driver');
        const data = await loadCooperationGraph(deps.driver, { districtAgs, database: deps.database });
        if (!data)
          throw new NotFoundError(`There is no District with ags ${quote(districtAgs)}`, { value: districtAgs });
        return {
          districtAgs: data.districtAgs,
          districtName: data.districtName,
          ...analyseNetwork(data, deps.options),
        };
      },
    },
  };
}
