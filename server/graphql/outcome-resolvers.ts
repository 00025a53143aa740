// Outcomes, indicators, their ranking and decision effects (schema/outcomes.graphql, schema/indicator-ranking.graphql):
// the role checked, then the service. Indicators and rankings are kept in the analysis cache, and so are the live
// district states they are cut from (shared by the indicators of the district, its areas and the ranking).
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import { listOutcomes } from '../analysis/outcomes/list-outcomes.js';
import { reportOutcomes } from '../analysis/outcomes/report-outcomes.js';
import { requireRole, staff } from '../auth/roles.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { decisionEffects } from '../monitoring/decision-effects-service.js';
import { indicatorRanking } from '../monitoring/indicator-ranking-service.js';
import { listIndicatorTargets, loadIndicators } from '../monitoring/indicator-service.js';
import { rememberAnalysis } from '../cache/request-analyses.js';
import type { Remember } from '../analysis/indicators/load-live-district.js';
import type { ResolverContext } from './resolver-context.js';

/** The request's analysis cache as the indicator services take it. */
const rememberIn =
  (context: ResolverContext): Remember =>
  (operation, args, compute) =>
    rememberAnalysis(context, operation, args, compute);

export function createOutcomeResolvers(deps: AnalysisDeps): {
  Query: Pick<
    QueryResolvers<ResolverContext>,
    'indicators' | 'indicatorRanking' | 'indicatorTargets' | 'decisionEffects' | 'offerOutcomes'
  >;
  Mutation: Pick<MutationResolvers<ResolverContext>, 'reportOutcomes'>;
} {
  return {
    Query: {
      // Indicators, effects and outcomes are made of needs and course figures: staff only, like the monitoring.
      indicators: (_source, args, context) => {
        requireRole(context.viewer, staff, 'indicators');
        return rememberAnalysis(context, 'indicators', args, () =>
          loadIndicators(deps, args, undefined, rememberIn(context)),
        );
      },
      indicatorRanking: (_source, args, context) => {
        requireRole(context.viewer, staff, 'indicatorRanking');
        return rememberAnalysis(context, 'indicatorRanking', args, () =>
          indicatorRanking(deps, args, undefined, rememberIn(context)),
        );
      },
      indicatorTargets: (_source, _args, context) => {
        requireRole(context.viewer, staff, 'indicatorTargets');
        return listIndicatorTargets();
      },
      decisionEffects: (_source, args, context) => {
        requireRole(context.viewer, staff, 'decisionEffects');
        return decisionEffects(deps, args);
      },
      offerOutcomes: (_source, args, context) => {
        requireRole(context.viewer, staff, 'offerOutcomes');
        return listOutcomes(deps, args);
      },
    },
    Mutation: {
      // A partner reports for its own offers (checked in the service, as for its offers), the coordinator for any.
      reportOutcomes: (_source, args, context) => {
        const viewer = requireRole(context.viewer, ['coordinator', 'partner'], 'reportOutcomes');
        return reportOutcomes(deps, viewer, args.source, args.outcomes);
      },
    },
  };
}
