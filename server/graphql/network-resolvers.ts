// Query.networkAnalysis and NetworkAnalysis.actors: the role checked, then the network service.
import { networkAnalysis, selectActors, type NetworkDeps } from '../analysis/network/network-service.js';
import { requireRole, staff } from '../auth/roles.js';
import { rememberAnalysis } from '../cache/request-analyses.js';
import type { NetworkAnalysisResolvers, QueryResolvers } from '../generated/resolvers.js';
import type { ResolverContext } from './resolver-context.js';

export function createNetworkResolvers(deps: NetworkDeps): {
  Query: Pick<QueryResolvers<ResolverContext>, 'networkAnalysis'>;
  NetworkAnalysis: Pick<NetworkAnalysisResolvers<ResolverContext>, 'actors'>;
} {
  return {
    NetworkAnalysis: { actors: (source, args) => selectActors(source, args) },
    Query: {
      networkAnalysis: (_source, args, context) => {
        // An analysis, not the public directory: coordinator and analyst only.
        requireRole(context.viewer, staff, 'networkAnalysis');
        return rememberAnalysis(context, 'networkAnalysis', args, () => networkAnalysis(deps, args));
      },
    },
  };
}
