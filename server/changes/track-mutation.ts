// What a generated mutation changes, found inside its own transaction: the entities its `where` selects (read
// through @neo4j/graphql's own query resolver, so the filter means exactly what the mutation makes of it) are
// snapshotted before the write; the entities it creates are named by a key the resolver is asked to return too;
// after the write the same entities are snapshotted again and compared. Relationship fields named in the input
// are compared as the keys they link to; entities created, updated or deleted one level down (nested create,
// update, delete) are recorded as their own changes. The same walk gives the nodes whose graph rules need checking.
import {
  getNamedType,
  Kind,
  parse,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ManagedTransaction } from 'neo4j-driver';
import { diffSnapshots, type Change } from './diff-snapshots.js';
import { entityModel, type EntityModel } from './entity-model.js';
import { snapshotEntities, type EntitySnapshot } from './snapshot-entities.js';

export type MutationKind = 'create' | 'update' | 'delete';

export interface MutationTracking {
  info: GraphQLResolveInfo; // pass this to the resolver: it also returns the key of each entity written
  roots: string[]; // keys of the entities the mutation's `where` selects (none for a create), before the write
  before: ReadonlyMap<string, EntitySnapshot>; // the entities the `where` selects, as they are before the write
  finish(result: unknown): Promise<TrackedWrite>;
}

export interface TrackedWrite {
  changes: Change[];
  /** Entities whose graph rules the write can break (those written and their neighbours); undefined: unknown. */
  scope: Map<string, string[]> | undefined;
}

const keyAlias = '__changeKey';
const relationshipOps = new Set(['create', 'connect', 'disconnect', 'update', 'delete', 'connectOrCreate']);
const pageSize = 1000;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The query field that lists the mutation's entities (createOffers -> offers) and their label. */
export function entityOfMutation(
  schema: GraphQLSchema,
  fieldName: string,
): { plural: string; label: string } | undefined {
  const plural = lowerFirst(fieldName.replace(/^(create|update|delete)/, ''));
  const field = schema.getQueryType()?.getFields()[plural];
  return field ? { plural, label: getNamedType(field.type).name } : undefined;
}

/** The input objects of the root entities: input[] for create, update for update, delete for delete. */
function rootInputs(kind: MutationKind, args: Record<string, unknown>): Record<string, unknown>[] {
  const value = kind === 'create' ? args.input : kind === 'update' ? args.update : args.delete;
  if (Array.isArray(value))
    return value.filter((item): item is Record<string, unknown> => Boolean(item) && typeof item === 'object');
  return value && typeof value === 'object' ? [value as Record<string, unknown>] : [];
}

/** Operations (create, update, delete, ...) in one relationship field's input, of any shape the API takes. */
function operationsIn(kind: MutationKind, value: unknown): Set<string> {
  const ops = new Set<string>();
  if (kind === 'delete') ops.add('delete');
  for (const item of Array.isArray(value) ? value : [value]) {
    if (!item || typeof item !== 'object') continue;
    for (const [key, inner] of Object.entries(item as Record<string, unknown>))
      if (relationshipOps.has(key) && inner !== null && inner !== undefined) ops.add(key);
  }
  return ops;
}

/** True when relationship operations nest inside each other (e.g. a connect inside a nested create). */
function nestsDeeper(value: unknown, depth: number): boolean {
  if (Array.isArray(value)) return value.some((item) => nestsDeeper(item, depth));
  if (!value || typeof value !== 'object') return false;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'where') continue;
    const next = relationshipOps.has(key) ? depth + 1 : depth;
    if (next > 1 || nestsDeeper(inner, next)) return true;
  }
  return false;
}

