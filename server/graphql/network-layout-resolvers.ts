// Query.networkLayout and the mutations that save and reset it: the role checked, then the layout service.
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import {
  loadNetworkLayout,
  resetNetworkLayout,
  saveNetworkLayout,
} from '../analysis/network/network-layout-service.js';
import { coordinatorOnly, requireRole, staff } from '../auth/roles.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import type { ResolverContext } from './resolver-context.js';

export function createNetworkLayoutResolvers(deps: AnalysisDeps): {
  Query: Pick<QueryResolvers<ResolverContext>, 'networkLayout'>;
  Mutation: Pick<MutationResolvers<ResolverContext>, 'saveNetworkLayout' | 'resetNetworkLayout'>;
} {
  return {
    Query: {
      // Part of the network, like the analysis: coordinator and analyst only.
      networkLayout: (_source, args, context) => {
        requireRole(context.viewer, staff, 'networkLayout');
        return loadNetworkLayout(deps, args.districtAgs);
      },
    },
    Mutation: {
      saveNetworkLayout: (_source, args, context) => {
        const viewer = requireRole(context.viewer, coordinatorOnly, 'saveNetworkLayout');
        return saveNetworkLayout(deps, args.districtAgs, args.positions, viewer.name);
      },
      resetNetworkLayout: (_source, args, context) => {
        requireRole(context.viewer, coordinatorOnly, 'resetNetworkLayout');
        return resetNetworkLayout(deps, args.districtAgs);
      },
    },
  };
}
