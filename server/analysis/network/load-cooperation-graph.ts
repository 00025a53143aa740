// Loads the cooperation graph of one district (or of all actors) as plain data for analyse-network.ts.
// Two queries in one read transaction, each row an actor with its links, so that Germany (100k actors,
// 300k links) is two streams of rows, not a round trip per actor.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { todayInGermany } from '../../../shared/calendar.js';

export interface NetworkActor {
  id: string;
  name: string;
  kind: string;
  municipalityAgs: string | null; // where the actor sits (LOCATED_IN); null when unknown
  municipalityName: string | null;
  samtgemeindeAgs: string | null; // the Samtgemeinde its municipality is a member of, if any
  linksOutsideScope: number; // distinct current partners outside the scope (always 0 for all actors)
}

export interface NetworkLink {
  from: string; // actor id, as stored: the actor that entered the link
  to: string;
  kind: string;
  strength: number | null; // 1 (loose) to 3 (close); null when not recorded
}

export interface NetworkMunicipality {
  ags: string;
  name: string;
  kind: string;
  samtgemeindeAgs: string | null;
}

export interface CooperationGraphData {
  districtAgs: string | null; // null: all actors
  districtName: string | null;
  asOf: string; // links that ended before this date (ISO) are left out
  municipalities: NetworkMunicipality[]; // every municipality of the scope, with or without actors
  actors: NetworkActor[];
  links: NetworkLink[]; // only links between actors in scope, each stored relationship once
}

export interface LoadCooperationGraphOptions {
  districtAgs?: string | null; // 5-digit Kreisschlüssel; omitted or null loads all actors
  database?: string; // Neo4j database name; undefined uses the server's default
  asOf?: string; // ISO date; a link whose `until` lies before it has ended and is left out; default today
}

// A link counts while it has not ended; one that starts later (since in the future) is agreed, so it counts.
const isCurrent = '(r.until IS NULL OR r.until >= date($asOf))';

const districtScopeQuery = `
  MATCH (d:District {ags: $districtAgs})
  RETURN d.name AS districtName,
         COLLECT {
           MATCH (d)<-[:IN_DISTRICT]-(m:Municipality)
           RETURN { ags: m.ags, name: m.name, kind: m.kind,
                    samtgemeindeAgs: COLLECT { MATCH (m)-[:MEMBER_OF]->(sg:Municipality) RETURN sg.ags }[0] } AS municipality
           ORDER BY m.ags
         } AS municipalities`;

const allScopeQuery = `
  RETURN null AS districtName,
         COLLECT {
           MATCH (m:Municipality)
           RETURN { ags: m.ags, name: m.name, kind: m.kind,
                    samtgemeindeAgs: COLLECT { MATCH (m)-[:MEMBER_OF]->(sg:Municipality) RETURN sg.ags }[0] } AS municipality
           ORDER BY m.ags
         } AS municipalities`;

// Links inside the district are returned from the actor that stored them; links that leave it are only
// counted, by distinct partner, from the inside actor whichever way they were stored.
const districtActorsQuery = `
  MATCH (d:District {ags: $districtAgs})<-[:IN_DISTRICT]-(m:Municipality)<-[:LOCATED_IN]-(a:Actor)
  RETURN a.id AS id, a.name AS name, a.kind AS kind, m.ags AS municipalityAgs, m.name AS municipalityName,
         COLLECT { MATCH (m)-[:MEMBER_OF]->(sg:Municipality) RETURN sg.ags }[0] AS samtgemeindeAgs,
         COLLECT {
           MATCH (a)-[r:COOPERATES_WITH]->(b:Actor)
           WHERE ${isCurrent} AND EXISTS { (b)-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(d) }
           RETURN { to: b.id, kind: r.kind, strength: r.strength } AS link
         } AS links,
         COUNT {
           MATCH (a)-[r:COOPERATES_WITH]-(b:Actor)
           WHERE ${isCurrent} AND NOT EXISTS { (b)-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(d) }
           WITH DISTINCT b
           RETURN b
         } AS linksOutsideScope`;

const allActorsQuery = `
  MATCH (a:Actor)
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(m:Municipality)
  RETURN a.id AS id, a.name AS name, a.kind AS kind, m.ags AS municipalityAgs, m.name AS municipalityName,
         COLLECT { MATCH (m)-[:MEMBER_OF]->(sg:Municipality) RETURN sg.ags }[0] AS samtgemeindeAgs,
         COLLECT {
           MATCH (a)-[r:COOPERATES_WITH]->(b:Actor)
           WHERE ${isCurrent}
           RETURN { to: b.id, kind: r.kind, strength: r.strength } AS link
         } AS links,
         0 AS linksOutsideScope`;

function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : Number(value);
}

interface LinkRow {
  to: string;
  kind: string;
  strength: unknown;
}

async function readGraph(
  tx: ManagedTransaction,
  districtAgs: string | null,
  asOf: string,
): Promise<CooperationGraphData | undefined> {
  const params = { districtAgs, asOf };
  const scope = await tx.run(districtAgs === null ? allScopeQuery : districtScopeQuery, params);
  const scopeRecord = scope.records[0];
  if (!scopeRecord) return undefined;
  const municipalities = (scopeRecord.get('municipalities') as NetworkMunicipality[]).map((m) => ({
    ags: m.ags,
    name: m.name,
    kind: m.kind,
    samtgemeindeAgs: m.samtgemeindeAgs ?? null,
  }));

  const actors: NetworkActor[] = [];
  const links: NetworkLink[] = [];
  const seen = new Set<string>();
  const result = await tx.run(districtAgs === null ? allActorsQuery : districtActorsQuery, params);
  for (const record of result.records) {
    const id = record.get('id') as string;
    // An actor located in two municipalities (the server refuses that, old data may not) comes once.
    if (seen.has(id)) continue;
    seen.add(id);
    actors.push({
      id,
      name: record.get('name') as string,
      kind: record.get('kind') as string,
      municipalityAgs: (record.get('municipalityAgs') as string | null) ?? null,
      municipalityName: (record.get('municipalityName') as string | null) ?? null,
      samtgemeindeAgs: (record.get('samtgemeindeAgs') as string | null) ?? null,
      linksOutsideScope: toNumber(record.get('linksOutsideScope')),
    });
    for (const link of record.get('links') as LinkRow[]) {
      links.push({
        from: id,
        to: link.to,
        kind: link.kind,
        strength: link.strength === null || link.strength === undefined ? null : toNumber(link.strength),
      });
    }
  }
  return {
    districtAgs,
    districtName: (scopeRecord.get('districtName') as string | null) ?? null,
    asOf,
    municipalities,
    actors,
    links,
  };
}

/** The cooperation graph of a district, or of all actors; undefined when there is no such district. */
export async function loadCooperationGraph(
  driver: Driver,
  options: LoadCooperationGraphOptions = {},
): Promise<CooperationGraphData | undefined> {
  const districtAgs = options.districtAgs ?? null;
  const asOf = options.asOf ?? todayInGermany();
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => readGraph(tx, districtAgs, asOf));
  } finally {
    await session.close();
  }
}
