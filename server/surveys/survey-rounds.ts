// The coordinator's side of a round: start it (one link per area), list it, close it, and issue, renew or revoke
// the areas' links (a reminder is a new link with a reminder e-mail: the token is shown only when it is issued).
import { randomUUID } from 'node:crypto';
import { advancing } from '../database/data-version.js';
import neo4j from 'neo4j-driver';
import type { Viewer } from '../auth/viewer.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import { checkSurveyRoundInput, type SurveyRoundInputLike } from '../validation/survey-round-rules.js';
import { surveyMailto } from './survey-mail.js';
import { loadRounds, loadRoundsInTx, type SurveyDeps, type SurveyRoundModel, type Tx } from './survey-store.js';
import { createSurveyToken, hashSurveyToken } from './survey-tokens.js';

export interface SurveyLinkIssued {
  areaAgs: string;
  areaName: string;
  token: string;
  url: string;
  expiresAt: string;
  mailto: string;
}

/** The first moment a link no longer works: midnight after the round's last day, in German time. */
const expiryOf = `datetime.fromepochmillis(datetime({date: date($closesOn) + duration('P1D'), timezone: 'Europe/Berlin'}).epochMillis)`;

export function surveyFormUrl(origin: string, token: string): string {
  return `${origin.replace(/\/$/, '')}/abfrage/${token}`;
}

export async function listSurveyRounds(deps: SurveyDeps, state?: string | null): Promise<SurveyRoundModel[]> {
  return loadRounds(deps, null, state);
}

export async function findSurveyRound(deps: SurveyDeps, id: string): Promise<SurveyRoundModel | null> {
  return (await loadRounds(deps, [id]))[0] ?? null;
}

async function requireRound(tx: Tx, id: string): Promise<SurveyRoundModel> {
  const round = (await loadRoundsInTx(tx, [id]))[0];
  if (!round) throw new NotFoundError(`There is no survey round with id ${quote(id)}`, { value: id });
  return round;
}

/** New links for the areas (revoking their current ones), each with its prepared e-mail. */
async function issueLinks(
  tx: Tx,
  round: SurveyRoundModel,
  areaAgs: readonly string[],
  origin: string,
  reminder: boolean,
): Promise<SurveyLinkIssued[]> {
  const issued: SurveyLinkIssued[] = [];
  for (const ags of areaAgs) {
    const area = round.areas.find((candidate) => candidate.ags === ags);
    if (!area)
      throw new BadUserInputError(
        `The round ${quote(round.title)} does not ask the area ${quote(ags)}; nothing was written`,
        {
          field: 'areaAgs',
          value: ags,
        },
      );
    const token = createSurveyToken();
    const result = await tx.run(
      `MATCH (r:SurveyRound {id: $roundId})-[ask:ASKS]->(m:Municipality {ags: $ags})
       OPTIONAL MATCH (old:SurveyLink {roundId: $roundId, areaAgs: $ags}) WHERE old.revokedAt IS NULL
       SET old.revokedAt = datetime(), old.revokedReason = 'RENEWED'
       WITH DISTINCT r, ask, m
       CREATE (l:SurveyLink {id: randomUUID(), tokenHash: $hash, roundId: $roundId, areaAgs: $ags, createdAt: datetime(),
         expiresAt: ${expiryOf}})
       CREATE (l)-[:LINK_OF]->(r), (l)-[:LINK_FOR]->(m)
       WITH l, ask, m
       OPTIONAL MATCH (admin:Actor {kind: 'MUNICIPAL_ADMINISTRATION'})-[:LOCATED_IN]->(m) WHERE admin.email IS NOT NULL
       WITH l, ask, collect(admin.email) AS adminEmails
       RETURN l.expiresAt AS expiresAt, coalesce(ask.email, head(adminEmails)) AS email`,
      { roundId: round.id, ags, hash: hashSurveyToken(token), closesOn: round.closesOn },
    );
    const record = result.records[0]!;
    const url = surveyFormUrl(origin, token);
    issued.push({
      areaAgs: ags,
      areaName: area.name,
      token,
      url,
      expiresAt: String(record.get('expiresAt')),
      mailto: surveyMailto(
        {
          roundTitle: round.title,
          areaName: area.name,
          deadline: round.deadline,
          closesOn: round.closesOn,
          message: round.message,
          contactName: round.contactName,
          contactEmail: round.contactEmail,
          contactPhone: round.contactPhone,
          url,
          email: (record.get('email') as string | null) ?? null,
        },
        reminder,
      ),
    });
  }
  return issued;
}

async function write<T>(deps: SurveyDeps, work: (tx: Tx) => Promise<T>): Promise<T> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(advancing(work));
  } finally {
    await session.close();
  }
}

