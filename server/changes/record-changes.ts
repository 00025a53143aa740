// Writes the change history: one ChangeEvent node per changed entity, in the transaction of the write itself, so
// that a write that is rolled back leaves no history and a committed one always has its history. ChangeEvents are
// not linked to the entities (a deleted entity keeps its history, and no graph rule or analysis sees them) and
// are not part of the generated API: they are read through Query.changes only. A deleted entity is kept apart as a
// DeletedEntity too (the Papierkorb, server/history/), which the purge removes after the retention.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer.js';
import type { Change } from './diff-snapshots.js';

export type { Change, ChangeOperation } from './diff-snapshots.js';

/** Who made a change: a viewer, or someone without an account, e.g. a municipality answering a Bedarfsabfrage. */
export type ChangeAuthor = Pick<Viewer, 'id' | 'name'> & { role: string; via: string };

/**
 * Records the changes of one write as made by the viewer, e.g. recordChanges(tx, viewer, changes, 'upsertOffers').
 * origin names what wrote them (a mutation field, "import:offers", "seed"); all changes of one call share a changeSet.
 */
export async function recordChanges(
  tx: Transaction | ManagedTransaction,
  viewer: ChangeAuthor,
  changes: readonly Change[],
  origin: string,
  acceptedBy?: Viewer, // who accepted what the author proposed (server/surveys/review-survey-answer.ts)
  undoOf?: string, // the change these changes undo (server/history/undo-change.ts)
): Promise<void> {
  if (changes.length === 0) return;
  const rows = changes.map((change, seq) => ({
    id: randomUUID(),
    seq,
    entity: change.entity,
    entityId: change.entityId,
    operation: change.operation,
    before: change.before === null ? null : JSON.stringify(change.before),
    after: change.after === null ? null : JSON.stringify(change.after),
  }));
  const author = { id: viewer.id, name: viewer.name, role: viewer.role, via: viewer.via };
  const accepter = acceptedBy
    ? { id: acceptedBy.id, name: acceptedBy.name, role: acceptedBy.role, via: acceptedBy.via }
    : null;
  const changeSet = randomUUID();
  for (let start = 0; start < rows.length; start += 5000) {
    await tx.run(
      `UNWIND $rows AS row
       CREATE (c:ChangeEvent {id: row.id, changeSet: $changeSet, seq: row.seq, at: datetime.transaction(), origin: $origin,
         entity: row.entity, entityId: row.entityId, operation: row.operation, before: row.before, after: row.after,
         authorId: $author.id, authorName: $author.name, authorRole: $author.role, authorVia: $author.via,
         acceptedById: $accepter.id, acceptedByName: $accepter.name, acceptedByRole: $accepter.role, acceptedByVia: $accepter.via,
         undoOf: $undoOf})
       // A deleted entity goes to the Papierkorb with every field and link it had, until it is restored or purged.
       FOREACH (_ IN CASE WHEN row.operation = 'DELETE' THEN [1] ELSE [] END |
         CREATE (:DeletedEntity {id: row.id, changeSet: $changeSet, entity: row.entity, entityId: row.entityId,
           deletedAt: datetime.transaction(), before: row.before, authorName: $author.name, origin: $origin}))`,
      { rows: rows.slice(start, start + 5000), changeSet, origin, author, accepter, undoOf: undoOf ?? null },
    );
  }
}
