// The Papierkorb: entities deleted within the retention, newest first, with what they were (the delete's snapshot)
// and until when they can be restored.
import neo4j from 'neo4j-driver';
import { BadUserInputError, quote } from '../errors.js';
import type { HistoryDeps } from './history-deps.js';

export interface DeletedEntityRecord {
  id: string; // the id of the delete change, which names the entry
  entity: string;
  entityId: string;
  name: string | null;
  deletedAt: string;
  deletedBy: string;
  restorableUntil: string;
  before: string; // JSON of every field and link the entity had
}

export interface ListDeletedArgs {
  entity?: string | null;
  limit?: number | null;
  offset?: number | null;
}

export async function listDeleted(
  deps: HistoryDeps,
  retentionDays: number,
  args: ListDeletedArgs,
): Promise<DeletedEntityRecord[]> {
  const limit = args.limit ?? 100;
  const offset = args.offset ?? 0;
  for (const [name, value, max] of [
    ['limit', limit, 500],
    ['offset', offset, 1_000_000],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > max)
      throw new BadUserInputError(`${name} must be a whole number from 0 to ${max}, got ${quote(value)}`, {
        field: name,
        value,
      });
  }
  const { records } = await deps.driver.executeQuery(
    `MATCH (d:DeletedEntity) WHERE ($entity IS NULL OR d.entity = $entity)
     WITH d, apoc.convert.fromJsonMap(d.before) AS before
     RETURN d.id AS id, d.entity AS entity, d.entityId AS entityId, d.deletedAt AS deletedAt, d.authorName AS deletedBy,
       d.deletedAt + duration({days: $days}) AS restorableUntil, d.before AS before,
       coalesce(before.name, before.title, before.topic, before.text, before.note) AS name
     ORDER BY d.deletedAt DESC, d.id SKIP $offset LIMIT $limit`,
    { entity: args.entity ?? null, days: neo4j.int(retentionDays), offset: neo4j.int(offset), limit: neo4j.int(limit) },
    { database: deps.database, routing: neo4j.routing.READ },
  );
  return records.map((record) => ({
    id: record.get('id') as string,
    entity: record.get('entity') as string,
    entityId: record.get('entityId') as string,
    name: (record.get('name') as string | null) ?? null,
    deletedAt: String(record.get('deletedAt')),
    deletedBy: String(record.get('deletedBy')),
    restorableUntil: String(record.get('restorableUntil')),
    before: record.get('before') as string,
  }));
}
