// Builds the executable GraphQL schema: @neo4j/graphql's generated API over the SDL in schema/.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createAnalysisResolvers } from '../analysis/create-analysis-resolvers.js';
import { loadTypeDefs } from './load-type-defs.js';

export interface BuildSchemaOptions {
  driver?: Driver; // omitted when the schema is only printed
  database?: string; // Neo4j database name; undefined uses the server's default
}

export async function buildSchema(options: BuildSchemaOptions = {}): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    driver: options.driver,
    resolvers: createAnalysisResolvers({ driver: options.driver, database: options.database }),
    features: {
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
