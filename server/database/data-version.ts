// The data version: nodes in the database whose values every write path advances inside its own transaction, so
// that an analysis cached under one version (server/cache/analysis-cache.ts) is never served after a write that
// committed, by this server instance or by any other over the same database. A write that rolls back leaves the
// version as it was.
//
// The version is spread over several nodes (shards): a write advances one of them, picked at random, and the version
// is all of them together. With one node, every writer held that node's lock from its last statement to its commit,
// one after another: under load the pushes queued there (BENCHMARKS.md, "CPU per request and two instances").
// Why the shards still never serve a cached result after a write: each shard's value only grows, and one read of
// all shards sees, for each, at least what had committed when the read began. A request whose version read follows
// a write's commit sees that write's shard advanced, so its version differs from every version read before the
// commit; and an analysis cached under a version read its data after that version, so it holds every write the
// version counts.
import { createHash, randomInt } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';

/** The version of a database in which nothing was written through the server yet (or that was wiped). */
export const initialDataVersion = 'initial';

/** How many nodes the version is spread over: writers meet on one only when they pick the same. */
export const dataVersionShards = 32;

/**
 * Advances the data version inside a write transaction; call it once, after the transaction's last write, so that
 * the shard is locked only for the commit itself. A shard's epoch is drawn when the node is created (a wiped
 * database), so that a counter starting again from 1 can never name the version of an earlier graph.
 */
export async function advanceDataVersion(tx: Transaction | ManagedTransaction): Promise<void> {
  // MERGE on a unique constraint (server/database/migrate.ts) takes its lock before it matches: concurrent writers
  // of one shard queue here instead of creating two nodes.
  await tx.run(
    `MERGE (v:DataVersion {id: $id})
     ON CREATE SET v.epoch = randomUUID(), v.value = 1
     ON MATCH SET v.value = v.value + 1`,
    { id: `graph-${randomInt(dataVersionShards)}` },
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

/**
 * The current data version: one small read of the version nodes (at most dataVersionShards, and the single node
 * 'graph' of databases written before the shards), as a digest of every node's id, epoch and value.
 */
export async function readDataVersion(driver: Driver, database?: string): Promise<string> {
  // executeQuery chains its reads by the driver's bookmarks, so the analysis read after this one (also through
  // executeQuery, server/analysis/analysis-deps.ts) sees at least this version's data, on a cluster too.
  const { records } = await driver.executeQuery(
    `MATCH (v:DataVersion) RETURN v.id AS id, v.epoch AS epoch, v.value AS value ORDER BY id`,
    {},
    { database, routing: neo4j.routing.READ },
  );
  if (records.length === 0) return initialDataVersion;
  const digest = createHash('sha256');
  let writes = 0;
  for (const record of records) {
    const value = Number(record.get('value'));
    writes += value;
    digest.update(`${String(record.get('id'))}:${String(record.get('epoch'))}:${value};`);
  }
  // The sum first, for people reading logs; the digest is what tells versions apart.
  return `${writes}-${digest.digest('hex').slice(0, 32)}`;
}
