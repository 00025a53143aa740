// Undoes one change of the history, in one transaction: an update gets its fields' values from before it, a created
// entity is deleted (to the Papierkorb), a deleted one restored. Refused, with nothing written, when a field has
// changed since (the answer names it and its current value), or when the entity or a linked one is gone. The undo is
// recorded as changes of its own that name the undone change (undoOf); an undo can be undone in turn.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer.js';
import { diffSnapshots, fieldsOfSnapshot } from '../changes/diff-snapshots.js';
import { entityModel, entityModels } from '../changes/entity-model.js';
import type { ChangeRecord } from '../changes/list-changes.js';
import { snapshotEntities, type EntitySnapshot, type Fields } from '../changes/snapshot-entities.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import { checkGraphInvariants } from '../validation/graph-invariants.js';
import { EntityScope } from './entity-scope.js';
import { runWrite, type HistoryDeps } from './history-deps.js';
import { recordUndo } from './recorded-changes.js';
import { restoreInTransaction } from './restore-deleted.js';
import { refuseMissingLinks, writeFields } from './write-fields.js';

interface StoredChange {
  id: string;
  entity: string;
  entityId: string;
  operation: 'CREATE' | 'UPDATE' | 'DELETE';
  before: Fields | null;
  after: Fields | null;
}

async function readChange(tx: ManagedTransaction, id: string): Promise<StoredChange> {
  const result = await tx.run('MATCH (c:ChangeEvent {id: $id}) RETURN c', { id });
  const node = result.records[0]?.get('c') as { properties: Record<string, unknown> } | undefined;
  if (!node) throw new NotFoundError(`There is no change with id ${quote(id)}`, { value: id });
  const c = node.properties;
  const parse = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as Fields) : null);
  return {
    id,
    entity: String(c.entity),
    entityId: String(c.entityId),
    operation: c.operation as StoredChange['operation'],
    before: parse(c.before),
    after: parse(c.after),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Refuses when a field the change wrote holds another value now (CHANGED_SINCE, with the current value). */
function refuseChangedSince(change: StoredChange, current: EntitySnapshot, expected: Fields): void {
  const now = fieldsOfSnapshot(current);
  for (const [field, value] of Object.entries(expected)) {
    if (same(now[field], value)) continue;
    const shown = now[field] ?? null;
    throw new BadUserInputError(
      `${change.entity} ${quote(change.entityId)}: ${field} has changed since, it is now ${quote(shown)}; the change ${quote(change.id)} was not undone`,
      {
        reason: 'CHANGED_SINCE',
        entity: change.entity,
        entityId: change.entityId,
        field,
        current: JSON.stringify(shown),
        value: JSON.stringify(value),
      },
    );
  }
}

function refuseEntityGone(change: StoredChange): never {
  throw new BadUserInputError(
    `${change.entity} ${quote(change.entityId)} does not exist any more; the change ${quote(change.id)} was not undone`,
    { reason: 'ENTITY_GONE', entity: change.entity, value: change.entityId },
  );
}

function relationshipFieldsIn(label: string, fields: Fields): string[] {
  return entityModel(label)
    .relationships.map((relationship) => relationship.field)
    .filter((field) => field in fields);
}

async function undoUpdate(tx: ManagedTransaction, viewer: Viewer, change: StoredChange): Promise<ChangeRecord[]> {
  const before = change.before ?? {};
  const after = change.after ?? {};
  const links = relationshipFieldsIn(change.entity, { ...before, ...after });
  const now = await snapshotEntities(tx, change.entity, [change.entityId], links);
  const current = now.get(change.entityId);
  if (!current) refuseEntityGone(change);
  refuseChangedSince(change, current, after);
  await refuseMissingLinks(tx, change.entity, change.entityId, before);
  const scope = new EntityScope();
  await scope.add(tx, change.entity, [change.entityId]);
  await writeFields(tx, change.entity, change.entityId, before);
  await scope.add(tx, change.entity, [change.entityId]);
  await checkGraphInvariants(tx, scope.labels(), scope.toMap());
  const changes = diffSnapshots(
    change.entity,
    now,
    await snapshotEntities(tx, change.entity, [change.entityId], links),
  );
  return recordUndo(tx, viewer, changes, 'undoChange', change.id);
}

async function undoCreate(tx: ManagedTransaction, viewer: Viewer, change: StoredChange): Promise<ChangeRecord[]> {
  const model = entityModel(change.entity);
  const all = model.relationships.map((relationship) => relationship.field);
  const now = await snapshotEntities(tx, change.entity, [change.entityId], all);
  const current = now.get(change.entityId);
  if (!current) refuseEntityGone(change);
  const after = change.after ?? {};
  // Only the properties it was created with: links others made to it since are kept in the Papierkorb and come back with it.
  const properties = Object.fromEntries(Object.entries(after).filter(([field]) => !all.includes(field)));
  refuseChangedSince(change, current, properties);
  const scope = new EntityScope();
  await scope.add(tx, change.entity, [change.entityId]);
  await tx.run(`MATCH (n:\`${change.entity}\` {\`${model.key}\`: $key}) DETACH DELETE n`, { key: change.entityId });
  const gone = new Map(
    [...scope.toMap()].map(([label, keys]) => [label, keys.filter((key) => key !== change.entityId)]),
  );
  await checkGraphInvariants(tx, scope.labels(), gone);
  return recordUndo(tx, viewer, diffSnapshots(change.entity, now, new Map()), 'undoChange', change.id);
}

async function undoInTransaction(tx: ManagedTransaction, viewer: Viewer, id: string): Promise<ChangeRecord[]> {
  const change = await readChange(tx, id);
  if (!entityModels().has(change.entity))
    throw new BadUserInputError(`Changes of ${quote(change.entity)} cannot be undone`, { value: id });
  if (change.operation === 'UPDATE') return undoUpdate(tx, viewer, change);
  if (change.operation === 'CREATE') return undoCreate(tx, viewer, change);
  return restoreInTransaction(tx, viewer, id, id);
}

/** Undoes the change id as the viewer (the coordinator); returns the changes the undo recorded. */
export function undoChange(deps: HistoryDeps, viewer: Viewer, id: string): Promise<ChangeRecord[]> {
  return runWrite(deps, (tx) => undoInTransaction(tx, viewer, id));
}
