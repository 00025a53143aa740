// The arrangement of the explorer's network view that the coordinator made by dragging actors, one per district
// (a NetworkLayout node holding the actors' ids and coordinates as parallel lists), read by all staff. Only the
// moved actors are stored: the rest keep the seeded layout, which is the same for the same data.
import neo4j from 'neo4j-driver';
import { BadUserInputError, NotFoundError, quote, shownValue } from '../../errors.js';
import { readRows, requireDriver, type AnalysisDeps } from '../analysis-deps.js';

export interface ActorPosition {
  actorId: string;
  x: number;
  y: number;
}

export interface NetworkLayout {
  districtAgs: string;
  positions: ActorPosition[];
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The most positions one save takes: the per-request item limit of custom mutations (GRAPHQL_MAX_WRITE_ITEMS_PER_REQUEST). */
export const maxPositions = 1000;
/** Coordinates beyond this are no drag of a person (the view's layout spans a few thousand units). */
export const maxCoordinate = 1_000_000;

const districtPattern = /^\d{5}$/;

function checkDistrict(districtAgs: string): void {
  if (!districtPattern.test(districtAgs))
    throw new BadUserInputError(`districtAgs must be a 5-digit Kreisschlüssel, got ${quote(districtAgs)}`, {
      field: 'districtAgs',
      value: shownValue(districtAgs),
    });
}

/** Throws BadUserInputError naming the first bad position (by its index in the list). */
export function checkPositions(positions: readonly ActorPosition[]): void {
  if (positions.length > maxPositions)
    throw new BadUserInputError(
      `positions holds ${positions.length} actors; at most ${maxPositions} are stored per district`,
      { field: 'positions', count: positions.length, limit: maxPositions },
    );
  const seen = new Set<string>();
  positions.forEach((position, index) => {
    const where = `positions[${index}]`;
    if (seen.has(position.actorId))
      throw new BadUserInputError(`${where}: actor ${quote(position.actorId)} is given twice`, {
        field: `${where}.actorId`,
        value: shownValue(position.actorId),
      });
    seen.add(position.actorId);
    for (const axis of ['x', 'y'] as const) {
      const value = position[axis];
      if (!Number.isFinite(value) || Math.abs(value) > maxCoordinate)
        throw new BadUserInputError(
          `${where}.${axis} must be a finite number from -${maxCoordinate} to ${maxCoordinate}, got ${quote(value)}`,
          { field: `${where}.${axis}`, value: shownValue(value) },
        );
    }
  });
}

const emptyLayout = (districtAgs: string): NetworkLayout => ({
  districtAgs,
  positions: [],
  updatedAt: null,
  updatedBy: null,
});

/** Query.networkLayout: the stored arrangement, or an empty one. */
export async function loadNetworkLayout(deps: AnalysisDeps, districtAgs: string): Promise<NetworkLayout> {
  checkDistrict(districtAgs);
  const [row] = await readRows<{ ids: string[]; xs: number[]; ys: number[]; updatedAt: unknown; updatedBy: string }>(
    deps,
    `MATCH (l:NetworkLayout {districtAgs: $districtAgs})
     RETURN l.actorIds AS ids, l.xs AS xs, l.ys AS ys, toString(l.updatedAt) AS updatedAt, l.updatedBy AS updatedBy`,
    { districtAgs },
  );
  if (!row) return emptyLayout(districtAgs);
  return {
    districtAgs,
    positions: row.ids.map((actorId, i) => ({ actorId, x: Number(row.xs[i]), y: Number(row.ys[i]) })),
    updatedAt: row.updatedAt as string,
    updatedBy: row.updatedBy,
  };
}

/** Mutation.saveNetworkLayout: replaces the district's arrangement; every actor must be located in the district. */
export async function saveNetworkLayout(
  deps: AnalysisDeps,
  districtAgs: string,
  positions: readonly ActorPosition[],
  author: string,
): Promise<NetworkLayout> {
  checkDistrict(districtAgs);
  checkPositions(positions);
  const driver = requireDriver(deps);
  const session = driver.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      const district = await tx.run('MATCH (d:District {ags: $districtAgs}) RETURN d.ags AS ags', { districtAgs });
      if (district.records.length === 0)
        throw new NotFoundError(`There is no District with ags ${quote(districtAgs)}`, { value: districtAgs });
      const ids = positions.map((p) => p.actorId);
      const found = await tx.run(
        `UNWIND $ids AS id
         OPTIONAL MATCH (a:Actor {id: id})-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(:District {ags: $districtAgs})
         WITH id, a WHERE a IS NULL RETURN id LIMIT 1`,
        { ids, districtAgs },
      );
      const stranger = found.records[0]?.get('id') as string | undefined;
      if (stranger !== undefined)
        throw new BadUserInputError(
          `positions: actor ${quote(stranger)} is not an actor located in district ${quote(districtAgs)}`,
          { field: 'positions.actorId', value: shownValue(stranger) },
        );
      await tx.run(
        `MERGE (l:NetworkLayout {districtAgs: $districtAgs})
         SET l.actorIds = $ids, l.xs = $xs, l.ys = $ys, l.updatedAt = datetime(), l.updatedBy = $author`,
        { districtAgs, ids, xs: positions.map((p) => p.x), ys: positions.map((p) => p.y), author },
      );
    });
  } finally {
    await session.close();
  }
  return loadNetworkLayout(deps, districtAgs);
}

/** Mutation.resetNetworkLayout: removes the stored arrangement. */
export async function resetNetworkLayout(deps: AnalysisDeps, districtAgs: string): Promise<NetworkLayout> {
  checkDistrict(districtAgs);
  await requireDriver(deps).executeQuery(
    'MATCH (l:NetworkLayout {districtAgs: $districtAgs}) DELETE l',
    { districtAgs },
    { database: deps.database },
  );
  return emptyLayout(districtAgs);
}
