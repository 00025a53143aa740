// An API server over the test Neo4j, listening on a free port, with a small client for the tests. The client
// asks as the coordinator unless a test says otherwise (`{ as: 'analyst' }`, a partner, an API key, or nobody).
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { KeyStore } from '../../server/auth/api-keys.js';
import { authenticatorFor } from '../../server/auth/authenticate-request.js';
import type { JwtSettings } from '../../server/auth/jwt-settings.js';
import { mintToken } from '../../server/auth/mint-token.js';
import type { GrantableRole } from '../../server/auth/roles.js';
import {
  defaultWriteLimits,
  type CacheSettings,
  type AccountSettings,
  type Limits,
  type Resilience,
  type WriteLimits,
} from '../../server/config.js';
import { createDriver, type DriverOptions } from '../../server/database/create-driver.js';
import { limitTransactions } from '../../server/database/limit-transactions.js';
import { createApp, type App } from '../../server/http/create-app.js';
import { createLogger } from '../../server/logger.js';
import { createSchema } from '../../server/schema/create-schema.js';
import type { TestNeo4j } from './global-setup.js';

/** An answer of the API; T is what its data holds, said at the call site (its fields are unknown until then). */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: unknown[] }[];
}

/** Who a test request comes from: a role (a partner with its actorId), an API key, a raw token, or nobody. */
export type Caller =
  | GrantableRole
  | 'anonymous'
  | { role: GrantableRole; actorId?: string; sub?: string; source?: string }
  | { apiKey: string }
  | { token: string };

export interface GqlOptions {
  as?: Caller; // default: the coordinator
}

/** The secret the test servers verify tokens with; tests sign their own tokens with it. */
export const testJwt: JwtSettings = { secret: randomBytes(32).toString('base64url') };

export function tokenFor(
  role: GrantableRole,
  claims: { actorId?: string; sub?: string; source?: string } = {},
): Promise<string> {
  return mintToken(testJwt.secret!, {
    role,
    sub: claims.sub ?? `test-${role}`,
    actorId: claims.actorId,
    source: claims.source,
  });
}

/** The HTTP headers that carry a caller's credentials. */
export async function headersFor(caller: Caller = 'coordinator'): Promise<Record<string, string>> {
  if (caller === 'anonymous') return {};
  if (typeof caller === 'string') return { authorization: `Bearer ${await tokenFor(caller)}` };
  if ('apiKey' in caller) return { 'x-api-key': caller.apiKey };
  if ('token' in caller) return { authorization: `Bearer ${caller.token}` };
  return { authorization: `Bearer ${await tokenFor(caller.role, caller)}` };
}

export interface TestServer {
  url: string;
  driver: Driver;
  database: string | undefined;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GraphQLResponse<T>>;
  /** Runs Cypher directly, to set up or inspect data behind the API's back; T names the columns a test reads. */
  cypher<T = Record<string, unknown>>(statement: string, params?: Record<string, unknown>): Promise<T[]>;
  close(): Promise<void>;
}

export function testDriver(
  connection: TestNeo4j = inject('neo4j'),
  options: Pick<DriverOptions, 'maxConnectionPoolSize'> = {},
): { driver: Driver; database: string | undefined } {
  return { driver: createDriver({ ...connection, ...options }), database: connection.database };
}

export interface TestServerOptions {
  connection?: TestNeo4j; // another Neo4j than the suite's (e.g. one a test stops and starts)
  limits?: Partial<Limits>;
  accounts?: Partial<AccountSettings>; // session timeouts and the login throttle
  resilience?: Partial<Pick<Resilience, 'probeIntervalMs' | 'shutdownGraceMs' | 'shutdownDrainDelayMs'>>;
  jwt?: JwtSettings; // how tokens are verified; default testJwt (tokenFor signs with it)
  keys?: (store: KeyStore) => KeyStore; // e.g. a store whose driver counts the API key lookups
  trustProxy?: string | number; // proxies whose X-Forwarded-For names the client
  writes?: Partial<WriteLimits>; // how much one write may do, and the transaction time limit
  maxConnectionPoolSize?: number; // the driver's pool (default 100)
  wrapDriver?: (driver: Driver) => Driver; // e.g. to watch the sessions the server opens
  debugErrors?: boolean; // DEBUG_ERRORS: stack traces in error responses
  cache?: Partial<CacheSettings>; // the analysis cache; off unless a test turns it on (many tests write by Cypher)
}

