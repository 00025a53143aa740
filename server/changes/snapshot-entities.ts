// Reads entities as plain JSON values (dates as YYYY-MM-DD, points as { latitude, longitude }): their properties,
// the keys they are linked to (with the link's own properties, e.g. a cooperation's kind) and the linked entities'
// properties, so that a write can be compared before and after inside its own transaction.
import neo4j, { type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { entityModel, type RelationshipField } from './entity-model.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type Fields = Record<string, JsonValue>;

export interface LinkedEntity {
  key: string;
  edge: Fields; // the relationship's own properties; empty for most
  props: Fields; // the linked entity's properties
}

export interface EntitySnapshot {
  label: string;
  key: string;
  props: Fields;
  links: Record<string, LinkedEntity[]>; // by relationship field, sorted by key
  neighbours?: { label: string; key: string }[]; // every node linked to it, when asked for
}

/** Neo4j's values as JSON: integers as numbers, temporal values as ISO text, points as latitude and longitude. */
export function jsonOf(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    typeof value === 'object' &&
    (neo4j.isDate(value) ||
      neo4j.isDateTime(value) ||
      neo4j.isLocalDateTime(value) ||
      neo4j.isTime(value) ||
      neo4j.isLocalTime(value) ||
      neo4j.isDuration(value))
  ) {
    return String(value);
  }
  if (typeof value === 'object' && neo4j.isPoint(value)) {
    const point = value as { x: number; y: number };
    return { latitude: point.y, longitude: point.x };
  }
  if (Array.isArray(value)) return value.map(jsonOf);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // What else Neo4j stores (a byte array) as its text.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- see above
  return String(value);
}

function fieldsOf(record: Record<string, unknown>): Fields {
  const fields: Fields = {};
  for (const key of Object.keys(record).sort()) fields[key] = jsonOf(record[key]);
  return fields;
}

function pattern(relationship: RelationshipField): string {
  const [left, right] = relationship.outgoing ? ['-', '->'] : ['<-', '-'];
  return `(n)${left}[r:\`${relationship.type}\`]${right}(x:\`${relationship.target}\`)`;
}

/**
 * Snapshots the entities of one label by key, with the given relationship fields (default: none). Entities that do
 * not exist are left out of the map.
 */
export async function snapshotEntities(
  tx: Transaction | ManagedTransaction,
  label: string,
  keys: readonly string[],
  fields: readonly string[] = [],
  withNeighbours = false,
): Promise<Map<string, EntitySnapshot>> {
  const snapshots = new Map<string, EntitySnapshot>();
  if (keys.length === 0) return snapshots;
  const model = entityModel(label);
  const relationships = model.relationships.filter((relationship) => fields.includes(relationship.field));
  const links = relationships.map(
    (relationship) =>
      `[${pattern(relationship)} | {key: x.\`${relationship.targetKey}\`, edge: properties(r), props: properties(x)}]`,
  );
  // Labels, keys and relationship types come from the SDL (entity-model.ts), never from a request.
  const result = await tx.run(
    `UNWIND $keys AS key MATCH (n:\`${label}\` {\`${model.key}\`: key})
     RETURN key, properties(n) AS props, [${links.join(', ')}] AS links,
       ${withNeighbours ? '[(n)--(m) | {label: labels(m)[0], key: coalesce(m.id, m.ags)}]' : '[]'} AS neighbours`,
    { keys: [...new Set(keys)] },
  );
  for (const record of result.records) {
    const key = String(record.get('key'));
    const linked = record.get('links') as {
      key: unknown;
      edge: Record<string, unknown>;
      props: Record<string, unknown>;
    }[][];
    const byField: Record<string, LinkedEntity[]> = {};
    relationships.forEach((relationship, index) => {
      byField[relationship.field] = linked[index]!.map((entry) => ({
        key: String(entry.key),
        edge: fieldsOf(entry.edge),
        props: fieldsOf(entry.props),
      })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    });
    const neighbours = (record.get('neighbours') as { label: string; key: unknown }[])
      .filter((m) => m.key !== null)
      .map((m) => ({ label: m.label, key: String(m.key) }));
    snapshots.set(key, {
      label,
      key,
      props: fieldsOf(record.get('props') as Record<string, unknown>),
      links: byField,
      ...(withNeighbours ? { neighbours } : {}),
    });
  }
  return snapshots;
}
