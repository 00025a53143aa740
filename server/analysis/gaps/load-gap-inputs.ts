// Reads what the gap analysis of one area needs from Neo4j: the area's municipalities (the rows), the demand
// points and offers around it (within two radii and one radius: an offer's ratio depends on all demand in its
// reach, across district borders), and the area's ONLINE offers.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { earthRadiusKm } from './haversine.js';

export type GapArea =
  | { kind: 'DISTRICT'; ags: string }
  | { kind: 'SAMTGEMEINDE'; ags: string }
  | { kind: 'MUNICIPALITY'; ags: string }
  | { kind: 'GERMANY' };

export interface AreaMunicipality {
  ags: string;
  name: string;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  samtgemeindeAgs: string | null;
  samtgemeindeName: string | null;
  districtAgs: string | null;
  districtName: string | null;
}

export interface NeedRow {
  id: string;
  persons: number;
  targetGroup: string | null;
}

export interface DemandRow {
  ags: string;
  latitude: number;
  longitude: number;
  demand: number;
  needIds: string[];
  needs: NeedRow[];
}

export interface OfferRow {
  id: string;
  title: string;
  category: string;
  status: string;
  format: string;
  capacity: number | null;
  booked: number | null;
  latitude: number | null; // the offer's own location, or else its venue's
  longitude: number | null;
  providerId: string | null;
  providerName: string | null;
  venueAgs: string | null;
  venueName: string | null;
  childcare: boolean | null;
  targetGroups: string[] | null;
  updatedAt: string | null; // ISO date-time of the last change
}

export interface GapInputs {
  areaName: string;
  municipalities: AreaMunicipality[];
  demand: DemandRow[];
  offers: OfferRow[]; // located offers, PLANNED, OPEN, FULL or RUNNING
  onlineOffers: OfferRow[];
}

export interface LoadGapInputsOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  area: GapArea;
  category: string;
  radiusKm: number;
}

export class AreaNotFoundError extends Error {}

const presentStatuses = ['PLANNED', 'OPEN', 'FULL', 'RUNNING'];

const municipalityMap = `{ ags: m.ags, name: m.name, kind: m.kind, latitude: m.location.latitude, longitude: m.location.longitude,
  samtgemeindeAgs: sg.ags, samtgemeindeName: sg.name, districtAgs: d.ags, districtName: d.name }`;

const areaQueries: Record<GapArea['kind'], string> = {
  DISTRICT: `MATCH (d:District {ags: $ags})
    OPTIONAL MATCH (m:Municipality)-[:IN_DISTRICT]->(d)
    OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality)
    RETURN d.name AS areaName, collect(${municipalityMap}) AS rows`,
  SAMTGEMEINDE: `MATCH (area:Municipality {ags: $ags, kind: 'COLLECTIVE'})
    MATCH (m:Municipality) WHERE m = area OR (m)-[:MEMBER_OF]->(area)
    OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality)
    OPTIONAL MATCH (m)-[:IN_DISTRICT]->(d:District)
    RETURN area.name AS areaName, collect(${municipalityMap}) AS rows`,
  MUNICIPALITY: `MATCH (m:Municipality {ags: $ags})
    OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality)
    OPTIONAL MATCH (m)-[:IN_DISTRICT]->(d:District)
    RETURN m.name AS areaName, collect(${municipalityMap}) AS rows`,
  GERMANY: `MATCH (m:Municipality)
    OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality)
    OPTIONAL MATCH (m)-[:IN_DISTRICT]->(d:District)
    RETURN 'Deutschland' AS areaName, collect(${municipalityMap}) AS rows`,
};

interface BBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** The box around the located municipalities, widened by km on every side. */
function widen(rows: AreaMunicipality[], km: number): BBox | undefined {
  const located = rows.filter((row) => row.latitude !== null && row.longitude !== null);
  if (located.length === 0) return undefined;
  const lats = located.map((row) => row.latitude!);
  const lons = located.map((row) => row.longitude!);
  const dLat = (km / earthRadiusKm) * (180 / Math.PI);
  const north = Math.min(90, Math.max(...lats) + dLat);
  const south = Math.max(-90, Math.min(...lats) - dLat);
  // A degree of longitude is shortest at the box's edge farthest from the equator.
  const widestLat = Math.max(Math.abs(north), Math.abs(south));
  const dLon = dLat / Math.max(0.01, Math.cos((widestLat * Math.PI) / 180));
  return {
    south,
    west: Math.max(-180, Math.min(...lons) - dLon),
    north,
    east: Math.min(180, Math.max(...lons) + dLon),
  };
}

const bboxParams = (box: BBox) => ({
  sw: new neo4j.types.Point(4326, box.west, box.south),
  ne: new neo4j.types.Point(4326, box.east, box.north),
});

