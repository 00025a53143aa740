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
    throw new ConfigError(`${name} must be a cron pattern such as "0 2 * * *" (02:00 every night), got "${raw}": ${(error as Error).message}`);
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
  if (secret && secret.length < 32) throw new ConfigError(`JWT_SECRET must be at least 32 characters long, got ${secret.length}`);
  if (jwksUrl && !/^https?:\/\/\S+$/i.test(jwksUrl)) throw new ConfigError(`JWKS_URL must be an http(s) address, got "${jwksUrl}"`);
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
    seedDemoData: readBoolean(env, 'SEED_DEMO_DATA', true),
    chromiumPath: empty(env.CHROMIUM_PATH) ?? '/usr/bin/chromium',
    snapshotSchedule: readCron(env, 'SNAPSHOT_SCHEDULE'),
    jwt: readJwt(env),
  };
}
