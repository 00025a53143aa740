// One driver per process; it pools connections and routes to cluster members when the URI says so.
import neo4j, { type Driver } from 'neo4j-driver';
import { defaultResilience } from '../config.js';

export interface DriverOptions {
  uri: string; // bolt://, neo4j://, neo4j+s:// (Aura, clusters)
  username: string;
  password: string;
  maxConnectionPoolSize?: number; // connections kept per server
  connectionAcquisitionTimeoutMs?: number; // how long a request waits for a pooled connection
  connectionTimeoutMs?: number; // how long opening a connection may take
  maxTransactionRetryTimeMs?: number; // how long transient errors are retried before a request fails
}

export function createDriver(options: DriverOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
    // Short, so that with the database down a request fails fast (DATABASE_UNAVAILABLE) instead of hanging; after the
    // first such failure the server refuses at once until the database is back (server/database/watch-database.ts).
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? defaultResilience.acquisitionTimeoutMs,
    connectionTimeout: options.connectionTimeoutMs ?? defaultResilience.connectionTimeoutMs,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? defaultResilience.maxRetryTimeMs,
    disableLosslessIntegers: true,
    userAgent: 'bildungsnetz',
  });
}
