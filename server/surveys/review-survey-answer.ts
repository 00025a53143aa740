// The coordinator's review of a submitted answer: what it would change beside the current data, accepting all or some
// of its items (they become Needs, Actors and Offers with the round as their source and the municipality as their
// reporter), or sending it back with a comment. Accepting is one transaction: the graph rules are checked before it
// commits, and the change history names the municipality as author and the coordinator as the one who accepted.
import { randomUUID } from 'node:crypto';
import { advancing } from '../database/data-version.js';
import neo4j from 'neo4j-driver';
import { todayInGermany } from '../../shared/calendar.js';
import type { Viewer } from '../auth/viewer.js';
import type { OfferCategory, SurveyItemReview, TargetGroup } from '../generated/graphql.js';
import { diffSnapshots } from '../changes/diff-snapshots.js';
import { recordChanges, type ChangeAuthor } from '../changes/record-changes.js';
import { snapshotEntities, type EntitySnapshot } from '../changes/snapshot-entities.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import { checkGraphInvariants } from '../validation/graph-invariants.js';
import { surveyRules } from '../validation/survey-rules.js';
import {
  loadAnswersInTx,
  type StoredNeedItem,
  type StoredOfferItem,
  type SurveyAnswerModel,
  type SurveyDeps,
  type Tx,
} from './survey-store.js';

export interface SurveyNeedChange {
  itemId: string;
  municipalityAgs: string;
  category: OfferCategory;
  targetGroup: TargetGroup | null;
  currentPersons: number;
  proposedPersons: number;
  difference: number;
  review: SurveyItemReview;
}

export interface SurveyOfferChange {
  itemId: string;
  initiativeName: string;
  offerTitle: string;
  existingActorId: string | null;
  existingOfferId: string | null;
  changedFields: string[];
  review: SurveyItemReview;
}

async function requireAnswer(tx: Tx, answerId: string): Promise<SurveyAnswerModel> {
  const answer = (await loadAnswersInTx(tx, { ids: [answerId] }))[0];
  if (!answer) throw new NotFoundError(`There is no survey answer with id ${quote(answerId)}`, { value: answerId });
  return answer;
}

async function currentSurveyNeeds(tx: Tx, item: StoredNeedItem): Promise<{ ids: string[]; persons: number }> {
  const result = await tx.run(
    `MATCH (n:Need {status: 'OPEN', source: 'SURVEY', category: $category})-[:NEEDED_IN]->(:Municipality {ags: $ags})
     WHERE coalesce(n.targetGroup, "") = coalesce($targetGroup, "")
     RETURN collect(n.id) AS ids, sum(n.persons) AS persons`,
    { category: item.category, ags: item.municipalityAgs, targetGroup: item.targetGroup },
  );
  const record = result.records[0]!;
  return { ids: record.get('ids') as string[], persons: neo4j.integer.toNumber(record.get('persons') as number) };
}

/** The volunteer initiative of the item in the data (same name, case aside, in its municipality) and its offer. */
async function findInitiative(
  tx: Tx,
  item: StoredOfferItem,
): Promise<{ actorId: string | null; offer: Record<string, unknown> | null }> {
  const result = await tx.run(
    `OPTIONAL MATCH (a:Actor)-[:LOCATED_IN]->(:Municipality {ags: $ags}) WHERE toLower(a.name) = toLower($name)
     WITH a ORDER BY a.id LIMIT 1
     OPTIONAL MATCH (a)-[:PROVIDES]->(o:Offer) WHERE toLower(o.title) = toLower($title)
     WITH a, o ORDER BY o.id LIMIT 1
     RETURN a.id AS actorId, o {.*} AS offer`,
    { ags: item.municipalityAgs, name: item.initiativeName, title: item.offerTitle },
  );
  const record = result.records[0];
  return {
    actorId: (record?.get('actorId') as string | null) ?? null,
    offer: (record?.get('offer') as Record<string, unknown> | null) ?? null,
  };
}

