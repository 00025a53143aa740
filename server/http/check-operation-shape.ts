// Shapes of a request that @neo4j/graphql 7 cannot answer, refused with a clear BAD_USER_INPUT before anything runs
// (found by the request fuzz, test/server/fuzz/). Without this check the library fails inside its translation
// (a TypeError: an internal error) or returns null for a non-null field, after a mutation has already written:
// - a negative `limit`, `offset` or `first` (the library or Cypher fails on it);
// - an explicit null for a filter or an update of a field (`where: { title: null }`, `location: { distance: null }`,
//   `update: { source: null }`): leave the field out, or use `set: null` (a null scalar, such as `eq: null`, is fine);
// - an update operator object with no operator (`capacity: {}`; several are refused by server/validation), or
//   `pop` on a list of enum values (the library generates it with the enum as its type and then cannot run it);
// - the same field under two response names in the library's projection types (connections, their edges and
//   page info, aggregates): one of them comes back null or wrong;
// - an aggregate `node` that asks for nothing but `__typename`;
// - a point in a filter off the globe (`distance: { from: { latitude: 1e308 } }`): Neo4j cannot make the point.
// One pass over the document: each fragment is looked at once, its fields remembered for every place it is spread.
import {
  valueFromAST,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  BREAK,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
  type ObjectValueNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { BadUserInputError, quote } from '../errors.js';

const pagingArguments = new Set(['limit', 'offset', 'first']);

/** Types whose fields the library builds in its Cypher projection by response name. */
const projectionType = /(Connection|Relationship|Edge|^PageInfo|Aggregate|AggregateSelection|AggregateNode|^Count)$/;

function refuse(message: string, value: unknown): never {
  throw new BadUserInputError(message, { reason: 'UNSUPPORTED_SHAPE', value, http: { status: 400 } });
}

/** Checks a variable's value against its input type: nulls for filters and updates, operator objects. */
function checkValue(value: unknown, type: GraphQLInputType, where: string, parent = ''): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, where, parent);
  if (isListType(type)) {
    if (Array.isArray(value))
      value.forEach((item, index) => checkValue(item, type.ofType, `${where}[${index}]`, parent));
    return;
  }
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return;
  if (type.name === 'PointInput' && inFilter(parent)) return checkPoint(value as Record<string, unknown>, where);
  const fields = type.getFields();
  const keys = Object.keys(value);
  if (isOperatorInput(type.name)) checkOperators(type, keys, where);
  for (const [key, child] of Object.entries(value)) {
    const field = fields[key];
    if (!field) continue;
    if (child === null && nullMeansNothing(type.name, field.type)) refuseNull(`${where}.${key}`);
    checkValue(child, field.type, `${where}.${key}`, type.name);
  }
}

/** A point inside a filter (`eq`, `in`, `distance.from`); a point written by a mutation is server/validation's. */
const inFilter = (parentTypeName: string) => /(Filters|Distance|Where)$/.test(parentTypeName);

/** A geographic point of a filter: latitude -90..90, longitude -180..180, a finite height. */
function checkPoint(point: Record<string, unknown>, where: string): void {
  const ranges: [string, number][] = [
    ['latitude', 90],
    ['longitude', 180],
    ['height', Number.MAX_SAFE_INTEGER],
  ];
  for (const [key, limit] of ranges) {
    const value = point[key];
    if (typeof value === 'number' && !(Math.abs(value) <= limit))
      refuse(
        `${where}.${key} is ${String(value)}: ${key === 'height' ? 'a height must be a finite number of metres' : `a ${key} must lie from -${limit} to ${limit}`}`,
        value,
      );
  }
}

/** Filters and updates of a field: null there says nothing the library can translate. */
const nullMeansNothing = (typeName: string, fieldType: GraphQLInputType) =>
  /(Where|Filters|UpdateInput)$/.test(typeName) && isInputObjectType(getNamedType(fieldType));

/** The update operators of one field (`set`, `add`, `push`, ...); several at once are server/validation's to refuse. */
const isOperatorInput = (typeName: string) => /Mutations$/.test(typeName);

function refuseNull(where: string): never {
  refuse(`${where} is null: leave the field out (to clear a value, use { set: null })`, null);
}

function checkOperators(type: GraphQLInputObjectType, operators: string[], where: string): void {
  if (operators.length === 0) {
    refuse(
      `${where} names no operator: give one of ${Object.keys(type.getFields()).join(', ')} (or leave the field out)`,
      operators,
    );
  }
  const pop = type.getFields().pop;
  if (operators.includes('pop') && pop && getNamedType(pop.type).name !== 'Int') {
    refuse(`${where}.pop cannot remove items from a list of values; give the whole list with set`, 'pop');
  }
}

function checkPaging(argument: ArgumentNode, variables: Record<string, unknown>): void {
  if (!pagingArguments.has(argument.name.value)) return;
  const value =
    argument.value.kind === Kind.INT
      ? Number(argument.value.value)
      : argument.value.kind === Kind.VARIABLE
        ? variables[argument.value.name.value]
        : undefined;
  if (typeof value === 'number' && value < 0) {
    refuse(`${argument.name.value} must be 0 or more, got ${quote(value)}`, value);
  }
}

/** Field name -> the response names it is asked under, in one selection set with its fragments merged in. */
type FieldNames = Map<string, Set<string>>;

function merge(into: FieldNames, from: FieldNames): void {
  for (const [field, names] of from) {
    const target = into.get(field) ?? new Set<string>();
    for (const name of names) target.add(name);
    into.set(field, target);
  }
}

