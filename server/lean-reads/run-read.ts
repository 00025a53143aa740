// One read of the lean resolvers as an auto-commit transaction: RUN and PULL in one round trip to Neo4j, where
// driver.executeQuery's managed transaction takes two (BEGIN, RUN, PULL, then COMMIT after the records). The second
// round trip cost ~0.7-1 ms of a 2-5 ms lean request and a share of Neo4j's CPU (BENCHMARKS.md, issue 17). What the
// managed transaction gave is kept: the reads are chained by the driver's executeQuery bookmarks (a read after
// this server's writes sees them, on a cluster too), routed to a reader, and retried on a transient error.
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { SessionGate } from '../http/gate-sessions.js';

/** How often a read is tried when Neo4j answers with a transient error (a leader switch, a deadlock, a busy pool). */
const attempts = 3;
const backoffMs = 50;

/**
 * The records of `statement`. `gate` is the request's share of the connection pool (server/http/gate-sessions.ts):
 * the read waits for a slot, as executeQuery through the request's driver would.
 */
export async function runRead(
  driver: Driver,
  database: string | undefined,
  gate: SessionGate | undefined,
  statement: string,
  params: Record<string, unknown>,
): Promise<Neo4jRecord[]> {
  const release = await gate?.acquire();
  try {
    for (let attempt = 1; ; attempt += 1) {
      const session = driver.session({
        database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      try {
        return (await session.run(statement, params)).records;
      } catch (error) {
        if (attempt >= attempts || !neo4j.isRetryableError(error)) throw error;
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, backoffMs * attempt));
    }
  } finally {
    release?.();
  }
}
