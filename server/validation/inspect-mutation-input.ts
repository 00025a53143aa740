// Walks the arguments of a generated mutation together with their GraphQL input types, so that the rules
// of field-rules.ts apply wherever an entity is created or updated (top level or nested), and so that every
// reference by key (connect) and every new key (create) is known before the write.
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { BadUserInputError, quote } from '../errors.js';
import { fieldRules, uniqueKeys } from './field-rules.js';

export interface KeyReference {
  entity: string; // e.g. Municipality
  key: string; // e.g. ags
  value: unknown;
  path: string; // where in the arguments, for the error message
}

export interface MutationInputFacts {
  connects: KeyReference[]; // entities the mutation refers to by key; each must exist
  creates: KeyReference[]; // keys of entities the mutation creates; none may exist yet
  touched: Set<string>; // entities whose input types occur in the arguments: their invariants need checking
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
  const facts: MutationInputFacts = { connects: [], creates: [], touched: new Set() };
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
  if (match) checkEntityInput(match[1]!, match[2]!, record, path, facts);

  const fields = named.getFields();
  for (const [fieldName, fieldValue] of Object.entries(record)) {
    const field = fields[fieldName];
    if (!field) continue;
    walk(field.type, fieldValue, `${path}.${fieldName}`, facts);
  }
}

function checkEntityInput(
  entity: string,
  kind: string,
  record: Record<string, unknown>,
  path: string,
  facts: MutationInputFacts,
): void {
  const rules = fieldRules[entity] ?? {};
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
    // An update carries { set } (or add/subtract, checked after the write by the graph invariants).
    const value =
      kind === 'UpdateInput' && raw && typeof raw === 'object' && 'set' in raw ? (raw as { set: unknown }).set : raw;
    if (kind === 'UpdateInput' && value === raw) continue;
    if (value === null || value === undefined) continue;
    const problem = rules[field]?.(value);
    if (problem) {
      throw new BadUserInputError(`${entity}.${field} ${problem}; got ${quote(value)} at ${path}.${field}`, {
        field: `${entity}.${field}`,
        value,
        path: `${path}.${field}`,
      });
    }
    if (kind === 'CreateInput' && keys.includes(field))
      facts.creates.push({ entity, key: field, value, path: `${path}.${field}` });
  }
}
