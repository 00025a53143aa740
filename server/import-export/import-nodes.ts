// Plans and writes the import of actors, offers or needs: resolves what the rows refer to, finds the records they
// mean (by id, or by source and externalId), compares field by field, and writes only what changes. A column that
// is not in the file leaves its field as it is; an empty cell in a column that is clears the field.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'neo4j-driver';
import { batches, type ImportPlan, type RowOutcome } from './import-plan.js';
import { cellProblem, rowProblem, type ProblemList } from './import-problems.js';
import { plainOf, samePlain, toStored, toStoredPoint, type PlainPoint, type PlainValue } from './neo4j-values.js';
import { columnName, locate, type ParsedRow, type RowParser } from './parse-rows.js';
import { actorReference, findActors, findMunicipalities, keyOf, resolveActor } from './resolve-references.js';
import type { ColumnSpec, ImportTemplate, LinkSpec } from './templates.js';

/** The columns that, when in the file, make the import set this link. */
function presenceColumns(link: LinkSpec): string[] {
  if (link.target === 'Municipality') return [link.agsColumn];
  if ('idListColumn' in link) return [link.idListColumn];
  return [link.idColumn, link.externalIdColumn].filter((key): key is string => key !== undefined);
}

function linkColumns(link: LinkSpec): string[] {
  if (link.target === 'Municipality') return [link.agsColumn];
  if ('idListColumn' in link) return [link.idListColumn];
  return [link.idColumn, link.sourceColumn, link.externalIdColumn].filter((key): key is string => key !== undefined);
}

/** Columns that are properties of the node itself (not links, not the location's two halves, not the id). */
export function propertyColumns(template: ImportTemplate): ColumnSpec[] {
  const linked = new Set(template.links.flatMap(linkColumns));
  return template.columns.filter(
    (spec) =>
      !spec.exportOnly &&
      spec.key !== 'id' &&
      !linked.has(spec.key) &&
      spec.key !== 'latitude' &&
      spec.key !== 'longitude',
  );
}

const targetKey = (link: LinkSpec) => (link.target === 'Municipality' ? 'ags' : 'id');

function arrows(link: LinkSpec): [string, string] {
  return link.outgoing ? ['-', '->'] : ['<-', '-'];
}

interface Existing {
  props: Record<string, PlainValue>;
  links: Record<string, string[]>;
}

interface RowTarget {
  row: ParsedRow;
  id: string; // the node's id, new or found
  exists: boolean;
  links: Map<string, string[]>; // link name -> target keys, for links whose columns are in the file
}

/** The external key of a row, when it has one. */
function rowKey(parser: RowParser, row: ParsedRow): { source: string; externalId: string } | undefined {
  const source = row.values.get(parser.template.keySourceColumn!);
  const externalId = row.values.get('externalId');
  return typeof source === 'string' && typeof externalId === 'string' ? { source, externalId } : undefined;
}