/** An offer's fields as the item sets them; free places become the capacity with nothing booked. */
function offerFieldsOf(item: StoredOfferItem): Record<string, unknown> {
  const description = [
    item.contactRole ? `Ansprechperson: ${item.contactRole}` : null,
    item.place ? `Ort: ${item.place}` : null,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    category: item.category,
    targetGroups: item.targetGroups,
    schedule: item.schedule,
    languages: item.languages,
    capacity: item.freePlaces,
    booked: item.freePlaces === null ? null : 0,
    description: description === '' ? null : description,
  };
}

function changedFieldsOf(existing: Record<string, unknown> | null, item: StoredOfferItem): string[] {
  const fields = offerFieldsOf(item);
  if (!existing) return ['title', ...Object.keys(fields).filter((key) => fields[key] !== null)];
  const plain = (value: unknown) =>
    JSON.stringify(
      neo4j.isInt(value) ? value.toNumber() : Array.isArray(value) ? [...(value as unknown[])].sort() : (value ?? null),
    );
  return Object.keys(fields).filter((key) => {
    const proposed = fields[key];
    return plain(proposed) !== plain(existing[key]);
  });
}

export async function compareSurveyAnswer(
  deps: SurveyDeps,
  answerId: string,
): Promise<{ answer: SurveyAnswerModel; needs: SurveyNeedChange[]; offers: SurveyOfferChange[] }> {
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const answer = await requireAnswer(tx, answerId);
      const needs: SurveyNeedChange[] = [];
      for (const item of answer.needs) {
        const current = await currentSurveyNeeds(tx, item);
        needs.push({
          itemId: item.id,
          municipalityAgs: item.municipalityAgs,
          category: item.category,
          targetGroup: item.targetGroup,
          currentPersons: current.persons,
          proposedPersons: item.persons,
          difference: item.persons - current.persons,
          review: item.review,
        });
      }
      const offers: SurveyOfferChange[] = [];
      for (const item of answer.offers) {
        const found = await findInitiative(tx, item);
        offers.push({
          itemId: item.id,
          initiativeName: item.initiativeName,
          offerTitle: item.offerTitle,
          existingActorId: found.actorId,
          existingOfferId: (found.offer?.id as string | undefined) ?? null,
          changedFields: changedFieldsOf(found.offer, item),
          review: item.review,
        });
      }
      return { answer, needs, offers };
    });
  } finally {
    await session.close();
  }
}

function checkComment(comment: string | null | undefined, required: boolean): string | null {
  if (comment === null || comment === undefined || comment.trim() === '') {
    if (required) throw new BadUserInputError('comment must not be empty: say what to correct', { field: 'comment' });
    return null;
  }
  const problem = surveyRules.note(comment);
  if (problem)
    throw new BadUserInputError(`comment ${problem.en}; got ${quote(comment)}`, { field: 'comment', value: comment });
  return comment.trim();
}

function requireSubmitted(answer: SurveyAnswerModel, what: string): void {
  if (answer.status !== 'SUBMITTED')
    throw new BadUserInputError(
      `Only a submitted answer can be ${what}; the answer of ${answer.areaName} is ${answer.status}; nothing was written`,
      { value: answer.status, reason: 'ANSWER_NOT_SUBMITTED' },
    );
}

export async function sendBackSurveyAnswer(
  deps: SurveyDeps,
  viewer: Viewer,
  answerId: string,
  comment: string,
): Promise<SurveyAnswerModel> {
  const text = checkComment(comment, true);
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(
      advancing(async (tx) => {
        requireSubmitted(await requireAnswer(tx, answerId), 'sent back');
        await tx.run(
          `MATCH (a:SurveyAnswer {id: $id}) SET a.status = 'SENT_BACK', a.reviewComment = $comment,
           a.reviewedAt = datetime(), a.reviewedBy = $by`,
          { id: answerId, comment: text, by: viewer.name },
        );
        return requireAnswer(tx, answerId);
      }),
    );
  } finally {
    await session.close();
  }
}

/** The municipality as the author of what its answer brought into the data. */
function municipalityAuthor(answer: SurveyAnswerModel): ChangeAuthor {
  return { id: `municipality:${answer.areaAgs}`, name: answer.areaName, role: 'municipality', via: 'survey-link' };
}

