// Writes the demo county's outcomes (generate-demo-outcomes.ts) inside the demo load's transaction: the past
// courses as COMPLETED offers with their provider and venue, their outcomes, and the decisions of the monthly round
// that name what they address. Merged on fixed ids: a second load changes nothing.
import neo4j, { type Integer, type ManagedTransaction } from 'neo4j-driver';
import type { DemoOutcomes } from './generate-demo-outcomes.js';

async function count(tx: ManagedTransaction, cypher: string, rows: unknown[]): Promise<number> {
  const result = await tx.run<{ n: Integer }>(`${cypher} RETURN count(*) AS n`, { rows });
  return neo4j.integer.toNumber(result.records[0]?.get('n') ?? 0);
}

export async function writeDemoOutcomes(tx: ManagedTransaction, data: DemoOutcomes): Promise<Record<string, number>> {
  const pastCourses = await count(
    tx,
    `UNWIND $rows AS row
     MATCH (a:Actor {id: row.providerId}) MATCH (v:Municipality {ags: row.venueAgs})
     MERGE (n:Offer {id: row.id})
     ON CREATE SET n.createdAt = datetime(row.startDate + 'T08:00:00Z')
     SET n.title = row.title, n.category = row.category, n.courseType = row.courseType, n.format = 'IN_PERSON',
         n.status = 'COMPLETED', n.capacity = toInteger(row.capacity), n.booked = toInteger(row.booked),
         n.waitlist = 0, n.startDate = date(row.startDate), n.endDate = date(row.endDate),
         n.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END,
         n.updatedAt = datetime(row.endDate + 'T08:00:00Z')
     MERGE (a)-[:PROVIDES]->(n)
     MERGE (n)-[:TAKES_PLACE_IN]->(v)`,
    data.pastCourses,
  );
  const outcomes = await count(
    tx,
    `UNWIND $rows AS row
     MATCH (o:Offer {id: row.offerId})
     MERGE (x:Outcome {id: row.id})
     SET x.periodStart = date(row.periodStart), x.periodEnd = date(row.periodEnd), x.started = toInteger(row.started),
         x.finished = toInteger(row.finished), x.droppedOut = toInteger(row.droppedOut), x.dtzB1 = toInteger(row.dtzB1),
         x.dtzA2 = toInteger(row.dtzA2), x.dtzBelowA2 = toInteger(row.dtzBelowA2),
         x.orientationPassed = toInteger(row.orientationPassed), x.orientationFailed = toInteger(row.orientationFailed),
         x.certificates = toInteger(row.certificates), x.reportedAt = datetime(row.periodEnd + 'T12:00:00Z'),
         x.reportedBy = 'seed', x.reportedById = 'seed', x.reportedByRole = 'coordinator'
     MERGE (x)-[:OUTCOME_OF]->(o)`,
    data.outcomes,
  );
  const decisions = await count(
    tx,
    `UNWIND $rows AS row
     MATCH (m:Meeting {id: row.meetingId})
     MERGE (n:Decision {id: row.id})
     ON CREATE SET n.createdAt = datetime()
     SET n.text = row.text, n.status = row.status, n.dueDate = date(row.dueDate),
         n.addressesAreaAgs = row.addressesAreaAgs, n.addressesCategory = row.addressesCategory,
         n.addressesIndicator = row.addressesIndicator, n.updatedAt = coalesce(n.updatedAt, datetime())
     MERGE (n)-[:DECIDED_AT]->(m)`,
    data.decisions,
  );
  return { pastCourses, outcomes, outcomeDecisions: decisions };
}
