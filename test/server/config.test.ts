import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

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
      maxComplexity: 50_000,
      bodyLimit: '1mb',
      rateLimitWindowMs: 60_000,
      rateLimitMax: 1200,
    });
    expect(config.resilience).toMatchObject({ maxRetryTimeMs: 3000, shutdownGraceMs: 10_000 });
  });

  it('reads the limits and the fault settings', () => {
    const config = loadConfig({
      GRAPHQL_MAX_DEPTH: '8',
      HTTP_BODY_LIMIT: '200KB',
      RATE_LIMIT_MAX: '60',
      NEO4J_MAX_RETRY_TIME_MS: '0',
    });
    expect(config.limits).toMatchObject({ maxDepth: 8, bodyLimit: '200kb', rateLimitMax: 60 });
    expect(config.resilience.maxRetryTimeMs).toBe(0);
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
    ['HTTP_BODY_LIMIT', 'huge', /HTTP_BODY_LIMIT must look like 500kb or 1mb, got "huge"/],
    ['RATE_LIMIT_MAX', '1.5', /RATE_LIMIT_MAX must be a whole number .* got "1.5"/],
  ])('refuses %s=%s naming the bad value', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