async function acceptNeed(tx: Tx, answer: SurveyAnswerModel, item: StoredNeedItem, reporterId: string | null) {
  const current = await currentSurveyNeeds(tx, item);
  const newId = item.persons > 0 ? randomUUID() : null;
  await tx.run(`MATCH (n:Need) WHERE n.id IN $ids SET n.status = 'OBSOLETE', n.updatedAt = datetime()`, {
    ids: current.ids,
  });
  if (newId)
    await tx.run(
      `MATCH (m:Municipality {ags: $ags})
       CREATE (n:Need {id: $id, category: $category, targetGroup: $targetGroup, persons: $persons, reportedAt: date($today),
         source: 'SURVEY', status: 'OPEN', note: $note, importSource: $importSource, externalId: $itemId,
         surveyRoundId: $roundId, createdAt: datetime(), updatedAt: datetime()})-[:NEEDED_IN]->(m)
       WITH n OPTIONAL MATCH (reporter:Actor {id: $reporterId}) FOREACH (_ IN CASE WHEN reporter IS NULL THEN [] ELSE [1] END |
         CREATE (n)-[:REPORTED_BY]->(reporter))`,
      {
        ags: item.municipalityAgs,
        id: newId,
        category: item.category,
        targetGroup: item.targetGroup,
        persons: neo4j.int(item.persons),
        today: todayInGermany(),
        note: item.note,
        importSource: `survey:${answer.roundId}`,
        itemId: item.id,
        roundId: answer.roundId,
        reporterId,
      },
    );
  return [...current.ids, ...(newId ? [newId] : [])];
}

async function acceptOffer(
  tx: Tx,
  answer: SurveyAnswerModel,
  item: StoredOfferItem,
): Promise<{ actorIds: string[]; offerIds: string[] }> {
  const found = await findInitiative(tx, item);
  const actorId = found.actorId ?? randomUUID();
  if (!found.actorId)
    await tx.run(
      `MATCH (m:Municipality {ags: $ags})
       CREATE (a:Actor {id: $id, name: $name, kind: 'VOLUNTEER_INITIATIVE', languages: $languages, source: 'survey',
         externalId: $externalId, createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(m)`,
      {
        ags: item.municipalityAgs,
        id: actorId,
        name: item.initiativeName,
        languages: item.languages,
        externalId: `${item.municipalityAgs}:${item.initiativeName.toLowerCase()}`,
      },
    );
  const fields = offerFieldsOf(item);
  const offerId = (found.offer?.id as string | undefined) ?? randomUUID();
  if (found.offer) {
    await tx.run('MATCH (o:Offer {id: $id}) SET o += $fields, o.updatedAt = datetime()', {
      id: offerId,
      fields: { ...fields, capacity: toInt(fields.capacity), booked: toInt(fields.booked) },
    });
  } else {
    await tx.run(
      `MATCH (a:Actor {id: $actorId}), (m:Municipality {ags: $ags})
       CREATE (o:Offer {id: $id, title: $title, format: 'IN_PERSON', status: 'OPEN', source: $source, externalId: $itemId,
         createdAt: datetime(), updatedAt: datetime()})
       SET o += $fields
       CREATE (a)-[:PROVIDES]->(o), (o)-[:TAKES_PLACE_IN]->(m)`,
      {
        actorId,
        ags: item.municipalityAgs,
        id: offerId,
        title: item.offerTitle,
        source: `survey:${answer.roundId}`,
        itemId: item.id,
        fields: { ...fields, capacity: toInt(fields.capacity), booked: toInt(fields.booked) },
      },
    );
  }
  return { actorIds: [actorId], offerIds: [offerId] };
}

function toInt(value: unknown) {
  return typeof value === 'number' ? neo4j.int(value) : null;
}

