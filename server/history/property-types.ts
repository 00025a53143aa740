// Back from the change history's JSON to the values Neo4j stores: the history keeps dates as text, integers as
// numbers and points as { latitude, longitude } (server/changes/snapshot-entities.ts); an undo or a restore writes
// them again as the API would, a Date as a date, an Int as an integer, read from the field's type in the SDL.
import { Kind, parse, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import neo4j from 'neo4j-driver';
import type { JsonValue } from '../changes/snapshot-entities.js';
import { loadTypeDefs } from '../sdl/load-type-defs.js';

type FieldTypes = Map<string, string>; // field -> named type (Int, Date, Point, an enum, ...)

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

function readTypes(): Map<string, FieldTypes> {
  const document = parse(loadTypeDefs());
  const types = new Map<string, FieldTypes>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const object = definition as ObjectTypeDefinitionNode;
    const fields = types.get(object.name.value) ?? new Map<string, string>();
    for (const field of object.fields ?? []) fields.set(field.name.value, namedTypeOf(field.type));
    types.set(object.name.value, fields);
  }
  return types;
}

let cached: Map<string, FieldTypes> | undefined;

function typeOf(owner: string, field: string): string | undefined {
  cached ??= readTypes();
  return cached.get(owner)?.get(field);
}

function storedOfType(type: string | undefined, value: JsonValue): unknown {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((item) => storedOfType(type, item));
  if (type === 'Int' && typeof value === 'number') return neo4j.int(value);
  if (type === 'Date' && typeof value === 'string') {
    const [year, month, day] = value.split('-').map(Number);
    return new neo4j.types.Date(year!, month!, day!);
  }
  if (type === 'DateTime' && typeof value === 'string' && !Number.isNaN(Date.parse(value)))
    return neo4j.types.DateTime.fromStandardDate(new Date(value));
  if (type === 'Point' && typeof value === 'object' && 'latitude' in value && 'longitude' in value)
    return new neo4j.types.Point(4326, Number(value.longitude), Number(value.latitude));
  return value;
}

/**
 * The value to store for a property of a node (owner: its label) or a relationship (owner: its properties type,
 * e.g. Cooperation), from its JSON in the change history; properties the SDL does not name are stored as they are.
 */
export function storedValueOf(owner: string, field: string, value: JsonValue): unknown {
  return storedOfType(typeOf(owner, field), value);
}

/** The properties type of a relationship field (e.g. Actor.cooperatesWith -> Cooperation), if it has one. */
export function relationshipPropertiesOf(label: string, field: string): string | undefined {
  cachedProperties ??= readRelationshipProperties();
  return cachedProperties.get(`${label}.${field}`);
}

let cachedProperties: Map<string, string> | undefined;

function readRelationshipProperties(): Map<string, string> {
  const found = new Map<string, string>();
  for (const definition of parse(loadTypeDefs()).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((candidate) => candidate.name.value === 'relationship');
      const argument = directive?.arguments?.find((candidate) => candidate.name.value === 'properties');
      if (argument?.value.kind === Kind.STRING)
        found.set(`${definition.name.value}.${field.name.value}`, argument.value.value);
    }
  }
  return found;
}
