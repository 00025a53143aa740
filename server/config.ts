// The one place where the environment is read. Every variable is listed in .env.example.
import os from 'node:os';
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
  transactionTimeout: string; // db.transaction.timeout: the longest any transaction may run, e.g. "60s"
  transactionMemory: string; // db.memory.transaction.max: the most heap one transaction may take, e.g. "256m"
  transactionMemoryTotal: string; // db.memory.transaction.total.max: the most all transactions together may take
}

/** What one request may ask for; each refusal has its own error code (server/errors.ts). */
export interface Limits {
  maxDepth: number; // deepest selection a query may have (introspection fields do not count)
  maxComplexity: number; // the query's cost (server/http/field-costs.ts): fields times list sizes, analyses by weight
  maxRootFields: number; // fields at a query's top level, each alias counted
  maxFields: number; // fields of a query once its fragments are expanded
  maxSessionsPerRequest: number; // database sessions one request holds at once; its other fields wait their turn
  bodyLimit: string; // largest request body, e.g. "1mb"
  rateLimitWindowMs: number; // the rate limit's window
  rateLimitMax: number; // requests per client (API key or user, else IP address) and window
  authFailureWindowMs: number; // the window of the failed-login limit
  authFailureMax: number; // refused tokens and API keys per IP address and window; then credentials are not checked
}

export const defaultLimits: Limits = {
  maxDepth: 12,
  maxComplexity: 5_000_000,
  maxRootFields: 20,
  maxFields: 2_000,
  maxSessionsPerRequest: 4,
  bodyLimit: '1mb',
  rateLimitWindowMs: 60_000,
  rateLimitMax: 1200,
  authFailureWindowMs: 60_000,
  authFailureMax: 20,
};

/** People's accounts and sessions (server/auth/accounts.ts, server/auth/sessions.ts, server/http/auth-routes.ts). */
export interface AccountSettings {
  sessionIdleSeconds: number; // a session unused this long ends (SESSION_IDLE_TIMEOUT)
  sessionMaxSeconds: number; // a session ends this long after login, used or not (SESSION_MAX_LIFETIME)
  loginFailureWindowMs: number; // the window of the failed-login throttle
  loginFailureMaxPerAccount: number; // failed logins per login name and window; then that name is refused until the window ends
  loginFailureMaxPerAddress: number; // failed logins per IP address and window; then that address is refused
  passwordLinkSeconds: number; // how long a one-time link to set a password stays valid
  publicUrl: string | undefined; // the address people open (e.g. https://bildungsnetz.kreis.de); default http://HOST:PORT
}

export const defaultAccountSettings: AccountSettings = {
  sessionIdleSeconds: 2 * 3600,
  sessionMaxSeconds: 12 * 3600,
  loginFailureWindowMs: 15 * 60_000,
  loginFailureMaxPerAccount: 5,
  loginFailureMaxPerAddress: 30,
  passwordLinkSeconds: 24 * 3600,
  publicUrl: undefined,
};

/**
 * Login through the county's identity provider by OpenID Connect (server/auth/oidc-login.ts): authorization code
 * with PKCE. Off unless OIDC_ISSUER is set.
 */
