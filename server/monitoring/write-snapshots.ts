// Writes snapshots so that a date is replaced as a whole: the snapshots of the given dates for the given
// municipalities go, the new ones come, inside the caller's transaction (nothing half-written).
import neo4j, { type Integer, type ManagedTransaction } from 'neo4j-driver';
import type { IndicatorSnapshotRow } from './indicator-snapshot-row.js';
import type { SnapshotRow } from './snapshot-row.js';

const batchSize = 5000;

export interface ReplaceSnapshotsOptions {
  dates: string[]; // the dates being replaced
  municipalityAgs: string[]; // the scope: snapshots of other municipalities on those dates stay
  rows: SnapshotRow[];
}

export async function replaceSnapshots(
  tx: ManagedTransaction,
  options: ReplaceSnapshotsOptions,
): Promise<{ deleted: number; created: number }> {
  const removed = await tx.run<{ n: Integer }>(
    `UNWIND $agsList AS ags
     MATCH (:Municipality {ags: ags})<-[:SNAPSHOT_OF]-(s:Snapshot)
     WHERE s.date IN [d IN $dates | date(d)]
     DETACH DELETE s
     RETURN count(*) AS n`,
    { agsList: options.municipalityAgs, dates: options.dates },
  );
  let created = 0;
  for (let start = 0; start < options.rows.length; start += batchSize) {
    const result = await tx.run<{ n: Integer }>(
      `UNWIND $rows AS row
       MATCH (m:Municipality {ags: row.municipalityAgs})
       CREATE (s:Snapshot {id: row.id, date: date(row.date), category: row.category, radiusKm: toFloat(row.radiusKm),
         demand: toInteger(row.demand), freePlaces: toInteger(row.freePlaces), capacity: toInteger(row.capacity),
         booked: toInteger(row.booked), waitlist: toInteger(row.waitlist), accessibility: toFloat(row.accessibility),
         unmet: toInteger(row.unmet), createdAt: datetime()})
       CREATE (s)-[:SNAPSHOT_OF]->(m)
       RETURN count(*) AS n`,
      { rows: options.rows.slice(start, start + batchSize) },
    );
    created += neo4j.integer.toNumber(result.records[0]?.get('n') ?? 0);
  }
  return { deleted: neo4j.integer.toNumber(removed.records[0]?.get('n') ?? 0), created };
}

/**
 * Writes snapshots with fixed ids (the demo history) by merging on the id, so that loads running side by side
 * meet on the same nodes; the snapshots under the id prefix that the rows no longer name are removed.
 */
export async function upsertSnapshots(tx: ManagedTransaction, rows: SnapshotRow[], idPrefix: string): Promise<number> {
  await tx.run(`MATCH (s:Snapshot) WHERE s.id STARTS WITH $idPrefix AND NOT s.id IN $ids DETACH DELETE s`, {
    idPrefix,
    ids: rows.map((row) => row.id),
  });
  let written = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const result = await tx.run<{ n: Integer }>(
      `UNWIND $rows AS row
       MATCH (m:Municipality {ags: row.municipalityAgs})
       MERGE (s:Snapshot {id: row.id}) ON CREATE SET s.createdAt = datetime()
       SET s.date = date(row.date), s.category = row.category, s.radiusKm = toFloat(row.radiusKm),
         s.demand = toInteger(row.demand), s.freePlaces = toInteger(row.freePlaces), s.capacity = toInteger(row.capacity),
         s.booked = toInteger(row.booked), s.waitlist = toInteger(row.waitlist), s.accessibility = toFloat(row.accessibility),
         s.unmet = toInteger(row.unmet)
       MERGE (s)-[:SNAPSHOT_OF]->(m)
       RETURN count(*) AS n`,
      { rows: rows.slice(start, start + batchSize) },
    );
    written += neo4j.integer.toNumber(result.records[0]?.get('n') ?? 0);
  }
  return written;
}

/** Replaces the IndicatorSnapshots of the given dates and areas with the rows, inside the caller's transaction. */
export async function replaceIndicatorSnapshots(
  tx: ManagedTransaction,
  options: { dates: string[]; areaAgs: string[]; rows: IndicatorSnapshotRow[] },
): Promise<number> {
  await tx.run(
    `UNWIND $areaAgs AS areaAgs
     MATCH (i:IndicatorSnapshot {areaAgs: areaAgs}) WHERE i.date IN [d IN $dates | date(d)]
     DETACH DELETE i`,
    { areaAgs: options.areaAgs, dates: options.dates },
  );
  let created = 0;
  for (let start = 0; start < options.rows.length; start += batchSize) {
    const result = await tx.run<{ n: Integer }>(
      `UNWIND $rows AS row
       CREATE (i:IndicatorSnapshot {id: row.id, date: date(row.date), areaAgs: row.areaAgs, areaKind: row.areaKind,
         category: row.category, capacity: toInteger(row.capacity), booked: toInteger(row.booked),
         demand: toInteger(row.demand), unmet: toInteger(row.unmet), hasWaiting: row.hasWaiting,
         placed: toInteger(row.placed), medianWeeks: toInteger(row.medianWeeks), p90Weeks: toInteger(row.p90Weeks),
         overTarget: toInteger(row.overTarget), noSuitableStart: toInteger(row.noSuitableStart),
         targetWeeks: toInteger(row.targetWeeks), createdAt: datetime()})
       RETURN count(*) AS n`,
      { rows: options.rows.slice(start, start + batchSize) },
    );
    created += neo4j.integer.toNumber(result.records[0]?.get('n') ?? 0);
  }
  return created;
}
