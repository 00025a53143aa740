// Outcomes, indicators and decision effects (schema/outcomes.graphql): the role checked, then the service.
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import { listOutcomes } from '../analysis/outcomes/list-outcomes.js';
import { reportOutcomes } from '../analysis/outcomes/report-outcomes.js';
import { requireRole, staff } from '../auth/roles.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { decisionEffects } from '../monitoring/decision-effects-service.js';
import { listIndicatorTargets, loadIndicators } from '../monitoring/indicator-service.js';
import type { ResolverContext } from './resolver-context.js';

export function createOutcomeResolvers(deps: AnalysisDeps): {
  Query: Pick<QueryResolvers<ResolverContext>, 'indicators' | 'indicatorTargets' | 'decisionEffects' | 'offerOutcomes'>;
  Mutation: Pick<MutationResolvers<ResolverContext>, 'reportOutcomes'>;
} {
  return {
    Query: {
      // Indicators, effects and outcomes are made of needs and course figures: staff only, like the monitoring.
      indicators: (_source, args, context) => {
        requireRole(context.viewer, staff, 'indicators');
        return loadIndicators(deps, args);
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
