// The executable schema the server serves: the generated API, with every mutation guarded and dates read strictly.
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildSchema } from './build-schema.js';
import { guardMutations } from './guard-mutations.js';
import { useStrictDates } from './strict-dates.js';

export interface SchemaOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
}

export async function createSchema(options: SchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema(options);
  return guardMutations(useStrictDates(schema), options);
}
