// The municipality's side: what a link sees (its round, its area, its answer, the figures accepted last time) and
// the only writes a link may make: its own answer, as a draft or submitted, while the link works and the answer is
// not submitted or accepted. The token is the permission; every refusal says why and whom to ask.
import { randomUUID } from 'node:crypto';
import { advancing } from '../database/data-version.js';
import neo4j from 'neo4j-driver';
import { BadUserInputError, ForbiddenError, quote } from '../errors.js';
import {
  checkSurveyAnswer,
  type SurveyAnswerInputLike,
  type SurveyProblem,
  type SurveyScope,
} from '../validation/survey-rules.js';
import { contactLine } from './survey-mail.js';
import {
  answerProjection,
  closesOnOf,
  loadAreaMunicipalities,
  readAnswer,
  type StoredNeedItem,
  type StoredOfferItem,
  type SurveyAnswerModel,
  type SurveyDeps,
  type Tx,
} from './survey-store.js';
import { hashSurveyToken, isSurveyTokenShape } from './survey-tokens.js';
import type { OfferCategory, TargetGroup } from '../generated/graphql.js';

export type LinkRefusalReason = 'LINK_UNKNOWN' | 'LINK_REVOKED' | 'LINK_EXPIRED' | 'ROUND_CLOSED' | 'ANSWER_LOCKED';

export interface SurveyContact {
  contactName: string;
  contactEmail: string | null;
  contactPhone: string | null;
}

/** A link that may not do what it asked: FORBIDDEN with the reason and, when the round is known, whom to ask. */
export class SurveyLinkRefusal extends ForbiddenError {
  readonly reason: LinkRefusalReason;
  readonly contact: SurveyContact | null;
  readonly detail: Record<string, string | null>;
  constructor(
    reason: LinkRefusalReason,
    message: string,
    contact: SurveyContact | null,
    detail: Record<string, string | null> = {},
  ) {
    super(contact ? `${message}; ask ${contactLine(contact)}` : message, {
      reason,
      ...(contact ? { contact: contactLine(contact) } : {}),
    });
    this.reason = reason;
    this.contact = contact;
    this.detail = detail;
  }
}

export interface SurveyLinkContext extends SurveyContact {
  linkId: string;
  roundId: string;
  roundTitle: string;
  deadline: string;
  closesOn: string;
  message: string | null;
  categories: OfferCategory[];
  areaAgs: string;
  areaName: string;
  municipalities: Map<string, string>;
  answer: SurveyAnswerModel | null;
  editable: boolean;
}

const lockedStatuses = new Set(['SUBMITTED', 'ACCEPTED', 'PARTLY_ACCEPTED']);

/** The link of a token with its round, area and answer; refuses an unknown, revoked or expired link or a closed round. */
export async function resolveSurveyLink(tx: Tx, token: unknown): Promise<SurveyLinkContext> {
  if (!isSurveyTokenShape(token)) throw new SurveyLinkRefusal('LINK_UNKNOWN', 'This survey link is not known', null);
  const result = await tx.run(
    `MATCH (l:SurveyLink {tokenHash: $hash})-[:LINK_OF]->(r:SurveyRound), (l)-[:LINK_FOR]->(m:Municipality)
     OPTIONAL MATCH (a:SurveyAnswer {roundId: r.id, areaAgs: m.ags})
     RETURN l {.*, expired: datetime() >= l.expiresAt} AS link, r {.*} AS round, m.name AS areaName,
       CASE WHEN a IS NULL THEN null ELSE ${answerProjection.replace(' AS answer', '')} END AS answer`,
    { hash: hashSurveyToken(token) },
  );
  const record = result.records[0];
  if (!record) throw new SurveyLinkRefusal('LINK_UNKNOWN', 'This survey link is not known', null);
  const link = record.get('link') as Record<string, unknown>;
  const round = record.get('round') as Record<string, unknown>;
  const contact: SurveyContact = {
    contactName: round.contactName as string,
    contactEmail: (round.contactEmail as string | null) ?? null,
    contactPhone: (round.contactPhone as string | null) ?? null,
  };
  const deadline = String(round.deadline);
  const graceDays = neo4j.isInt(round.graceDays) ? round.graceDays.toNumber() : (round.graceDays as number);
  const closesOn = closesOnOf(deadline, graceDays);
  const detail = { roundTitle: round.title as string, areaName: record.get('areaName') as string, closesOn };
  if (link.revokedAt !== null && link.revokedAt !== undefined)
    throw new SurveyLinkRefusal(
      'LINK_REVOKED',
      link.revokedReason === 'RENEWED'
        ? 'This survey link was replaced by a newer one'
        : 'This survey link was revoked',
      contact,
      detail,
    );
  if (round.state !== 'OPEN')
    throw new SurveyLinkRefusal('ROUND_CLOSED', `The survey round ${quote(round.title)} is closed`, contact, detail);
  if (link.expired === true)
    throw new SurveyLinkRefusal('LINK_EXPIRED', `This survey link expired at the end of ${closesOn}`, contact, detail);
  const areaAgs = link.areaAgs as string;
  const answer = readAnswer(record.get('answer'));
  return {
    ...contact,
    linkId: link.id as string,
    roundId: round.id as string,
    roundTitle: round.title as string,
    deadline,
    closesOn,
    message: (round.message as string | null) ?? null,
    categories: round.categories as OfferCategory[],
    areaAgs,
    areaName: detail.areaName,
    municipalities: await loadAreaMunicipalities(tx, areaAgs),
    answer,
    editable: !answer || !lockedStatuses.has(answer.status),
  };
}

