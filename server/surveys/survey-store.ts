// How the Bedarfsabfrage lies in Neo4j, and how it is read back as the API's objects:
//   (:SurveyRound)-[:ASKS {email}]->(:Municipality)         the areas asked
//   (:SurveyLink {tokenHash, roundId, areaAgs, expiresAt, revokedAt, openedAt})-[:LINK_OF]->(:SurveyRound)
//   (:SurveyAnswer {roundId, areaAgs, status, needs, offers (JSON), ...})-[:ANSWER_OF]->(:SurveyRound)
// Links and answers also point at their area (LINK_FOR, ANSWER_FOR). None of these is part of the generated API.
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { addDays, todayInGermany } from '../../shared/calendar.js';
import { jsonOf } from '../changes/snapshot-entities.js';
import type {
  OfferCategory,
  SurveyAnswerStatus,
  SurveyAreaStatus,
  SurveyItemReview,
  TargetGroup,
} from '../generated/graphql.js';

export interface SurveyDeps {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
}

export type Tx = Transaction | ManagedTransaction;

export interface StoredNeedItem {
  id: string;
  municipalityAgs: string;
  category: OfferCategory;
  targetGroup: TargetGroup | null;
  persons: number;
  note: string | null;
  review: SurveyItemReview;
}

export interface StoredOfferItem {
  id: string;
  initiativeName: string;
  offerTitle: string;
  contactRole: string | null;
  category: OfferCategory;
  targetGroups: TargetGroup[];
  schedule: string | null;
  place: string | null;
  municipalityAgs: string;
  languages: string[];
  freePlaces: number | null;
  review: SurveyItemReview;
}

export interface SurveyAnswerModel {
  id: string;
  roundId: string;
  roundTitle: string;
  areaAgs: string;
  areaName: string;
  status: SurveyAnswerStatus;
  needs: StoredNeedItem[];
  offers: StoredOfferItem[];
  freeText: string | null;
  reviewComment: string | null;
  savedAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

export interface SurveyAreaModel {
  ags: string;
  name: string;
  kind: string;
  email: string | null;
  status: SurveyAreaStatus;
  answerId: string | null;
  openedAt: string | null;
  submittedAt: string | null;
  linkExpiresAt: string | null;
  linkRevoked: boolean;
}

export interface SurveyRoundModel {
  id: string;
  title: string;
  deadline: string;
  graceDays: number;
  closesOn: string;
  categories: OfferCategory[];
  message: string | null;
  contactName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  state: 'OPEN' | 'CLOSED';
  startedAt: string;
  areas: SurveyAreaModel[];
}

const text = (value: unknown): string | null => {
  const json = jsonOf(value);
  return json === null ? null : typeof json === 'string' ? json : JSON.stringify(json);
};

export const answerProjection = `a {.*, roundTitle: r.title, areaName: m.name} AS answer`;

/** An answer as stored, its items parsed; null for none. */
export function readAnswer(value: unknown): SurveyAnswerModel | null {
  if (value === null || value === undefined) return null;
  const a = value as Record<string, unknown>;
  return {
    id: a.id as string,
    roundId: a.roundId as string,
    roundTitle: a.roundTitle as string,
    areaAgs: a.areaAgs as string,
    areaName: a.areaName as string,
    status: a.status as SurveyAnswerStatus,
    needs: JSON.parse((a.needs as string | undefined) ?? '[]') as StoredNeedItem[],
    offers: JSON.parse((a.offers as string | undefined) ?? '[]') as StoredOfferItem[],
    freeText: (a.freeText as string | null | undefined) ?? null,
    reviewComment: (a.reviewComment as string | null | undefined) ?? null,
    savedAt: text(a.updatedAt) ?? '',
    submittedAt: text(a.submittedAt),
    reviewedAt: text(a.reviewedAt),
    reviewedBy: (a.reviewedBy as string | null | undefined) ?? null,
  };
}

/** Where an area stands: its answer's state, or overdue once the deadline has passed without a submission. */
export function areaStatusOf(
  answerStatus: string | null,
  deadline: string,
  today = todayInGermany(),
): SurveyAreaStatus {
  if (answerStatus === 'ACCEPTED' || answerStatus === 'PARTLY_ACCEPTED') return 'ACCEPTED';
  if (answerStatus === 'SUBMITTED') return 'SUBMITTED';
  if (today > deadline) return 'OVERDUE';
  if (answerStatus === 'SENT_BACK') return 'SENT_BACK';
  if (answerStatus === 'DRAFT') return 'DRAFT';
  return 'NOT_OPENED';
}

export function closesOnOf(deadline: string, graceDays: number): string {
  return addDays(deadline, graceDays);
}

const roundQuery = `
  CALL (r) {
    OPTIONAL MATCH (r)-[ask:ASKS]->(m:Municipality)
    OPTIONAL MATCH (a:SurveyAnswer {roundId: r.id, areaAgs: m.ags})
    OPTIONAL MATCH (l:SurveyLink {roundId: r.id, areaAgs: m.ags})
    WITH m, ask, a, l ORDER BY l.createdAt DESC
    WITH m, ask, a, collect(l)[0] AS link
    ORDER BY m.name
    RETURN collect(CASE WHEN m IS NULL THEN null ELSE {ags: m.ags, name: m.name, kind: m.kind, email: ask.email,
      answerId: a.id, answerStatus: a.status, submittedAt: a.submittedAt, openedAt: link.openedAt,
      expiresAt: link.expiresAt, revoked: link IS NULL OR link.revokedAt IS NOT NULL} END) AS areas
  }
  RETURN r {.*} AS round, areas`;

function readRound(record: { get(key: string): unknown }, today: string): SurveyRoundModel {
  const r = record.get('round') as Record<string, unknown>;
  const deadline = text(r.deadline)!;
  const graceDays = jsonOf(r.graceDays) as number;
  const areas = (record.get('areas') as Record<string, unknown>[]).map((area) => ({
    ags: area.ags as string,
    name: area.name as string,
    kind: area.kind as string,
    email: (area.email as string | null) ?? null,
    status: areaStatusOf((area.answerStatus as string | null) ?? null, deadline, today),
    answerId: (area.answerId as string | null) ?? null,
    openedAt: text(area.openedAt),
    submittedAt: text(area.submittedAt),
    linkExpiresAt: area.revoked ? null : text(area.expiresAt),
    linkRevoked: area.revoked as boolean,
  }));
  return {
    id: r.id as string,
    title: r.title as string,
    deadline,
    graceDays,
    closesOn: closesOnOf(deadline, graceDays),
    categories: r.categories as OfferCategory[],
    message: (r.message as string | null | undefined) ?? null,
    contactName: r.contactName as string,
    contactEmail: (r.contactEmail as string | null | undefined) ?? null,
    contactPhone: (r.contactPhone as string | null | undefined) ?? null,
    state: r.state as 'OPEN' | 'CLOSED',
    startedAt: text(r.createdAt) ?? '',
    areas,
  };
}

export async function loadRoundsInTx(tx: Tx, ids: readonly string[] | null, state?: string | null) {
  const result = await tx.run(
    `MATCH (r:SurveyRound) WHERE ($ids IS NULL OR r.id IN $ids) AND ($state IS NULL OR r.state = $state)
     WITH r ORDER BY r.createdAt DESC, r.id ${roundQuery}`,
    { ids, state: state ?? null },
  );
  const today = todayInGermany();
  return result.records.map((record) => readRound(record, today));
}

export async function loadRounds(
  deps: SurveyDeps,
  ids: readonly string[] | null,
  state?: string | null,
): Promise<SurveyRoundModel[]> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => loadRoundsInTx(tx, ids, state));
  } finally {
    await session.close();
  }
}

