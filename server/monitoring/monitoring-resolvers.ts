// GraphQL resolvers of the monitoring: Query.monitoringSeries and Query.snapshotDates.
import type { AnalysisDeps } from '../analysis/gaps/gap-resolvers.js';
import { requireRole, staff } from '../auth/roles.js';
import type { Viewer } from '../auth/viewer.js';
import { loadMonitoringSeries, loadSnapshotDates, type MonitoringSeriesArgs } from './load-monitoring-series.js';

export function createMonitoringResolvers(deps: AnalysisDeps) {
  return {
    Query: {
      // Monitoring reveals needs: staff only (DESIGN.md, "Who may do what").
      monitoringSeries: (_source: unknown, args: MonitoringSeriesArgs, context: { viewer?: Viewer }) => {
        requireRole(context.viewer, staff, 'monitoringSeries');
        return loadMonitoringSeries(deps, args);
      },
      snapshotDates: (_source: unknown, args: { districtAgs?: string | null }, context: { viewer?: Viewer }) => {
        requireRole(context.viewer, staff, 'snapshotDates');
        return loadSnapshotDates(deps, args.districtAgs);
      },
    },
  };
}
