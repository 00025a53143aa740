// The change history of writes that are not generated mutations (the partner upsert, resolving a conflict): the
// entities are read before the write and after it, inside the same transaction, and the difference is recorded
// there too, so that a rolled-back write records nothing.
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer.js';
import { diffSnapshots } from './diff-snapshots.js';
import { recordChanges } from './record-changes.js';
import { snapshotEntities } from './snapshot-entities.js';

export interface EntityTracking {
  /** Reads the entities again and records what changed; returns the number of changes recorded. */
  record(viewer: Viewer, origin: string): Promise<number>;
}

/** Call before the write with the keys it may touch (new ones included) and the relationship fields it may change. */
export async function trackEntities(
  tx: Transaction | ManagedTransaction,
  label: string,
  keys: readonly string[],
  fields: readonly string[] = [],
): Promise<EntityTracking> {
  const before = await snapshotEntities(tx, label, keys, fields);
  return {
    async record(viewer, origin) {
      const changes = diffSnapshots(label, before, await snapshotEntities(tx, label, keys, fields));
      await recordChanges(tx, viewer, changes, origin);
      return changes.length;
    },
  };
}
