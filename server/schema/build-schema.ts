// Builds the executable GraphQL schema: @neo4j/graphql's generated API over the SDL in schema/.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { JwtSettings } from '../auth/jwt-settings.js';
import { verifyOptionsOf } from '../auth/verify-token.js';
import { createResolvers } from '../graphql/create-resolvers.js';
import { loadTypeDefs } from '../sdl/load-type-defs.js';

export interface BuildSchemaOptions {
  driver?: Driver; // omitted when the schema is only printed
  database?: string; // Neo4j database name; undefined uses the server's default
  jwt?: JwtSettings; // the key people's tokens are verified with; undefined accepts no tokens (API keys still work)
}

/** @neo4j/graphql's own token verification, with the same key and options as server/auth/verify-token.ts. */
function authorizationOf(jwt: JwtSettings | undefined) {
  if (!jwt) return undefined;
  return { key: jwt.secret ?? { url: jwt.jwksUrl! }, verifyOptions: verifyOptionsOf(jwt) };
}

export async function buildSchema(options: BuildSchemaOptions = {}): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    driver: options.driver,
    resolvers: createResolvers({ driver: options.driver, database: options.database }),
    features: {
      ...(options.jwt ? { authorization: authorizationOf(options.jwt) } : {}),
      // Field extensions that graphql-query-complexity reads (server/http/limit-queries.ts).
      complexityEstimators: true,
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return neoSchema.getSchema();
}
