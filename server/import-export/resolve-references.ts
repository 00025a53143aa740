// Looks up, in one query each, what the rows of a file refer to: municipalities by AGS, actors by id or by
// source and externalId. Runs inside the import's transaction, so the answer holds until it commits.
import type { Transaction } from 'neo4j-driver';
import { cellProblem, type ProblemList } from './import-problems.js';
import { locate, type ParsedRow, type RowParser } from './parse-rows.js';

export async function findMunicipalities(tx: Transaction, ags: Iterable<string>): Promise<Set<string>> {
  const keys = [...new Set(ags)];
  if (keys.length === 0) return new Set();
  const result = await tx.run('UNWIND $keys AS key MATCH (m:Municipality {ags: key}) RETURN m.ags AS ags', { keys });
  return new Set(result.records.map((record) => record.get('ags') as string));
}

export const keyOf = (source: string, externalId: string) => JSON.stringify([source, externalId]);

export interface ActorIndex {
  ids: Set<string>;
  byKey: Map<string, string>; // keyOf(source, externalId) -> id
}

export async function findActors(
  tx: Transaction,
  ids: Iterable<string>,
  keys: Iterable<{ source: string; externalId: string }>,
): Promise<ActorIndex> {
  const idList = [...new Set(ids)];
  const keyList = [...new Map([...keys].map((key) => [keyOf(key.source, key.externalId), key])).values()];
  const found: ActorIndex = { ids: new Set(), byKey: new Map() };
  if (idList.length > 0) {
    const result = await tx.run('UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id', { ids: idList });
    for (const record of result.records) found.ids.add(record.get('id') as string);
  }
  if (keyList.length > 0) {
    const result = await tx.run(
      'UNWIND $keys AS k MATCH (a:Actor {source: k.source, externalId: k.externalId}) RETURN k.source AS source, k.externalId AS externalId, a.id AS id',
      {
        keys: keyList,
      },
    );
    for (const record of result.records)
      found.byKey.set(
        keyOf(record.get('source') as string, record.get('externalId') as string),
        record.get('id') as string,
      );
  }
  return found;
}

/** How a row names one actor: by id, or by source and externalId, or both (then they must agree). */
export interface ActorReference {
  idColumn: string;
  externalIdColumn?: string;
  id: string | null;
  externalId: string | null;
  source: string | null;
}

export function actorReference(
  row: ParsedRow,
  columns: { idColumn: string; sourceColumn?: string; externalIdColumn?: string },
  fallbackSource: string | undefined,
): ActorReference {
  const get = (key: string | undefined) => {
    const value = key ? row.values.get(key) : null;
    return typeof value === 'string' ? value : null;
  };
  return {
    idColumn: columns.idColumn,
    externalIdColumn: columns.externalIdColumn,
    id: get(columns.idColumn),
    externalId: get(columns.externalIdColumn),
    source: get(columns.sourceColumn) ?? fallbackSource ?? null,
  };
}

/** The actor's id, or undefined after adding the problem (unknown, without source, or id and key disagree). */
export function resolveActor(
  parser: RowParser,
  row: ParsedRow,
  reference: ActorReference,
  actors: ActorIndex,
  problems: ProblemList,
): string | undefined {
  const text = (key: string) => row.texts.get(key) ?? '';
  let byId: string | undefined;
  let byKey: string | undefined;
  if (reference.id !== null) {
    if (!actors.ids.has(reference.id)) {
      problems.add(
        cellProblem(
          'UNKNOWN_REFERENCE',
          locate(parser, row, reference.idColumn),
          text(reference.idColumn),
          'is not the id of an actor in Bildungsnetz',
        ),
      );
      return undefined;
    }
    byId = reference.id;
  }
  if (reference.externalId !== null && reference.externalIdColumn) {
    if (reference.source === null) {
      problems.add(
        cellProblem(
          'REQUIRED',
          locate(parser, row, reference.externalIdColumn),
          text(reference.externalIdColumn),
          'has no source: fill the matching source column or give the import a source (--source=...)',
        ),
      );
      return undefined;
    }
    byKey = actors.byKey.get(keyOf(reference.source, reference.externalId));
    if (byKey === undefined) {
      problems.add(
        cellProblem(
          'UNKNOWN_REFERENCE',
          locate(parser, row, reference.externalIdColumn),
          text(reference.externalIdColumn),
          `is not the externalId of an actor of source "${reference.source}"; import the actors first`,
        ),
      );
      return undefined;
    }
  }
  if (byId !== undefined && byKey !== undefined && byId !== byKey) {
    problems.add(
      cellProblem(
        'CONFLICT',
        locate(parser, row, reference.externalIdColumn!),
        text(reference.externalIdColumn!),
        `names another actor (id "${byKey}") than the id "${byId}" in the same row`,
      ),
    );
    return undefined;
  }
  return byId ?? byKey;
}
