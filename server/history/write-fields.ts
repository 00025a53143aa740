// Writes fields of the change history's JSON back onto an entity: properties as the SDL types them, relationship
// fields as the links to the keys they list (with the link's own properties, e.g. a cooperation's kind), replacing
// the links of that field. A key whose entity is gone is refused, naming it, before anything of the field is written.
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { entityModel, type RelationshipField } from '../changes/entity-model.js';
import type { Fields, JsonValue } from '../changes/snapshot-entities.js';
import { BadUserInputError, quote } from '../errors.js';
import { relationshipPropertiesOf, storedValueOf } from './property-types.js';

interface Link {
  key: string;
  edge: Record<string, unknown>;
}

/** A linked entity's key as the history lists it: a text (an id or an AGS). */
function keyText(value: JsonValue | undefined): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value ?? null);
}

function linksOf(label: string, relationship: RelationshipField, value: JsonValue): Link[] {
  const items = Array.isArray(value) ? value : value === null ? [] : [value];
  const owner = relationshipPropertiesOf(label, relationship.field);
  return items.map((item) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const { key, ...edge } = item;
      const stored = Object.fromEntries(
        Object.entries(edge).map(([name, inner]) => [name, owner ? storedValueOf(owner, name, inner) : inner]),
      );
      return { key: keyText(key), edge: stored };
    }
    return { key: keyText(item), edge: {} };
  });
}

function pattern(relationship: RelationshipField, edge = 'r'): string {
  const [left, right] = relationship.outgoing ? ['-', '->'] : ['<-', '-'];
  return `(n)${left}[${edge}:\`${relationship.type}\`]${right}(x)`;
}

/** Keys of the links that name no existing entity, for each relationship field of the fields given. */
export async function findMissingLinks(
  tx: Transaction | ManagedTransaction,
  label: string,
  fields: Fields,
): Promise<{ field: string; target: string; key: string }[]> {
  const missing: { field: string; target: string; key: string }[] = [];
  for (const relationship of entityModel(label).relationships) {
    if (!(relationship.field in fields)) continue;
    const keys = linksOf(label, relationship, fields[relationship.field]!).map((link) => link.key);
    if (keys.length === 0) continue;
    const found = await tx.run(
      `UNWIND $keys AS key MATCH (x:\`${relationship.target}\` {\`${relationship.targetKey}\`: key}) RETURN collect(key) AS keys`,
      { keys },
    );
    const present = new Set(found.records[0]?.get('keys') as string[]);
    for (const key of keys)
      if (!present.has(key)) missing.push({ field: relationship.field, target: relationship.target, key });
  }
  return missing;
}

/** Throws BadUserInputError (reason RELATED_GONE) naming the first link whose entity does not exist any more. */
export async function refuseMissingLinks(
  tx: Transaction | ManagedTransaction,
  label: string,
  key: string,
  fields: Fields,
): Promise<void> {
  const [first] = await findMissingLinks(tx, label, fields);
  if (!first) return;
  throw new BadUserInputError(
    `${label} ${quote(key)}: its ${first.field} ${first.target} ${quote(first.key)} does not exist any more; nothing was written`,
    {
      reason: 'RELATED_GONE',
      entity: label,
      entityId: key,
      field: first.field,
      target: first.target,
      value: first.key,
    },
  );
}

/** Sets the fields on the entity (label, key): null removes a property, a relationship field replaces its links. */
export async function writeFields(
  tx: Transaction | ManagedTransaction,
  label: string,
  key: string,
  fields: Fields,
): Promise<void> {
  const model = entityModel(label);
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    const relationship = model.relationships.find((candidate) => candidate.field === name);
    if (!relationship) {
      properties[name] = storedValueOf(label, name, value);
      continue;
    }
    // Labels, keys and relationship types come from the SDL (entity-model.ts), never from a request.
    await tx.run(
      `MATCH (n:\`${label}\` {\`${model.key}\`: $key}) OPTIONAL MATCH ${pattern(relationship)} WHERE x:\`${relationship.target}\` DELETE r`,
      { key },
    );
    await tx.run(
      `MATCH (n:\`${label}\` {\`${model.key}\`: $key}) UNWIND $links AS link
       MATCH (x:\`${relationship.target}\` {\`${relationship.targetKey}\`: link.key})
       CREATE ${pattern(relationship)} SET r = link.edge`,
      { key, links: linksOf(label, relationship, value) },
    );
  }
  await tx.run(`MATCH (n:\`${label}\` {\`${model.key}\`: $key}) SET n += $properties, n.updatedAt = datetime()`, {
    key,
    properties,
  });
}
