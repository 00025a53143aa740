// Query.monitoringSeries and Query.snapshotDates: the role checked, then the monitoring.
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import { requireRole, staff } from '../auth/roles.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { loadMonitoringSeries, loadSnapshotDates } from '../monitoring/load-monitoring-series.js';
import type { ResolverContext } from './resolver-context.js';

export function createMonitoringResolvers(deps: AnalysisDeps): {
  Query: Pick<QueryResolvers<ResolverContext>, 'monitoringSeries' | 'snapshotDates'>;
} {
  return {
    Query: {
      // Monitoring reveals needs: staff only (DESIGN.md, "Who may do what").
      monitoringSeries: (_source, args, context) => {
        requireRole(context.viewer, staff, 'monitoringSeries');
        return loadMonitoringSeries(deps, args);
      },
      snapshotDates: (_source, args, context) => {
        requireRole(context.viewer, staff, 'snapshotDates');
        return loadSnapshotDates(deps, args.districtAgs);
      },
    },
  };
}