async function findExisting(
  tx: Transaction,
  template: ImportTemplate,
  ids: string[],
  keys: { source: string; externalId: string }[],
) {
  const byId = new Map<string, { source: unknown; externalId: unknown }>();
  const byKey = new Map<string, string>();
  const sourceProperty = template.keySourceColumn!;
  if (ids.length > 0) {
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (n:${template.label} {id: id}) RETURN n.id AS id, n.${sourceProperty} AS source, n.externalId AS externalId`,
      { ids },
    );
    for (const record of result.records)
      byId.set(record.get('id') as string, { source: record.get('source'), externalId: record.get('externalId') });
  }
  if (keys.length > 0) {
    // Actor and Offer have a unique index on (source, externalId); Need is scanned once for the sources at hand.
    const result =
      template.label === 'Need'
        ? await tx.run(
            `MATCH (n:Need) WHERE n.importSource IN $sources AND n.externalId IS NOT NULL
             RETURN n.importSource AS source, n.externalId AS externalId, n.id AS id`,
            { sources: [...new Set(keys.map((key) => key.source))] },
          )
        : await tx.run(
            `UNWIND $keys AS k MATCH (n:${template.label} {${sourceProperty}: k.source, externalId: k.externalId})
             RETURN k.source AS source, k.externalId AS externalId, n.id AS id`,
            { keys },
          );
    for (const record of result.records)
      byKey.set(keyOf(record.get('source') as string, record.get('externalId') as string), record.get('id') as string);
  }
  return { byId, byKey };
}

async function loadExisting(tx: Transaction, template: ImportTemplate, ids: string[]): Promise<Map<string, Existing>> {
  const existing = new Map<string, Existing>();
  if (ids.length === 0) return existing;
  const projections = template.links
    .map((link) => {
      const [left, right] = arrows(link);
      return `[(n)${left}[:${link.type}]${right}(x:${link.target}) | x.${targetKey(link)}] AS ${link.name}`;
    })
    .join(', ');
  for (const batch of batches(ids, 2000)) {
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (n:${template.label} {id: id}) RETURN n.id AS id, properties(n) AS props, ${projections}`,
      { ids: batch },
    );
    for (const record of result.records) {
      const props: Record<string, PlainValue> = {};
      for (const [key, value] of Object.entries(record.get('props') as Record<string, unknown>))
        props[key] = plainOf(value);
      const links: Record<string, string[]> = {};
      for (const link of template.links) links[link.name] = (record.get(link.name) as string[]).slice().sort();
      existing.set(record.get('id') as string, { props, links });
    }
  }
  return existing;
}

