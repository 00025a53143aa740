// The data version: one node in the database whose value every write path advances inside its own transaction, so
// that an analysis cached under one version (server/cache/analysis-cache.ts) is never served after a write that
// committed, by this server instance or by any other over the same database. A write that rolls back leaves the
// version as it was. The node is advanced last in a write, so that it is locked only for the commit itself.
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';

/** The version of a database in which nothing was written through the server yet (or that was wiped). */
export const initialDataVersion = 'initial';

/**
 * Advances the data version inside a write transaction; call it once, after the transaction's last write.
 * The epoch is drawn anew when the node is created (a wiped database), so that a counter starting again from 1
 * can never name the version of an earlier graph.
 */
export async function advanceDataVersion(tx: Transaction | ManagedTransaction): Promise<void> {
  // MERGE on a unique constraint (server/database/migrate.ts) takes its lock before it matches: concurrent writers
  // queue here instead of creating two nodes.
  await tx.run(
    `MERGE (v:DataVersion {id: 'graph'})
     ON CREATE SET v.epoch = randomUUID(), v.value = 1
     ON MATCH SET v.value = v.value + 1`,
  );
}

/**
 * A write transaction's work followed by the advance of the data version, for write paths with several transactions:
 * `session.executeWrite(advancing(async (tx) => ...))`.
 */
export function advancing<T>(work: (tx: ManagedTransaction) => Promise<T>): (tx: ManagedTransaction) => Promise<T> {
  return async (tx) => {
    const result = await work(tx);
    await advanceDataVersion(tx);
    return result;
  };
}

/** The current data version, e.g. "5d1f…:42": one small read by a unique key. */
export async function readDataVersion(driver: Driver, database?: string): Promise<string> {
  // executeQuery chains its reads by the driver's bookmarks, so the analysis read after this one (also through
  // executeQuery, server/analysis/analysis-deps.ts) sees at least this version's data, on a cluster too.
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (v:DataVersion {id: 'graph'}) RETURN v.epoch AS epoch, v.value AS value`,
    {},
    { database, routing: neo4j.routing.READ },
  );
  const epoch: unknown = records[0]?.get('epoch');
  return typeof epoch === 'string' ? `${epoch}:${String(records[0]!.get('value'))}` : initialDataVersion;
}