export async function loadAnswersInTx(
  tx: Tx,
  where: { ids?: readonly string[]; roundId?: string; statuses?: readonly string[] | null },
): Promise<SurveyAnswerModel[]> {
  const result = await tx.run(
    `MATCH (a:SurveyAnswer)-[:ANSWER_OF]->(r:SurveyRound), (a)-[:ANSWER_FOR]->(m:Municipality)
     WHERE ($ids IS NULL OR a.id IN $ids) AND ($roundId IS NULL OR a.roundId = $roundId)
       AND ($statuses IS NULL OR a.status IN $statuses)
     RETURN ${answerProjection} ORDER BY m.name, a.id`,
    { ids: where.ids ?? null, roundId: where.roundId ?? null, statuses: where.statuses ?? null },
  );
  return result.records.map((record) => readAnswer(record.get('answer'))!);
}

/** The area and, for a Samtgemeinde, its members (ags -> name), in that order. */
export async function loadAreaMunicipalities(tx: Tx, areaAgs: string): Promise<Map<string, string>> {
  const result = await tx.run(
    `MATCH (m:Municipality {ags: $ags}) OPTIONAL MATCH (member:Municipality)-[:MEMBER_OF]->(m)
     WITH m, member ORDER BY member.name
     RETURN m.ags AS ags, m.name AS name, collect({ags: member.ags, name: member.name}) AS members`,
    { ags: areaAgs },
  );
  const map = new Map<string, string>();
  const record = result.records[0];
  if (!record) return map;
  map.set(record.get('ags') as string, record.get('name') as string);
  for (const member of record.get('members') as { ags: string | null; name: string }[])
    if (member.ags) map.set(member.ags, member.name);
  return map;
}

export async function loadAnswers(
  deps: SurveyDeps,
  where: { ids?: readonly string[]; roundId?: string; statuses?: readonly string[] | null },
): Promise<SurveyAnswerModel[]> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => loadAnswersInTx(tx, where));
  } finally {
    await session.close();
  }
}