function withKeySelection(fieldNode: FieldNode, plural: string, key: string): FieldNode {
  const keyField: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: keyAlias },
    name: { kind: Kind.NAME, value: key },
  };
  const selections = [...(fieldNode.selectionSet?.selections ?? [])];
  const index = selections.findIndex((selection) => selection.kind === Kind.FIELD && selection.name.value === plural);
  if (index >= 0) {
    const existing = selections[index] as FieldNode;
    selections[index] = {
      ...existing,
      selectionSet: { kind: Kind.SELECTION_SET, selections: [...(existing.selectionSet?.selections ?? []), keyField] },
    };
  } else {
    selections.push({
      kind: Kind.FIELD,
      name: { kind: Kind.NAME, value: plural },
      selectionSet: { kind: Kind.SELECTION_SET, selections: [keyField] },
    });
  }
  const selectionSet: SelectionSetNode = { kind: Kind.SELECTION_SET, selections };
  return { ...fieldNode, selectionSet };
}

function keysInResult(result: unknown, fieldNode: FieldNode, plural: string): string[] {
  const selection = fieldNode.selectionSet?.selections.find(
    (candidate) => candidate.kind === Kind.FIELD && candidate.name.value === plural,
  ) as FieldNode | undefined;
  const responseKey = selection?.alias?.value ?? plural;
  const items = (result as Record<string, unknown> | undefined)?.[responseKey];
  return Array.isArray(items)
    ? items
        .map((item) => (item as Record<string, unknown>)[keyAlias])
        .filter((key) => key !== undefined && key !== null)
        .map(String)
    : [];
}

/** Keys of the entities a `where` selects, read through the generated query resolver in the same transaction. */
async function selectKeys(
  schema: GraphQLSchema,
  plural: string,
  key: string,
  where: unknown,
  context: Record<string, unknown>,
  info: GraphQLResolveInfo,
): Promise<string[]> {
  const queryType = schema.getQueryType()!;
  const field = queryType.getFields()[plural]!;
  const resolve = field.resolve as GraphQLFieldResolver<unknown, Record<string, unknown>>;
  const document = parse(`{ ${plural} { ${key} } }`);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const fieldNode = operation.selectionSet.selections[0] as FieldNode;
  const keys: string[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const readInfo: GraphQLResolveInfo = {
      ...info,
      fieldName: plural,
      fieldNodes: [fieldNode],
      returnType: field.type,
      parentType: queryType,
      path: { prev: undefined, key: plural, typename: queryType.name },
      operation,
      fragments: {},
      variableValues: {},
    };
    const page = (await resolve(
      undefined,
      { where, limit: pageSize, offset, sort: [{ [key]: 'ASC' }] },
      context,
      readInfo,
    )) as Record<string, unknown>[];
    keys.push(...page.map((row) => String(row[key])));
    if (page.length < pageSize) return keys;
  }
}

function addKeys(target: Map<string, Set<string>>, label: string, keys: Iterable<string>): void {
  const set = target.get(label) ?? new Set<string>();
  for (const key of keys) set.add(key);
  target.set(label, set);
}

interface Plan {
  model: EntityModel;
  fields: string[]; // relationship fields to compare: those named in the input (all of them for a delete)
  nested: Map<string, Set<string>>; // relationship field -> operations one level down (create, update, delete, ...)
  deep: boolean;
}

function planOf(kind: MutationKind, label: string, args: Record<string, unknown>): Plan {
  const model = entityModel(label);
  const nested = new Map<string, Set<string>>();
  const inputs = rootInputs(kind, args);
  for (const input of inputs) {
    for (const relationship of model.relationships) {
      if (
        !(relationship.field in input) ||
        input[relationship.field] === null ||
        input[relationship.field] === undefined
      )
        continue;
      const ops = nested.get(relationship.field) ?? new Set<string>();
      for (const op of operationsIn(kind, input[relationship.field])) ops.add(op);
      nested.set(relationship.field, ops);
    }
  }
  const deep = inputs.some((input) => nestsDeeper(input, kind === 'delete' ? 1 : 0));
  // A deleted entity's history shows everything it was linked to.
  const fields = kind === 'delete' ? model.relationships.map((relationship) => relationship.field) : [...nested.keys()];
  return { model, fields, nested, deep };
}

