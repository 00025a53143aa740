// Runs the snapshot job on a cron schedule inside the server (SNAPSHOT_SCHEDULE). One run at a time: a run that
// is still going when the next is due makes the next one skip (croner's protect), and a failed run is logged,
// never fatal; the next one tries again.
import { Cron } from 'croner';
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import type { Logger } from '../logger.js';
import { takeSnapshots, type TakeSnapshotsOptions } from './take-snapshots.js';

export interface SnapshotSchedule {
  nextRun(): Date | null;
  stop(): void;
}

export function scheduleSnapshots(
  deps: AnalysisDeps,
  pattern: string,
  log: Logger,
  options: TakeSnapshotsOptions = {},
): SnapshotSchedule {
  const job = new Cron(pattern, { timezone: 'Europe/Berlin', protect: true, name: 'snapshots' }, async () => {
    try {
      const run = await takeSnapshots(deps, options);
      log.info(
        { date: run.date, districts: run.districts.length, created: run.created, replaced: run.replaced },
        'monitoring snapshots taken',
      );
    } catch (error) {
      log.error({ err: error }, 'monitoring snapshots failed');
    }
  });
  log.info({ pattern, nextRun: job.nextRun()?.toISOString() }, 'monitoring snapshots scheduled');
  return { nextRun: () => job.nextRun(), stop: () => job.stop() };
}
