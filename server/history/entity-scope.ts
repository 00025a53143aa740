// The nodes whose graph rules a write of one entity can break: the entity and its neighbours, read before and after
// the write, so that checkGraphInvariants looks at them alone (as the generated mutations do, track-mutation.ts).
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { snapshotEntities } from '../changes/snapshot-entities.js';

export class EntityScope {
  private readonly keys = new Map<string, Set<string>>();

  /** Adds the entities and every node linked to them, as they are now. */
  async add(tx: Transaction | ManagedTransaction, label: string, entityKeys: readonly string[]): Promise<void> {
    for (const snapshot of (await snapshotEntities(tx, label, entityKeys, [], true)).values()) {
      this.put(snapshot.label, snapshot.key);
      for (const neighbour of snapshot.neighbours ?? []) this.put(neighbour.label, neighbour.key);
    }
  }

  put(label: string, key: string): void {
    this.keys.set(label, (this.keys.get(label) ?? new Set()).add(key));
  }

  labels(): Set<string> {
    return new Set(this.keys.keys());
  }

  toMap(): Map<string, string[]> {
    return new Map([...this.keys].map(([label, keys]) => [label, [...keys]]));
  }
}
