// Depth, cost and size of one operation in linear time. Each fragment is measured once and its figures reused at
// every spread, so `fragment F1 { ...F0 ...F0 }` ... `F24` costs 25 small walks, not 2^24 (the expanded figures
// still grow as 2^24: they are what the operation would cost, and what gets it refused).
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  OperationTypeNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** An argument's value as the request gives it (a literal, a variable or the schema's default); undefined if none. */
export type ArgumentReader = (name: string) => unknown;

/** What the figures are made of (server/http/field-costs.ts). */
export interface CostModel {
  /** Cost of resolving the field once, its selection aside ("Type.field"). */
  weightOf(field: string, args: ArgumentReader): number;
  /** Items a list field returns at most (its limit or first, else the element type's @limit default, ...). */
  listSizeOf(field: string, elementType: GraphQLNamedType, args: ArgumentReader): number;
}

export interface OperationSize {
  depth: number; // deepest selection: a field with a selection adds a level; introspection fields do not count
  cost: number; // the model's weights, times the list sizes asked for
  fields: number; // field selections once every fragment spread is expanded
  rootFields: number; // fields (aliases) at the operation's top level, fragments expanded
  visited: number; // selection nodes this walk looked at: grows with the document, not with its expansion
}

interface SetSize {
  depth: number;
  fixed: number; // cost that does not depend on a connection's page size
  perEdge: number; // cost of one edge, for a selection on a connection type: its field multiplies it by the page size
  fields: number;
  top: number; // fields at this level
}

const empty: SetSize = { depth: 0, fixed: 0, perEdge: 0, fields: 0, top: 0 };

/** A generated connection type (ActorsConnection, ActorOffersConnection, ActorsIndexConnection, ...). */
function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return false;
  const edges = type.getFields().edges;
  return edges !== undefined && isListType(getNullableType(edges.type));
}

/** The node type behind a connection's edges. */
function nodeTypeOf(connection: GraphQLNamedType): GraphQLNamedType {
  if (!isObjectType(connection)) return connection;
  const edge = getNamedType(connection.getFields().edges!.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type) : edge;
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  return 'getFields' in parent ? parent.getFields()[name] : undefined;
}

export interface MeasureOptions {
  operationName?: string | null; // which operation of the document; default: the first
  variables?: Record<string, unknown>; // as the request sends them
  onVariableRead?: (name: string) => void; // told of each variable the figures depend on (measure-cache.ts)
}

/** The figures of the operation to run; undefined when the document has no such operation. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  model: CostModel,
  options: MeasureOptions = {},
): OperationSize | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      const wanted = options.operationName ? definition.name?.value === options.operationName : !operation;
      if (wanted) operation = definition;
    }
  }
  if (!operation) return undefined;
  const root =
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : operation.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return undefined;

  const variables = options.variables ?? {};
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? [])
    if (definition.defaultValue) variableDefaults.set(definition.variable.name.value, definition.defaultValue);

  /** A literal with the request's variables in it (lists and objects too: a where filter may name a key). */
  const valueOf = (node: ValueNode): unknown => {
    switch (node.kind) {
      case Kind.VARIABLE: {
        const name = node.name.value;
        options.onVariableRead?.(name);
        if (Object.hasOwn(variables, name)) return variables[name];
        const fallback = variableDefaults.get(name);
        return fallback && fallback.kind !== Kind.VARIABLE ? valueOf(fallback) : undefined;
      }
      case Kind.INT:
      case Kind.FLOAT:
        return Number(node.value);
      case Kind.STRING:
      case Kind.ENUM:
      case Kind.BOOLEAN:
        return node.value;
      case Kind.NULL:
        return null;
      case Kind.LIST:
        return node.values.map(valueOf);
      case Kind.OBJECT:
        return Object.fromEntries(node.fields.map((field) => [field.name.value, valueOf(field.value)]));
    }
  };
  const readerOf =
    (node: FieldNode, field: GraphQLField<unknown, unknown>): ArgumentReader =>
    (name) => {
      const given = node.arguments?.find((argument) => argument.name.value === name);
      const value = given ? valueOf(given.value) : undefined;
      if (value !== undefined && value !== null) return value;
      const fallback = field.args.find((argument) => argument.name === name)?.defaultValue;
      return fallback ?? undefined;
    };

  let visited = 0;
  const measured = new Map<string, SetSize | 'measuring'>();

  const add = (sum: SetSize, part: SetSize): void => {
    sum.depth = Math.max(sum.depth, part.depth);
    sum.fixed += part.fixed;
    sum.perEdge += part.perEdge;
    sum.fields += part.fields;
    sum.top += part.top;
  };

  const measureFragment = (name: string): SetSize => {
    const known = measured.get(name);
    // A fragment that spreads itself (directly or not) is a validation error GraphQL reports; it must not loop here.
    if (known === 'measuring') return empty;
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !type || !isCompositeType(type)) return empty;
    measured.set(name, 'measuring');
    const size = measureSet(fragment.selectionSet, type);
    measured.set(name, size);
    return size;
  };

  const measureSet = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): SetSize => {
    const size: SetSize = { ...empty };
    const onConnection = isConnection(parent);
    for (const selection of selectionSet.selections) {
      visited += 1;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        add(size, measureFragment(selection.name.value));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) add(size, measureSet(selection.selectionSet, type));
        continue;
      }
      size.fields += 1;
      size.top += 1;
      const name = selection.name.value;
      const field = fieldOf(parent, name);
      if (!field) continue; // GraphQL's validation refuses unknown fields
      const named = getNamedType(field.type);
      const child =
        selection.selectionSet && isCompositeType(named) ? measureSet(selection.selectionSet, named) : empty;
      size.fields += child.fields;
      // Introspection is answered from memory and GraphiQL needs it whole: no depth and no cost, but its fields
      // count like any others.
      if (name.startsWith('__')) continue;
      size.depth = Math.max(size.depth, 1 + child.depth);
      const key = `${parent.name}.${name}`;
      const args = readerOf(selection, field);
      const weight = model.weightOf(key, args);
      if (onConnection && name === 'edges') {
        size.perEdge += weight + child.fixed;
      } else if (isListType(getNullableType(field.type))) {
        size.fixed += weight + model.listSizeOf(key, named, args) * (child.fixed + child.perEdge);
      } else if (isConnection(named)) {
        size.fixed += weight + child.fixed + model.listSizeOf(key, nodeTypeOf(named), args) * child.perEdge;
      } else {
        size.fixed += weight + child.fixed + child.perEdge;
      }
    }
    return size;
  };

  const size = measureSet(operation.selectionSet, root);
  return {
    depth: size.depth,
    cost: size.fixed + size.perEdge,
    fields: size.fields,
    rootFields: size.top,
    visited,
  };
}
