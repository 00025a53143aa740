// The search box's queries and the county's aliases: the role checked, then the search services.
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import { coordinatorOnly, everyone, requireRole } from '../auth/roles.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { findInDistrict } from '../search/district-search-service.js';
import { listSearchAliases, setSearchAliases } from '../search/search-aliases.js';
import type { ResolverContext } from './resolver-context.js';

export function createSearchResolvers(deps: AnalysisDeps): {
  Query: Pick<QueryResolvers<ResolverContext>, 'findInDistrict' | 'searchAliases'>;
  Mutation: Pick<MutationResolvers<ResolverContext>, 'setSearchAliases'>;
} {
  return {
    Query: {
      // Names of municipalities, actors and offers are the public directory, as the full-text search fields.
      findInDistrict: (_source, args, context) => {
        requireRole(context.viewer, everyone, 'findInDistrict');
        return findInDistrict(deps, args);
      },
      searchAliases: (_source, args, context) => {
        requireRole(context.viewer, everyone, 'searchAliases');
        return listSearchAliases(deps, args.districtAgs);
      },
    },
    Mutation: {
      setSearchAliases: (_source, args, context) => {
        requireRole(context.viewer, coordinatorOnly, 'setSearchAliases');
        return setSearchAliases(deps, args.districtAgs, args.aliases);
      },
    },
  };
}
