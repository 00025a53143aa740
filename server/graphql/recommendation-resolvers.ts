// Query.recommendations: the role checked, then the recommendation service.
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import { recommendationsFor } from '../analysis/recommendations/recommendation-service.js';
import { requireRole, staff } from '../auth/roles.js';
import { rememberAnalysis } from '../cache/request-analyses.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import type { ResolverContext } from './resolver-context.js';

export function createRecommendationResolvers(deps: AnalysisDeps): {
  Query: Pick<QueryResolvers<ResolverContext>, 'recommendations'>;
} {
  return {
    Query: {
      // Ranked by persons in need: coordinator and analyst only.
      recommendations: (_source, args, context) => {
        requireRole(context.viewer, staff, 'recommendations');
        return rememberAnalysis(context, 'recommendations', args, () => recommendationsFor(deps, args));
      },
    },
  };
}