class SelectionFields {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly memo = new Map<string, FieldNames>();

  constructor(document: DocumentNode) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  of(selectionSet: SelectionSetNode, visiting: Set<string> = new Set()): FieldNames {
    const names: FieldNames = new Map();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = selection.name.value;
        const set = names.get(field) ?? new Set<string>();
        set.add(selection.alias?.value ?? field);
        names.set(field, set);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        merge(names, this.of(selection.selectionSet, visiting));
      } else {
        merge(names, this.ofFragment(selection.name.value, visiting));
      }
    }
    return names;
  }

  private ofFragment(name: string, visiting: Set<string>): FieldNames {
    const known = this.memo.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // An unknown or self-spreading fragment is a validation error GraphQL reports; nothing to add here.
    if (!fragment || visiting.has(name)) return new Map();
    visiting.add(name);
    const names = this.of(fragment.selectionSet, visiting);
    visiting.delete(name);
    this.memo.set(name, names);
    return names;
  }
}

/**
 * What the walk over a document found that depends on the variables: the paging arguments given by a variable and
 * the input type of each variable. A document that passed with one set of variables passes with any other as far
 * as its literals go; only these need looking at again. A document with a variable inside a point literal of a
 * filter is walked for every request (the walk reads that point's value).
 */
interface VariableChecks {
  paging: [argument: string, variable: string][];
  variableTypes: Map<string, GraphQLInputType>;
}

/** Apollo hands every request of a query text the same parsed document: the walk runs once per document. */
const checkedDocuments = new WeakMap<DocumentNode, WeakMap<GraphQLSchema, VariableChecks>>();

function checkVariables(checks: VariableChecks, variables: Record<string, unknown>): void {
  for (const [argument, variable] of checks.paging) {
    const value = variables[variable];
    if (typeof value === 'number' && value < 0) refuse(`${argument} must be 0 or more, got ${quote(value)}`, value);
  }
  for (const [name, type] of checks.variableTypes) checkValue(variables[name], type, `$${name}`);
}

function containsVariable(node: ObjectValueNode): boolean {
  let found = false;
  visit(node, {
    Variable() {
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** Throws BAD_USER_INPUT naming the first shape of the operation that the library cannot answer. */
export function checkOperationShape(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): void {
  const known = checkedDocuments.get(document)?.get(schema);
  if (known) return checkVariables(known, variables);
  const checks = walkDocument(schema, document, variables);
  // Only a document that passed is remembered (a refused one is refused again by the walk), and only when its
  // literals alone decided the walk.
  if (!checks) return;
  let bySchema = checkedDocuments.get(document);
  if (!bySchema) checkedDocuments.set(document, (bySchema = new WeakMap()));
  bySchema.set(schema, checks);
}

/** The walk over the document: refuses what its literals show, and returns what depends on the variables. */
function walkDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): VariableChecks | null {
  const typeInfo = new TypeInfo(schema);
  const selectionFields = new SelectionFields(document);
  const variableTypes = new Map<string, GraphQLInputType>();
  const paging: [string, string][] = [];
  let dependsOnVariables = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        checkPaging(node, variables);
        if (pagingArguments.has(node.name.value) && node.value.kind === Kind.VARIABLE)
          paging.push([node.name.value, node.value.name.value]);
      },
      ObjectValue(node) {
        const type = typeInfo.getInputType();
        const named = type && getNamedType(type);
        if (!named || !isInputObjectType(named)) return;
        const parent = typeInfo.getParentInputType();
        if (named.name === 'PointInput' && inFilter(parent ? getNamedType(parent).name : '')) {
          if (containsVariable(node)) dependsOnVariables = true;
          const point = valueFromAST(node, named, variables);
          if (point && typeof point === 'object') checkPoint(point as Record<string, unknown>, named.name);
          return;
        }
        if (isOperatorInput(named.name)) {
          checkOperators(
            named,
            node.fields.map((field) => field.name.value),
            named.name,
          );
        }
        for (const field of node.fields) {
          const fieldType = named.getFields()[field.name.value]?.type;
          if (field.value.kind === Kind.NULL && fieldType && nullMeansNothing(named.name, fieldType)) {
            refuseNull(`${named.name}.${field.name.value}`);
          }
        }
      },
      Variable(node) {
        const type = typeInfo.getInputType();
        if (type && !variableTypes.has(node.name.value)) variableTypes.set(node.name.value, type);
      },
      SelectionSet(node: SelectionSetNode) {
        const parent = typeInfo.getParentType();
        if (!parent || !projectionType.test(parent.name)) return;
        const fields = selectionFields.of(node);
        for (const [field, names] of fields) {
          if (field !== '__typename' && names.size > 1) {
            refuse(
              `${parent.name}.${field} is asked under ${names.size} names (${[...names].join(', ')}); ask for it once`,
              [...names],
            );
          }
        }
        if (/AggregateNode$/.test(parent.name) && [...fields.keys()].every((field) => field === '__typename')) {
          refuse(`${parent.name} needs at least one field besides __typename`, parent.name);
        }
      },
    }),
  );
  const checks = { paging, variableTypes };
  checkVariables(checks, variables);
  return dependsOnVariables ? null : checks;
}

/** The check as an Apollo plugin: after the operation is known (and its cost checked), before it runs. */
export function refuseUnsupportedShapes(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          checkOperationShape(schema, document, request.variables);
        },
      };
    },
  };
}