export function scopeOf(context: SurveyLinkContext): SurveyScope {
  return { areaAgs: context.areaAgs, municipalities: context.municipalities, categories: context.categories };
}

/** The open survey needs of the area now: the figures accepted last time, per municipality, category, target group. */
export async function loadCurrentNeeds(
  tx: Tx,
  municipalities: readonly string[],
  categories: readonly string[],
): Promise<StoredNeedItem[]> {
  const result = await tx.run(
    `MATCH (n:Need {status: 'OPEN', source: 'SURVEY'})-[:NEEDED_IN]->(m:Municipality)
     WHERE m.ags IN $ags AND n.category IN $categories
     WITH m.ags AS municipalityAgs, n.category AS category, n.targetGroup AS targetGroup,
       sum(n.persons) AS persons, collect(n.note)[0] AS note
     RETURN municipalityAgs, category, targetGroup, persons, note ORDER BY municipalityAgs, category, targetGroup`,
    { ags: [...municipalities], categories: [...categories] },
  );
  return result.records.map((record) => ({
    id: `current:${String(record.get('municipalityAgs'))}:${String(record.get('category'))}:${String(record.get('targetGroup') ?? '')}`,
    municipalityAgs: record.get('municipalityAgs') as string,
    category: record.get('category') as OfferCategory,
    targetGroup: (record.get('targetGroup') as TargetGroup | null) ?? null,
    persons: neo4j.integer.toNumber(record.get('persons') as number),
    note: (record.get('note') as string | null) ?? null,
    review: 'ACCEPTED',
  }));
}

export interface SurveyFormModel {
  context: SurveyLinkContext;
  currentNeeds: StoredNeedItem[];
}

/** What the holder of a token sees; marks the link as opened the first time. */
export async function loadSurveyForm(deps: SurveyDeps, token: unknown): Promise<SurveyFormModel> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(
      advancing(async (tx) => {
        const context = await resolveSurveyLink(tx, token);
        await tx.run('MATCH (l:SurveyLink {id: $id}) WHERE l.openedAt IS NULL SET l.openedAt = datetime()', {
          id: context.linkId,
        });
        const currentNeeds = await loadCurrentNeeds(tx, [...context.municipalities.keys()], context.categories);
        return { context, currentNeeds };
      }),
    );
  } finally {
    await session.close();
  }
}

