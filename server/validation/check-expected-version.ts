// Optimistic locking of the generated update and delete mutations (schema/add-version-arguments.ts): a save carries
// the updatedAt its form was loaded with, and is refused when the entity was saved (or deleted) since. Checked in
// the mutation's own transaction after a write lock on each selected entity: of two saves of the same version that
// both read before either wrote, the second waits for the first's lock, then reads the version the first wrote and
// is refused. Without the lock both would read the old version and the second would overwrite the first unseen.
import type { ManagedTransaction } from 'neo4j-driver';
import { BadUserInputError, quote } from '../errors.js';

/** The version as the API shows it (DateTime: ISO 8601 in UTC, milliseconds). */
function shownVersion(epochMillis: number | null): string | null {
  return epochMillis === null ? null : new Date(epochMillis).toISOString();
}

/**
 * Locks the entities (label, unique key) and throws BAD_USER_INPUT, reason VERSION_CONFLICT, when one of them no
 * longer has the expected updatedAt, or when the `where` selected none (deleted since it was loaded).
 */
export async function checkExpectedVersion(
  tx: ManagedTransaction,
  label: string,
  key: string,
  keys: readonly string[],
  expected: string,
  mutation: string,
): Promise<void> {
  const expectedMillis = Date.parse(expected);
  if (keys.length === 0)
    throw new BadUserInputError(
      `${mutation}: the ${label} loaded at version ${quote(expected)} no longer exists (deleted since it was loaded); nothing was written`,
      { reason: 'VERSION_CONFLICT', entity: label, expected, current: null, field: 'updatedAt' },
    );
  // The lock first, in its own statement: the read after it sees what a transaction holding the lock committed.
  // Label and key come from the entity model (field-rules.ts), never from the request.
  await tx.run(`UNWIND $keys AS k MATCH (n:\`${label}\` {\`${key}\`: k}) CALL apoc.lock.nodes([n]) RETURN count(*)`, {
    keys,
  });
  const result = await tx.run<{ key: string; millis: number | null }>(
    `UNWIND $keys AS k MATCH (n:\`${label}\` {\`${key}\`: k})
     RETURN n.\`${key}\` AS key, n.updatedAt.epochMillis AS millis ORDER BY key`,
    { keys },
  );
  const found = new Map(result.records.map((record) => [record.get('key'), record.get('millis')]));
  for (const id of keys) {
    const millis = found.has(id) ? Number(found.get(id)) : null;
    if (millis !== null && millis === expectedMillis) continue;
    const current = found.has(id) ? shownVersion(millis) : null;
    throw new BadUserInputError(
      current === null
        ? `${mutation}: ${label} ${quote(id)} no longer exists (deleted since it was loaded at ${quote(expected)}); nothing was written`
        : `${mutation}: ${label} ${quote(id)} was saved by someone else since it was loaded: you loaded version ${quote(expected)}, stored is ${quote(current)}; load it again and redo your change; nothing was written`,
      { reason: 'VERSION_CONFLICT', entity: label, id, expected, current, field: 'updatedAt' },
    );
  }
}
