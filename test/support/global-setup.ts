// Starts the Neo4j the integration tests use (a local one of its own, apart from db/local with your data)
// unless NEO4J_URI points at one. The tests reach it through inject('neo4j'). It also makes a scratch folder of the
// run (inject('runDir')) where what the test files share is made once (test/support/once-per-run.ts).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/config.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/database/local-neo4j.js';
import { createDriver } from '../../server/database/create-driver.js';
import { migrate } from '../../server/database/migrate.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
    runDir: string;
  }
}

let local: LocalNeo4j | undefined;
let runDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  runDir = await fs.mkdtemp(path.join(os.tmpdir(), 'bildungsnetz-test-run-'));
  project.provide('runDir', runDir);
  const config = loadConfig();
  let connection: TestNeo4j;
  if (config.neo4j.uri) {
    connection = {
      uri: config.neo4j.uri,
      username: config.neo4j.username,
      password: config.neo4j.password ?? '',
      database: config.neo4j.database,
    };
  } else {
    local = await startLocalNeo4j(config.testNeo4j);
    connection = { uri: local.uri, username: local.username, password: local.password };
  }
  const driver = createDriver(connection);
  try {
    await migrate(driver, connection.database);
  } finally {
    await driver.close();
  }
  project.provide('neo4j', connection);
}

export async function teardown(): Promise<void> {
  try {
    await local?.stop();
  } finally {
    if (runDir) await fs.rm(runDir, { recursive: true, force: true });
  }
}
