// Writes the demo county's Bedarfsabfrage rounds (generate-demo-surveys.ts) inside the demo load's transaction:
// merged on their ids and set whole, so that loading again leaves the same rounds, links and answers (a demo answer
// the coordinator reviewed meanwhile is reset). Node and relationship shapes as server/surveys/ writes them.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { DemoSurveys } from './generate-demo-surveys.js';

export async function writeDemoSurveys(tx: ManagedTransaction, surveys: DemoSurveys): Promise<Record<string, number>> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (r:SurveyRound {id: row.id})
     SET r.title = row.title, r.deadline = date(row.deadline), r.graceDays = row.graceDays,
       r.categories = row.categories, r.message = row.message, r.contactName = row.contactName,
       r.contactEmail = row.contactEmail, r.contactPhone = row.contactPhone, r.state = row.state,
       r.createdAt = datetime(row.createdAt), r.createdBy = row.createdBy
     WITH r, row
     OPTIONAL MATCH (r)-[old:ASKS]->(m:Municipality) WHERE NOT m.ags IN row.areaAgs
     DELETE old
     WITH DISTINCT r, row
     UNWIND row.areaAgs AS ags
     MATCH (m:Municipality {ags: ags})
     MERGE (r)-[:ASKS]->(m)`,
    { rows: surveys.rounds.map((round) => ({ ...round, graceDays: neo4j.int(round.graceDays) })) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (r:SurveyRound {id: row.roundId}), (m:Municipality {ags: row.areaAgs})
     MERGE (l:SurveyLink {id: row.id})
     SET l.tokenHash = row.tokenHash, l.roundId = row.roundId, l.areaAgs = row.areaAgs,
       l.createdAt = datetime(row.createdAt), l.expiresAt = datetime(row.expiresAt),
       l.openedAt = CASE WHEN row.openedAt IS NULL THEN null ELSE datetime(row.openedAt) END,
       l.revokedAt = null, l.revokedReason = null
     MERGE (l)-[:LINK_OF]->(r)
     MERGE (l)-[:LINK_FOR]->(m)`,
    { rows: surveys.links },
  );
  // Links the coordinator issued for a demo round since the last load would be newer than the demo's: the load
  // revokes them, so that the demo rounds look as generated again.
  await tx.run(
    `MATCH (l:SurveyLink) WHERE l.roundId IN $rounds AND NOT l.id IN $ids AND l.revokedAt IS NULL
     SET l.revokedAt = datetime(), l.revokedReason = 'DEMO_RELOADED'`,
    { rounds: surveys.rounds.map((r) => r.id), ids: surveys.links.map((l) => l.id) },
  );
  const optionalTime = (field: string) =>
    `a.${field} = CASE WHEN row.${field} IS NULL THEN null ELSE datetime(row.${field}) END`;
  await tx.run(
    `UNWIND $rows AS row
     MATCH (r:SurveyRound {id: row.roundId}), (m:Municipality {ags: row.areaAgs})
     MERGE (a:SurveyAnswer {roundId: row.roundId, areaAgs: row.areaAgs})
     SET a.id = row.id, a.status = row.status, a.needs = row.needs, a.offers = row.offers, a.freeText = row.freeText,
       a.createdAt = datetime(row.createdAt), a.updatedAt = datetime(row.updatedAt), ${optionalTime('submittedAt')},
       a.reviewComment = row.reviewComment, ${optionalTime('reviewedAt')}, a.reviewedBy = row.reviewedBy,
       a.linkId = row.roundId + '-' + row.areaAgs + '-link'
     MERGE (a)-[:ANSWER_OF]->(r)
     MERGE (a)-[:ANSWER_FOR]->(m)`,
    { rows: surveys.answers },
  );
  // An answer the coordinator's link wrote since the last load to a demo area without a demo answer goes again.
  await tx.run(`MATCH (a:SurveyAnswer) WHERE a.roundId IN $rounds AND NOT a.id IN $ids DETACH DELETE a`, {
    rounds: surveys.rounds.map((r) => r.id),
    ids: surveys.answers.map((a) => a.id),
  });
  return {
    surveyRounds: surveys.rounds.length,
    surveyLinks: surveys.links.length,
    surveyAnswers: surveys.answers.length,
  };
}