/** Resolves references and finds the record of each row; adds problems for what is unknown or contradictory. */
async function resolveRows(
  tx: Transaction,
  parser: RowParser,
  rows: ParsedRow[],
  problems: ProblemList,
): Promise<RowTarget[]> {
  const { template, map } = parser;
  const presentLinks = template.links.filter((link) => presenceColumns(link).some((key) => map.byKey.has(key)));

  const agsWanted: string[] = [];
  const actorIds: string[] = [];
  const actorKeys: { source: string; externalId: string }[] = [];
  const fallbackSource = (row: ParsedRow) => {
    // An offer's provider is by default of the offer's own source; other references of the import's source.
    const own = template.type === 'offers' ? row.values.get('source') : undefined;
    return typeof own === 'string' ? own : parser.defaultSource;
  };
  for (const row of rows) {
    for (const link of presentLinks) {
      if (link.target === 'Municipality') {
        const value = row.values.get(link.agsColumn);
        if (typeof value === 'string') agsWanted.push(value);
        else if (Array.isArray(value)) agsWanted.push(...value);
      } else if ('idListColumn' in link) {
        const value = row.values.get(link.idListColumn);
        if (Array.isArray(value)) actorIds.push(...value);
      } else {
        const reference = actorReference(row, link, fallbackSource(row));
        if (reference.id !== null) actorIds.push(reference.id);
        if (reference.externalId !== null && reference.source !== null)
          actorKeys.push({ source: reference.source, externalId: reference.externalId });
      }
    }
  }
  const municipalities = await findMunicipalities(tx, agsWanted);
  const actors = await findActors(tx, actorIds, actorKeys);

  const ids = rows.map((row) => row.values.get('id')).filter((id): id is string => typeof id === 'string');
  const keys = rows
    .map((row) => rowKey(parser, row))
    .filter((key): key is { source: string; externalId: string } => key !== undefined);
  const found = await findExisting(tx, template, ids, keys);

  const targets: RowTarget[] = [];
  const rowOfNode = new Map<string, number>();
  for (const row of rows) {
    const links = new Map<string, string[]>();
    for (const link of presentLinks) {
      const at = (key: string) => locate(parser, row, key);
      const text = (key: string) => row.texts.get(key) ?? '';
      if (link.target === 'Municipality') {
        const value = row.values.get(link.agsColumn) ?? null;
        const list = value === null ? [] : Array.isArray(value) ? value : [value as string];
        const unknown = list.find((ags) => !municipalities.has(ags));
        if (unknown !== undefined) {
          const what = list.length > 1 ? `contains "${unknown}", which is` : 'is';
          problems.add(
            cellProblem(
              'UNKNOWN_REFERENCE',
              at(link.agsColumn),
              text(link.agsColumn),
              `${what} not the AGS of a municipality in Bildungsnetz`,
            ),
          );
        }
        links.set(link.name, [...list].sort());
      } else if ('idListColumn' in link) {
        const value = row.values.get(link.idListColumn);
        const list = Array.isArray(value) ? value : [];
        const unknown = list.find((id) => !actors.ids.has(id));
        if (unknown !== undefined)
          problems.add(
            cellProblem(
              'UNKNOWN_REFERENCE',
              at(link.idListColumn),
              text(link.idListColumn),
              `contains "${unknown}", which is not the id of an actor in Bildungsnetz`,
            ),
          );
        links.set(link.name, [...list].sort());
      } else {
        const reference = actorReference(row, link, fallbackSource(row));
        if (reference.id === null && reference.externalId === null) {
          if (link.required)
            problems.add(
              rowProblem(
                'REQUIRED',
                row.row,
                `names no ${link.name}: every row of ${template.type} needs one; fill ${[
                  link.idColumn,
                  link.externalIdColumn,
                ]
                  .filter((key): key is string => key !== undefined)
                  .map((key) => columnName(parser, key))
                  .join(' or ')}`,
              ),
            );
          links.set(link.name, []);
        } else {
          const id = resolveActor(parser, row, reference, actors, problems);
          links.set(link.name, id === undefined ? [] : [id]);
        }
      }
    }

    const givenId = row.values.get('id');
    const key = rowKey(parser, row);
    const byKey = key ? found.byKey.get(keyOf(key.source, key.externalId)) : undefined;
    let id: string | undefined;
    if (typeof givenId === 'string') {
      if (!found.byId.has(givenId)) {
        problems.add(
          cellProblem(
            'UNKNOWN_REFERENCE',
            locate(parser, row, 'id'),
            givenId,
            `is not the id of a record of ${template.type}; leave id empty to create a new record`,
          ),
        );
        continue;
      }
      if (byKey !== undefined && byKey !== givenId) {
        problems.add(
          cellProblem(
            'CONFLICT',
            locate(parser, row, 'externalId'),
            row.texts.get('externalId') ?? '',
            `belongs to another record (id "${byKey}") than the id "${givenId}" in the same row`,
          ),
        );
        continue;
      }
      id = givenId;
    } else {
      id = byKey;
    }
    if (id !== undefined) {
      const first = rowOfNode.get(id);
      if (first !== undefined) {
        problems.add(
          rowProblem(
            'DUPLICATE_KEY',
            row.row,
            `means the same record as row ${first} (id "${id}"); each record may appear once`,
          ),
        );
        continue;
      }
      rowOfNode.set(id, row.row);
    }
    targets.push({ row, id: id ?? randomUUID(), exists: id !== undefined, links });
  }
  return targets;
}

