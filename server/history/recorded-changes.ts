// Records what an undo or a restore changed, naming the change it undoes, and reads those changes back for the answer.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer.js';
import type { Change } from '../changes/diff-snapshots.js';
import { changeRecordOf, type ChangeRecord } from '../changes/list-changes.js';
import { recordChanges } from '../changes/record-changes.js';

export async function recordUndo(
  tx: ManagedTransaction,
  viewer: Viewer,
  changes: Change[],
  origin: string,
  undoOf: string,
): Promise<ChangeRecord[]> {
  await recordChanges(tx, viewer, changes, origin, undefined, undoOf);
  // The changes of this transaction that name the undone change: a change may be undone again after an undo of its undo.
  const result = await tx.run(
    `MATCH (c:ChangeEvent {undoOf: $undoOf}) WHERE c.at = datetime.transaction() RETURN c ORDER BY c.seq`,
    { undoOf },
  );
  return result.records.map((record) => changeRecordOf(record.get('c') as { properties: Record<string, unknown> }));
}
