// Runs the Papierkorb's purge on a cron schedule inside the server (PAPIERKORB_PURGE_SCHEDULE), as the monitoring
// snapshots run (server/monitoring/schedule-snapshots.ts): one run at a time, a failed run logged, never fatal.
import { Cron } from 'croner';
import type { Logger } from '../logger.js';
import type { HistoryDeps } from './history-deps.js';
import { purgeDeleted } from './purge-deleted.js';

export interface PurgeSchedule {
  nextRun(): Date | null;
  stop(): void;
}

export function schedulePurge(deps: HistoryDeps, pattern: string, retentionDays: number, log: Logger): PurgeSchedule {
  const job = new Cron(pattern, { timezone: 'Europe/Berlin', protect: true, name: 'papierkorb' }, async () => {
    try {
      const purged = await purgeDeleted(deps, retentionDays);
      log.info({ purged, retentionDays }, 'Papierkorb purged');
    } catch (error) {
      log.error({ err: error }, 'Papierkorb purge failed');
    }
  });
  log.info({ pattern, nextRun: job.nextRun()?.toISOString() }, 'Papierkorb purge scheduled');
  return { nextRun: () => job.nextRun(), stop: () => job.stop() };
}
