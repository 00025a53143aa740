// coverageGaps for a past date: the gap table as the snapshot job saw it that day, read from the Snapshot nodes.
// The snapshots keep the figures, not the evidence: offers and needs behind them are not listed, and free places
// in reach are summed over the snapshots of the municipalities within the radius.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import neo4j, { type Driver } from 'neo4j-driver';
import { severityOf } from './compute-coverage-gaps.js';
import { sumArea, sumAreas, type AreaKind, type GapTable, type MunicipalityGap } from './build-gap-table.js';
import { haversineKm } from '../area/haversine.js';
import type { AreaMunicipality, GapArea } from './load-gap-inputs.js';
import { compareGerman } from '../labels.js';
import { BadUserInputError, NotFoundError, quote } from '../../errors.js';

export interface LoadSnapshotGapsOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  area: Exclude<GapArea, { kind: 'MUNICIPALITY' }>;
  category: string;
  radiusKm: number;
  asOf: string; // YYYY-MM-DD, before today
}

const municipalityMap = `{ ags: m.ags, name: m.name, kind: m.kind, latitude: m.location.latitude, longitude: m.location.longitude,
  samtgemeindeAgs: sg.ags, samtgemeindeName: sg.name, districtAgs: d.ags, districtName: d.name }`;

// The snapshots of the area's municipalities on the date, and the area's name (null: no such area).
const areaFilters: Record<LoadSnapshotGapsOptions['area']['kind'], { name: string; match: string }> = {
  DISTRICT: {
    name: 'MATCH (area:District {ags: $ags}) RETURN area.name AS name',
    match: 'MATCH (:District {ags: $ags})<-[:IN_DISTRICT]-(m:Municipality)<-[:SNAPSHOT_OF]-(s:Snapshot)',
  },
  SAMTGEMEINDE: {
    name: "MATCH (area:Municipality {ags: $ags, kind: 'COLLECTIVE'}) RETURN area.name AS name",
    match: `MATCH (area:Municipality {ags: $ags, kind: 'COLLECTIVE'})
      MATCH (m:Municipality)<-[:SNAPSHOT_OF]-(s:Snapshot) WHERE m = area OR (m)-[:MEMBER_OF]->(area)
      WITH m, s`,
  },
  GERMANY: { name: "RETURN 'Deutschland' AS name", match: 'MATCH (m:Municipality)<-[:SNAPSHOT_OF]-(s:Snapshot)' },
};

interface SnapshotFigures {
  demand: number;
  unmet: number;
  accessibility: number;
  freePlaces: number;
  radiusKm: number;
}

const toNumber = (value: unknown) => (neo4j.isInt(value) ? neo4j.integer.toNumber(value) : Number(value));