const offerFields = `o.id AS id, o.title AS title, o.category AS category, o.status AS status, o.format AS format, o.capacity AS capacity, o.booked AS booked,
  coalesce(o.location, v.location).latitude AS latitude, coalesce(o.location, v.location).longitude AS longitude,
  p.id AS providerId, p.name AS providerName, v.ags AS venueAgs, v.name AS venueName,
  o.childcare AS childcare, o.targetGroups AS targetGroups, toString(o.updatedAt) AS updatedAt`;

export async function loadGapInputs(options: LoadGapInputsOptions): Promise<GapInputs> {
  const { driver, database, area, category, radiusKm } = options;
  const run = async <T>(query: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(query, params, { database, routing: neo4j.routing.READ })).records.map(
      (record) => record.toObject() as T,
    );

  const ags = area.kind === 'GERMANY' ? null : area.ags;
  const [areaRow] = await run<{ areaName: string; rows: AreaMunicipality[] }>(areaQueries[area.kind], { ags });
  if (!areaRow) throw new AreaNotFoundError(`${area.kind} ${ags} not found`);
  const municipalities = areaRow.rows.filter((row) => row.ags !== null);

  const whole = area.kind === 'GERMANY';
  const offerBox = whole ? undefined : widen(municipalities, radiusKm);
  const demandBox = whole ? undefined : widen(municipalities, 2 * radiusKm);
  if (!whole && (!offerBox || !demandBox)) {
    return { areaName: areaRow.areaName, municipalities, demand: [], offers: [], onlineOffers: [] };
  }

  const areaAgs = whole ? null : municipalities.map((row) => row.ags);
  // The three reads are independent: run them side by side.
  const [demand, offers, onlineOffers] = await Promise.all([
    run<DemandRow>(
      `${demandBox ? 'MATCH (m:Municipality) WHERE point.withinBBox(m.location, $sw, $ne)' : 'MATCH (m:Municipality) WHERE m.location IS NOT NULL'}
       MATCH (m)<-[:NEEDED_IN]-(n:Need) WHERE n.category = $category AND n.status = 'OPEN'
       WITH m, sum(n.persons) AS demand, collect(n.id) AS needIds, collect({ id: n.id, persons: n.persons, targetGroup: n.targetGroup }) AS needs
       RETURN m.ags AS ags, m.location.latitude AS latitude, m.location.longitude AS longitude, demand, needIds, needs`,
      { category, ...(demandBox ? bboxParams(demandBox) : {}) },
    ),
    // Offers at their own location in the box, and (a separate read, run alongside) offers without one
    // whose venue is in the box.
    offerBox
      ? Promise.all([
          run<OfferRow>(
            `MATCH (o:Offer) WHERE point.withinBBox(o.location, $sw, $ne) AND o.category = $category
               AND o.status IN $statuses AND o.format <> 'ONLINE'
             OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
             OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
             RETURN ${offerFields}`,
            { category, statuses: presentStatuses, ...bboxParams(offerBox) },
          ),
          run<OfferRow>(
            `MATCH (v:Municipality)<-[:TAKES_PLACE_IN]-(o:Offer)
             WHERE point.withinBBox(v.location, $sw, $ne) AND o.location IS NULL AND o.category = $category
               AND o.status IN $statuses AND o.format <> 'ONLINE'
             OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
             RETURN ${offerFields}`,
            { category, statuses: presentStatuses, ...bboxParams(offerBox) },
          ),
        ]).then(([own, atVenue]) => [...own, ...atVenue])
      : run<OfferRow>(
          `MATCH (o:Offer) WHERE o.category = $category AND o.status IN $statuses AND o.format <> 'ONLINE'
           OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
           OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
           WITH o, v, p WHERE coalesce(o.location, v.location) IS NOT NULL
           RETURN ${offerFields}`,
          { category, statuses: presentStatuses },
        ),
    // ONLINE offers belong to the area when they are held from it (venue) or offered by an actor located in it.
    run<OfferRow>(
      areaAgs
        ? `UNWIND $areaAgs AS ags
           MATCH (m:Municipality {ags: ags})
           CALL (m) {
             MATCH (m)<-[:TAKES_PLACE_IN]-(o:Offer) RETURN o
             UNION
             MATCH (m)<-[:LOCATED_IN]-(:Actor)-[:PROVIDES]->(o:Offer) RETURN o
           }
           WITH DISTINCT o WHERE o.category = $category AND o.status IN $statuses AND o.format = 'ONLINE'
           OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
           OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
           RETURN ${offerFields} ORDER BY o.title, o.id`
        : `MATCH (o:Offer) WHERE o.category = $category AND o.status IN $statuses AND o.format = 'ONLINE'
           OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
           OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
           RETURN ${offerFields} ORDER BY o.title, o.id`,
      { category, statuses: presentStatuses, areaAgs },
    ),
  ]);

  return { areaName: areaRow.areaName, municipalities, demand, offers, onlineOffers };
}
