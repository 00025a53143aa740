// The map's outlines: read by anyone, imported by the coordinator; the role checked, then the outline services.
import { requireDriver, type AnalysisDeps } from '../analysis/analysis-deps.js';
import { coordinatorOnly, everyone, requireRole } from '../auth/roles.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { importOutlines } from '../outlines/import-outlines.js';
import { loadAreaOutlines } from '../outlines/load-outlines.js';
import type { ResolverContext } from './resolver-context.js';

export function createOutlineResolvers(deps: AnalysisDeps): {
  Query: Pick<QueryResolvers<ResolverContext>, 'areaOutlines'>;
  Mutation: Pick<MutationResolvers<ResolverContext>, 'importOutlines'>;
} {
  return {
    Query: {
      areaOutlines: (_source, args, context) => {
        requireRole(context.viewer, everyone, 'areaOutlines');
        return loadAreaOutlines(deps, args.districtAgs);
      },
    },
    Mutation: {
      importOutlines: (_source, args, context) => {
        requireRole(context.viewer, coordinatorOnly, 'importOutlines');
        return importOutlines(requireDriver(deps), args.geojson, {
          database: deps.database,
          attribution: args.attribution,
        });
      },
    },
  };
}
