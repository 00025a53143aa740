// One driver per process; it pools connections and routes to cluster members when the URI says so.
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string; // bolt://, neo4j://, neo4j+s:// (Aura, clusters)
  username: string;
  password: string;
  maxConnectionPoolSize?: number; // connections kept per server
  connectionAcquisitionTimeoutMs?: number; // how long a request waits for a pooled connection
  maxTransactionRetryTimeMs?: number; // how long transient errors are retried before a request fails
}

export function createDriver(options: DriverOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 10_000,
    connectionTimeout: 5_000,
    // Short, so that with the database down a request fails fast (DATABASE_UNAVAILABLE) instead of hanging.
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 5_000,
    disableLosslessIntegers: true,
    userAgent: 'bildungsnetz',
  });
}
