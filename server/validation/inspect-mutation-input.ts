// Walks the arguments of a generated mutation together with their GraphQL input types, so that the rules
// of field-rules.ts apply wherever an entity is created or updated (top level or nested), and so that every
// reference by key (connect) and every new key (create) is known before the write. The update operators are
// checked as far as the input alone tells (one operator per field, no division by 0, finite operands, no null
// for a required field); what they do to the stored values is checked in the transaction (check-arithmetic.ts).
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { BadUserInputError, quote, shownValue } from '../errors.js';
import { finiteNumber, ruleOf, uniqueKeys } from './field-rules.js';
import { isRequiredField } from './required-fields.js';

export interface KeyReference {
  entity: string; // e.g. Municipality
  key: string; // e.g. ags
  value: unknown;
  path: string; // where in the arguments, for the error message
}

export type ArithmeticOperator = 'add' | 'subtract' | 'multiply' | 'divide';

/** An update operator that computes the new value from the stored one, e.g. capacity: { add: 5 }. */
export interface Arithmetic {
  entity: string; // e.g. Offer, or Cooperation for a relationship's properties
  field: string; // e.g. capacity
  operator: ArithmeticOperator;
  operand: number;
  integer: boolean; // an Int field (32 bits), else a Float
  root: boolean; // on the entities the mutation's `where` selects, not one nested below them
  path: string; // where in the arguments, for the error message
}

export interface MutationInputFacts {
  connects: KeyReference[]; // entities the mutation refers to by key; each must exist
  creates: KeyReference[]; // keys of entities the mutation creates; none may exist yet
  touched: Set<string>; // entities whose input types occur in the arguments: their invariants need checking
  arithmetic: Arithmetic[]; // update operators, to check against the stored values
}

const entityNames = Object.keys(uniqueKeys).sort((a, b) => b.length - a.length);

function entityOf(typeName: string): string | undefined {
  return entityNames.find((entity) => typeName.startsWith(entity));
}

const entityInput = /^(\w+?)(CreateInput|UpdateInput|ConnectWhere)$/;

/** Throws BadUserInputError for the first bad value; returns the key facts to check against the database. */
export function inspectMutationInput(
  args: readonly GraphQLArgument[],
  values: Record<string, unknown>,
): MutationInputFacts {
  const facts: MutationInputFacts = { connects: [], creates: [], touched: new Set(), arithmetic: [] };
  for (const arg of args) {
    if (arg.name === 'where') continue; // filters select, they do not write
    walk(arg.type, values[arg.name], arg.name, facts);
  }
  return facts;
}

function walk(type: GraphQLInputType, value: unknown, path: string, facts: MutationInputFacts): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return walk(nullable.ofType, value, path, facts);
    value.forEach((item, index) => walk(nullable.ofType, item, `${path}[${index}]`, facts));
    return;
  }
  const named = getNamedType(type);
  if (!isInputObjectType(named) || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const entity = entityOf(named.name);
  if (entity) facts.touched.add(entity);
  const match = entityInput.exec(named.name);
  if (match) checkEntityInput(match[1]!, match[2]!, named.getFields(), record, path, facts);

  const fields = named.getFields();
  for (const [fieldName, fieldValue] of Object.entries(record)) {
    const field = fields[fieldName];
    if (!field) continue;
    walk(field.type, fieldValue, `${path}.${fieldName}`, facts);
  }
}

const arithmeticOperators = new Set<string>(['add', 'subtract', 'multiply', 'divide']);

/** What a field holds, from its input type: text (String, ID), a list, or anything else. */
function kindOf(field: GraphQLInputField | undefined): 'text' | 'list' | 'other' {
  if (!field) return 'other';
  const type = getNullableType(field.type);
  const named = getNamedType(field.type).name;
  if (isListType(type) || /^List\w*Mutations$|ListEnumScalarMutations$/.test(named)) return 'list';
  if (named === 'String' || named === 'ID' || named === 'StringScalarMutations' || named === 'IDScalarMutations')
    return 'text';
  return 'other';
}

