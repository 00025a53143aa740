// Query.coverageGaps and Municipality.coverageGap: the role checked, then the gap service.
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import { coverageGapTable, municipalityCoverageGap } from '../analysis/gaps/gap-service.js';
import { requireRole, staff } from '../auth/roles.js';
import { rememberAnalysis } from '../cache/request-analyses.js';
import type { MunicipalityResolvers, QueryResolvers } from '../generated/resolvers.js';
import type { ResolverContext } from './resolver-context.js';

export function createGapResolvers(deps: AnalysisDeps): {
  Query: Pick<QueryResolvers<ResolverContext>, 'coverageGaps'>;
  Municipality: Pick<MunicipalityResolvers<ResolverContext>, 'coverageGap'>;
} {
  return {
    Query: {
      // The gap table shows demand, i.e. needs: coordinator and analyst only. The role is checked before the cache
      // is asked, and the table is the same for both roles: one cached result serves them.
      coverageGaps: (_source, args, context) => {
        requireRole(context.viewer, staff, 'coverageGaps');
        return rememberAnalysis(context, 'coverageGaps', args, () => coverageGapTable(deps, args));
      },
    },
    Municipality: {
      coverageGap: (source, args, context) => {
        requireRole(context.viewer, staff, 'Municipality.coverageGap');
        return municipalityCoverageGap(deps, String(source.ags), args);
      },
    },
  };
}
