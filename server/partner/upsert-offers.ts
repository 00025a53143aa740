// upsertOffers: a partner system's batch of offers, keyed by (source, externalId), written in one transaction.
// Every item is checked first (the field rules of server/validation/field-rules.ts, references, dates and levels
// in order); any bad item and nothing is written, every bad item is reported. Writing the same batch twice changes
// nothing the second time. A field the coordinator corrected (the offer's heldFields, set by
// hold-corrected-fields.ts) keeps the coordinator's value against a partner's push; the difference is recorded as an
// OfferConflict for the coordinator to resolve (offer-conflicts.ts).
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { checkPartnerSource } from '../auth/partner-source.js';
import type { Viewer } from '../auth/viewer.js';
import { trackEntities } from '../changes/track-entities.js';
import { advanceDataVersion } from '../database/data-version.js';
import { BadUserInputError, ForbiddenError, jsonOfValue, quote, shownValue } from '../errors.js';
import { plainOf, samePlain, type PlainValue } from '../import-export/neo4j-values.js';
import { fieldRules, finiteNumber, ruleOf } from '../validation/field-rules.js';
import { checkGraphInvariants } from '../validation/graph-invariants.js';
import { offerFields, plainOfInput, storedOf } from './offer-fields.js';

export const maxUpsertBatch = 1000;

export interface UpsertDeps {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
}

export type OfferUpsertInput = {
  externalId: string;
  providerId?: string | null;
  venueAgs?: string | null;
  latitude?: number | null;
  longitude?: number | null;
} & Record<string, unknown>;

export interface OfferUpsertError {
  index: number;
  externalId: string | null;
  field: string | null;
  value: string | null; // JSON
  message: string;
}

export interface OfferUpsertItem {
  index: number;
  externalId: string;
  id: string;
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  changedFields: string[];
  conflictFields: string[];
}

export interface OfferUpsertResult {
  source: string;
  created: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  errors: OfferUpsertError[];
  items: OfferUpsertItem[];
}

interface Existing {
  id: string;
  props: Record<string, PlainValue>;
  providerId: string | null;
  venueAgs: string | null;
  heldFields: Set<string>;
  conflicts: Map<string, { id: string; status: string; partnerValue: string | null; coordinatorValue: string | null }>; // field -> open, else latest resolved
}

