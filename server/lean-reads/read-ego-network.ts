// An actor's ego network as an edge list in one hand-written query, with only the columns the request selects
// (the @cypher of Actor.egoNetwork returns all ten for every link).
import neo4j, { type Driver } from 'neo4j-driver';
import type { SessionGate } from '../http/gate-sessions.js';
import { runRead } from './run-read.js';

/** Each field of CooperationLink (schema/actors.graphql) over the link's start `f`, end `t` and relationship `r`. */
export const cooperationLinkColumns: Readonly<Record<string, string>> = {
  fromId: 'f.id',
  fromName: 'f.name',
  fromKind: 'f.kind',
  toId: 't.id',
  toName: 't.name',
  toKind: 't.kind',
  kind: 'r.kind',
  since: 'r.since',
  until: 'r.until',
  strength: 'r.strength',
};

/** hops as Actor.egoNetwork reads it: 1 to 3, anything else clamped, null as 1. */
export function clampHops(hops: number | null | undefined): number {
  return Math.min(3, Math.max(1, hops ?? 1));
}

/** `columns` are keys of cooperationLinkColumns; the links ordered by start and end id, as Actor.egoNetwork's. */
export async function readEgoNetwork(
  driver: Driver,
  database: string | undefined,
  gate: SessionGate | undefined,
  columns: readonly string[],
  actorId: string,
  hops: number,
): Promise<Record<string, unknown>[]> {
  const returned =
    columns.length === 0 ? ['f.id AS fromId'] : columns.map((c) => `${cooperationLinkColumns[c]} AS ${c}`);
  const records = await runRead(
    driver,
    database,
    gate,
    `MATCH (a:Actor {id: $actorId})
     CALL apoc.path.subgraphAll(a, { relationshipFilter: 'COOPERATES_WITH', labelFilter: '+Actor', maxLevel: $hops })
     YIELD relationships
     UNWIND relationships AS r
     WITH startNode(r) AS f, endNode(r) AS t, r
     ORDER BY f.id, t.id
     RETURN ${returned.join(', ')}`,
    { actorId, hops: neo4j.int(hops) },
  );
  return records.map((record) => record.toObject());
}