export interface OidcSettings {
  issuer: string; // OIDC_ISSUER: the provider's issuer URL; its /.well-known/openid-configuration is read at the first login
  clientId: string; // OIDC_CLIENT_ID: this server's client id at the provider
  clientSecret: string | undefined; // OIDC_CLIENT_SECRET: its secret; empty: a public client (PKCE alone)
  redirectUrl: string | undefined; // OIDC_REDIRECT_URL: registered at the provider; default <PUBLIC_URL>/auth/oidc/callback
  postLogoutRedirectUrl: string | undefined; // OIDC_POST_LOGOUT_REDIRECT_URL: where the provider sends the browser after logout (registered there); default <PUBLIC_URL>/auth/login?loggedOut
  scopes: string; // OIDC_SCOPES: asked for at the login, space-separated; openid is always among them
  roleClaim: string; // OIDC_ROLE_CLAIM: the claim (string or list) whose values OIDC_ROLE_MAP turns into a role
  roleMap: ReadonlyMap<string, 'coordinator' | 'analyst' | 'partner'>; // OIDC_ROLE_MAP: claim value = role, comma-separated
  groupsClaim: string; // OIDC_GROUPS_CLAIM: the claim listing the person's groups, for OIDC_ALLOWED_GROUPS
  allowedGroups: readonly string[]; // OIDC_ALLOWED_GROUPS: a login needs one of them; empty: any group
  partnerClaim: string; // OIDC_PARTNER_CLAIM: for a partner person, the claim naming its organisation's Actor (id or source)
}

/** The longest a person's token may be valid (exp - iat), in seconds: a working day and a half. */
export const defaultJwtMaxLifetimeSeconds = 12 * 3600;
/** How much one write may do; each refusal names the setting (server/schema/limit-writes.ts). */
export interface WriteLimits {
  maxItemsPerMutation: number; // entities one generated mutation field may create, update, delete, connect or disconnect
  maxItemsPerRequest: number; // the same over all mutation fields of one request, upsertOffers' offers included
  maxInputDepth: number; // deepest nesting of input objects in a mutation's arguments
  transactionTimeoutMs: number; // the longest one transaction of a request may run before Neo4j stops it
}

export const defaultWriteLimits: WriteLimits = {
  maxItemsPerMutation: 100,
  maxItemsPerRequest: 1000,
  maxInputDepth: 20,
  transactionTimeoutMs: 30_000,
};

/** What a full-text search phrase may hold (server/search/parse-search-phrase.ts); longer ones are refused. */
export interface SearchLimits {
  maxLength: number; // characters of a search phrase
  maxWords: number; // words of a search phrase (words of quoted phrases count one by one; OR and AND do not)
}

export const defaultSearchLimits: SearchLimits = {
  maxLength: 200,
  maxWords: 10,
};

/** The analysis cache (server/cache/analysis-cache.ts): results kept per data version, least recently used dropped. */
export interface CacheSettings {
  maxEntries: number; // analysis results kept at most; 0 turns the cache off
  maxBytes: number; // their size at most in bytes, measured as JSON (a PDF by its bytes)
}

export const defaultCacheSettings: CacheSettings = {
  maxEntries: 500,
  maxBytes: 64 * 1024 * 1024,
};

/** PDF pages printed at once by the server's one Chromium (server/reports/pdf-printer.ts). */
export const defaultPdfConcurrency = 2;

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

/**
 * The county's targets for the monitoring's indicators (README, "Indicators (Wirksamkeit)"); each indicator value
 * gets a state against its target. Shares are 0..1.
 */
export interface IndicatorTargets {
  utilisation: number; // INDICATOR_TARGET_UTILISATION: booked / capacity at least this share
  completionRate: number; // INDICATOR_TARGET_COMPLETION_RATE: finished / started at least this share
  examSuccessRate: number; // INDICATOR_TARGET_EXAM_SUCCESS_RATE: B1 among DTZ takers (certificates / finished) at least
  medianWaitWeeks: number; // INDICATOR_TARGET_MEDIAN_WAIT_WEEKS: median wait of placed persons at most, weeks
  p90WaitWeeks: number; // INDICATOR_TARGET_P90_WAIT_WEEKS: 90th percentile wait at most, weeks
  personsOverTargetWait: number; // INDICATOR_TARGET_PERSONS_OVER_TARGET_WAIT: persons beyond the target wait at most
  unmetDemand: number; // INDICATOR_TARGET_UNMET_DEMAND: unmet persons at most
  coverage: number; // INDICATOR_TARGET_COVERAGE: 1 - unmet / demand at least this share
  waitWeeks: number; // INDICATOR_TARGET_WAIT_WEEKS: the target wait PERSONS_OVER_TARGET_WAIT counts against, weeks
  tolerance: number; // INDICATOR_TARGET_TOLERANCE: a value missing its target by at most this share of it is CLOSE
}

