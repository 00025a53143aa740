// An API server over the test Neo4j, listening on a free port, with a small client for the tests.
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../server/database/create-driver.js';
import { createApp } from '../../server/http/create-app.js';
import { createLogger } from '../../server/logger.js';
import { createSchema } from '../../server/schema/create-schema.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: unknown[] }[];
}

export interface TestServer {
  url: string;
  driver: Driver;
  database: string | undefined;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Runs Cypher directly, to set up or inspect data behind the API's back. */
  cypher(statement: string, params?: Record<string, unknown>): Promise<Record<string, any>[]>;
  close(): Promise<void>;
}

export function testDriver(): { driver: Driver; database: string | undefined } {
  const connection = inject('neo4j');
  return { driver: createDriver(connection), database: connection.database };
}

export async function startTestServer(): Promise<TestServer> {
  const { driver, database } = testDriver();
  const schema = await createSchema({ driver, database });
  const app = await createApp({ schema, driver, database, log: createLogger('silent') });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    driver,
    database,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async cypher(statement, params = {}) {
      const result = await driver.executeQuery(statement, params, { database });
      return result.records.map((record) => record.toObject());
    },
    async close() {
      await app.stop();
      await driver.close();
    },
  };
}

/** A prefix unique to one test file, so that files running in parallel never touch each other's data. */
export function uniquePrefix(name: string): string {
  return `t${name}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A random 5-digit district key in the 99xxx range no real district uses. */
export function testDistrictAgs(): string {
  return `99${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
}
