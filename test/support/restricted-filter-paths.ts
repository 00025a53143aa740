// Every way the generated schema's filter, sort and aggregate inputs reach data some role may not read, as
// queries to send. Derived from the schema, not listed by hand: from each root field's input arguments, the input
// types are walked breadth first up to a number of relationship hops, and each input field that reaches a
// restricted type or field is an endpoint. Whether it does is told by the names @neo4j/graphql gives its inputs
// (NeedWhere, MunicipalityNeedsConnectionFilters, ActorReportedNeedsNodeAggregationWhereInput, CooperationSort
// .note, ...): a rule of its own, apart from the structural walk of server/auth/find-restricted-path.ts that it
// checks.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Restricted } from '../../server/auth/read-restrictions.js';

export interface RestrictedPath {
  rootType: 'Query' | 'Mutation';
  field: string; // the field whose argument is walked: a root field (municipalities) or one below it (actors.cooperatesWithConnection)
  argument: string; // e.g. where
  keys: string[]; // input keys from the argument to the endpoint, e.g. ["needs"] or ["actors", "some", "reportedNeeds"]
  endpoint: string; // the input field reaching restricted data, e.g. "MunicipalityWhere.needs"
  query: string; // the root field with its arguments and a small selection, to put into an operation
}

/** A value to print: enum values are bare words. */
class EnumValue {
  constructor(readonly name: string) {}
}

type Value = string | number | boolean | EnumValue | Value[] | { [key: string]: Value };

function print(value: Value): string {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(print).join(', ')}]`;
  if (typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([key, child]) => `${key}: ${print(child)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

const samples: Record<string, Value> = {
  String: 'x',
  ID: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2026-01-01',
  DateTime: '2026-01-01T00:00:00Z',
  LocalDateTime: '2026-01-01T00:00:00',
  Time: '00:00:00Z',
  LocalTime: '00:00:00',
  Duration: 'P1D',
  BigInt: '1',
};

const logical = new Set(['AND', 'OR', 'NOT']);

/** A small valid value of an input type: a leaf, or the required fields plus one operator (eq when there is one). */
function sampleOf(type: GraphQLInputType, depth = 0): Value | undefined {
  if (isNonNullType(type)) return sampleOf(type.ofType, depth);
  if (isListType(type)) {
    const item = sampleOf(type.ofType, depth);
    return item === undefined ? undefined : [item];
  }
  if (isEnumType(type)) return new EnumValue(type.getValues()[0]!.name);
  if (isScalarType(type)) return samples[type.name] ?? 'x';
  if (!isInputObjectType(type) || depth > 5) return undefined;
  const value: Record<string, Value> = {};
  const fields = Object.values(type.getFields());
  for (const field of fields.filter((candidate) => isNonNullType(candidate.type))) {
    const sample = sampleOf(field.type, depth + 1);
    if (sample === undefined) return undefined;
    value[field.name] = sample;
  }
  if (Object.keys(value).length > 0) return value;
  const preferred = [
    fields.find((field) => field.name === 'eq'),
    fields.find((field) => field.name === 'some'),
    ...fields.filter((field) => !logical.has(field.name)),
  ];
  for (const field of preferred) {
    const sample = field && sampleOf(field.type, depth + 1);
    if (sample !== undefined) return { [field!.name]: sample };
  }
  return value;
}

/** Sample values for the required arguments other than the walked one (searchActors' phrase); lists of one. */
function requiredArguments(field: GraphQLField<unknown, unknown>, except: string): string {
  const required = field.args
    .filter((arg) => arg.name !== except && isNonNullType(arg.type) && arg.defaultValue === undefined)
    .map((arg) => `${arg.name}: ${print(sampleOf(arg.type)!)}`);
  // One item is enough to show an answer, and keeps the walk quick for the roles that get answers.
  const page = field.args.find((arg) => arg.name === 'limit' || arg.name === 'first');
  return [...required, ...(page ? [`${page.name}: 1`] : [])].join(', ');
}

/** A selection of one leaf, so that the root field is valid. */
function selectionOf(type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type) || depth > 3 || !isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)));
  const leaf = fields.find((field) => isLeafType(getNamedType(field.type)));
  if (leaf) return `{ ${leaf.name} }`;
  for (const field of fields) {
    const inner = selectionOf(getNamedType(field.type), depth + 1);
    if (inner) return `{ ${field.name} ${inner} }`;
  }
  return '';
}

export interface NamingRules {
  restricted: Restricted; // what the role the paths are for may not read (the strictest: anonymous)
  relationships: { owner: string; field: string; target: string }[]; // @relationship fields of the SDL
}

/** The SDL's @relationship fields (owner type, field, target type). */
export function relationshipsOf(typeDefs: string): NamingRules['relationships'] {
  const relationships: NamingRules['relationships'] = [];
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      if (!field.directives?.some((directive) => directive.name.value === 'relationship')) continue;
      let type = field.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      relationships.push({ owner: definition.name.value, field: field.name.value, target: type.name.value });
    }
  }
  return relationships;
}

const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const startsWithName = (typeName: string, prefix: string) =>
  typeName.startsWith(prefix) && /^[A-Z]/.test(typeName.slice(prefix.length));