/** Accepts the items named (all when none are named); the others are rejected. The answer is then closed. */
export async function acceptSurveyAnswer(
  deps: SurveyDeps,
  viewer: Viewer,
  answerId: string,
  itemIds: readonly string[] | null | undefined,
  comment: string | null | undefined,
): Promise<SurveyAnswerModel> {
  const text = checkComment(comment, false);
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(
      advancing(async (tx) => {
        const answer = await requireAnswer(tx, answerId);
        requireSubmitted(answer, 'accepted');
        const all = [...answer.needs.map((item) => item.id), ...answer.offers.map((item) => item.id)];
        const chosen = new Set(itemIds ?? all);
        const unknown = [...chosen].find((id) => !all.includes(id));
        if (unknown !== undefined)
          throw new BadUserInputError(
            `The answer of ${answer.areaName} has no item ${quote(unknown)} (at itemIds); nothing was written`,
            { field: 'itemIds', value: unknown },
          );
        const reporter = await tx.run(
          `MATCH (a:Actor {kind: 'MUNICIPAL_ADMINISTRATION'})-[:LOCATED_IN]->(:Municipality {ags: $ags})
         RETURN a.id AS id ORDER BY a.name, a.id LIMIT 1`,
          { ags: answer.areaAgs },
        );
        const reporterId = (reporter.records[0]?.get('id') as string | undefined) ?? null;
        const needItems = answer.needs.filter((item) => chosen.has(item.id));
        const offerItems = answer.offers.filter((item) => chosen.has(item.id));
        // The needs are read before and after by the ids they will have: the replaced ones and the new ones.
        const needIds: string[] = [];
        const needsBefore = new Map<string, EntitySnapshot>();
        for (const item of needItems) {
          const current = await currentSurveyNeeds(tx, item);
          for (const [key, value] of await snapshotEntities(tx, 'Need', current.ids, ['municipality', 'reportedBy']))
            needsBefore.set(key, value);
          needIds.push(...(await acceptNeed(tx, answer, item, reporterId)));
        }
        const actorsBefore = new Map<string, EntitySnapshot>();
        const offersBefore = new Map<string, EntitySnapshot>();
        const actorIds: string[] = [];
        const offerIds: string[] = [];
        for (const item of offerItems) {
          const found = await findInitiative(tx, item);
          // An initiative this acceptance created or touched already has its state from before.
          if (found.actorId && !actorIds.includes(found.actorId))
            for (const [key, value] of await snapshotEntities(tx, 'Actor', [found.actorId], ['municipality']))
              actorsBefore.set(key, value);
          if (found.offer)
            for (const [key, value] of await snapshotEntities(
              tx,
              'Offer',
              [found.offer.id as string],
              ['provider', 'venue'],
            ))
              offersBefore.set(key, value);
          const written = await acceptOffer(tx, answer, item);
          actorIds.push(...written.actorIds);
          offerIds.push(...written.offerIds);
        }
        await checkGraphInvariants(
          tx,
          new Set(['Need', 'Actor', 'Offer']),
          new Map([
            ['Need', needIds],
            ['Actor', actorIds],
            ['Offer', offerIds],
          ]),
        );
        const changes = [
          ...diffSnapshots(
            'Need',
            needsBefore,
            await snapshotEntities(tx, 'Need', [...new Set(needIds)], ['municipality', 'reportedBy']),
          ),
          ...diffSnapshots(
            'Actor',
            actorsBefore,
            await snapshotEntities(tx, 'Actor', [...new Set(actorIds)], ['municipality']),
          ),
          ...diffSnapshots(
            'Offer',
            offersBefore,
            await snapshotEntities(tx, 'Offer', [...new Set(offerIds)], ['provider', 'venue']),
          ),
        ];
        await recordChanges(tx, municipalityAuthor(answer), changes, `survey:${answer.roundId}`, viewer);
        const review = <T extends { id: string }>(item: T) => ({
          ...item,
          review: chosen.has(item.id) ? 'ACCEPTED' : 'REJECTED',
        });
        await tx.run(
          `MATCH (a:SurveyAnswer {id: $id}) SET a.status = $status, a.needs = $needs, a.offers = $offers,
           a.reviewComment = coalesce($comment, a.reviewComment), a.reviewedAt = datetime(), a.reviewedBy = $by`,
          {
            id: answerId,
            status: chosen.size === all.length ? 'ACCEPTED' : 'PARTLY_ACCEPTED',
            needs: JSON.stringify(answer.needs.map(review)),
            offers: JSON.stringify(answer.offers.map(review)),
            comment: text,
            by: viewer.name,
          },
        );
        return requireAnswer(tx, answerId);
      }),
    );
  } finally {
    await session.close();
  }
}
