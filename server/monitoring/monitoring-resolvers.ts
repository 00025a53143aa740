// GraphQL resolvers of the monitoring: Query.monitoringSeries and Query.snapshotDates.
import type { AnalysisDeps } from '../analysis/gaps/gap-resolvers.js';
import { loadMonitoringSeries, loadSnapshotDates, type MonitoringSeriesArgs } from './load-monitoring-series.js';

export function createMonitoringResolvers(deps: AnalysisDeps) {
  return {
    Query: {
      monitoringSeries: (_source: unknown, args: MonitoringSeriesArgs) => loadMonitoringSeries(deps, args),
      snapshotDates: (_source: unknown, args: { districtAgs?: string | null }) => loadSnapshotDates(deps, args.districtAgs),
    },
  };
}
