// The full-text search fields that @neo4j/graphql generates from @fulltext (searchActors, searchOffers,
// searchMunicipalities) hand their phrase to Neo4j's Lucene parser as it is. Wrapped here, in place, so that the
// phrase is the project's own grammar (server/search/parse-search-phrase.ts) and a bad one is BAD_USER_INPUT.
import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { defaultSearchLimits, type SearchLimits } from '../config.js';
import { parseSearchPhrase } from '../search/parse-search-phrase.js';

/** The Query fields that take a full-text phrase: the generated ones are the only fields with a `phrase` argument. */
export function findSearchFields(schema: GraphQLSchema): string[] {
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  return fields.filter((field) => field.args.some((arg) => arg.name === 'phrase')).map((field) => field.name);
}

export function guardSearch(schema: GraphQLSchema, limits: SearchLimits = defaultSearchLimits): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const name of findSearchFields(schema)) {
    const field = fields[name]!;
    const original = field.resolve as GraphQLFieldResolver<unknown, unknown, { phrase: string }> | undefined;
    if (!original) continue;
    // The library reads the phrase from the args it is given (not from the operation), so replacing it suffices.
    field.resolve = (source: unknown, args: { phrase: string }, context: unknown, info: GraphQLResolveInfo) =>
      original(source, { ...args, phrase: parseSearchPhrase(args.phrase, limits) }, context, info);
  }
  return schema;
}