function refuse(entity: string, field: string, problem: string, value: unknown, path: string): never {
  throw new BadUserInputError(`${entity}.${field} ${problem}; got ${quote(value)} at ${path}`, {
    field: `${entity}.${field}`,
    value: shownValue(value),
    path,
  });
}

function checkValue(entity: string, field: string, kind: 'text' | 'list' | 'other', value: unknown, path: string) {
  if (value === null || value === undefined) return;
  const problem = (typeof value === 'number' ? finiteNumber(value) : undefined) ?? ruleOf(entity, field, kind)?.(value);
  if (problem) refuse(entity, field, problem, value, path);
}

/** The operators of one field of an update input: { set }, { push }, { pop } or one arithmetic operator. */
function checkUpdateOperators(
  entity: string,
  field: string,
  inputField: GraphQLInputField | undefined,
  operators: Record<string, unknown>,
  path: string,
  root: boolean,
  facts: MutationInputFacts,
): void {
  const given = Object.entries(operators).filter(([, value]) => value !== undefined);
  if (given.length > 1) {
    refuse(
      entity,
      field,
      `takes one update operator at a time, not ${given.map(([name]) => name).join(' and ')}`,
      operators,
      path,
    );
  }
  const kind = kindOf(inputField);
  for (const [operator, value] of given) {
    const at = `${path}.${operator}`;
    if (operator === 'set') {
      if (value === null && isRequiredField(entity, field))
        refuse(entity, field, 'is required and cannot be set to null', value, at);
      checkValue(entity, field, kind, value, at);
    } else if (operator === 'push') {
      // The pushed items are checked here, the length of the list they make after the write (graph-invariants.ts).
      checkValue(entity, field, kind, Array.isArray(value) ? value : [value], at);
    } else if (arithmeticOperators.has(operator)) {
      if (value === null) refuse(entity, field, `needs a number to ${operator}`, value, at);
      if (finiteNumber(value)) refuse(entity, field, `takes only a finite number to ${operator}`, value, at);
      if (operator === 'divide' && value === 0) refuse(entity, field, 'cannot be divided by 0', value, at);
      const integer = getNamedType(inputField!.type).name === 'IntScalarMutations';
      facts.arithmetic.push({
        entity,
        field,
        operator: operator as ArithmeticOperator,
        operand: value as number,
        integer,
        root,
        path: at,
      });
    }
  }
}

function checkEntityInput(
  entity: string,
  kind: string,
  inputFields: Record<string, GraphQLInputField>,
  record: Record<string, unknown>,
  path: string,
  facts: MutationInputFacts,
): void {
  const keys = uniqueKeys[entity] ?? [];
  if (kind === 'ConnectWhere') {
    const node = (record.node ?? {}) as Record<string, { eq?: unknown } | undefined>;
    for (const key of keys) {
      const eq = node[key]?.eq;
      if (eq !== undefined && eq !== null) facts.connects.push({ entity, key, value: eq, path: `${path}.node.${key}` });
    }
    return;
  }
  for (const [field, raw] of Object.entries(record)) {
    const inputField = inputFields[field];
    const at = `${path}.${field}`;
    if (kind === 'UpdateInput') {
      // Relationship fields of an update are lists of nested operations, walked on their own.
      if (
        raw &&
        typeof raw === 'object' &&
        !Array.isArray(raw) &&
        /Mutations$/.test(getNamedType(inputField!.type).name)
      )
        checkUpdateOperators(entity, field, inputField, raw as Record<string, unknown>, at, path === 'update', facts);
      continue;
    }
    if (raw === null || raw === undefined) continue;
    if (isInputObjectType(getNamedType(inputField!.type)) && getNamedType(inputField!.type).name !== 'PointInput')
      continue; // a relationship field: its nested input is walked on its own
    checkValue(entity, field, kindOf(inputField), raw, at);
    if (kind === 'CreateInput' && keys.includes(field))
      facts.creates.push({ entity, key: field, value: raw, path: at });
  }
}
