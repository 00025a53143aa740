// Builds the executable GraphQL schema: @neo4j/graphql's generated API over the SDL in schema/.
import { randomBytes } from 'node:crypto';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
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
    // Each request's custom fields run over its own driver, which caps its sessions (route-request-sessions.ts);
    // the hot reads take the request's driver from the context themselves, without a copy per request.
    resolvers: [
      routeRequestSessions(
        (driver) => createResolvers({ driver, database: options.database, retentionDays: options.retentionDays }),
        options.driver,
      ),
      createLeanReadResolvers({ driver: options.driver, database: options.database }),
    ],
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
  return addVersionArguments(await neoSchema.getSchema());
}