/** Plans the import of a file of actors, offers or needs; undefined when problems were found. */
export async function planNodeImport(
  tx: Transaction,
  parser: RowParser,
  rows: ParsedRow[],
  problems: ProblemList,
): Promise<ImportPlan | undefined> {
  const { template, map } = parser;
  const targets = await resolveRows(tx, parser, rows, problems);
  if (problems.count > 0) return undefined;

  const properties = propertyColumns(template).filter(
    (spec) => map.byKey.has(spec.key) || (spec.key === template.keySourceColumn && map.byKey.has('externalId')),
  );
  const hasLocation = Boolean(template.location) && (map.byKey.has('latitude') || map.byKey.has('longitude'));
  const existing = await loadExisting(
    tx,
    template,
    targets.filter((target) => target.exists).map((target) => target.id),
  );

  const outcomes: RowOutcome[] = [];
  const creates: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  const linkRows = new Map<string, { id: string; keep: string[] }[]>(template.links.map((link) => [link.name, []]));

  for (const target of targets) {
    const { row } = target;
    const before = existing.get(target.id);
    const changed: string[] = [];
    const props: Record<string, unknown> = {};
    for (const spec of properties) {
      const value = row.values.has(spec.key) ? (row.values.get(spec.key) ?? null) : null;
      // A key source filled in from --source counts only for rows that have an externalId.
      if (!row.values.has(spec.key) && spec.key === template.keySourceColumn) continue;
      props[spec.key] = toStored(spec.kind, value);
      if (!before || !samePlain(before.props[spec.key], value)) changed.push(spec.key);
    }
    if (hasLocation) {
      const lat = row.values.get('latitude');
      const lon = row.values.get('longitude');
      const point: PlainPoint | null =
        typeof lat === 'number' && typeof lon === 'number' ? { latitude: lat, longitude: lon } : null;
      props.location = toStoredPoint(point);
      if (!before || !samePlain(before.props.location, point)) changed.push('location');
    }
    for (const [name, keep] of target.links) {
      if (!before || !samePlain(before.links[name] ?? [], keep)) changed.push(name);
    }
    const key = rowKey(parser, row);
    // For a new record, the fields it is given; for an existing one, the fields that change.
    const fields = target.exists
      ? changed
      : changed.filter((field) =>
          field in props ? props[field] !== null : (target.links.get(field) ?? []).length > 0,
        );
    const outcome: RowOutcome = {
      row: row.row,
      action: !target.exists ? 'create' : changed.length > 0 ? 'update' : 'unchanged',
      key: key ? `${key.source}/${key.externalId}` : target.id,
      fields,
    };
    outcomes.push(outcome);
    if (outcome.action === 'unchanged') continue;
    (target.exists ? updates : creates).push({ id: target.id, props: { ...props, id: target.id } });
    for (const [name, keep] of target.links) linkRows.get(name)!.push({ id: target.id, keep });
  }

  return {
    outcomes,
    writes: creates.length + updates.length,
    labels: new Set([template.label]),
    touched: {
      label: template.label,
      keys: [...creates, ...updates].map((row) => row.id as string),
      fields: template.links.map((link) => link.name),
    },
    async write(tx, onProgress) {
      const total = creates.length + updates.length;
      let done = 0;
      for (const batch of batches(creates)) {
        await tx.run(
          `UNWIND $rows AS row CREATE (n:${template.label}) SET n = row.props, n.createdAt = datetime(), n.updatedAt = datetime()`,
          { rows: batch },
        );
        onProgress((done += batch.length), total);
      }
      for (const batch of batches(updates)) {
        await tx.run(
          `UNWIND $rows AS row MATCH (n:${template.label} {id: row.id}) SET n += row.props, n.updatedAt = datetime()`,
          { rows: batch },
        );
        onProgress((done += batch.length), total);
      }
      for (const link of template.links) {
        const rowsOfLink = linkRows.get(link.name)!;
        const [left, right] = arrows(link);
        const key = targetKey(link);
        for (const batch of batches(rowsOfLink)) {
          await tx.run(
            `UNWIND $rows AS row MATCH (n:${template.label} {id: row.id})${left}[r:${link.type}]${right}(x:${link.target})
             WHERE NOT x.${key} IN row.keep DELETE r`,
            { rows: batch },
          );
          await tx.run(
            `UNWIND $rows AS row MATCH (n:${template.label} {id: row.id}) UNWIND row.keep AS k
             MATCH (x:${link.target} {${key}: k}) MERGE (n)${left}[:${link.type}]${right}(x)`,
            { rows: batch },
          );
        }
      }
    },
  };
}