/** Related entities of the fields with nested create, update or delete, as snapshots of their own (no links). */
function linkedEntities(plan: Plan, snapshots: Map<string, EntitySnapshot>): Map<string, Map<string, EntitySnapshot>> {
  const byLabel = new Map<string, Map<string, EntitySnapshot>>();
  for (const snapshot of snapshots.values()) {
    for (const [field, ops] of plan.nested) {
      if (!ops.has('create') && !ops.has('update') && !ops.has('delete')) continue;
      const relationship = plan.model.relationships.find((candidate) => candidate.field === field)!;
      const map = byLabel.get(relationship.target) ?? new Map<string, EntitySnapshot>();
      for (const link of snapshot.links[field] ?? [])
        map.set(link.key, { label: relationship.target, key: link.key, props: link.props, links: {} });
      byLabel.set(relationship.target, map);
    }
  }
  return byLabel;
}

/**
 * Starts following one generated mutation inside its transaction; call before the write, pass `info` to the
 * resolver, and call finish with its result after the write.
 */
export async function trackMutation(
  tx: ManagedTransaction,
  schema: GraphQLSchema,
  fieldName: string,
  args: Record<string, unknown>,
  context: Record<string, unknown>,
  info: GraphQLResolveInfo,
  connectedKeys: Map<string, Set<string>>, // keys the input connects to, by label: linked, not created
): Promise<MutationTracking> {
  const kind = fieldName.slice(0, 6) as MutationKind;
  const entity = entityOfMutation(schema, fieldName)!;
  const plan = planOf(kind, entity.label, args);
  const { key } = plan.model;
  // A neighbour's rules can change only when links change (relationship fields in the input, a delete) or when a
  // property that a neighbour's rule reads changes: a Samtgemeinde's kind, read by its members' rule.
  const rootNeighbours = kind === 'delete' || plan.fields.length > 0 || entity.label === 'Municipality';
  const rootsBefore =
    kind === 'create' ? [] : await selectKeys(schema, entity.plural, key, args.where ?? {}, context, info);
  const before = await snapshotEntities(tx, entity.label, rootsBefore, plan.fields, rootNeighbours);
  const scopeKeys = new Map<string, Set<string>>();
  const collectScope = (snapshots: Iterable<EntitySnapshot>) => {
    for (const snapshot of snapshots) {
      addKeys(scopeKeys, snapshot.label, [snapshot.key]);
      for (const neighbour of snapshot.neighbours ?? []) addKeys(scopeKeys, neighbour.label, [neighbour.key]);
    }
  };
  const linkedBefore = linkedEntities(plan, before);
  collectScope(before.values());
  for (const [label, map] of linkedBefore) {
    // Entities one level down whose links a nested delete or create changes: their neighbours count too.
    if (map.size > 0) collectScope((await snapshotEntities(tx, label, [...map.keys()], [], true)).values());
  }

  const fieldNode = withKeySelection(info.fieldNodes[0]!, entity.plural, key);
  return {
    info: { ...info, fieldNodes: [fieldNode] },
    roots: rootsBefore,
    before,
    async finish(result) {
      const rootsAfter =
        kind === 'delete'
          ? rootsBefore
          : [...new Set([...rootsBefore, ...keysInResult(result, fieldNode, entity.plural)])];
      const after = await snapshotEntities(tx, entity.label, rootsAfter, plan.fields, rootNeighbours);
      const changes = diffSnapshots(entity.label, before, after);
      const linkedAfter = linkedEntities(plan, after);
      for (const label of new Set([...linkedBefore.keys(), ...linkedAfter.keys()])) {
        const old = linkedBefore.get(label) ?? new Map<string, EntitySnapshot>();
        const candidates = [...new Set([...old.keys(), ...(linkedAfter.get(label)?.keys() ?? [])])];
        const now = await snapshotEntities(tx, label, candidates, [], true);
        // Newly linked entities were created by the write unless the input connects them.
        const connected = connectedKeys.get(label) ?? new Set<string>();
        for (const candidate of candidates) if (!old.has(candidate) && connected.has(candidate)) now.delete(candidate);
        changes.push(...diffSnapshots(label, old, now));
        collectScope(now.values());
      }
      collectScope(after.values());
      const scope = plan.deep ? undefined : new Map([...scopeKeys].map(([label, keys]) => [label, [...keys]]));
      return { changes, scope };
    },
  };
}
