// Finds where a root field of a request reaches data the role may not read (read-restrictions.ts): in what it
// selects, and in every argument at any depth: where, connection where, aggregate filters, sort, the where of a
// nested mutation input, full-text where. @neo4j/graphql checks its access rules on what it returns, not on what
// it filters by (github.com/neo4j/graphql/issues/3788): a filter on a hidden relationship answers yes or no about
// hidden data. So a filter, sort or aggregate over it is refused like reading it.
//
// The walk pairs each input object with the entity whose fields it is named after: a where input's keys are the
// entity's field names (needs, needsConnection, note, ...); node and edge switch to the relationship's target
// and its properties; the wrappers (AND, OR, NOT, some, all, none, single, aggregate, where, connect, update, ...)
// keep the entity. It follows literals, variables, aliases, fragments and inline fragments; each fragment is
// walked once per place it is used from, so the walk stays linear in the size of the document.
import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ReadRestrictions, Restricted } from './read-restrictions.js';

/** The entity an input or selection is about: a node type (or relationship properties), and its relationship's properties. */
interface Scope {
  node: GraphQLObjectType;
  edge?: GraphQLObjectType;
}

/** Within an aggregate selection, node and edge mirror the fields of the connection's entities. */
interface Mirror {
  aggregateOf?: Scope;
  entity?: GraphQLObjectType;
}

interface Walk {
  info: GraphQLResolveInfo;
  entities: ReadonlySet<string>;
  restricted: Restricted;
  walkedFragments: Set<string>;
}

function objectType(type: GraphQLNamedType | undefined): GraphQLObjectType | undefined {
  return type && isObjectType(type) ? type : undefined;
}

/** The entity behind an output type: itself, a connection's edge node (and properties), or what a mutation wrote. */
function scopeOf(type: GraphQLNamedType, walk: Walk): Scope | undefined {
  const object = objectType(type);
  if (!object) return undefined;
  if (walk.entities.has(object.name)) return { node: object };
  const fields = object.getFields();
  const edge = fields.edges && objectType(getNamedType(fields.edges.type));
  const node = edge?.getFields().node && objectType(getNamedType(edge.getFields().node!.type));
  if (node && walk.entities.has(node.name)) {
    const properties = edge.getFields().properties;
    return { node, edge: properties ? objectType(getNamedType(properties.type)) : undefined };
  }
  // A mutation's response (createOffers { info offers }) lists the entities it wrote.
  const written = Object.values(fields)
    .map((field) => objectType(getNamedType(field.type)))
    .filter((candidate) => candidate && walk.entities.has(candidate.name));
  return written.length === 1 ? { node: written[0]! } : undefined;
}

/** A field returning no entity (deleteOffers' DeleteInfo) still filters one: the entity of its `where` (OfferWhere). */
function scopeOfField(field: GraphQLField<unknown, unknown>, walk: Walk): Scope | undefined {
  const scope = scopeOf(getNamedType(field.type), walk);
  if (scope) return scope;
  const where = field.args.find((arg) => arg.name === 'where');
  const name = where && getNamedType(where.type).name.replace(/Where$/, '');
  const node = name ? objectType(walk.info.schema.getType(name) ?? undefined) : undefined;
  return node && walk.entities.has(node.name) ? { node } : undefined;
}

function isRestrictedScope(scope: Scope | undefined, walk: Walk): boolean {
  return !!scope && (walk.restricted.types.has(scope.node.name) || walk.restricted.types.has(scope.edge?.name ?? ''));
}

/** Reaching `owner.name` reaches restricted data when the field is restricted or leads to a restricted entity. */
function restrictedStep(owner: GraphQLObjectType, name: string, walk: Walk): string | undefined {
  const path = `${owner.name}.${name}`;
  if (walk.restricted.types.has(owner.name) || walk.restricted.fields.has(path)) return path;
  const field = owner.getFields()[name];
  if (field && isRestrictedScope(scopeOf(getNamedType(field.type), walk), walk)) return path;
  return undefined;
}

/** The key/value pairs of an input object: a literal's fields or a variable's plain object. */
function entriesOf(value: unknown): [string, unknown][] {
  const node = value as { kind?: string; fields?: { name: { value: string }; value: unknown }[] };
  if (node.kind === Kind.OBJECT) return node.fields!.map((field) => [field.name.value, field.value]);
  if (typeof value === 'object' && value !== null && node.kind === undefined) return Object.entries(value);
  return [];
}

