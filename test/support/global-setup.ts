// Starts the Neo4j the integration tests use (a local one of its own, apart from db/local with your data)
// unless NEO4J_URI points at one. The tests reach it through inject('neo4j').
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
  }
}

let local: LocalNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
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
  await local?.stop();
}
