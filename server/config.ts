// The one place where the environment is read. Every variable is listed in .env.example.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cron } from 'croner';
import dotenv from 'dotenv';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface LocalNeo4jConfig {
  port: number; // Bolt port on 127.0.0.1
  homeDir: string; // conf, data, logs and the generated password live here (git-ignored)
  libDir: string; // jars resolved by Maven, shared by every local instance
  heap: string; // JVM heap, e.g. "1g"
  pageCache: string; // Neo4j page cache, e.g. "512m"
}

/** What one request may ask for; each refusal has its own error code (server/errors.ts). */
export interface Limits {
  maxDepth: number; // deepest selection a query may have (introspection fields do not count)
  maxComplexity: number; // @neo4j/graphql's complexity estimate: fields times the list sizes asked for
  bodyLimit: string; // largest request body, e.g. "1mb"
  rateLimitWindowMs: number; // the rate limit's window
  rateLimitMax: number; // requests per client (API key or user, else IP address) and window
}

export const defaultLimits: Limits = {
  maxDepth: 12,
  maxComplexity: 50_000,
  bodyLimit: '1mb',
  rateLimitWindowMs: 60_000,
  rateLimitMax: 1200,
};

/** How the server deals with a slow or absent database and with stopping. */
export interface Resilience {
  connectionTimeoutMs: number; // to open a connection to Neo4j
  acquisitionTimeoutMs: number; // to get a connection from the pool (or open one)
  maxRetryTimeMs: number; // how long a transaction is retried on transient errors
  probeIntervalMs: number; // while the database is down: how often the server checks whether it is back
  shutdownGraceMs: number; // on stop: how long requests in flight may take to finish
  shutdownDrainDelayMs: number; // on stop: how long /readyz answers 503 before new connections are refused (a load balancer's notice)
  shutdownTimeoutMs: number; // on stop: the hard limit for all of it (drain, driver, local Neo4j); then the process exits with 1
}

export const defaultResilience: Resilience = {
  connectionTimeoutMs: 3000,
  acquisitionTimeoutMs: 5000,
  maxRetryTimeMs: 3000,
  probeIntervalMs: 1000,
  shutdownGraceMs: 10_000,
  shutdownDrainDelayMs: 0,
  shutdownTimeoutMs: 30_000,
};

export interface Config {
  host: string; // HTTP listen address
  port: number; // HTTP port
  logLevel: string; // pino level: fatal, error, warn, info, debug, trace, silent
  neo4j: {
    uri: string | undefined; // an existing Neo4j; undefined starts the local one
    username: string; // user for NEO4J_URI
    password: string | undefined; // password for NEO4J_URI
    database: string | undefined; // database name; undefined uses the server's default
  };
  localNeo4j: LocalNeo4jConfig;
  testNeo4j: LocalNeo4jConfig; // the local instance the tests start, apart from the one with your data
  faultTestNeo4j: LocalNeo4jConfig; // a local instance of the fault tests alone, which stop and start it
  limits: Limits;
  resilience: Resilience;
  seedDemoData: boolean; // load the demo county into an empty database at start-up
  chromiumPath: string; // headless Chromium for PDF reports
  snapshotSchedule: string | undefined; // cron pattern (Europe/Berlin) of the monitoring snapshot job; undefined: no schedule
  jwt: {
    secret: string | undefined; // HS256 secret that signs people's tokens; with neither it nor jwksUrl, see server/auth/jwt-settings.ts
    jwksUrl: string | undefined; // the identity provider's JSON Web Key Set instead of a secret
    issuer: string | undefined; // required iss claim, if set
    audience: string | undefined; // required aud claim, if set
  };
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return value;
}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function readSize(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+(b|kb|mb)$/i.test(raw)) throw new ConfigError(`${name} must look like 500kb or 1mb, got "${raw}"`);
  return raw.toLowerCase();
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function readMemory(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+[kmg]$/i.test(raw)) throw new ConfigError(`${name} must look like 512m or 2g, got "${raw}"`);
  return raw.toLowerCase();
}

function readCron(env: Env, name: string): string | undefined {
  const raw = empty(env[name]);
  if (raw === undefined) return undefined;
  try {
    new Cron(raw, { paused: true }).stop();
  } catch (error) {
    throw new ConfigError(
      `${name} must be a cron pattern such as "0 2 * * *" (02:00 every night), got "${raw}": ${(error as Error).message}`,
    );
  }
  return raw;
}