interface Planned {
  index: number;
  item: OfferUpsertInput;
  id: string;
  existing: Existing | undefined;
  values: Map<string, PlainValue>; // provided fields: properties, location, venue, provider
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
// A bad value in an error: Infinity as itself, not as JSON's null; text shortened, control characters escaped.
const shown = (value: unknown) => (value === undefined ? null : (jsonOfValue(shownValue(value)) ?? null));
const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** The fields an item provides, in plain form; omitted fields are absent, null clears. */
function providedValues(item: OfferUpsertInput, actorId: string | undefined): Map<string, PlainValue> {
  const values = new Map<string, PlainValue>();
  for (const [field, kind] of Object.entries(offerFields)) {
    if (item[field] !== undefined) values.set(field, plainOfInput(kind, item[field]));
  }
  if (item.latitude !== undefined || item.longitude !== undefined) {
    const { latitude, longitude } = item;
    values.set(
      'location',
      typeof latitude === 'number' && typeof longitude === 'number' ? { latitude, longitude } : null,
    );
  }
  if (item.venueAgs !== undefined) values.set('venue', item.venueAgs);
  const provider = item.providerId ?? actorId;
  if (provider !== undefined && provider !== null) values.set('provider', provider);
  return values;
}

function checkItem(
  index: number,
  item: OfferUpsertInput,
  values: Map<string, PlainValue>,
  errors: OfferUpsertError[],
): void {
  const add = (field: string | null, value: unknown, message: string) =>
    errors.push({ index, externalId: item.externalId ?? null, field, value: shown(value), message });
  // The same rules as every other write of an offer (field-rules.ts); references by key take the rule of a key.
  const externalIdProblem = fieldRules.Offer!.externalId!(item.externalId);
  if (externalIdProblem)
    add('externalId', item.externalId, `externalId ${quote(item.externalId)} ${externalIdProblem}`);
  for (const [field, value] of values) {
    if (value === null) continue;
    const name = field === 'venue' ? 'venueAgs' : field === 'provider' ? 'providerId' : field;
    const kind = offerFields[field];
    const rule =
      field === 'venue' || field === 'provider'
        ? fieldRules.Actor!.externalId!
        : ruleOf(
            'Offer',
            field,
            kind === 'string' || kind === 'text' ? 'text' : Array.isArray(value) ? 'list' : 'other',
          );
    const problem = (typeof value === 'number' ? finiteNumber(value) : undefined) ?? rule?.(value);
    if (problem) add(name, value, `${name} ${quote(value)} ${problem}`);
  }
  const hasLatitude = item.latitude !== undefined && item.latitude !== null;
  const hasLongitude = item.longitude !== undefined && item.longitude !== null;
  if (hasLatitude !== hasLongitude)
    add(
      hasLatitude ? 'longitude' : 'latitude',
      hasLatitude ? item.longitude : item.latitude,
      'latitude and longitude go together: give both or neither',
    );
}

/** Dates and levels in order, on the values the offer will have after the write. */
function checkMerged(
  index: number,
  externalId: string,
  merged: (field: string) => PlainValue,
  errors: OfferUpsertError[],
): void {
  const add = (field: string, message: string) =>
    errors.push({ index, externalId, field, value: shown(merged(field)), message });
  const start = merged('startDate') as string | null;
  const end = merged('endDate') as string | null;
  const deadline = merged('registrationDeadline') as string | null;
  if (start && end && start > end) add('endDate', `endDate ${quote(end)} is before startDate ${quote(start)}`);
  if (deadline && end && deadline > end)
    add('registrationDeadline', `registrationDeadline ${quote(deadline)} is after endDate ${quote(end)}`);
  const from = merged('languageLevelFrom') as string | null;
  const to = merged('languageLevelTo') as string | null;
  if (from && to && levels.indexOf(from) > levels.indexOf(to))
    add('languageLevelTo', `languageLevelTo ${quote(to)} is below languageLevelFrom ${quote(from)}`);
}

async function loadExisting(tx: Transaction, source: string, externalIds: string[]): Promise<Map<string, Existing>> {
  const result = await tx.run(
    `UNWIND $externalIds AS externalId
     MATCH (o:Offer {source: $source, externalId: externalId})
     RETURN externalId, o.id AS id, properties(o) AS props,
            [(o)<-[:PROVIDES]-(a:Actor) | a.id][0] AS providerId,
            [(o)-[:TAKES_PLACE_IN]->(m:Municipality) | m.ags][0] AS venueAgs,
            [(c:OfferConflict)-[:CONFLICT_OF]->(o) | c { .id, .field, .status, .partnerValue, .coordinatorValue, .detectedAt }] AS conflicts`,
    { source, externalIds },
  );
  const existing = new Map<string, Existing>();
  for (const record of result.records) {
    const props: Record<string, PlainValue> = {};
    for (const [key, value] of Object.entries(record.get('props') as Record<string, unknown>))
      props[key] = plainOf(value);
    const conflicts = new Map<string, Existing['conflicts'] extends Map<string, infer V> ? V : never>();
    // The open conflict of a field, else its latest resolved one.
    const rows = (
      record.get('conflicts') as {
        id: string;
        field: string;
        status: string;
        partnerValue: string | null;
        coordinatorValue: string | null;
        detectedAt: unknown;
      }[]
    )
      .map((row) => ({ ...row, detectedAt: String(row.detectedAt) }))
      .sort(
        (a, b) => Number(a.status === 'OPEN') - Number(b.status === 'OPEN') || a.detectedAt.localeCompare(b.detectedAt),
      );
    for (const row of rows) conflicts.set(row.field, row);
    existing.set(record.get('externalId') as string, {
      id: record.get('id') as string,
      props,
      providerId: record.get('providerId') as string | null,
      venueAgs: record.get('venueAgs') as string | null,
      heldFields: new Set(((props.heldFields as string[] | null) ?? []).map(String)),
      conflicts,
    });
  }
  return existing;
}

/** Which of the named providers (Actor ids) and venues (Municipality keys) exist: one read for both. */
async function findReferences(
  tx: Transaction,
  actorIds: string[],
  venueKeys: string[],
): Promise<{ actors: Set<string>; venues: Set<string> }> {
  if (actorIds.length === 0 && venueKeys.length === 0) return { actors: new Set(), venues: new Set() };
  const result = await tx.run(
    `RETURN [id IN $actorIds WHERE EXISTS { MATCH (:Actor {id: id}) }] AS actors,
            [ags IN $venueKeys WHERE EXISTS { MATCH (:Municipality {ags: ags}) }] AS venues`,
    { actorIds: [...new Set(actorIds)], venueKeys: [...new Set(venueKeys)] },
  );
  const record = result.records[0]!;
  return { actors: new Set(record.get('actors') as string[]), venues: new Set(record.get('venues') as string[]) };
}

function currentOf(existing: Existing | undefined, field: string): PlainValue {
  if (!existing) return null;
  if (field === 'venue') return existing.venueAgs;
  if (field === 'provider') return existing.providerId;
  return existing.props[field] ?? null;
}

export async function upsertOffers(
  deps: UpsertDeps,
  viewer: Viewer,
  source: string,
  items: OfferUpsertInput[],
): Promise<OfferUpsertResult> {
  const isPartner = viewer.role === 'partner';
  const sourceProblem = fieldRules.Offer!.source!(source);
  if (sourceProblem)
    throw new BadUserInputError(`source ${quote(source)} ${sourceProblem}`, {
      field: 'source',
      value: shownValue(source),
    });
  checkPartnerSource(viewer, source, 'source');
  if (items.length === 0 || items.length > maxUpsertBatch) {
    throw new BadUserInputError(`A batch holds 1 to ${maxUpsertBatch} offers, got ${items.length}`, {
      field: 'offers',
      value: items.length,
      ...(items.length > 0 ? { reason: 'TOO_MANY_ITEMS', limit: maxUpsertBatch, count: items.length } : {}),
    });
  }
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  try {
    const errors: OfferUpsertError[] = [];
    const firstIndex = new Map<string, number>();
    const planned: Planned[] = [];
    for (const [index, item] of items.entries()) {
      const values = providedValues(item, isPartner ? viewer.actorId : undefined);
      checkItem(index, item, values, errors);
      const first = firstIndex.get(item.externalId);
      if (first !== undefined)
        errors.push({
          index,
          externalId: item.externalId,
          field: 'externalId',
          value: shown(item.externalId),
          message: `externalId ${quote(item.externalId)} occurs twice in the batch (also at index ${first})`,
        });
      else firstIndex.set(item.externalId, index);
      planned.push({ index, item, id: '', existing: undefined, values });
    }

    const existing = await loadExisting(tx, source, [...firstIndex.keys()]);
    const named = (field: 'provider' | 'venue') =>
      planned.flatMap((p) => (typeof p.values.get(field) === 'string' ? [p.values.get(field) as string] : []));
    const { actors, venues } = await findReferences(tx, named('provider'), named('venue'));

    const foreign: string[] = [];
    for (const plan of planned) {
      plan.existing = existing.get(plan.item.externalId);
      plan.id = plan.existing?.id ?? randomUUID();
      const provider = plan.values.get('provider') as string | undefined;
      // A partner writes only offers of its own Actor: the one it names and the one the key already belongs to.
      if (
        isPartner &&
        ((provider !== undefined && provider !== viewer.actorId) ||
          (plan.existing && plan.existing.providerId !== viewer.actorId))
      ) {
        foreign.push(
          `offers[${plan.index}] (externalId ${quote(plan.item.externalId)}, provider ${quote(plan.existing && plan.existing.providerId !== viewer.actorId ? plan.existing.providerId : provider)})`,
        );
        continue;
      }
      const add = (field: string, value: unknown, message: string) =>
        errors.push({ index: plan.index, externalId: plan.item.externalId, field, value: shown(value), message });
      if (provider === undefined && !plan.existing)
        add('providerId', null, 'a new offer needs providerId, the id of the providing Actor');
      if (provider !== undefined && !actors.has(provider))
        add('providerId', provider, `There is no Actor with id ${quote(provider)}`);
      const venue = plan.values.get('venue');
      if (typeof venue === 'string' && !venues.has(venue))
        add('venueAgs', venue, `There is no Municipality with ags ${quote(venue)}`);
    }
    if (foreign.length > 0) {
      throw new ForbiddenError(
        `upsertOffers: a partner writes only offers of its own Actor ${quote(viewer.actorId)}; refused, nothing was written: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''}`,
        {
          actorId: viewer.actorId,
          refused: foreign.length,
        },
      );
    }

    // What each item writes: provided values that differ, except fields the coordinator holds against partners.
    const outcomes: OfferUpsertItem[] = [];
    const conflictRows: Record<string, unknown>[] = [];
    const writes: { plan: Planned; changes: Map<string, PlainValue> }[] = [];
    for (const plan of planned) {
      const changes = new Map<string, PlainValue>();
      const conflictFields: string[] = [];
      for (const [field, value] of plan.values) {
        const current = currentOf(plan.existing, field);
        if (plan.existing && samePlain(current, value)) continue;
        if (plan.existing && isPartner && plan.existing.heldFields.has(field)) {
          conflictFields.push(field);
          const known = plan.existing.conflicts.get(field);
          const partnerValue = json(value);
          const coordinatorValue = json(current);
          const alreadyKnown =
            known &&
            known.partnerValue === partnerValue &&
            (known.status !== 'OPEN' || known.coordinatorValue === coordinatorValue);
          if (!alreadyKnown)
            conflictRows.push({
              offerId: plan.id,
              openId: known?.status === 'OPEN' ? known.id : null,
              id: randomUUID(),
              field,
              partnerValue,
              coordinatorValue,
            });
          continue;
        }
        if (!plan.existing && value === null) continue;
        changes.set(field, value);
      }
      const merged = (field: string) => (changes.has(field) ? changes.get(field)! : currentOf(plan.existing, field));
      checkMerged(plan.index, plan.item.externalId, merged, errors);
      outcomes.push({
        index: plan.index,
        externalId: plan.item.externalId,
        id: plan.id,
        outcome: !plan.existing ? 'CREATED' : changes.size > 0 ? 'UPDATED' : 'UNCHANGED',
        changedFields: [...changes.keys()],
        conflictFields,
      });
      writes.push({ plan, changes });
    }

    if (errors.length > 0) {
      await tx.rollback();
      errors.sort((a, b) => a.index - b.index);
      return { source, created: 0, updated: 0, unchanged: 0, conflicts: 0, errors, items: [] };
    }

    // Only the offers written are checked and recorded, so that a batch costs the same in a county and in Germany.
    const written = writes.filter((w) => w.changes.size > 0).map((w) => w.plan.id);
    const tracking = await trackEntities(tx, 'Offer', written, ['provider', 'venue']);
    await writeChanges(tx, source, writes);
    await writeConflicts(tx, source, conflictRows);
    await checkGraphInvariants(tx, new Set(['Offer']), new Map([['Offer', written]]));
    await tracking.record(viewer, 'upsertOffers');
    // Partner systems push the same offers again and again: a batch that writes no offer (only unchanged ones, or
    // conflicts, which no analysis reads) leaves the data version, and so the cached analyses, as they are.
    if (writes.some((w) => !w.plan.existing || w.changes.size > 0)) await advanceDataVersion(tx);
    await tx.commit();
    const count = (outcome: OfferUpsertItem['outcome']) => outcomes.filter((item) => item.outcome === outcome).length;
    return {
      source,
      created: count('CREATED'),
      updated: count('UPDATED'),
      unchanged: count('UNCHANGED'),
      conflicts: conflictRows.length,
      errors: [],
      items: outcomes,
    };
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  } finally {
    await session.close();
  }
}

async function writeChanges(
  tx: Transaction,
  source: string,
  writes: { plan: Planned; changes: Map<string, PlainValue> }[],
): Promise<void> {
  const propsOf = (changes: Map<string, PlainValue>) =>
    Object.fromEntries(
      [...changes]
        .filter(([field]) => field !== 'venue' && field !== 'provider')
        .map(([field, value]) => [field, storedOf(field, value)]),
    );
  const creates = writes.filter((w) => !w.plan.existing);
  const updates = writes.filter((w) => w.plan.existing && w.changes.size > 0);
  // A new offer is created with its venue and provider links in one statement (both were found to exist before).
  if (creates.length > 0) {
    await tx.run(
      `UNWIND $rows AS row
       CREATE (o:Offer) SET o = row.props, o.id = row.id, o.source = $source, o.externalId = row.externalId, o.createdAt = datetime(), o.updatedAt = datetime()
       WITH o, row
       OPTIONAL MATCH (m:Municipality {ags: row.venue})
       OPTIONAL MATCH (a:Actor {id: row.provider})
       FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | CREATE (o)-[:TAKES_PLACE_IN]->(m))
       FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (o)<-[:PROVIDES]-(a))`,
      {
        source,
        rows: creates.map((w) => ({
          id: w.plan.id,
          externalId: w.plan.item.externalId,
          props: propsOf(w.changes),
          venue: w.changes.get('venue') ?? null,
          provider: w.changes.get('provider') ?? null,
        })),
      },
    );
  }
  if (updates.length > 0) {
    await tx.run(`UNWIND $rows AS row MATCH (o:Offer {id: row.id}) SET o += row.props, o.updatedAt = datetime()`, {
      rows: updates.map((w) => ({ id: w.plan.id, props: propsOf(w.changes) })),
    });
  }
  // An existing offer's venue or provider that changed: its old link removed, the new one made.
  const relinks = (field: string) =>
    updates.filter((w) => w.changes.has(field)).map((w) => ({ id: w.plan.id, key: w.changes.get(field) }));
  const venues = relinks('venue');
  if (venues.length > 0) {
    await tx.run(
      `UNWIND $rows AS row MATCH (o:Offer {id: row.id})
       OPTIONAL MATCH (o)-[old:TAKES_PLACE_IN]->(:Municipality) DELETE old
       WITH DISTINCT o, row WHERE row.key IS NOT NULL MATCH (m:Municipality {ags: row.key}) MERGE (o)-[:TAKES_PLACE_IN]->(m)`,
      { rows: venues },
    );
  }
  const providers = relinks('provider');
  if (providers.length > 0) {
    await tx.run(
      `UNWIND $rows AS row MATCH (o:Offer {id: row.id})
       OPTIONAL MATCH (o)<-[old:PROVIDES]-(:Actor) DELETE old
       WITH DISTINCT o, row MATCH (a:Actor {id: row.key}) MERGE (o)<-[:PROVIDES]-(a)`,
      { rows: providers },
    );
  }
}

/** Records a conflict per held field the partner pushed another value for, or updates the open one. */
async function writeConflicts(tx: Transaction, source: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `UNWIND $rows AS row MATCH (o:Offer {id: row.offerId})
     OPTIONAL MATCH (open:OfferConflict {id: row.openId})
     FOREACH (_ IN CASE WHEN open IS NULL THEN [1] ELSE [] END |
       CREATE (:OfferConflict {id: row.id, field: row.field, source: $source, externalId: o.externalId, status: 'OPEN',
                               partnerValue: row.partnerValue, coordinatorValue: row.coordinatorValue, detectedAt: datetime()})-[:CONFLICT_OF]->(o))
     FOREACH (_ IN CASE WHEN open IS NULL THEN [] ELSE [1] END |
       SET open.partnerValue = row.partnerValue, open.coordinatorValue = row.coordinatorValue, open.detectedAt = datetime())`,
    { source, rows },
  );
}
