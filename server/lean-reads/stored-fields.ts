// The fields of a node type that are stored as properties of its node, read from the SDL (schema/*.graphql): what a
// hand-written query may project as `.name` without the generated translation. Relationships, @cypher fields and
// points (whose GraphQL type the library resolves from its own projection) are not among them.
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { loadTypeDefs } from '../sdl/load-type-defs.js';

const computed = new Set(['cypher', 'relationship', 'customResolver', 'populatedBy']);
const notProperties = new Set(['Point', 'CartesianPoint']);

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The stored scalar and enum fields of every object type of the SDL, by type name. */
export function readStoredFields(typeDefs: string = loadTypeDefs()): Map<string, ReadonlySet<string>> {
  const definitions = parse(typeDefs).definitions;
  const objectTypes = new Set<string>();
  const fieldsOf = new Map<string, FieldDefinitionNode[]>();
  for (const definition of definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    objectTypes.add(definition.name.value);
    fieldsOf.set(definition.name.value, [...(fieldsOf.get(definition.name.value) ?? []), ...(definition.fields ?? [])]);
  }
  const stored = new Map<string, ReadonlySet<string>>();
  for (const [type, fields] of fieldsOf) {
    stored.set(
      type,
      new Set(
        fields
          .filter((field) => !field.directives?.some((directive) => computed.has(directive.name.value)))
          .filter((field) => (field.arguments ?? []).length === 0)
          .filter((field) => {
            const name = namedType(field.type);
            return !objectTypes.has(name) && !notProperties.has(name);
          })
          .map((field) => field.name.value),
      ),
    );
  }
  return stored;
}
