import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, localNeo4jMemory, transactionMemoryOf } from '../../server/config.js';

describe('loadConfig', () => {
  it('defaults to the local server and the local Neo4j', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, seedDemoData: true });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.localNeo4j.port).toBe(7687);
    expect(config.localNeo4j.homeDir).toMatch(/db\/local$/);
    expect(config.testNeo4j.port).toBe(7688);
    expect(config.limits).toEqual({
      maxDepth: 12,
      maxComplexity: 5_000_000,
      maxRootFields: 20,
      maxFields: 2000,
      maxSessionsPerRequest: 4,
      bodyLimit: '1mb',
      rateLimitWindowMs: 60_000,
      rateLimitMax: 1200,
      authFailureWindowMs: 60_000,
      authFailureMax: 20,
    });
    expect(config.resilience).toMatchObject({ maxRetryTimeMs: 3000, shutdownGraceMs: 10_000 });
  });

  it('reads the limits and the fault settings', () => {
    const config = loadConfig({
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_ROOT_FIELDS: '5',
      GRAPHQL_MAX_FIELDS: '300',
      GRAPHQL_MAX_SESSIONS_PER_REQUEST: '2',
      HTTP_BODY_LIMIT: '200KB',
      RATE_LIMIT_MAX: '60',
      AUTH_FAILURE_MAX: '5',
      AUTH_FAILURE_WINDOW_MS: '900000',
      NEO4J_MAX_RETRY_TIME_MS: '0',
    });
    expect(config.limits).toMatchObject({
      maxDepth: 8,
      maxRootFields: 5,
      maxFields: 300,
      maxSessionsPerRequest: 2,
      bodyLimit: '200kb',
      rateLimitMax: 60,
      authFailureMax: 5,
      authFailureWindowMs: 900_000,
    });
    expect(config.resilience.maxRetryTimeMs).toBe(0);
  });

  it('reads TRUST_PROXY as proxy hops or addresses, never as "trust everyone"', () => {
    expect(loadConfig({}).trustProxy).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback,10.0.0.0/8');
    for (const bad of ['true', '0', 'proxy.example.org'])
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(ConfigError);
  });

  it('bounds writes by default and reads the write limits', () => {
    expect(loadConfig({}).writes).toEqual({
      maxItemsPerMutation: 100,
      maxItemsPerRequest: 1000,
      maxInputDepth: 20,
      transactionTimeoutMs: 30_000,
    });
    expect(
      loadConfig({
        GRAPHQL_MAX_WRITE_ITEMS: '20',
        GRAPHQL_MAX_WRITE_ITEMS_PER_REQUEST: '50',
        GRAPHQL_MAX_INPUT_DEPTH: '8',
        NEO4J_TRANSACTION_TIMEOUT_MS: '5000',
      }).writes,
    ).toEqual({ maxItemsPerMutation: 20, maxItemsPerRequest: 50, maxInputDepth: 8, transactionTimeoutMs: 5000 });
  });

  it('fits the local Neo4j to the machine unless its memory is set, and guards each transaction', () => {
    const gib = 1024 ** 3;
    expect(localNeo4jMemory(24 * gib)).toEqual({ heap: '6144m', pageCache: '6144m' });
    expect(localNeo4jMemory(1 * gib)).toEqual({ heap: '512m', pageCache: '256m' });
    expect(localNeo4jMemory(256 * gib)).toEqual({ heap: '8192m', pageCache: '8192m' });
    expect(transactionMemoryOf('2g')).toEqual({ transactionMemory: '512m', transactionMemoryTotal: '1228m' });
    const config = loadConfig({
      NEO4J_LOCAL_HEAP: '2g',
      NEO4J_LOCAL_PAGECACHE: '1g',
      NEO4J_LOCAL_TRANSACTION_MEMORY: '300m',
    });
    expect(config.localNeo4j).toMatchObject({
      heap: '2g',
      pageCache: '1g',
      transactionTimeout: '120s',
      transactionMemory: '300m',
      transactionMemoryTotal: '1228m',
    });
    // The instances of the tests stay small whatever the machine.
    expect(config.testNeo4j).toMatchObject({ heap: '1g', pageCache: '256m', transactionMemory: '256m' });
    expect(config.faultTestNeo4j).toMatchObject({ heap: '512m', pageCache: '128m', transactionMemory: '128m' });
  });

  it('reads the search limits and DEBUG_ERRORS, which is off unless set, whatever NODE_ENV says', () => {
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
      search: { maxLength: 200, maxWords: 10 },
      debugErrors: false,
    });
    expect(loadConfig({ SEARCH_MAX_LENGTH: '80', SEARCH_MAX_WORDS: '4', DEBUG_ERRORS: 'true' })).toMatchObject({
      search: { maxLength: 80, maxWords: 4 },
      debugErrors: true,
    });
    expect(() => loadConfig({ SEARCH_MAX_WORDS: '0' })).toThrow(/SEARCH_MAX_WORDS must be a whole number from 1/);
    expect(() => loadConfig({ DEBUG_ERRORS: 'sometimes' })).toThrow(/DEBUG_ERRORS must be true or false/);
  });

  it('reads the snapshot schedule as a cron pattern; empty means none', () => {
    expect(loadConfig({}).snapshotSchedule).toBeUndefined();
    expect(loadConfig({ SNAPSHOT_SCHEDULE: ' 0 2 1 * * ' }).snapshotSchedule).toBe('0 2 1 * *');
  });

  it('uses an existing Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'bildung',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'reader',
      password: 'pw',
      database: 'bildung',
    });
  });

  it.each([
    ['PORT', 'abc', /PORT must be a port number .* got "abc"/],
    ['NEO4J_LOCAL_PORT', '70000', /NEO4J_LOCAL_PORT must be a port number .* got "70000"/],
    ['SEED_DEMO_DATA', 'maybe', /SEED_DEMO_DATA must be true or false, got "maybe"/],
    ['NEO4J_LOCAL_HEAP', 'lots', /NEO4J_LOCAL_HEAP must look like 512m or 2g, got "lots"/],
    ['SNAPSHOT_SCHEDULE', '0 2 * *', /SNAPSHOT_SCHEDULE must be a cron pattern .* got "0 2 \* \*"/],
    ['SNAPSHOT_SCHEDULE', '61 2 * * *', /SNAPSHOT_SCHEDULE must be a cron pattern .* got "61 2 \* \* \*"/],
    ['GRAPHQL_MAX_DEPTH', '0', /GRAPHQL_MAX_DEPTH must be a whole number from 1 to 1000, got "0"/],
    [
      'GRAPHQL_MAX_SESSIONS_PER_REQUEST',
      '0',
      /GRAPHQL_MAX_SESSIONS_PER_REQUEST must be a whole number from 1 to 1000, got "0"/,
    ],
    ['HTTP_BODY_LIMIT', 'huge', /HTTP_BODY_LIMIT must look like 500kb or 1mb, got "huge"/],
    ['RATE_LIMIT_MAX', '1.5', /RATE_LIMIT_MAX must be a whole number .* got "1.5"/],
    ['AUTH_FAILURE_MAX', '0', /AUTH_FAILURE_MAX must be a whole number from 1 .* got "0"/],
    ['JWT_MAX_LIFETIME', '12', /JWT_MAX_LIFETIME must be a time span like 30m, 12h or 7d, .* got "12"/],
    ['GRAPHQL_MAX_WRITE_ITEMS', '0', /GRAPHQL_MAX_WRITE_ITEMS must be a whole number from 1 to 100000, got "0"/],
    ['NEO4J_TRANSACTION_TIMEOUT_MS', '10', /NEO4J_TRANSACTION_TIMEOUT_MS must be a whole number from 100 .* got "10"/],
    [
      'NEO4J_LOCAL_TRANSACTION_TIMEOUT',
      'forever',
      /NEO4J_LOCAL_TRANSACTION_TIMEOUT must look like 500ms, 60s or 5m, got "forever"/,
    ],
  ])('refuses %s=%s naming the bad value', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
