// reportOutcomes: outcomes of offers (aggregate counts per offer and period) reported by a partner for its own
// offers, with the rights it has on them (DESIGN.md, "Who may do what"), or by the coordinator for any. One call is
// one transaction: every item is checked first (check-outcome.ts), then the offers, the partner's rights and
// the periods already stored; any problem and nothing is written. The same offer and period again replaces the
// figures (unchanged figures write nothing); a period overlapping another of the same offer is refused.
import { randomUUID } from 'node:crypto';
import { advanceDataVersion } from '../../database/data-version.js';
import neo4j, { type Transaction } from 'neo4j-driver';
import { todayInGermany } from '../../../shared/calendar.js';
import { checkPartnerSource } from '../../auth/partner-source.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Change } from '../../changes/diff-snapshots.js';
import { recordChanges } from '../../changes/record-changes.js';
import { BadUserInputError, ForbiddenError, quote } from '../../errors.js';
import { requireDriver, type AnalysisDeps } from '../analysis-deps.js';
import {
  apiOutcomeNames,
  checkOutcomeItem,
  outcomeCounts,
  type OutcomeItem,
  type OutcomeNames,
  type OutcomeProblem,
} from './check-outcome.js';
import { readOutcomesById, type OfferOutcomeRow } from './outcome-rows.js';

export const maxOutcomeBatch = 1000;

export interface OutcomeReport {
  created: number;
  updated: number;
  unchanged: number;
  outcomes: OfferOutcomeRow[];
}

interface OfferFacts {
  id: string;
  title: string;
  category: string;
  providerId: string | null;
  startDate: string | null;
}

interface StoredOutcome {
  id: string;
  offerId: string;
  periodStart: string;
  periodEnd: string;
  figures: Record<string, number | null>;
}

// A Date argument prints as YYYY-MM-DD (a neo4j Date or a string).
const day = (value: unknown) => String(value);
const toNumber = (value: unknown) =>
  value === null || value === undefined ? null : neo4j.isInt(value) ? neo4j.integer.toNumber(value) : Number(value);

async function loadOffers(
  tx: Transaction,
  ids: string[],
  keys: { source: string; externalId: string }[],
): Promise<{ byId: Map<string, OfferFacts>; byExternal: Map<string, OfferFacts> }> {
  const result = await tx.run(
    `CALL () {
       UNWIND $ids AS id MATCH (o:Offer {id: id}) RETURN o, null AS externalKey
       UNION
       UNWIND $keys AS key MATCH (o:Offer {source: key.source, externalId: key.externalId})
       RETURN o, key.source + '|' + key.externalId AS externalKey
     }
     OPTIONAL MATCH (o)<-[:PROVIDES]-(a:Actor)
     RETURN o.id AS id, o.title AS title, o.category AS category, a.id AS providerId,
            toString(o.startDate) AS startDate, externalKey`,
    { ids, keys },
  );
  const byId = new Map<string, OfferFacts>();
  const byExternal = new Map<string, OfferFacts>();
  for (const record of result.records) {
    const facts = record.toObject() as OfferFacts & { externalKey: string | null };
    const { externalKey, ...offer } = facts;
    if (externalKey) byExternal.set(externalKey, offer);
    else byId.set(offer.id, offer);
  }
  return { byId, byExternal };
}

async function loadStored(tx: Transaction, offerIds: string[]): Promise<StoredOutcome[]> {
  const result = await tx.run(
    `UNWIND $offerIds AS offerId MATCH (x:Outcome)-[:OUTCOME_OF]->(:Offer {id: offerId})
     RETURN x.id AS id, offerId, toString(x.periodStart) AS periodStart, toString(x.periodEnd) AS periodEnd,
            x {${outcomeCounts.map((field) => `.${field}`).join(', ')}} AS figures`,
    { offerIds },
  );
  return result.records.map((record) => {
    const row = record.toObject() as StoredOutcome;
    const figures: Record<string, number | null> = {};
    for (const field of outcomeCounts) figures[field] = toNumber(row.figures[field]);
    return { ...row, figures };
  });
}

function refuse(problems: OutcomeProblem[]): never {
  problems.sort((a, b) => a.index - b.index);
  const shown = problems.slice(0, 5).map((problem) => problem.message);
  throw new BadUserInputError(
    `reportOutcomes refused, nothing was written: ${shown.join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`,
    {
      field: `outcomes[${problems[0]!.index}].${problems[0]!.field}`,
      value: problems[0]!.value ?? null,
      problems: problems.map(({ index, field, message }) => ({ index, field, message })),
    },
  );
}

