// Purges the Papierkorb's entries older than the retention: those entities can no longer be restored. Their change
// history stays (server/changes/).
import type { HistoryDeps } from './history-deps.js';
import { runWrite } from './history-deps.js';
import neo4j from 'neo4j-driver';

/** Deletes the entries deleted more than retentionDays ago; returns how many. */
export function purgeDeleted(deps: HistoryDeps, retentionDays: number): Promise<number> {
  return runWrite(deps, async (tx) => {
    const result = await tx.run(
      `MATCH (d:DeletedEntity) WHERE d.deletedAt < datetime() - duration({days: $days})
       WITH d LIMIT 100000 DELETE d RETURN count(*) AS purged`,
      { days: neo4j.int(retentionDays) },
    );
    // A number or a driver Integer, as the driver is configured (server/database/create-driver.ts).
    return neo4j.integer.toNumber((result.records[0]?.get('purged') as number) ?? 0);
  });
}
