// Connects to the configured Neo4j, or starts the local one when NEO4J_URI is not set; then migrates.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createDriver } from './create-driver.js';
import { startLocalNeo4j } from './local-neo4j.js';
import { migrate } from './migrate.js';

export interface Database {
  driver: Driver;
  database: string | undefined; // Neo4j database name; undefined uses the server's default
  uri: string;
  local: boolean; // true when this process runs the local Neo4j
  close(): Promise<void>; // closes the driver and stops the local Neo4j, if any
}

export async function connectDatabase(config: Config, log: Logger): Promise<Database> {
  const local = config.neo4j.uri
    ? undefined
    : await startLocalNeo4j(config.localNeo4j, { log: log.child({ module: 'local-neo4j' }) });
  const uri = local?.uri ?? config.neo4j.uri!;
  const driver = createDriver({
    uri,
    username: local?.username ?? config.neo4j.username,
    password: local?.password ?? config.neo4j.password ?? '',
    connectionTimeoutMs: config.resilience.connectionTimeoutMs,
    connectionAcquisitionTimeoutMs: config.resilience.acquisitionTimeoutMs,
    maxTransactionRetryTimeMs: config.resilience.maxRetryTimeMs,
  });
  // The local Neo4j is stopped even when closing the driver fails.
  const close = async () => {
    try {
      await driver.close();
      log.debug('driver closed');
    } finally {
      await local?.stop();
    }
  };
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
    await migrate(driver, config.neo4j.database, log);
  } catch (error) {
    await close();
    throw error;
  }
  return { driver, database: config.neo4j.database, uri, local: Boolean(local), close };
}
