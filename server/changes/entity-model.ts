// The entities the change history follows, read from the SDL in schema/: each @node type's key (id or ags) and
// its relationship fields, so that a change can name an entity and list what it is linked to by key.
import { Kind, parse, type ConstDirectiveNode, type ObjectTypeDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../sdl/load-type-defs.js';
import { uniqueKeys } from '../validation/field-rules.js';

export interface RelationshipField {
  field: string; // e.g. venue
  type: string; // relationship type, e.g. TAKES_PLACE_IN
  outgoing: boolean; // (entity)-[:type]->(target) when true
  target: string; // label of the other end, e.g. Municipality
  targetKey: string; // its key, e.g. ags
}

export interface EntityModel {
  label: string;
  key: string; // the property that names an entity of this label
  relationships: RelationshipField[];
}

function argumentOf(directive: ConstDirectiveNode, name: string): string | undefined {
  const argument = directive.arguments?.find((arg) => arg.name.value === name);
  return argument && (argument.value.kind === Kind.STRING || argument.value.kind === Kind.ENUM)
    ? argument.value.value
    : undefined;
}

function namedTypeOf(type: import('graphql').TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

function readModels(): Map<string, EntityModel> {
  const document = parse(loadTypeDefs());
  const models = new Map<string, EntityModel>();
  const nodeTypes = document.definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      Boolean(definition.directives?.some((directive) => directive.name.value === 'node')),
  );
  for (const definition of nodeTypes) {
    const label = definition.name.value;
    const key = uniqueKeys[label]?.[0];
    if (!key) continue;
    const relationships: RelationshipField[] = [];
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((candidate) => candidate.name.value === 'relationship');
      if (!directive) continue;
      const target = namedTypeOf(field.type);
      const targetKey = uniqueKeys[target]?.[0];
      if (!targetKey) continue;
      relationships.push({
        field: field.name.value,
        type: argumentOf(directive, 'type')!,
        outgoing: argumentOf(directive, 'direction') === 'OUT',
        target,
        targetKey,
      });
    }
    models.set(label, { label, key, relationships });
  }
  return models;
}

let cached: Map<string, EntityModel> | undefined;

/** The model of every @node type with a key, by label. */
export function entityModels(): Map<string, EntityModel> {
  cached ??= readModels();
  return cached;
}

export function entityModel(label: string): EntityModel {
  const model = entityModels().get(label);
  if (!model) throw new Error(`${label} is not an entity with a key`);
  return model;
}
