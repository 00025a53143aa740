// Conflicts between partner pushes and the coordinator's corrections: listed for coordinator and analyst, resolved
// by the coordinator. Accepting takes the partner's value over and releases the field to the partner's next pushes;
// keeping leaves the coordinator's value and the hold (a later push of the same value raises nothing new).
import neo4j, { type Driver } from 'neo4j-driver';
import type { Viewer } from '../auth/viewer.js';
import { trackEntities } from '../changes/track-entities.js';
import { advanceDataVersion } from '../database/data-version.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import type { PlainValue } from '../import-export/neo4j-values.js';
import { checkGraphInvariants } from '../validation/graph-invariants.js';
import { storedOf } from './offer-fields.js';

export interface ConflictDeps {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
}

export interface OfferConflict {
  id: string;
  offerId: string;
  offerTitle: string | null;
  source: string;
  externalId: string;
  field: string;
  partnerValue: string | null;
  coordinatorValue: string | null;
  status: 'OPEN' | 'ACCEPTED' | 'KEPT';
  detectedAt: string; // ISO 8601, as Neo4j prints its DateTime
  resolvedAt: string | null;
  resolvedBy: string | null;
}

const projection = `c.id AS id, o.id AS offerId, o.title AS offerTitle, c.source AS source, c.externalId AS externalId, c.field AS field,
  c.partnerValue AS partnerValue, c.coordinatorValue AS coordinatorValue, c.status AS status, c.detectedAt AS detectedAt,
  c.resolvedAt AS resolvedAt, c.resolvedBy AS resolvedBy`;

/** A conflict as the projection returns it, its times as ISO strings (the DateTime scalar prints them the same). */
function readConflict(record: { toObject(): Record<string, unknown> }): OfferConflict {
  const row = record.toObject();
  // A Neo4j DateTime prints as ISO 8601 (its toString); the projection gives nothing else in these columns.
  const time = (value: unknown) =>
    value === null || value === undefined ? null : (value as { toString(): string }).toString();
  return {
    ...(row as unknown as OfferConflict),
    detectedAt: time(row.detectedAt) ?? '',
    resolvedAt: time(row.resolvedAt),
  };
}

export interface ConflictFilter {
  status?: string | null;
  source?: string | null;
  offerId?: string | null;
  limit?: number | null;
}

export async function listOfferConflicts(deps: ConflictDeps, filter: ConflictFilter): Promise<OfferConflict[]> {
  const limit = filter.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 1 || limit > 5000)
    throw new BadUserInputError(`limit must be a whole number from 1 to 5000, got ${quote(limit)}`, {
      field: 'limit',
      value: limit,
    });
  const { records } = await deps.driver.executeQuery(
    `MATCH (c:OfferConflict)-[:CONFLICT_OF]->(o:Offer)
     WHERE ($status IS NULL OR c.status = $status) AND ($source IS NULL OR c.source = $source) AND ($offerId IS NULL OR o.id = $offerId)
     RETURN ${projection} ORDER BY c.detectedAt DESC, c.id LIMIT $limit`,
    {
      status: filter.status ?? null,
      source: filter.source ?? null,
      offerId: filter.offerId ?? null,
      limit: neo4j.int(limit),
    },
    { database: deps.database, routing: neo4j.routing.READ },
  );
  return records.map(readConflict);
}

export async function resolveOfferConflicts(
  deps: ConflictDeps,
  viewer: Viewer,
  ids: string[],
  resolution: 'ACCEPT_PARTNER_VALUE' | 'KEEP_COORDINATOR_VALUE',
): Promise<OfferConflict[]> {
  if (ids.length === 0) throw new BadUserInputError('ids must name at least one conflict', { field: 'ids' });
  const session = deps.driver.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  try {
    const found = await tx.run(
      `UNWIND $ids AS id MATCH (c:OfferConflict {id: id})-[:CONFLICT_OF]->(o:Offer) RETURN ${projection}`,
      { ids },
    );
    const conflicts = new Map(found.records.map((record) => [record.get('id') as string, readConflict(record)]));
    const missing = ids.find((id) => !conflicts.has(id));
    if (missing !== undefined)
      throw new NotFoundError(`There is no offer conflict with id ${quote(missing)}`, { value: missing });
    const closed = [...conflicts.values()].find((conflict) => conflict.status !== 'OPEN');
    if (closed)
      throw new BadUserInputError(
        `The conflict ${quote(closed.id)} was already resolved (${closed.status}); nothing was changed`,
        { value: closed.id },
      );
    if (resolution === 'ACCEPT_PARTNER_VALUE') {
      const offerIds = [...new Set([...conflicts.values()].map((conflict) => conflict.offerId))];
      const tracking = await trackEntities(tx, 'Offer', offerIds, ['venue']);
      for (const conflict of conflicts.values()) {
        const value = (conflict.partnerValue === null ? null : JSON.parse(conflict.partnerValue)) as PlainValue;
        if (conflict.field === 'venue') {
          await tx.run(
            `MATCH (o:Offer {id: $offerId}) OPTIONAL MATCH (o)-[old:TAKES_PLACE_IN]->(:Municipality) DELETE old
             WITH DISTINCT o WHERE $ags IS NOT NULL MATCH (m:Municipality {ags: $ags}) MERGE (o)-[:TAKES_PLACE_IN]->(m)`,
            { offerId: conflict.offerId, ags: value },
          );
        } else {
          await tx.run(`MATCH (o:Offer {id: $offerId}) SET o[$field] = $value`, {
            offerId: conflict.offerId,
            field: conflict.field,
            value: storedOf(conflict.field, value),
          });
        }
        await tx.run(
          `MATCH (o:Offer {id: $offerId}) SET o.heldFields = [f IN coalesce(o.heldFields, []) WHERE f <> $field], o.updatedAt = datetime()`,
          {
            offerId: conflict.offerId,
            field: conflict.field,
          },
        );
      }
      await checkGraphInvariants(tx, new Set(['Offer']), new Map([['Offer', offerIds]]));
      await tracking.record(viewer, 'resolveOfferConflicts');
    }
    await tx.run(
      `UNWIND $ids AS id MATCH (c:OfferConflict {id: id}) SET c.status = $status, c.resolvedAt = datetime(), c.resolvedBy = $by`,
      {
        ids,
        status: resolution === 'ACCEPT_PARTNER_VALUE' ? 'ACCEPTED' : 'KEPT',
        by: viewer.name,
      },
    );
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (c:OfferConflict {id: id})-[:CONFLICT_OF]->(o:Offer) RETURN ${projection}`,
      { ids },
    );
    // The partner's values taken over change offers (keeping the coordinator's changes none). Last before the commit,
    // so that the version node is the last lock taken and no two writers can wait on each other for it.
    if (resolution === 'ACCEPT_PARTNER_VALUE') await advanceDataVersion(tx);
    await tx.commit();
    return result.records.map(readConflict);
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  } finally {
    await session.close();
  }
}