export const defaultIndicatorTargets: IndicatorTargets = {
  utilisation: 0.85,
  completionRate: 0.75,
  examSuccessRate: 0.6,
  medianWaitWeeks: 6,
  p90WaitWeeks: 12,
  personsOverTargetWait: 0,
  unmetDemand: 0,
  coverage: 0.9,
  waitWeeks: 6,
  tolerance: 0.1,
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
  writes: WriteLimits; // how much one write may do, and how long one transaction may run
  resilience: Resilience;
  trustProxy: string | number | undefined; // Express "trust proxy": which proxies' X-Forwarded-For names the client; undefined: none
  search: SearchLimits; // longest search phrase
  cache: CacheSettings; // how many analysis results, and how many bytes of them, are kept
  debugErrors: boolean; // stack traces in error responses (GraphQL and HTTP); for local debugging only, never in public
  seedDemoData: boolean; // load the demo county into an empty database at start-up
  chromiumPath: string; // headless Chromium for PDF reports
  pdfConcurrency: number; // PDF pages the one Chromium prints at once; further PDF requests wait their turn
  snapshotSchedule: string | undefined; // cron pattern (Europe/Berlin) of the monitoring snapshot job; undefined: no schedule
  papierkorb: PapierkorbSettings; // how long deleted entities can be restored, and when the expired ones are purged
  indicatorTargets: IndicatorTargets; // targets of the monitoring's indicators
  accounts: AccountSettings; // people's accounts, sessions and the login throttle
  oidc: OidcSettings | undefined; // login through the county's identity provider; undefined: name and password only
  jwt: {
    secret: string | undefined; // HS256 secret that signs people's tokens; with neither it nor jwksUrl, see server/auth/jwt-settings.ts
    jwksUrl: string | undefined; // the identity provider's JSON Web Key Set instead of a secret
    issuer: string | undefined; // required iss claim, if set
    audience: string | undefined; // required aud claim, if set
    maxLifetimeSeconds: number; // longest validity a token may have (exp - iat); a token must carry exp
  };
}

export interface PapierkorbSettings {
  retentionDays: number; // days a deleted entity stays restorable in the Papierkorb; at least 90
  purgeSchedule: string; // cron pattern (Europe/Berlin) of the job that purges entries older than the retention
}

export const defaultPapierkorb: PapierkorbSettings = {
  retentionDays: 90,
  purgeSchedule: '30 3 * * *',
};

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

function readDecimal(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** The indicators' targets from the environment (the services read them through this, never process.env). */
export function readIndicatorTargets(env: Env = process.env): IndicatorTargets {
  const d = defaultIndicatorTargets;
  return {
    utilisation: readDecimal(env, 'INDICATOR_TARGET_UTILISATION', d.utilisation, 0, 1),
    completionRate: readDecimal(env, 'INDICATOR_TARGET_COMPLETION_RATE', d.completionRate, 0, 1),
    examSuccessRate: readDecimal(env, 'INDICATOR_TARGET_EXAM_SUCCESS_RATE', d.examSuccessRate, 0, 1),
    medianWaitWeeks: readDecimal(env, 'INDICATOR_TARGET_MEDIAN_WAIT_WEEKS', d.medianWaitWeeks, 0, 104),
    p90WaitWeeks: readDecimal(env, 'INDICATOR_TARGET_P90_WAIT_WEEKS', d.p90WaitWeeks, 0, 104),
    personsOverTargetWait: readDecimal(
      env,
      'INDICATOR_TARGET_PERSONS_OVER_TARGET_WAIT',
      d.personsOverTargetWait,
      0,
      1_000_000,
    ),
    unmetDemand: readDecimal(env, 'INDICATOR_TARGET_UNMET_DEMAND', d.unmetDemand, 0, 1_000_000),
    coverage: readDecimal(env, 'INDICATOR_TARGET_COVERAGE', d.coverage, 0, 1),
    waitWeeks: readInteger(env, 'INDICATOR_TARGET_WAIT_WEEKS', d.waitWeeks, 0, 104),
    tolerance: readDecimal(env, 'INDICATOR_TARGET_TOLERANCE', d.tolerance, 0, 1),
  };
}

function readSize(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+(b|kb|mb)$/i.test(raw)) throw new ConfigError(`${name} must look like 500kb or 1mb, got "${raw}"`);
  return raw.toLowerCase();
}