/** What writeOutcomeItems did, item by item (in the order given). */
export interface OutcomeWrite {
  ids: string[];
  actions: ('create' | 'update' | 'unchanged')[];
  created: number;
  updated: number;
  unchanged: number;
}

export type OutcomeWriteResult =
  | { ok: true; write: OutcomeWrite }
  // foreign: items naming offers of another provider (a partner's call); problems: everything else, by item index
  | { ok: false; foreign: ForeignItem[]; problems: OutcomeProblem[] };

/** An item naming an offer of another provider than the partner's own Actor. */
export interface ForeignItem {
  index: number;
  text: string; // e.g. outcomes[2] (offerId "x", provider "y")
}

/**
 * The checks and the write of reportOutcomes inside a transaction the caller owns (the API call, or a spreadsheet
 * import): nothing is written when any item has a problem. The caller advances the data version and commits.
 * An item may name its own source (the import's per-row source column); else the call's source applies. names: how
 * the messages name fields and categories (the import names its columns).
 */
export async function writeOutcomeItems(
  tx: Transaction,
  viewer: Viewer,
  source: string | undefined,
  items: (OutcomeItem & { source?: string | null })[],
  today: string = todayInGermany(),
  names: OutcomeNames = apiOutcomeNames,
): Promise<OutcomeWriteResult> {
  const isPartner = viewer.role === 'partner';
  const n = names.field;
  const sourceOf = (item: (typeof items)[number]) => item.source ?? source;
  const problems = items.flatMap((item, index) => checkOutcomeItem(item, index, today, null, names));
  const missingSource = items.findIndex((item) => item.externalId && !sourceOf(item));
  if (missingSource >= 0)
    problems.push({
      index: missingSource,
      field: 'externalId',
      value: items[missingSource]!.externalId,
      message: `outcomes[${missingSource}].externalId: an offer found by ${n('externalId')} needs ${names.missingSource}`,
    });
  if (problems.length > 0) return { ok: false, foreign: [], problems };

  const ids: string[] = [];
  const actions: OutcomeWrite['actions'] = [];
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  const { byId, byExternal } = await loadOffers(
    tx,
    items.flatMap((item) => (item.offerId ? [item.offerId] : [])),
    items.flatMap((item) => (item.externalId ? [{ source: sourceOf(item)!, externalId: item.externalId }] : [])),
  );
  const offers = items.map((item) =>
    item.offerId ? byId.get(item.offerId) : byExternal.get(`${sourceOf(item)}|${item.externalId}`),
  );
  const foreign: ForeignItem[] = [];
  offers.forEach((offer, index) => {
    const item = items[index]!;
    const named = item.offerId
      ? `${n('offerId')} ${quote(item.offerId)}`
      : `${n('externalId')} ${quote(item.externalId)}`;
    if (!offer) {
      problems.push({
        index,
        field: item.offerId ? 'offerId' : 'externalId',
        value: item.offerId ?? item.externalId,
        message: `outcomes[${index}]: there is no offer with ${named}${item.externalId ? ` under ${n('source')} ${quote(sourceOf(item))}` : ''}`,
      });
      return;
    }
    // The same rights as on its offers: a partner reports only for offers its own Actor provides.
    if (isPartner && offer.providerId !== viewer.actorId)
      foreign.push({ index, text: `outcomes[${index}] (${named}, provider ${quote(offer.providerId)})` });
    problems.push(...checkOutcomeItem(item, index, today, offer.category, names));
    if (offer.startDate && day(item.periodEnd) < offer.startDate)
      problems.push({
        index,
        field: 'periodEnd',
        value: day(item.periodEnd),
        message: `outcomes[${index}].periodEnd: ${quote(day(item.periodEnd))} is before the offer's start ${quote(offer.startDate)}`,
      });
  });
  if (foreign.length > 0 || problems.length > 0) return { ok: false, foreign, problems };

  const stored = await loadStored(tx, [...new Set(offers.map((offer) => offer!.id))]);
  const seen = new Map<string, number>();
  const inBatch: StoredOutcome[] = [];
  const rows: Record<string, unknown>[] = [];
  const changes: Change[] = [];
  items.forEach((item, index) => {
    const offer = offers[index]!;
    const start = day(item.periodStart);
    const end = day(item.periodEnd);
    const key = `${offer.id}|${start}|${end}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        index,
        field: 'periodStart',
        value: start,
        message: `outcomes[${index}]: the offer ${quote(offer.id)} and period ${start} to ${end} occur twice (also at index ${earlier})`,
      });
      return;
    }
    seen.set(key, index);
    // Stored periods and the batch's earlier ones: a period may overlap no other of the same offer.
    const ofOffer = [...stored, ...inBatch].filter((outcome) => outcome.offerId === offer.id);
    const same = ofOffer.find((outcome) => outcome.periodStart === start && outcome.periodEnd === end);
    const overlapping = ofOffer.find(
      (outcome) => outcome !== same && outcome.periodStart <= end && start <= outcome.periodEnd,
    );
    if (overlapping) {
      problems.push({
        index,
        field: 'periodStart',
        value: start,
        message: `outcomes[${index}]: the period ${start} to ${end} overlaps the period ${overlapping.periodStart} to ${overlapping.periodEnd} already reported for the offer ${quote(offer.id)}; report the same period to replace it`,
      });
      return;
    }
    const figures: Record<string, number | null> = {};
    for (const field of outcomeCounts) figures[field] = item[field] ?? null;
    const id = same?.id ?? randomUUID();
    inBatch.push({ id, offerId: offer.id, periodStart: start, periodEnd: end, figures });
    ids.push(id);
    if (same && outcomeCounts.every((field) => same.figures[field] === figures[field])) {
      unchanged++;
      actions.push('unchanged');
      return;
    }
    const differing = outcomeCounts.filter((field) => same?.figures[field] !== figures[field]);
    const pick = (values: Record<string, number | null>) =>
      Object.fromEntries(differing.map((field) => [field, values[field] ?? null]));
    const before = same ? pick(same.figures) : null;
    const after = same ? pick(figures) : { offer: [offer.id], periodStart: start, periodEnd: end, ...pick(figures) };
    changes.push({ entity: 'Outcome', entityId: id, operation: same ? 'UPDATE' : 'CREATE', before, after });
    if (same) updated++;
    else created++;
    actions.push(same ? 'update' : 'create');
    rows.push({ id, offerId: offer.id, periodStart: start, periodEnd: end, ...figures });
  });
  if (problems.length > 0) return { ok: false, foreign: [], problems };

  await tx.run(
    `UNWIND $rows AS row
     MATCH (o:Offer {id: row.offerId})
     MERGE (x:Outcome {id: row.id})
     SET x.periodStart = date(row.periodStart), x.periodEnd = date(row.periodEnd),
         ${outcomeCounts.map((field) => `x.${field} = toInteger(row.${field})`).join(', ')},
         x.reportedAt = datetime(), x.reportedBy = $viewer.name, x.reportedById = $viewer.id,
         x.reportedByRole = $viewer.role
     MERGE (x)-[:OUTCOME_OF]->(o)`,
    { rows, viewer: { name: viewer.name, id: viewer.id, role: viewer.role } },
  );
  await recordChanges(tx, viewer, changes, 'reportOutcomes');
  return { ok: true, write: { ids, actions, created, updated, unchanged } };
}

function refuseForeign(viewer: Viewer, items: ForeignItem[]): never {
  const foreign = items.map((item) => item.text);
  throw new ForbiddenError(
    `reportOutcomes: a partner reports outcomes only for offers of its own Actor ${quote(viewer.actorId)}; refused, nothing was written: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''}`,
    { reason: 'FOREIGN_OFFER', actorId: viewer.actorId ?? null, refused: foreign.length },
  );
}

export async function reportOutcomes(
  deps: AnalysisDeps,
  viewer: Viewer,
  sourceArg: string | null | undefined,
  items: OutcomeItem[],
): Promise<OutcomeReport> {
  if (items.length === 0 || items.length > maxOutcomeBatch)
    throw new BadUserInputError(`A report holds 1 to ${maxOutcomeBatch} outcomes, got ${items.length}`, {
      field: 'outcomes',
      value: items.length,
    });
  checkPartnerSource(viewer, sourceArg, 'source');
  const source = sourceArg ?? (viewer.role === 'partner' ? viewer.source : undefined);
  const today = todayInGermany();
  // The item's own figures first, before a transaction is opened.
  const early = items.flatMap((item, index) => checkOutcomeItem(item, index, today, null));
  if (early.length > 0) refuse(early);

  const session = requireDriver(deps).session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  let write: OutcomeWrite;
  try {
    const result = await writeOutcomeItems(tx, viewer, source ?? undefined, items, today);
    if (!result.ok) {
      if (result.foreign.length > 0) refuseForeign(viewer, result.foreign);
      refuse(result.problems);
    }
    write = result.write;
    // Indicators and the needs analysis read outcomes: cached ones of the data before are not served again.
    await advanceDataVersion(tx);
    await tx.commit();
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  } finally {
    await session.close();
  }
  const { created, updated, unchanged, ids } = write;
  return { created, updated, unchanged, outcomes: await readOutcomesById(deps, ids) };
}
