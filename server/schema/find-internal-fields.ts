// Fields the schema's directives cannot guard: notes on cooperation links (relationship properties take no
// @authentication). They are internal (coordinator and analyst), and so are filters, sorts and aggregates over
// them, whose types @neo4j/graphql names after the relationship (Cooperation*, *CooperatesWith*, ...).
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

const internalField = (typeName: string, field: string) => field === 'note' && /Cooperat/.test(typeName);

function findInSelection(
  info: GraphQLResolveInfo,
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLNamedType,
): string | undefined {
  if (!selectionSet) return undefined;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (internalField(parent.name, name)) return `${parent.name}.${name}`;
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[name];
      if (!field) continue;
      const found =
        findInArguments(
          Object.fromEntries((selection.arguments ?? []).map((argument) => [argument.name.value, argument])),
          field.args,
          info,
        ) ?? findInSelection(info, selection.selectionSet, getNamedType(field.type));
      if (found) return found;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : parent;
      const found = type && findInSelection(info, selection.selectionSet, type);
      if (found) return found;
    } else {
      const fragment = info.fragments[selection.name.value];
      const type = fragment && info.schema.getType(fragment.typeCondition.name.value);
      const found = type && findInSelection(info, fragment.selectionSet, type);
      if (found) return found;
    }
  }
  return undefined;
}

/** A value of an input type: literal AST (nested fields) or a variable's value (plain objects). */
function findInValue(value: unknown, type: GraphQLInputType, info: GraphQLResolveInfo): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return findInValue(value, type.ofType, info);
  const node = value as { kind?: string };
  if (node.kind === Kind.VARIABLE)
    return findInValue(info.variableValues[(value as { name: { value: string } }).name.value], type, info);
  if (isListType(type)) {
    const items =
      node.kind === Kind.LIST ? (value as { values: unknown[] }).values : Array.isArray(value) ? value : [value];
    for (const item of items) {
      const found = findInValue(item, type.ofType, info);
      if (found) return found;
    }
    return undefined;
  }
  if (!isInputObjectType(type)) return undefined;
  const entries: [string, unknown][] =
    node.kind === Kind.OBJECT
      ? (value as { fields: { name: { value: string }; value: unknown }[] }).fields.map((field) => [
          field.name.value,
          field.value,
        ])
      : typeof value === 'object' && node.kind === undefined
        ? Object.entries(value as object)
        : [];
  const fields = type.getFields();
  for (const [key, child] of entries) {
    if (internalField(type.name, key)) return `${type.name}.${key}`;
    const field = fields[key];
    const found = field && findInValue(child, field.type, info);
    if (found) return found;
  }
  return undefined;
}

function findInArguments(
  given: Record<string, { value: unknown }>,
  args: readonly { name: string; type: GraphQLInputType }[],
  info: GraphQLResolveInfo,
): string | undefined {
  for (const arg of args) {
    const found = given[arg.name] && findInValue(given[arg.name]!.value, arg.type, info);
    if (found) return found;
  }
  return undefined;
}

/** The first internal field a root field's selection or arguments reach, e.g. "Cooperation.note"; or undefined. */
export function findInternalField(info: GraphQLResolveInfo): string | undefined {
  const rootField = info.parentType.getFields()[info.fieldName]!;
  for (const node of info.fieldNodes) {
    const found =
      findInArguments(
        Object.fromEntries((node.arguments ?? []).map((argument) => [argument.name.value, argument])),
        rootField.args,
        info,
      ) ?? findInSelection(info, node.selectionSet, getNamedType(info.returnType));
    if (found) return found;
  }
  return undefined;
}