/** The refusal of an answer's problems: FORBIDDEN when it reaches outside the link's area, else BAD_USER_INPUT. */
export function refusalOf(problems: SurveyProblem[]): Error {
  const first = problems[0]!;
  const extensions = {
    field: first.field,
    value: typeof first.value === 'string' ? quote(first.value).slice(1, -1) : first.value,
    messageDe: first.messageDe,
    reason: first.reason,
    problems: problems.map(({ field, message, messageDe, reason }) => ({ field, message, messageDe, reason })),
  };
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  if (problems.some((problem) => problem.reason === 'FOREIGN_AREA')) {
    const foreign = problems.find((problem) => problem.reason === 'FOREIGN_AREA')!;
    return new ForbiddenError(`${foreign.message}: a link writes only for its own area; nothing was written`, {
      ...extensions,
      field: foreign.field,
      reason: 'FOREIGN_AREA',
    });
  }
  return new BadUserInputError(`${first.message}${more}; nothing was written`, extensions);
}

function storedItems(input: SurveyAnswerInputLike, areaAgs: string) {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  const needs: StoredNeedItem[] = (input.needs ?? []).map((item) => ({
    id: randomUUID(),
    municipalityAgs: (item.municipalityAgs as string | null | undefined) ?? areaAgs,
    category: item.category as OfferCategory,
    targetGroup: (item.targetGroup as TargetGroup | null | undefined) ?? null,
    persons: item.persons as number,
    note: text(item.note),
    review: 'PENDING',
  }));
  const offers: StoredOfferItem[] = (input.offers ?? []).map((item) => ({
    id: randomUUID(),
    initiativeName: (item.initiativeName as string).trim(),
    offerTitle: (item.offerTitle as string).trim(),
    contactRole: text(item.contactRole),
    category: item.category as OfferCategory,
    targetGroups: [...new Set((item.targetGroups as TargetGroup[] | null | undefined) ?? [])],
    schedule: text(item.schedule),
    place: text(item.place),
    municipalityAgs: (item.municipalityAgs as string | null | undefined) ?? areaAgs,
    languages: [...new Set((item.languages as string[] | null | undefined) ?? [])],
    freePlaces: (item.freePlaces as number | null | undefined) ?? null,
    review: 'PENDING',
  }));
  return { needs, offers, freeText: text(input.freeText) };
}

/** Saves the link's answer (a draft, or submitted): all of it or, with any problem, nothing. */
export async function saveSurveyAnswer(
  deps: SurveyDeps,
  token: unknown,
  input: SurveyAnswerInputLike,
  submit: boolean,
): Promise<SurveyAnswerModel> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(
      advancing(async (tx) => {
        const context = await resolveSurveyLink(tx, token);
        if (!context.editable)
          throw new SurveyLinkRefusal(
            'ANSWER_LOCKED',
            `The answer of ${context.areaName} was already ${context.answer!.status === 'SUBMITTED' ? 'submitted' : 'accepted'}; it can no longer be changed through the link`,
            context,
            { roundTitle: context.roundTitle, areaName: context.areaName, closesOn: context.closesOn },
          );
        const problems = checkSurveyAnswer(input, scopeOf(context));
        if (problems.length > 0) throw refusalOf(problems);
        const items = storedItems(input, context.areaAgs);
        const result = await tx.run(
          `MATCH (r:SurveyRound {id: $roundId}), (m:Municipality {ags: $areaAgs})
         MERGE (a:SurveyAnswer {roundId: $roundId, areaAgs: $areaAgs})
           ON CREATE SET a.id = randomUUID(), a.createdAt = datetime()
         MERGE (a)-[:ANSWER_OF]->(r)
         MERGE (a)-[:ANSWER_FOR]->(m)
         SET a.needs = $needs, a.offers = $offers, a.freeText = $freeText, a.updatedAt = datetime(),
           a.status = CASE WHEN $submit THEN 'SUBMITTED' WHEN a.status = 'SENT_BACK' THEN 'SENT_BACK' ELSE 'DRAFT' END,
           a.submittedAt = CASE WHEN $submit THEN datetime() ELSE a.submittedAt END,
           a.linkId = $linkId
         RETURN ${answerProjection}`,
          {
            roundId: context.roundId,
            areaAgs: context.areaAgs,
            needs: JSON.stringify(items.needs),
            offers: JSON.stringify(items.offers),
            freeText: items.freeText,
            submit,
            linkId: context.linkId,
          },
        );
        return readAnswer(result.records[0]!.get('answer'))!;
      }),
    );
  } finally {
    await session.close();
  }
}
