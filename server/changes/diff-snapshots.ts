// Compares entities before and after a write: what was created, deleted, and which fields changed (properties, and
// relationship fields as the sorted keys they link to, with the link's own properties where it has any).
import type { EntitySnapshot, Fields, JsonValue } from './snapshot-entities.js';

export type ChangeOperation = 'CREATE' | 'UPDATE' | 'DELETE';

export interface Change {
  entity: string; // label, e.g. Offer
  entityId: string; // its key: id, or ags for districts and municipalities
  operation: ChangeOperation;
  before: Fields | null; // CREATE: null; UPDATE: the changed fields' old values; DELETE: every field
  after: Fields | null; // DELETE: null; UPDATE: the changed fields' new values; CREATE: every field
}

// The change history carries its own time; the timestamps @neo4j/graphql sets would only repeat it.
const ignoredProperties = new Set(['createdAt', 'updatedAt']);

/** An entity's fields as the history names them: properties (no nulls) and relationship fields as keys. */
export function fieldsOfSnapshot(snapshot: EntitySnapshot): Fields {
  const fields: Fields = {};
  for (const [name, value] of Object.entries(snapshot.props)) {
    if (!ignoredProperties.has(name) && value !== null) fields[name] = value;
  }
  for (const [name, links] of Object.entries(snapshot.links)) {
    fields[name] = links.map((link) =>
      Object.keys(link.edge).length > 0 ? { key: link.key, ...link.edge } : link.key,
    );
  }
  return fields;
}

const same = (a: JsonValue | undefined, b: JsonValue | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Changes of one label's entities; keys in neither map are ignored. */
export function diffSnapshots(
  label: string,
  before: Map<string, EntitySnapshot>,
  after: Map<string, EntitySnapshot>,
): Change[] {
  const changes: Change[] = [];
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const key of keys) {
    const old = before.get(key);
    const now = after.get(key);
    if (!old && now) {
      changes.push({
        entity: label,
        entityId: key,
        operation: 'CREATE',
        before: null,
        after: dropEmptyLinks(fieldsOfSnapshot(now)),
      });
    } else if (old && !now) {
      changes.push({
        entity: label,
        entityId: key,
        operation: 'DELETE',
        before: dropEmptyLinks(fieldsOfSnapshot(old)),
        after: null,
      });
    } else if (old && now) {
      const oldFields = fieldsOfSnapshot(old);
      const newFields = fieldsOfSnapshot(now);
      const changedBefore: Fields = {};
      const changedAfter: Fields = {};
      for (const name of [...new Set([...Object.keys(oldFields), ...Object.keys(newFields)])].sort()) {
        if (same(oldFields[name], newFields[name])) continue;
        changedBefore[name] = oldFields[name] ?? null;
        changedAfter[name] = newFields[name] ?? null;
      }
      if (Object.keys(changedAfter).length > 0)
        changes.push({ entity: label, entityId: key, operation: 'UPDATE', before: changedBefore, after: changedAfter });
    }
  }
  return changes;
}

function dropEmptyLinks(fields: Fields): Fields {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => !(Array.isArray(value) && value.length === 0)),
  );
}
