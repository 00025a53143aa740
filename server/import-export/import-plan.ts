// What an import will do, row by row, and how it then writes it: the common shape of the node and the
// cooperation imports.
import type { Transaction } from 'neo4j-driver';

export type RowAction = 'create' | 'update' | 'unchanged';

export interface RowOutcome {
  row: number;
  action: RowAction;
  key: string; // how the record is known: source/externalId, id, or the pair of a cooperation
  fields: string[]; // created: the fields given; updated: the fields that change; unchanged: none
}

export interface ImportPlan {
  outcomes: RowOutcome[];
  writes: number; // records to create or update; 0: the file changes nothing
  labels: ReadonlySet<string>; // node labels whose graph invariants the write can touch
  touched: { label: string; keys: string[]; fields: string[] }; // the entities the write changes, for the change history
  write(tx: Transaction, onProgress: (done: number, total: number) => void): Promise<void>;
}

export const writeBatchSize = 500;

export function batches<T>(items: T[], size = writeBatchSize): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
