// The data version spread over several nodes (server/database/data-version.ts): every committed write gives a version
// never read before it, a rolled-back write changes nothing, and concurrent writers spread over the shards.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceDataVersion, dataVersionShards, readDataVersion } from '../../../server/database/data-version.js';
import { testDriver } from '../../support/test-server.js';

let driver: Driver;
let database: string | undefined;

const write = async () => {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) => advanceDataVersion(tx));
  } finally {
    await session.close();
  }
};

const writesCounted = async () => {
  const { records } = await driver.executeQuery(
    'MATCH (v:DataVersion) RETURN sum(v.value) AS writes',
    {},
    { database },
  );
  return Number(records[0]!.get('writes'));
};

beforeAll(() => {
  ({ driver, database } = testDriver());
});

afterAll(async () => {
  await driver?.close();
});

describe('the data version', () => {
  it('after each committed write differs from every version read before it', async () => {
    const seen = new Set([await readDataVersion(driver, database)]);
    for (let i = 0; i < 40; i++) {
      await write();
      const version = await readDataVersion(driver, database);
      expect(seen.has(version), `write ${i + 1}`).toBe(false);
      seen.add(version);
    }
  });

  it('stays as it was when the write rolls back', async () => {
    const before = await readDataVersion(driver, database);
    const session = driver.session({ database });
    try {
      await expect(
        session.executeWrite(async (tx) => {
          await advanceDataVersion(tx);
          throw new Error('the write fails after advancing');
        }),
      ).rejects.toThrow('the write fails after advancing');
    } finally {
      await session.close();
    }
    expect(await readDataVersion(driver, database)).toBe(before);
  });

  it('counts every one of many concurrent writes, spread over more than one node', async () => {
    const before = await writesCounted();
    await Promise.all(Array.from({ length: 24 }, () => write()));
    expect(await writesCounted()).toBe(before + 24);
    const { records } = await driver.executeQuery(
      "MATCH (v:DataVersion) WHERE v.id STARTS WITH 'graph-' RETURN count(v) AS shards",
      {},
      { database },
    );
    const shards = Number(records[0]!.get('shards'));
    expect(shards).toBeGreaterThan(1);
    expect(shards).toBeLessThanOrEqual(dataVersionShards);
  });
});
