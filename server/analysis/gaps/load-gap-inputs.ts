// Reads what the gap analysis of one area needs from Neo4j: the area's municipalities (the rows), the demand
// points and offers around it (within two radii and one radius: an offer's ratio depends on all demand in its
// reach, across district borders), and the area's ONLINE offers.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { boxAround, bboxParams } from '../area/bounding-box.js';
import { loadArea, type AreaMunicipality } from '../area/load-area.js';
import type { AreaRef } from '../area/parse-area.js';

export type GapArea = AreaRef;
export type { AreaMunicipality };

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

const presentStatuses = ['PLANNED', 'OPEN', 'FULL', 'RUNNING'];

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

  const { name: areaName, municipalities } = await loadArea({ driver, database }, area);

  const whole = area.kind === 'GERMANY';
  const offerBox = whole ? undefined : boxAround(municipalities, radiusKm);
  const demandBox = whole ? undefined : boxAround(municipalities, 2 * radiusKm);
  if (!whole && (!offerBox || !demandBox)) {
    return { areaName, municipalities, demand: [], offers: [], onlineOffers: [] };
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

  return { areaName, municipalities, demand, offers, onlineOffers };
}
