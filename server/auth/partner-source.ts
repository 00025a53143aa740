// A partner system's source (the first half of an offer's key, source + externalId) belongs to that partner: it is
// set with its API key (`npm run keys -- create ... --source NAME`; keys without one use their Actor's id) or carried
// by its token (the `source` claim, else the actorId), and a partner may push offers under no other. Without this,
// one partner could take another's (source, externalId) first and block the other's next push.
import type { Driver } from 'neo4j-driver';
import { BadUserInputError, ForbiddenError, quote } from '../errors.js';
import { fieldRules } from '../validation/field-rules.js';
import type { Viewer } from './viewer.js';

/** Refuses a partner writing offers under a source that is not its own; other roles may use any source. */
export function checkPartnerSource(viewer: Viewer | undefined, source: unknown, where: string): void {
  if (viewer?.role !== 'partner' || source === undefined || source === null) return;
  if (source === viewer.source) return;
  throw new ForbiddenError(
    `A partner writes offers only under its own source ${quote(viewer.source)}; source ${quote(source)} (at ${where}) is not its own; nothing was written`,
    { reason: 'FOREIGN_SOURCE', source, ownSource: viewer.source ?? null, path: where },
  );
}

/** Checks that a source is well formed and not already another Actor's; returns it trimmed. */
export async function checkSourceIsFree(
  store: { driver: Driver; database?: string },
  source: string,
  actorId: string,
): Promise<string> {
  const trimmed = source.trim();
  const problem = fieldRules.Offer!.source!(trimmed);
  if (problem) throw new BadUserInputError(`source ${quote(source)} ${problem}`, { field: 'source', value: source });
  // Another Actor owns the source when a key of it holds the source, when offers under it are that Actor's, or when
  // it is that Actor's id (the source of its keys without one).
  const { records } = await store.driver.executeQuery(
    `CALL () {
       MATCH (k:ApiKey)-[:ACTS_FOR]->(a:Actor) WHERE k.revokedAt IS NULL AND coalesce(k.source, a.id) = $source RETURN a.id AS owner
       UNION
       MATCH (:Offer {source: $source})<-[:PROVIDES]-(a:Actor) RETURN a.id AS owner
       UNION
       MATCH (a:Actor {id: $source}) RETURN a.id AS owner
     }
     WITH owner WHERE owner <> $actorId RETURN owner LIMIT 3`,
    { source: trimmed, actorId },
    { database: store.database },
  );
  if (records.length > 0) {
    const owners = records.map((record) => record.get('owner') as string);
    throw new BadUserInputError(
      `source ${quote(trimmed)} already belongs to another Actor (${owners.map((owner) => quote(owner)).join(', ')}); choose another name`,
      { reason: 'SOURCE_TAKEN', field: 'source', value: trimmed },
    );
  }
  return trimmed;
}
