// Builds the executable GraphQL schema: @neo4j/graphql's generated API over the SDL in schema/.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createAnalysisResolvers } from '../analysis/create-analysis-resolvers.js';
import type { JwtSettings } from '../auth/jwt-settings.js';
import { keySetOptionsOf, verifyOptionsOf } from '../auth/token-rules.js';
import { createPartnerResolvers } from '../partner/partner-resolvers.js';
import { loadTypeDefs } from './load-type-defs.js';
import { routeRequestSessions, type Resolvers } from './route-request-sessions.js';

export interface BuildSchemaOptions {
  driver?: Driver; // omitted when the schema is only printed
  database?: string; // Neo4j database name; undefined uses the server's default
  jwt?: JwtSettings; // the key people's tokens are verified with; undefined accepts no tokens (API keys still work)
}

/**
 * @neo4j/graphql's own token verification, with the same key and options as server/auth/verify-token.ts. A key set is
 * given as a function: the library then makes its key set per request, from the cache the server's verifier keeps
 * current (token-rules.ts), instead of fetching and caching the JWKS on its own schedule.
 */
function authorizationOf(jwt: JwtSettings | undefined) {
  if (!jwt) return undefined;
  const keySet = jwt.jwksUrl ? { url: jwt.jwksUrl, options: keySetOptionsOf(jwt) } : undefined;
  return { key: jwt.secret ?? (() => keySet!), verifyOptions: verifyOptionsOf(jwt) };
}

function mergeResolvers(...parts: Resolvers[]): Resolvers {
  const merged: Resolvers = {};
  for (const part of parts)
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...fields };
  return merged;
}

export async function buildSchema(options: BuildSchemaOptions = {}): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    driver: options.driver,
    // Each request's custom fields run over its own driver, which caps its sessions (route-request-sessions.ts).
    resolvers: routeRequestSessions(
      (driver) =>
        mergeResolvers(
          createAnalysisResolvers({ driver, database: options.database }),
          createPartnerResolvers({ driver, database: options.database }),
        ),
      options.driver,
    ),
    features: {
      ...(options.jwt ? { authorization: authorizationOf(options.jwt) } : {}),
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