interface SchemaOverDriver {
  ownDriver: Driver; // the driver as created, closed at the end
  driver: Driver; // what the server uses: the transaction time limit, maybe wrapped by the test
  database: string | undefined;
  schema: Awaited<ReturnType<typeof createSchema>>;
  shared: boolean; // the worker's, kept for its next server: close() leaves it open
}

async function createSchemaOverDriver(options: TestServerOptions): Promise<SchemaOverDriver> {
  const { driver: ownDriver, database } = testDriver(options.connection, {
    maxConnectionPoolSize: options.maxConnectionPoolSize,
  });
  // A generous time limit unless a test sets its own: test machines run many suites at once.
  const writes = { ...defaultWriteLimits, transactionTimeoutMs: 120_000, ...options.writes };
  const limited = limitTransactions(ownDriver, writes.transactionTimeoutMs);
  const driver = options.wrapDriver ? options.wrapDriver(limited) : limited;
  const schema = await createSchema({ driver, database, writes });
  return { ownDriver, driver, database, schema, shared: false };
}

let sharedSchema: Promise<SchemaOverDriver> | undefined;

/**
 * Building the schema takes a second or more; the servers that change nothing about it (their own Neo4j, pool,
 * write limits or a wrapped driver) share one schema and driver per test worker (vitest.config.ts: isolate false).
 */
function schemaFor(options: TestServerOptions): Promise<SchemaOverDriver> {
  const { connection, maxConnectionPoolSize, writes, wrapDriver } = options;
  if ([connection, maxConnectionPoolSize, writes, wrapDriver].some((option) => option !== undefined))
    return createSchemaOverDriver(options);
  if (!sharedSchema) {
    const creating = createSchemaOverDriver({}).then((made) => ({ ...made, shared: true }));
    sharedSchema = creating;
    creating.catch(() => sharedSchema === creating && (sharedSchema = undefined));
  }
  return sharedSchema;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer & { app: App }> {
  const { ownDriver, driver, database, schema, shared } = await schemaFor(options);
  const jwt = options.jwt ?? testJwt;
  // Test files send many requests (and bad credentials) from one address: the rate limit and the failed-login limit
  // are tested on their own (limits.test.ts, auth-failure-limit.test.ts).
  const limits = { rateLimitMax: 1_000_000, authFailureMax: 1_000_000, ...options.limits };
  const keyStore = { driver, database };
  const app = await createApp({
    schema,
    driver,
    database,
    log: createLogger('silent'),
    authenticate: authenticatorFor(jwt, options.keys ? options.keys(keyStore) : keyStore),
    limits,
    accounts: options.accounts,
    resilience: options.resilience,
    trustProxy: options.trustProxy,
    debugErrors: options.debugErrors,
    // Tests write behind the API's back (cypher() below), which advances no data version: the cache is tested on
    // its own (test/server/cache/).
    cache: options.cache ?? { maxEntries: 0 },
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  app.readiness.markReady();
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    driver,
    database,
    async gql(query, variables, options = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await headersFor(options.as)) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async cypher<T>(statement: string, params: Record<string, unknown> = {}) {
      const result = await driver.executeQuery(statement, params, { database });
      return result.records.map((record) => record.toObject() as T);
    },
    async close() {
      try {
        await app.stop();
      } finally {
        if (!shared) await ownDriver.close();
      }
    },
  };
}

/** A prefix unique to one test file, so that files running in parallel never touch each other's data. */
export function uniquePrefix(name: string): string {
  return `t${name}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Keys per test worker: 20 workers at once share the 1,000 keys of the 99xxx range without a clash. */
const keysPerWorker = 50;
// VITEST_POOL_ID is unique among the workers running at the same time (1 .. maxWorkers); a worker runs one file at a
// time, and a file takes its keys in turn from a random start, so two files running at once never draw the same key.
const worker = (Number(process.env.VITEST_POOL_ID ?? '1') - 1) % (1000 / keysPerWorker);
let nextKey = Math.floor(Math.random() * keysPerWorker);

/** A 5-digit district key in the 99xxx range no real district uses, never one another running test file holds. */
export function testDistrictAgs(): string {
  const slot = worker * keysPerWorker + (nextKey++ % keysPerWorker);
  return `99${String(slot).padStart(3, '0')}`;
}