function empty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function readJwt(env: Env): Config['jwt'] {
  const secret = empty(env.JWT_SECRET);
  const jwksUrl = empty(env.JWKS_URL);
  if (secret && jwksUrl) throw new ConfigError('Set JWT_SECRET or JWKS_URL, not both');
  // HS256 is only as strong as its secret: 32 characters of random text at least.
  if (secret && secret.length < 32)
    throw new ConfigError(`JWT_SECRET must be at least 32 characters long, got ${secret.length}`);
  if (jwksUrl && !/^https?:\/\/\S+$/i.test(jwksUrl))
    throw new ConfigError(`JWKS_URL must be an http(s) address, got "${jwksUrl}"`);
  return { secret, jwksUrl, issuer: empty(env.JWT_ISSUER), audience: empty(env.JWT_AUDIENCE) };
}

/** Reads the configuration from the environment; a .env file in the project fills in what is not set. */
export function loadConfig(env: Env = process.env): Config {
  if (env === process.env) dotenv.config({ path: path.join(projectRoot, '.env'), quiet: true });
  const localDir = empty(env.NEO4J_LOCAL_DIR) ?? 'db/local';
  const heap = readMemory(env, 'NEO4J_LOCAL_HEAP', '1g');
  const pageCache = readMemory(env, 'NEO4J_LOCAL_PAGECACHE', '512m');
  return {
    host: empty(env.HOST) ?? '127.0.0.1',
    port: readPort(env, 'PORT', 4000),
    logLevel: empty(env.LOG_LEVEL) ?? 'info',
    neo4j: {
      uri: empty(env.NEO4J_URI),
      username: empty(env.NEO4J_USERNAME) ?? 'neo4j',
      password: empty(env.NEO4J_PASSWORD),
      database: empty(env.NEO4J_DATABASE),
    },
    localNeo4j: {
      port: readPort(env, 'NEO4J_LOCAL_PORT', 7687),
      homeDir: path.resolve(projectRoot, localDir),
      libDir: path.resolve(projectRoot, 'db/lib'),
      heap,
      pageCache,
    },
    testNeo4j: {
      port: readPort(env, 'NEO4J_TEST_PORT', 7688),
      homeDir: path.resolve(projectRoot, 'db/local-test'),
      libDir: path.resolve(projectRoot, 'db/lib'),
      heap,
      pageCache,
    },
    faultTestNeo4j: {
      port: readPort(env, 'NEO4J_FAULT_TEST_PORT', 7692),
      homeDir: path.resolve(projectRoot, 'db/local-fault'),
      libDir: path.resolve(projectRoot, 'db/lib'),
      heap: '512m',
      pageCache: '128m',
    },
    limits: {
      maxDepth: readInteger(env, 'GRAPHQL_MAX_DEPTH', defaultLimits.maxDepth, 1, 1000),
      maxComplexity: readInteger(env, 'GRAPHQL_MAX_COMPLEXITY', defaultLimits.maxComplexity, 1, 1_000_000_000),
      bodyLimit: readSize(env, 'HTTP_BODY_LIMIT', defaultLimits.bodyLimit),
      rateLimitWindowMs: readInteger(env, 'RATE_LIMIT_WINDOW_MS', defaultLimits.rateLimitWindowMs, 1000, 86_400_000),
      rateLimitMax: readInteger(env, 'RATE_LIMIT_MAX', defaultLimits.rateLimitMax, 1, 1_000_000_000),
    },
    resilience: {
      connectionTimeoutMs: readInteger(
        env,
        'NEO4J_CONNECTION_TIMEOUT_MS',
        defaultResilience.connectionTimeoutMs,
        100,
        600_000,
      ),
      acquisitionTimeoutMs: readInteger(
        env,
        'NEO4J_ACQUISITION_TIMEOUT_MS',
        defaultResilience.acquisitionTimeoutMs,
        100,
        600_000,
      ),
      maxRetryTimeMs: readInteger(env, 'NEO4J_MAX_RETRY_TIME_MS', defaultResilience.maxRetryTimeMs, 0, 600_000),
      probeIntervalMs: readInteger(env, 'NEO4J_PROBE_INTERVAL_MS', defaultResilience.probeIntervalMs, 100, 600_000),
      shutdownGraceMs: readInteger(env, 'SHUTDOWN_GRACE_MS', defaultResilience.shutdownGraceMs, 0, 600_000),
      shutdownDrainDelayMs: readInteger(
        env,
        'SHUTDOWN_DRAIN_DELAY_MS',
        defaultResilience.shutdownDrainDelayMs,
        0,
        600_000,
      ),
      shutdownTimeoutMs: readInteger(env, 'SHUTDOWN_TIMEOUT_MS', defaultResilience.shutdownTimeoutMs, 1000, 1_800_000),
    },
    seedDemoData: readBoolean(env, 'SEED_DEMO_DATA', true),
    chromiumPath: empty(env.CHROMIUM_PATH) ?? '/usr/bin/chromium',
    snapshotSchedule: readCron(env, 'SNAPSHOT_SCHEDULE'),
    jwt: readJwt(env),
  };
}
