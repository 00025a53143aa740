// The generated update and delete mutations take an optional `expectedUpdatedAt`: the version (updatedAt) the
// client loaded the entity with. A form that loaded an actor at one version and saves it after someone else saved
// it would otherwise overwrite the other save without a trace; with the argument, the server refuses it inside
// the mutation's own transaction (server/validation/check-expected-version.ts). @neo4j/graphql generates these
// fields and has no way to declare an argument of ours on them, so the Mutation type is rebuilt with it; the
// resolvers stay as they are (guard-mutations.ts reads the argument and hands the library the rest).
import { GraphQLObjectType, GraphQLSchema, isScalarType, type GraphQLFieldConfig } from 'graphql';

export const expectedVersionArgument = 'expectedUpdatedAt';

/** Mutations whose entity has an updatedAt: updateActors, deleteActors, ... (the names of the generated fields). */
function takesVersion(schema: GraphQLSchema, fieldName: string): boolean {
  const match = /^(update|delete)([A-Z]\w*)$/.exec(fieldName);
  if (!match) return false;
  const plural = match[2]!.charAt(0).toLowerCase() + match[2]!.slice(1);
  const listField = schema.getQueryType()?.getFields()[plural];
  if (!listField) return false;
  let type = listField.type;
  while ('ofType' in type) type = type.ofType;
  return type instanceof GraphQLObjectType && 'updatedAt' in type.getFields();
}

export function addVersionArguments(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  const dateTime = schema.getType('DateTime');
  if (!mutation || !dateTime || !isScalarType(dateTime)) return schema;
  const config = mutation.toConfig();
  const fields: Record<string, GraphQLFieldConfig<unknown, unknown>> = {};
  for (const [name, field] of Object.entries(config.fields)) {
    fields[name] = takesVersion(schema, name)
      ? {
          ...field,
          args: {
            ...field.args,
            [expectedVersionArgument]: {
              type: dateTime,
              description:
                'The updatedAt the entity was loaded with. When given, every entity the `where` selects must still have it: a save against a newer version (or a deleted entity) is refused with BAD_USER_INPUT, reason VERSION_CONFLICT, naming both versions; nothing is written.',
            },
          },
        }
      : field;
  }
  const rebuilt = new GraphQLObjectType({ ...config, fields });
  const schemaConfig = schema.toConfig();
  return new GraphQLSchema({
    ...schemaConfig,
    mutation: rebuilt,
    types: schemaConfig.types.map((type) => (type === mutation ? rebuilt : type)),
  });
}