function findInValue(value: unknown, type: GraphQLInputType, scope: Scope, walk: Walk): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return findInValue(value, type.ofType, scope, walk);
  const node = value as { kind?: string; name?: { value: string }; values?: unknown[] };
  if (node.kind === Kind.VARIABLE) return findInValue(walk.info.variableValues[node.name!.value], type, scope, walk);
  if (isListType(type)) {
    const items = node.kind === Kind.LIST ? node.values! : Array.isArray(value) ? value : [value];
    for (const item of items) {
      const found = findInValue(item, type.ofType, scope, walk);
      if (found) return found;
    }
    return undefined;
  }
  if (!isInputObjectType(type)) return undefined;
  const inputFields = type.getFields();
  for (const [key, child] of entriesOf(value)) {
    const inputField = inputFields[key];
    if (!inputField) continue;
    let next: Scope | undefined = scope;
    const field = scope.node.getFields()[key];
    if (field) {
      const found = restrictedStep(scope.node, key, walk);
      if (found) return found;
      // A scalar field's filter (eq, startsWith, ...) reaches nothing further.
      next = scopeOf(getNamedType(field.type), walk);
    } else if (key === 'node') {
      next = { node: scope.node };
    } else if (key === 'edge') {
      if (scope.edge && walk.restricted.types.has(scope.edge.name)) return scope.edge.name;
      next = scope.edge && { node: scope.edge };
    }
    // Any other key (AND, OR, NOT, some, all, aggregate, where, connect, update, ...) wraps the same entity.
    const found = next && findInValue(child, inputField.type, next, walk);
    if (found) return found;
  }
  return undefined;
}

function findInArguments(
  nodes: readonly { name: { value: string }; value: ValueNode }[] | undefined,
  args: readonly GraphQLArgument[],
  scope: Scope | undefined,
  walk: Walk,
): string | undefined {
  if (!scope || !nodes) return undefined;
  for (const node of nodes) {
    const arg = args.find((candidate) => candidate.name === node.name.value);
    const found = arg && findInValue(node.value, arg.type, scope, walk);
    if (found) return found;
  }
  return undefined;
}

function findInField(node: FieldNode, parent: GraphQLNamedType, mirror: Mirror, walk: Walk): string | undefined {
  const name = node.name.value;
  if (name.startsWith('__') || (!isObjectType(parent) && !isInterfaceType(parent))) return undefined;
  const field = parent.getFields()[name];
  if (!field) return undefined;
  const owner = mirror.entity ?? (isObjectType(parent) ? parent : undefined);
  const step = owner && restrictedStep(owner, name, walk);
  if (step) return step;
  const type = getNamedType(field.type);
  const scope = scopeOfField(field as GraphQLField<unknown, unknown>, walk);
  const found = findInArguments(node.arguments, field.args, scope, walk);
  if (found) return found;
  let inner: Mirror = {};
  if (name === 'aggregate') inner = { aggregateOf: scopeOf(parent, walk) };
  else if (mirror.aggregateOf && name === 'node') inner = { entity: mirror.aggregateOf.node };
  else if (mirror.aggregateOf && name === 'edge') inner = { entity: mirror.aggregateOf.edge };
  return findInSelection(node.selectionSet, type, inner, walk);
}

function findInSelection(
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLNamedType,
  mirror: Mirror,
  walk: Walk,
): string | undefined {
  if (!selectionSet) return undefined;
  for (const selection of selectionSet.selections) {
    let found: string | undefined;
    if (selection.kind === Kind.FIELD) {
      found = findInField(selection, parent, mirror, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.info.schema.getType(selection.typeCondition.name.value) : parent;
      found = type ? findInSelection(selection.selectionSet, type, mirror, walk) : undefined;
    } else {
      const fragment = walk.info.fragments[selection.name.value];
      const type = fragment && walk.info.schema.getType(fragment.typeCondition.name.value);
      // A fragment used again from the same place was walked already: fragments spread into fragments stay linear.
      const key = `${selection.name.value}|${parent.name}|${mirror.entity?.name ?? ''}|${mirror.aggregateOf?.node.name ?? ''}`;
      if (!type || walk.walkedFragments.has(key)) continue;
      walk.walkedFragments.add(key);
      found = findInSelection(fragment.selectionSet, type, mirror, walk);
    }
    if (found) return found;
  }
  return undefined;
}

/**
 * The first place the root field being resolved reaches data the role may not read, e.g. "Municipality.needs",
 * "Cooperation.note" or "Query.needs"; undefined when it reaches none.
 */
export function findRestrictedPath(
  info: GraphQLResolveInfo,
  restrictions: ReadRestrictions,
  restricted: Restricted,
): string | undefined {
  if (restricted.types.size === 0 && restricted.fields.size === 0) return undefined;
  const walk: Walk = { info, entities: restrictions.entities, restricted, walkedFragments: new Set() };
  for (const node of info.fieldNodes) {
    const found = findInField(node, info.parentType, {}, walk);
    if (found) return found;
  }
  return undefined;
}