/** The library's naming: does the input field `parent.key` of type `child` filter, sort or aggregate hidden data? */
function reachesRestricted(parent: GraphQLInputObjectType, key: string, child: GraphQLNamedType, rules: NamingRules) {
  const hiddenTypes = [...rules.restricted.types];
  const hiddenRelationships = rules.relationships
    .filter((relationship) => rules.restricted.types.has(relationship.target))
    .map((relationship) => `${relationship.owner}${capital(relationship.field)}`);
  if ([...hiddenTypes, ...hiddenRelationships].some((prefix) => startsWithName(child.name, prefix))) return true;
  return [...rules.restricted.fields].some((path) => {
    const [owner, field] = path.split('.') as [string, string];
    return key === field && startsWithName(parent.name, owner);
  });
}

/** Input object types the walk goes through: filters and sorts of entities and relationships, not scalar operators. */
const isScalarOperators = (type: GraphQLInputObjectType) =>
  /(Scalar(Aggregation)?Filters|ScalarMutations|^PointFilters|^CartesianPointFilters|Distance|PointInput|^FloatWhere)$/.test(
    type.name,
  );
const isRelationshipFilter = (type: GraphQLInputObjectType) =>
  /(RelationshipFilters|ConnectionFilters)$/.test(type.name);

/** Builds the argument value along the keys; every level gets its required fields too. */
function valueAlong(type: GraphQLInputType, keys: string[], leaf: Value): Value {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return valueAlong(nullable.ofType, keys, leaf);
  if (keys.length === 0 || !isInputObjectType(nullable)) return leaf;
  const [key, ...rest] = keys as [string, ...string[]];
  const base = (sampleOf(nullable) ?? {}) as Record<string, Value>;
  const required = Object.fromEntries(
    Object.entries(base).filter(([name]) => isNonNullType(nullable.getFields()[name]!.type)),
  );
  return { ...required, [key]: valueAlong(nullable.getFields()[key]!.type, rest, leaf) };
}

/** The endpoints of one field's input arguments; `wrap` puts the field with its arguments into a root field. */
function pathsOfField(
  field: GraphQLField<unknown, unknown>,
  rules: NamingRules,
  hops: number,
  wrap: (fieldWithArguments: string) => string,
): Omit<RestrictedPath, 'rootType' | 'field'>[] {
  const paths: Omit<RestrictedPath, 'rootType' | 'field'>[] = [];
  for (const arg of field.args) {
    const argType = getNamedType(arg.type);
    if (!isInputObjectType(argType)) continue;
    const seenTypes = new Set<string>([argType.name]);
    const seenEndpoints = new Set<string>();
    let frontier: { type: GraphQLInputObjectType; keys: string[]; hops: number }[] = [
      { type: argType, keys: [], hops: 0 },
    ];
    while (frontier.length > 0) {
      const next: typeof frontier = [];
      for (const { type, keys, hops: hopsSoFar } of frontier) {
        for (const inputField of Object.values(type.getFields())) {
          if (logical.has(inputField.name)) continue;
          const child = getNamedType(inputField.type);
          const endpoint = `${type.name}.${inputField.name}`;
          if (reachesRestricted(type, inputField.name, child, rules)) {
            if (seenEndpoints.has(endpoint)) continue;
            seenEndpoints.add(endpoint);
            const leaf = sampleOf(inputField.type);
            if (leaf === undefined) continue;
            const pathKeys = [...keys, inputField.name];
            const value = valueAlong(arg.type, pathKeys, leaf);
            const args = [`${arg.name}: ${print(value)}`, requiredArguments(field, arg.name)]
              .filter(Boolean)
              .join(', ');
            paths.push({
              argument: arg.name,
              keys: pathKeys,
              endpoint,
              query: wrap(`${field.name}(${args}) ${selectionOf(getNamedType(field.type))}`),
            });
            continue;
          }
          if (!isInputObjectType(child) || isScalarOperators(child) || seenTypes.has(child.name)) continue;
          const hopsThere = hopsSoFar + (isRelationshipFilter(child) ? 1 : 0);
          if (hopsThere > hops) continue;
          seenTypes.add(child.name);
          next.push({ type: child, keys: [...keys, inputField.name], hops: hopsThere });
        }
      }
      frontier = next;
    }
  }
  return paths;
}

/**
 * Every root field x every input endpoint that reaches restricted data within `hops` relationship hops (the first,
 * shortest path to each endpoint); with `nested`, also the arguments of the fields of the entities a root field
 * lists (actors { cooperatesWithConnection(sort: ...) }), where connection sorts and relationship filters live.
 */
export function findRestrictedFilterPaths(
  schema: GraphQLSchema,
  rules: NamingRules & { entities: ReadonlySet<string> },
  options: { hops: number; rootTypes: ('Query' | 'Mutation')[]; nested?: boolean },
): RestrictedPath[] {
  const paths: RestrictedPath[] = [];
  for (const rootType of options.rootTypes) {
    const root: GraphQLObjectType | null | undefined =
      rootType === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const path of pathsOfField(field, rules, options.hops, (text) => text))
        paths.push({ rootType, field: field.name, ...path });
      const listed = getNamedType(field.type);
      if (!options.nested || !isObjectType(listed) || !rules.entities.has(listed.name)) continue;
      if (rules.restricted.types.has(listed.name)) continue;
      const rootArgs = requiredArguments(field, '');
      const open = `${field.name}${rootArgs ? `(${rootArgs})` : ''}`;
      for (const inner of Object.values(listed.getFields())) {
        for (const path of pathsOfField(inner, rules, options.hops, (text) => `${open} { ${text} }`))
          paths.push({ rootType, field: `${field.name}.${inner.name}`, ...path });
      }
    }
  }
  return paths;
}
