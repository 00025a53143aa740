// The @cypher Query fields that take a catchment radius (offersAcrossBorder) hand it to their Cypher as it is: a
// radius of 0, below 0 or of thousands of km would read nothing or the whole country without a word. Wrapped here, in
// place, so that the radius is checked as the analyses check it (BAD_USER_INPUT naming the value).
import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { checkRadius } from '../analysis/area/reach.js';

/** The generated Query fields whose radius this guard checks (the analyses' custom resolvers check their own). */
export const radiusFields = ['offersAcrossBorder'] as const;

export function guardRadius(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const name of radiusFields) {
    const field = fields[name];
    const original = field?.resolve as GraphQLFieldResolver<unknown, unknown, { radiusKm?: number }> | undefined;
    if (!field || !original) continue;
    // The library reads the arguments from the args it is given, so the checked radius is what its Cypher gets.
    field.resolve = (source: unknown, args: { radiusKm?: number }, context: unknown, info: GraphQLResolveInfo) =>
      original(source, { ...args, radiusKm: checkRadius(args.radiusKm) }, context, info);
  }
  return schema;
}
