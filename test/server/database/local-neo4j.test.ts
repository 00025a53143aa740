// The local Neo4j the tests run on was started by the global setup with startLocalNeo4j.
import neo4j, { type EagerResult } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.js';
import { startLocalNeo4j } from '../../../server/database/local-neo4j.js';

const config = loadConfig();
const usesLocal = !config.neo4j.uri;

describe.runIf(usesLocal)('the local Neo4j', () => {
  it('is adopted, not started twice, when it already runs', async () => {
    const again = await startLocalNeo4j(config.testNeo4j);
    expect(again.started).toBe(false);
    expect(again.uri).toBe(`bolt://127.0.0.1:${config.testNeo4j.port}`);
  });

  it('has authentication on: the default password is refused, the generated one works', async () => {
    const wrong = neo4j.driver(`bolt://127.0.0.1:${config.testNeo4j.port}`, neo4j.auth.basic('neo4j', 'neo4j'));
    expect(await wrong.verifyAuthentication().catch(() => false)).toBe(false);
    await wrong.close();
    const again = await startLocalNeo4j(config.testNeo4j);
    expect(again.password).toMatch(/^[\w-]{32}$/);
  });

  it('has APOC loaded', async () => {
    const again = await startLocalNeo4j(config.testNeo4j);
    const driver = neo4j.driver(again.uri, neo4j.auth.basic(again.username, again.password));
    const { records } = await driver.executeQuery('RETURN apoc.version() AS version');
    await driver.close();
    expect(records[0]!.get('version')).toMatch(/^5\.26\./);
  });

  it('listens on loopback only', async () => {
    const conf = await import('node:fs').then((fs) =>
      fs.readFileSync(`${config.testNeo4j.homeDir}/conf/neo4j.conf`, 'utf8'),
    );
    expect(conf).toContain(`server.bolt.listen_address=127.0.0.1:${config.testNeo4j.port}`);
    expect(conf).toContain('server.http.enabled=false');
  });

  it("limits each transaction's time and memory, so that one request cannot exhaust the heap", async () => {
    const conf = await import('node:fs').then((fs) =>
      fs.readFileSync(`${config.testNeo4j.homeDir}/conf/neo4j.conf`, 'utf8'),
    );
    expect(conf).toContain(`db.transaction.timeout=${config.testNeo4j.transactionTimeout}`);
    expect(conf).toContain(`db.memory.transaction.max=${config.testNeo4j.transactionMemory}`);
    expect(conf).toContain(`db.memory.transaction.total.max=${config.testNeo4j.transactionMemoryTotal}`);
    // Neo4j took them: the settings in force are the ones written.
    const again = await startLocalNeo4j(config.testNeo4j);
    const driver = neo4j.driver(again.uri, neo4j.auth.basic(again.username, again.password));
    try {
      const { records } = await driver.executeQuery<EagerResult<{ name: string; value: string }>>(
        "SHOW SETTINGS YIELD name, value WHERE name IN ['db.transaction.timeout', 'db.memory.transaction.max'] RETURN name, value ORDER BY name",
      );
      expect(records.map((record) => record.get('name'))).toEqual([
        'db.memory.transaction.max',
        'db.transaction.timeout',
      ]);
      expect(records[1]!.get('value')).toBe('2m'); // 120s as Neo4j shows it
    } finally {
      await driver.close();
    }
  });
});
