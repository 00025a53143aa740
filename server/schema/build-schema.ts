// Builds the executable GraphQL schema: @neo4j/graphql's generated API over the SDL in schema/.
import { randomBytes } from 'node:crypto';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createResolvers } from '../graphql/create-resolvers.js';
import { createLeanReadResolvers } from '../graphql/lean-read-resolvers.js';
import { loadTypeDefs } from '../sdl/load-type-defs.js';
import { addVersionArguments } from './add-version-arguments.js';
import { routeRequestSessions } from './route-request-sessions.js';

export interface BuildSchemaOptions {
  driver?: Driver; // omitted when the schema is only printed
  database?: string; // Neo4j database name; undefined uses the server's default
  retentionDays?: number; // days the Papierkorb keeps deleted entities; default in server/config.ts
}

export async function buildSchema(options: BuildSchemaOptions = {}): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    driver: options.driver,
    // Each request's custom fields run over its own driver, which caps its sessions (route-request-sessions.ts).
    resolvers: routeRequestSessions(
      (driver) => createResolvers({ driver, database: options.database, retentionDays: options.retentionDays }),
      options.driver,
    ),
    features: {
      // The library never sees a token: the server verifies it once (server/auth/) and hands the library the
      // claims the rules read as context.jwt, which it trusts as verified. The key is one nobody holds, so that a
      // token reaching the library by some other way could never pass; it also keeps the library from warning.
      authorization: { key: randomBytes(32).toString('base64url') },
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return installLeanReads(addVersionArguments(await neoSchema.getSchema()), options);
}

/**
 * The hot reads (server/graphql/lean-read-resolvers.ts) go onto the built schema rather than through the library's
 * resolvers: the library wraps every Query field it is given with its per-request set-up (authorization context,
 * executor, a copy of the context), which these fields do not use. They take the request's driver from the context
 * themselves, without the per-request copy of route-request-sessions.ts.
 */
function installLeanReads(schema: GraphQLSchema, options: BuildSchemaOptions): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, resolve] of Object.entries(
    createLeanReadResolvers({ driver: options.driver, database: options.database }).Query,
  )) {
    const field = fields[name];
    if (!field) throw new Error(`the schema has no field Query.${name} for its resolver of hand-written Cypher`);
    field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
  return schema;
}
