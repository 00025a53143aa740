// What the history services (undo, Papierkorb, purge) need: the database, and how long deleted entities are kept.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { advancing } from '../database/data-version.js';

export interface HistoryDeps {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
}

/**
 * Runs one write transaction (retried by the driver on transient errors) that advances the data version last, as
 * every write path does (server/database/data-version.ts), and closes its session.
 */
export async function runWrite<T>(deps: HistoryDeps, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(advancing(work));
  } finally {
    await session.close();
  }
}
