// Restores deleted entities from the Papierkorb (DeletedEntity nodes, written with the delete's change history,
// server/changes/record-changes.ts): the entity with every property and link it had. Entities deleted by one write
// come back together (an actor with the offers deleted with it), so that links among them are restored too. Refused,
// with nothing written, when an entity's key is taken again or a linked entity is gone.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer.js';
import { diffSnapshots } from '../changes/diff-snapshots.js';
import { entityModel } from '../changes/entity-model.js';
import type { ChangeRecord } from '../changes/list-changes.js';
import { snapshotEntities, type EntitySnapshot, type Fields } from '../changes/snapshot-entities.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import { checkGraphInvariants } from '../validation/graph-invariants.js';
import { EntityScope } from './entity-scope.js';
import { runWrite, type HistoryDeps } from './history-deps.js';
import { recordUndo } from './recorded-changes.js';
import { findMissingLinks, writeFields } from './write-fields.js';

interface Entry {
  id: string;
  entity: string;
  entityId: string;
  before: Fields;
}

async function readEntries(tx: ManagedTransaction, id: string): Promise<Entry[]> {
  const result = await tx.run(
    `MATCH (d:DeletedEntity {id: $id}) MATCH (e:DeletedEntity {changeSet: d.changeSet})
     RETURN e.id AS id, e.entity AS entity, e.entityId AS entityId, e.before AS before ORDER BY e.id`,
    { id },
  );
  return result.records.map((record) => ({
    id: record.get('id') as string,
    entity: record.get('entity') as string,
    entityId: record.get('entityId') as string,
    before: JSON.parse(record.get('before') as string) as Fields,
  }));
}

/** Restores inside a transaction; the changes recorded name undoOf (the delete change) as what they undo. */
export async function restoreInTransaction(
  tx: ManagedTransaction,
  viewer: Viewer,
  id: string,
  undoOf: string,
): Promise<ChangeRecord[]> {
  const entries = await readEntries(tx, id);
  if (entries.length === 0)
    throw new NotFoundError(`There is no deleted entity ${quote(id)} in the Papierkorb (restored or purged)`, {
      reason: 'NOT_IN_TRASH',
      value: id,
    });
  for (const entry of entries) {
    const model = entityModel(entry.entity);
    const taken = await tx.run(`MATCH (n:\`${entry.entity}\` {\`${model.key}\`: $key}) RETURN n.name AS name LIMIT 1`, {
      key: entry.entityId,
    });
    if (taken.records.length > 0)
      throw new BadUserInputError(
        `A ${entry.entity} with ${model.key} ${quote(entry.entityId)} exists again; nothing was restored`,
        { reason: 'KEY_TAKEN', entity: entry.entity, value: entry.entityId },
      );
  }
  const scope = new EntityScope();
  for (const entry of entries) {
    const model = entityModel(entry.entity);
    // Labels and keys come from the SDL (entity-model.ts); the entry's label was written by recordChanges.
    await tx.run(
      `CREATE (n:\`${entry.entity}\` {\`${model.key}\`: $key}) SET n.createdAt = datetime(), n.updatedAt = datetime()`,
      { key: entry.entityId },
    );
  }
  for (const entry of entries) {
    const [missing] = await findMissingLinks(tx, entry.entity, entry.before);
    if (missing)
      throw new BadUserInputError(
        `${entry.entity} ${quote(entry.entityId)}: its ${missing.field} ${missing.target} ${quote(missing.key)} does not exist any more; nothing was restored`,
        {
          reason: 'RELATED_GONE',
          entity: entry.entity,
          entityId: entry.entityId,
          field: missing.field,
          target: missing.target,
          value: missing.key,
        },
      );
  }
  const changes = [];
  for (const entry of entries) {
    await writeFields(tx, entry.entity, entry.entityId, entry.before);
    await scope.add(tx, entry.entity, [entry.entityId]);
  }
  for (const entry of entries) {
    const fields = entityModel(entry.entity).relationships.map((relationship) => relationship.field);
    const after = await snapshotEntities(tx, entry.entity, [entry.entityId], fields);
    changes.push(...diffSnapshots(entry.entity, new Map<string, EntitySnapshot>(), after));
  }
  await checkGraphInvariants(tx, scope.labels(), scope.toMap());
  await tx.run('UNWIND $ids AS id MATCH (d:DeletedEntity {id: id}) DELETE d', { ids: entries.map((e) => e.id) });
  return recordUndo(tx, viewer, changes, 'restoreDeleted', undoOf);
}

/** Restores the Papierkorb's entry id (the id of its delete change) and those deleted with it. */
export function restoreDeleted(deps: HistoryDeps, viewer: Viewer, id: string): Promise<ChangeRecord[]> {
  return runWrite(deps, (tx) => restoreInTransaction(tx, viewer, id, id));
}