export async function startSurveyRound(
  deps: SurveyDeps,
  viewer: Viewer,
  input: SurveyRoundInputLike,
  origin: string,
): Promise<{ round: SurveyRoundModel; links: SurveyLinkIssued[] }> {
  checkSurveyRoundInput(input);
  const graceDays = input.graceDays ?? 7;
  return write(deps, async (tx) => {
    const known = await tx.run('UNWIND $ags AS ags MATCH (m:Municipality {ags: ags}) RETURN m.ags AS ags', {
      ags: input.areas.map((area) => area.ags),
    });
    const found = new Set(known.records.map((record) => record.get('ags') as string));
    const missing = input.areas.findIndex((area) => !found.has(area.ags));
    if (missing >= 0)
      throw new BadUserInputError(
        `There is no municipality or Samtgemeinde with ags ${quote(input.areas[missing]!.ags)} (at input.areas[${missing}].ags); nothing was written`,
        { field: `input.areas[${missing}].ags`, value: input.areas[missing]!.ags, reason: 'UNKNOWN_REFERENCE' },
      );
    const id = randomUUID();
    await tx.run(
      `CREATE (r:SurveyRound {id: $id, title: $title, deadline: date($deadline), graceDays: $graceDays,
         categories: $categories, message: $message, contactName: $contactName, contactEmail: $contactEmail,
         contactPhone: $contactPhone, state: 'OPEN', createdAt: datetime(), createdBy: $createdBy})
       WITH r UNWIND $areas AS area MATCH (m:Municipality {ags: area.ags})
       CREATE (r)-[:ASKS {email: area.email}]->(m)`,
      {
        id,
        title: input.title.trim(),
        deadline: input.deadline,
        graceDays: neo4j.int(graceDays),
        categories: [...input.categories],
        message: input.message ?? null,
        contactName: input.contactName.trim(),
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
        createdBy: viewer.name,
        areas: input.areas.map((area) => ({ ags: area.ags, email: area.email ?? null })),
      },
    );
    const round = await requireRound(tx, id);
    const links = await issueLinks(
      tx,
      round,
      round.areas.map((area) => area.ags),
      origin,
      false,
    );
    return { round: await requireRound(tx, id), links };
  });
}

export async function closeSurveyRound(deps: SurveyDeps, id: string): Promise<SurveyRoundModel> {
  return write(deps, async (tx) => {
    await requireRound(tx, id);
    await tx.run(`MATCH (r:SurveyRound {id: $id}) SET r.state = 'CLOSED', r.closedAt = datetime()`, { id });
    return requireRound(tx, id);
  });
}

function checkOpen(round: SurveyRoundModel): void {
  if (round.state !== 'OPEN')
    throw new BadUserInputError(`The survey round ${quote(round.title)} is closed; it issues no links`, {
      value: round.id,
      reason: 'ROUND_CLOSED',
    });
}

/** New links for the named areas (all when none are named). */
export async function renewSurveyLinks(
  deps: SurveyDeps,
  roundId: string,
  areaAgs: readonly string[] | null | undefined,
  origin: string,
): Promise<SurveyLinkIssued[]> {
  return write(deps, async (tx) => {
    const round = await requireRound(tx, roundId);
    checkOpen(round);
    return issueLinks(tx, round, areaAgs ?? round.areas.map((area) => area.ags), origin, false);
  });
}

/** New links with reminder e-mails for the named areas, or for every area that has not submitted yet. */
export async function remindSurveyAreas(
  deps: SurveyDeps,
  roundId: string,
  areaAgs: readonly string[] | null | undefined,
  origin: string,
): Promise<SurveyLinkIssued[]> {
  return write(deps, async (tx) => {
    const round = await requireRound(tx, roundId);
    checkOpen(round);
    const waiting = round.areas
      .filter((area) => ['NOT_OPENED', 'DRAFT', 'SENT_BACK', 'OVERDUE'].includes(area.status))
      .map((area) => area.ags);
    return issueLinks(tx, round, areaAgs ?? waiting, origin, true);
  });
}

export async function revokeSurveyLink(deps: SurveyDeps, roundId: string, areaAgs: string): Promise<SurveyRoundModel> {
  return write(deps, async (tx) => {
    const round = await requireRound(tx, roundId);
    if (!round.areas.some((area) => area.ags === areaAgs))
      throw new BadUserInputError(`The round ${quote(round.title)} does not ask the area ${quote(areaAgs)}`, {
        field: 'areaAgs',
        value: areaAgs,
      });
    await tx.run(
      `MATCH (l:SurveyLink {roundId: $roundId, areaAgs: $ags}) WHERE l.revokedAt IS NULL
       SET l.revokedAt = datetime(), l.revokedReason = 'REVOKED'`,
      { roundId, ags: areaAgs },
    );
    return requireRound(tx, roundId);
  });
}