/** A size like 64mb as bytes (b, kb, mb, gb; 1kb = 1024 b). */
function readBytes(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const match = /^(\d+)(b|kb|mb|gb)$/i.exec(raw);
  if (!match) throw new ConfigError(`${name} must look like 64mb, 500kb or 1gb, got "${raw}"`);
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[match[2]!.toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'];
  return Number(match[1]) * unit;
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

function readDuration(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+(ms|s|m|h)$/i.test(raw)) throw new ConfigError(`${name} must look like 500ms, 60s or 5m, got "${raw}"`);
  return raw.toLowerCase();
}

const mib = 1024 * 1024;

/** A memory size in Neo4j's notation, whole megabytes. */
function megabytes(bytes: number): string {
  return `${Math.max(1, Math.floor(bytes / mib))}m`;
}

function bytesOf(size: string): number {
  const unit = { k: 1024, m: mib, g: 1024 * mib }[size.slice(-1).toLowerCase() as 'k' | 'm' | 'g'];
  return Number(size.slice(0, -1)) * unit;
}

/**
 * Heap and page cache of the local Neo4j that fit the machine: a quarter of its memory each, at least 512 MB of
 * heap and 256 MB of page cache, at most 8 GB each; the rest stays for the server, the explorer's build and the OS.
 */
export function localNeo4jMemory(totalBytes: number): { heap: string; pageCache: string } {
  const quarter = totalBytes / 4;
  return {
    heap: megabytes(Math.min(8192 * mib, Math.max(512 * mib, quarter))),
    pageCache: megabytes(Math.min(8192 * mib, Math.max(256 * mib, quarter))),
  };
}

/** Neo4j's memory guard for one heap: one transaction a quarter of it, all together 60 % (the rest is Neo4j's own). */
export function transactionMemoryOf(heap: string): { transactionMemory: string; transactionMemoryTotal: string } {
  const bytes = bytesOf(heap);
  return { transactionMemory: megabytes(bytes / 4), transactionMemoryTotal: megabytes(bytes * 0.6) };
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

const spanUnits: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A time span like 30m, 12h or 7d, in seconds. */
function readTimeSpan(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = empty(env[name]);
  if (raw === undefined) return fallback;
  const match = /^(\d+)\s*([smhd])$/i.exec(raw);
  const seconds = match ? Number(match[1]) * spanUnits[match[2]!.toLowerCase()]! : Number.NaN;
  if (!(seconds >= min && seconds <= max))
    throw new ConfigError(
      `${name} must be a time span like 30m, 12h or 7d, from ${min} s to ${max / 86_400} days, got "${raw}"`,
    );
  return seconds;
}

/**
 * Express's "trust proxy": a number of proxy hops, or addresses and subnets of the proxies (and the names loopback,
 * linklocal, uniquelocal). Not "true": anyone could then choose the address the limits count by.
 */
function readTrustProxy(env: Env): string | number | undefined {
  const raw = empty(env.TRUST_PROXY);
  if (raw === undefined) return undefined;
  if (/^\d+$/.test(raw)) return readInteger(env, 'TRUST_PROXY', 0, 1, 10);
  const entries = raw.split(',').map((entry) => entry.trim());
  const valid = (entry: string) =>
    ['loopback', 'linklocal', 'uniquelocal'].includes(entry) || /^[0-9a-f.:]+(\/\d{1,3})?$/i.test(entry);
  if (!entries.every(valid))
    throw new ConfigError(
      `TRUST_PROXY must be a number of proxy hops or the proxies' addresses (e.g. loopback or 10.0.0.0/8, comma-separated), got "${raw}"`,
    );
  return entries.join(',');
}

function empty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function readPublicUrl(env: Env): string | undefined {
  const raw = empty(env.PUBLIC_URL);
  if (raw === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/i.test(raw))
    throw new ConfigError(
      `PUBLIC_URL must be an http(s) address such as https://bildungsnetz.example.de, got "${raw}"`,
    );
  return raw.replace(/\/+$/, '');
}

function readAccounts(env: Env): AccountSettings {
  const d = defaultAccountSettings;
  return {
    sessionIdleSeconds: readTimeSpan(env, 'SESSION_IDLE_TIMEOUT', d.sessionIdleSeconds, 60, 30 * 86_400),
    sessionMaxSeconds: readTimeSpan(env, 'SESSION_MAX_LIFETIME', d.sessionMaxSeconds, 60, 90 * 86_400),
    loginFailureWindowMs: readInteger(env, 'LOGIN_FAILURE_WINDOW_MS', d.loginFailureWindowMs, 1000, 86_400_000),
    loginFailureMaxPerAccount: readInteger(
      env,
      'LOGIN_FAILURE_MAX_PER_ACCOUNT',
      d.loginFailureMaxPerAccount,
      1,
      1_000_000,
    ),
    loginFailureMaxPerAddress: readInteger(
      env,
      'LOGIN_FAILURE_MAX_PER_ADDRESS',
      d.loginFailureMaxPerAddress,
      1,
      1_000_000,
    ),
    passwordLinkSeconds: readTimeSpan(env, 'PASSWORD_LINK_LIFETIME', d.passwordLinkSeconds, 60, 30 * 86_400),
    publicUrl: readPublicUrl(env),
  };
}

const oidcRoles = ['coordinator', 'analyst', 'partner'] as const;

/** "value=role, value=role": which value of the role claim gives which role. */
function readRoleMap(env: Env): OidcSettings['roleMap'] {
  const raw = empty(env.OIDC_ROLE_MAP);
  const map = new Map<string, (typeof oidcRoles)[number]>();
  if (raw === undefined) return map;
  for (const entry of raw.split(',')) {
    const at = entry.lastIndexOf('=');
    const value = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at < 1 || value === '' || !(oidcRoles as readonly string[]).includes(role))
      throw new ConfigError(
        `OIDC_ROLE_MAP must be pairs like "bildungskoordination=coordinator, statistik=analyst" (roles: ${oidcRoles.join(', ')}), got "${entry.trim()}"`,
      );
    map.set(value, role as (typeof oidcRoles)[number]);
  }
  return map;
}

function readOidc(env: Env): OidcSettings | undefined {
  const issuer = empty(env.OIDC_ISSUER);
  if (issuer === undefined) return undefined;
  if (!/^https?:\/\/\S+$/i.test(issuer))
    throw new ConfigError(`OIDC_ISSUER must be an http(s) address, got "${issuer}"`);
  const clientId = empty(env.OIDC_CLIENT_ID);
  if (clientId === undefined) throw new ConfigError('OIDC_ISSUER is set: OIDC_CLIENT_ID must be set too');
  const redirectUrl = empty(env.OIDC_REDIRECT_URL);
  if (redirectUrl !== undefined && !/^https?:\/\/\S+$/i.test(redirectUrl))
    throw new ConfigError(`OIDC_REDIRECT_URL must be an http(s) address, got "${redirectUrl}"`);
  const postLogoutRedirectUrl = empty(env.OIDC_POST_LOGOUT_REDIRECT_URL);
  if (postLogoutRedirectUrl !== undefined && !/^https?:\/\/\S+$/i.test(postLogoutRedirectUrl))
    throw new ConfigError(`OIDC_POST_LOGOUT_REDIRECT_URL must be an http(s) address, got "${postLogoutRedirectUrl}"`);
  const roleMap = readRoleMap(env);
  if (roleMap.size === 0)
    throw new ConfigError(
      'OIDC_ISSUER is set: OIDC_ROLE_MAP must say which value of the role claim gives which role (e.g. "bildungskoordination=coordinator")',
    );
  const scopes = new Set(['openid', ...(empty(env.OIDC_SCOPES) ?? 'openid profile email').split(/\s+/)]);
  return {
    issuer,
    clientId,
    clientSecret: empty(env.OIDC_CLIENT_SECRET),
    redirectUrl,
    postLogoutRedirectUrl,
    scopes: [...scopes].join(' '),
    roleClaim: empty(env.OIDC_ROLE_CLAIM) ?? 'roles',
    roleMap,
    groupsClaim: empty(env.OIDC_GROUPS_CLAIM) ?? 'groups',
    allowedGroups: (empty(env.OIDC_ALLOWED_GROUPS) ?? '')
      .split(',')
      .map((group) => group.trim())
      .filter(Boolean),
    partnerClaim: empty(env.OIDC_PARTNER_CLAIM) ?? 'bildungsnetz_actor',
  };
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
  return {
    secret,
    jwksUrl,
    issuer: empty(env.JWT_ISSUER),
    audience: empty(env.JWT_AUDIENCE),
    maxLifetimeSeconds: readTimeSpan(env, 'JWT_MAX_LIFETIME', defaultJwtMaxLifetimeSeconds, 60, 30 * 86_400),
  };
}

/** Reads the configuration from the environment; a .env file in the project fills in what is not set. */
export function loadConfig(env: Env = process.env): Config {
  if (env === process.env) dotenv.config({ path: path.join(projectRoot, '.env'), quiet: true });
  const localDir = empty(env.NEO4J_LOCAL_DIR) ?? 'db/local';
  const fitting = localNeo4jMemory(os.totalmem());
  const heap = readMemory(env, 'NEO4J_LOCAL_HEAP', fitting.heap);
  const pageCache = readMemory(env, 'NEO4J_LOCAL_PAGECACHE', fitting.pageCache);
  const transactionTimeout = readDuration(env, 'NEO4J_LOCAL_TRANSACTION_TIMEOUT', '120s');
  const guard = (ofHeap: string) => ({ transactionTimeout, ...transactionMemoryOf(ofHeap) });
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
      ...guard(heap),
      transactionMemory: readMemory(env, 'NEO4J_LOCAL_TRANSACTION_MEMORY', transactionMemoryOf(heap).transactionMemory),
    },
    // The test and fault instances stay small whatever the machine: several may run at once.
    testNeo4j: {
      port: readPort(env, 'NEO4J_TEST_PORT', 7688),
      homeDir: path.resolve(projectRoot, 'db/local-test'),
      libDir: path.resolve(projectRoot, 'db/lib'),
      heap: '1g',
      pageCache: '256m',
      ...guard('1g'),
    },
    faultTestNeo4j: {
      port: readPort(env, 'NEO4J_FAULT_TEST_PORT', 7692),
      homeDir: path.resolve(projectRoot, 'db/local-fault'),
      libDir: path.resolve(projectRoot, 'db/lib'),
      heap: '512m',
      pageCache: '128m',
      ...guard('512m'),
    },
    limits: {
      maxDepth: readInteger(env, 'GRAPHQL_MAX_DEPTH', defaultLimits.maxDepth, 1, 1000),
      maxComplexity: readInteger(env, 'GRAPHQL_MAX_COMPLEXITY', defaultLimits.maxComplexity, 1, 1_000_000_000),
      maxRootFields: readInteger(env, 'GRAPHQL_MAX_ROOT_FIELDS', defaultLimits.maxRootFields, 1, 10_000),
      maxFields: readInteger(env, 'GRAPHQL_MAX_FIELDS', defaultLimits.maxFields, 1, 1_000_000),
      maxSessionsPerRequest: readInteger(
        env,
        'GRAPHQL_MAX_SESSIONS_PER_REQUEST',
        defaultLimits.maxSessionsPerRequest,
        1,
        1000,
      ),
      bodyLimit: readSize(env, 'HTTP_BODY_LIMIT', defaultLimits.bodyLimit),
      rateLimitWindowMs: readInteger(env, 'RATE_LIMIT_WINDOW_MS', defaultLimits.rateLimitWindowMs, 1000, 86_400_000),
      rateLimitMax: readInteger(env, 'RATE_LIMIT_MAX', defaultLimits.rateLimitMax, 1, 1_000_000_000),
      authFailureWindowMs: readInteger(
        env,
        'AUTH_FAILURE_WINDOW_MS',
        defaultLimits.authFailureWindowMs,
        1000,
        86_400_000,
      ),
      authFailureMax: readInteger(env, 'AUTH_FAILURE_MAX', defaultLimits.authFailureMax, 1, 1_000_000_000),
    },
    writes: {
      maxItemsPerMutation: readInteger(
        env,
        'GRAPHQL_MAX_WRITE_ITEMS',
        defaultWriteLimits.maxItemsPerMutation,
        1,
        100_000,
      ),
      maxItemsPerRequest: readInteger(
        env,
        'GRAPHQL_MAX_WRITE_ITEMS_PER_REQUEST',
        defaultWriteLimits.maxItemsPerRequest,
        1,
        1_000_000,
      ),
      maxInputDepth: readInteger(env, 'GRAPHQL_MAX_INPUT_DEPTH', defaultWriteLimits.maxInputDepth, 2, 1000),
      transactionTimeoutMs: readInteger(
        env,
        'NEO4J_TRANSACTION_TIMEOUT_MS',
        defaultWriteLimits.transactionTimeoutMs,
        100,
        3_600_000,
      ),
    },
    search: {
      maxLength: readInteger(env, 'SEARCH_MAX_LENGTH', defaultSearchLimits.maxLength, 1, 10_000),
      maxWords: readInteger(env, 'SEARCH_MAX_WORDS', defaultSearchLimits.maxWords, 1, 100),
    },
    cache: {
      maxEntries: readInteger(env, 'ANALYSIS_CACHE_MAX_ENTRIES', defaultCacheSettings.maxEntries, 0, 1_000_000),
      maxBytes: readBytes(env, 'ANALYSIS_CACHE_MAX_BYTES', defaultCacheSettings.maxBytes),
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
    trustProxy: readTrustProxy(env),
    // Off unless set, whatever NODE_ENV says: a server reachable by others must not show its internals.
    debugErrors: readBoolean(env, 'DEBUG_ERRORS', false),
    seedDemoData: readBoolean(env, 'SEED_DEMO_DATA', true),
    chromiumPath: empty(env.CHROMIUM_PATH) ?? '/usr/bin/chromium',
    pdfConcurrency: readInteger(env, 'PDF_CONCURRENCY', defaultPdfConcurrency, 1, 64),
    snapshotSchedule: readCron(env, 'SNAPSHOT_SCHEDULE'),
    papierkorb: {
      retentionDays: readInteger(env, 'PAPIERKORB_RETENTION_DAYS', defaultPapierkorb.retentionDays, 90, 36_500),
      purgeSchedule: readCron(env, 'PAPIERKORB_PURGE_SCHEDULE') ?? defaultPapierkorb.purgeSchedule,
    },
    indicatorTargets: readIndicatorTargets(env),
    accounts: readAccounts(env),
    oidc: readOidc(env),
    jwt: readJwt(env),
  };
}