export async function loadSnapshotGaps(options: LoadSnapshotGapsOptions): Promise<GapTable> {
  const { driver, database, area, category, radiusKm, asOf } = options;
  const run = async (query: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(query, params, { database, routing: neo4j.routing.READ })).records.map((record) =>
      record.toObject(),
    );
  const ags = area.kind === 'GERMANY' ? null : area.ags;
  const filter = areaFilters[area.kind];
  const [named] = await run(filter.name, { ags });
  if (!named) {
    const what = area.kind === 'DISTRICT' ? 'district' : 'Samtgemeinde (a municipality of kind COLLECTIVE)';
    throw new NotFoundError(`There is no ${what} with ags ${quote(ags)}`, { value: ags });
  }
  const rows = await run(
    `${filter.match}
     WHERE s.date = date($asOf) AND s.category = $category
     OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality)
     OPTIONAL MATCH (m)-[:IN_DISTRICT]->(d:District)
     RETURN ${municipalityMap} AS municipality, s { .demand, .unmet, .accessibility, .freePlaces, .radiusKm } AS figures`,
    { ags, asOf, category },
  );
  if (rows.length === 0) {
    const [nearest] = await run(
      `${filter.match}
       WHERE s.category = $category
       WITH DISTINCT s.date AS date
       RETURN toString(max(CASE WHEN date < date($asOf) THEN date END)) AS before, toString(min(CASE WHEN date > date($asOf) THEN date END)) AS after`,
      { ags, asOf, category },
    );
    const before = (nearest?.before as string | null) ?? null;
    const after = (nearest?.after as string | null) ?? null;
    const where =
      area.kind === 'GERMANY'
        ? 'anywhere'
        : `for ${area.kind === 'DISTRICT' ? 'district' : 'Samtgemeinde'} ${quote(ags)}`;
    const nearestText =
      before || after
        ? `the nearest dates with snapshots are ${[before && `${quote(before)} (before)`, after && `${quote(after)} (after)`].filter(Boolean).join(' and ')}`
        : 'there are no snapshots of it at all; run the snapshot job (npm run snapshot)';
    throw new NotFoundError(
      `There are no monitoring snapshots of ${category} ${where} on ${quote(asOf)}; ${nearestText}`,
      {
        field: 'asOf',
        value: asOf,
        nearestBefore: before,
        nearestAfter: after,
      },
    );
  }

  const snapshots = rows.map((row) => {
    const f = row.figures as Record<string, unknown>;
    const figures: SnapshotFigures = {
      demand: toNumber(f.demand),
      unmet: toNumber(f.unmet),
      accessibility: toNumber(f.accessibility),
      freePlaces: toNumber(f.freePlaces),
      radiusKm: toNumber(f.radiusKm),
    };
    return { municipality: row.municipality as AreaMunicipality, figures };
  });
  const radii = [...new Set(snapshots.map((s) => s.figures.radiusKm))];
  if (!radii.includes(radiusKm)) {
    throw new BadUserInputError(
      `The snapshots of ${quote(asOf)} were computed with a radius of ${radii.join(', ')} km, not ${quote(radiusKm)} km; ask with radiusKm: ${radii[0]}`,
      {
        field: 'radiusKm',
        value: radiusKm,
      },
    );
  }

  const reach = await loadFreePlacesInReach(
    run,
    snapshots.map((s) => s.municipality),
    { asOf, category, radiusKm },
  );
  const municipalities = snapshots
    .filter((s) => s.figures.radiusKm === radiusKm)
    .map(({ municipality, figures }): MunicipalityGap => {
      const coverage = Math.min(1, figures.accessibility);
      return {
        ...municipality,
        demand: figures.demand,
        freePlacesInReach: reach.get(municipality.ags) ?? 0,
        accessibility: figures.accessibility,
        coverage,
        unmet: figures.unmet,
        severity: severityOf(figures.demand, figures.unmet),
        nearestOfferKm: null,
        nearestOffer: null,
        offersInReach: 0,
        offerIdsInReach: [],
        needIds: [],
        needs: [],
        located: municipality.latitude !== null,
      };
    });
  municipalities.sort((a, b) => b.unmet - a.unmet || b.demand - a.demand || compareGerman(a.name, b.name));
  const tableArea: { ags: string; kind: AreaKind } =
    area.kind === 'GERMANY' ? { kind: 'GERMANY', ags: 'DE' } : { kind: area.kind, ags: area.ags };
  return {
    fromSnapshots: true,
    category,
    radiusKm,
    asOf,
    area: sumArea(tableArea.ags, named.name as string, tableArea.kind, municipalities),
    municipalities,
    ...sumAreas(municipalities),
    onlineOffers: [],
    offersById: new Map(),
  };
}

/** Free places held in the municipalities within the radius of each row, from the snapshots of the same day. */
async function loadFreePlacesInReach(
  run: (query: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>,
  rows: AreaMunicipality[],
  options: { asOf: string; category: string; radiusKm: number },
): Promise<Map<string, number>> {
  const located = rows.filter((row) => row.latitude !== null && row.longitude !== null);
  const reach = new Map<string, number>();
  if (located.length === 0) return reach;
  const records = await run(
    `MATCH (s:Snapshot)-[:SNAPSHOT_OF]->(m:Municipality)
     WHERE s.date = date($asOf) AND s.category = $category AND s.freePlaces > 0 AND m.location IS NOT NULL
     RETURN m.location.latitude AS latitude, m.location.longitude AS longitude, s.freePlaces AS freePlaces`,
    { asOf: options.asOf, category: options.category },
  );
  const held = records.map((h) => ({
    latitude: Number(h.latitude),
    longitude: Number(h.longitude),
    freePlaces: toNumber(h.freePlaces),
  }));
  if (held.length === 0) return reach;
  const index = new KDBush(held.length);
  for (const h of held) index.add(h.longitude, h.latitude);
  index.finish();
  for (const row of located) {
    let sum = 0;
    for (const i of around(index, row.longitude!, row.latitude!, Infinity, options.radiusKm * 1.0001)) {
      const h = held[i]!;
      if (haversineKm(row.latitude!, row.longitude!, h.latitude, h.longitude) <= options.radiusKm) sum += h.freePlaces;
    }
    reach.set(row.ags, sum);
  }
  return reach;
}
