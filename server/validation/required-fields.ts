// The fields an entity cannot be without (`title: String!`), read from the SDL in schema/: an update that sets
// one of them to null is refused before the write, with the field named, instead of failing inside the library.
import { Kind, parse } from 'graphql';
import { loadTypeDefs } from '../sdl/load-type-defs.js';

let cached: Map<string, Set<string>> | undefined;

function readRequiredFields(): Map<string, Set<string>> {
  const required = new Map<string, Set<string>>();
  for (const definition of parse(loadTypeDefs()).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const type = definition;
    const fields = new Set<string>();
    for (const field of type.fields ?? []) {
      // Relationship fields are lists the server keeps the cardinality of (graph-invariants.ts).
      if (field.type.kind === Kind.NON_NULL_TYPE && field.type.type.kind === Kind.NAMED_TYPE)
        fields.add(field.name.value);
    }
    required.set(type.name.value, fields);
  }
  return required;
}

/** True when the entity's (or relationship properties type's) field is declared non-null. */
export function isRequiredField(entity: string, field: string): boolean {
  cached ??= readRequiredFields();
  return cached.get(entity)?.has(field) ?? false;
}
