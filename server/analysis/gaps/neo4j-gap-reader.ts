// The gap analysis's reads from Neo4j (the GapReader of gap-reader.ts) for one category: boxes through the point
// index (point.withinBBox), offers placed at their own location or, without one, at their venue's.
import { readRows, type AnalysisDeps } from '../analysis-deps.js';
import { bboxParams, type BBox } from '../area/bounding-box.js';
import { loadArea } from '../area/load-area.js';
import type { IdentifiedPlace } from '../area/nearest-places.js';
import type { DemandRow, GapReader, OfferRow } from './gap-reader.js';

const presentStatuses = ['PLANNED', 'OPEN', 'FULL', 'RUNNING'];

const offerFields = `o.id AS id, o.title AS title, o.category AS category, o.status AS status, o.format AS format, o.capacity AS capacity, o.booked AS booked,
  coalesce(o.location, v.location).latitude AS latitude, coalesce(o.location, v.location).longitude AS longitude,
  p.id AS providerId, p.name AS providerName, v.ags AS venueAgs, v.name AS venueName,
  o.childcare AS childcare, o.targetGroups AS targetGroups, toString(o.updatedAt) AS updatedAt`;

const placeFields = `o.id AS id, coalesce(o.location, v.location).latitude AS latitude, coalesce(o.location, v.location).longitude AS longitude`;

/**
 * Offers in a box come from two reads run side by side: those at their own location (point index on the offer)
 * and those without one whose venue is in the box (point index on the municipality).
 */
function offerQueries(box: BBox | undefined, fields: string, details: boolean): string[] {
  const provider = details ? 'OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)' : '';
  if (!box)
    return [
      `MATCH (o:Offer) WHERE o.category = $category AND o.status IN $statuses AND o.format <> 'ONLINE'
       OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
       WITH o, v WHERE coalesce(o.location, v.location) IS NOT NULL
       ${provider}
       RETURN ${fields}`,
    ];
  return [
    `MATCH (o:Offer) WHERE point.withinBBox(o.location, $sw, $ne) AND o.category = $category
       AND o.status IN $statuses AND o.format <> 'ONLINE'
     OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
     ${provider}
     RETURN ${fields}`,
    `MATCH (v:Municipality)<-[:TAKES_PLACE_IN]-(o:Offer)
     WHERE point.withinBBox(v.location, $sw, $ne) AND o.location IS NULL AND o.category = $category
       AND o.status IN $statuses AND o.format <> 'ONLINE'
     ${provider}
     RETURN ${fields}`,
  ];
}

export function neo4jGapReader(deps: AnalysisDeps, category: string): GapReader {
  const run = <T>(query: string, params: Record<string, unknown> = {}) =>
    readRows<T>(deps, query, { category, statuses: presentStatuses, ...params });
  const offers = async <T>(box: BBox | undefined, fields: string, details: boolean) =>
    (
      await Promise.all(offerQueries(box, fields, details).map((query) => run<T>(query, box ? bboxParams(box) : {})))
    ).flat();
  return {
    area: (area) => loadArea(deps, area),
    demandIn: (box) =>
      run<DemandRow>(
        `${box ? 'MATCH (m:Municipality) WHERE point.withinBBox(m.location, $sw, $ne)' : 'MATCH (m:Municipality) WHERE m.location IS NOT NULL'}
         MATCH (m)<-[:NEEDED_IN]-(n:Need) WHERE n.category = $category AND n.status = 'OPEN'
         WITH m, sum(n.persons) AS demand, collect(n.id) AS needIds, collect({ id: n.id, persons: n.persons, targetGroup: n.targetGroup }) AS needs
         RETURN m.ags AS ags, m.location.latitude AS latitude, m.location.longitude AS longitude, demand, needIds, needs`,
        box ? bboxParams(box) : {},
      ),
    offersIn: (box) => offers<OfferRow>(box, offerFields, true),
    offerPlacesIn: (box) => offers<IdentifiedPlace>(box, placeFields, false),
    offersById: (ids) =>
      run<OfferRow>(
        `UNWIND $ids AS id
         MATCH (o:Offer {id: id}) WHERE o.category = $category AND o.status IN $statuses AND o.format <> 'ONLINE'
         OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
         WITH o, v WHERE coalesce(o.location, v.location) IS NOT NULL
         OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
         RETURN ${offerFields}`,
        { ids },
      ),
    // An ONLINE offer belongs to the area it is held from (its venue) or, without a venue, to its provider's place.
    onlineOffersOf: (areaAgs) =>
      run<OfferRow>(
        areaAgs
          ? `UNWIND $areaAgs AS ags
             MATCH (m:Municipality {ags: ags})
             CALL (m) {
               MATCH (m)<-[:TAKES_PLACE_IN]-(o:Offer) RETURN o
               UNION
               MATCH (m)<-[:LOCATED_IN]-(:Actor)-[:PROVIDES]->(o:Offer) WHERE NOT (o)-[:TAKES_PLACE_IN]->(:Municipality) RETURN o
             }
             WITH DISTINCT o WHERE o.category = $category AND o.status IN $statuses AND o.format = 'ONLINE'
             OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
             OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
             RETURN ${offerFields} ORDER BY o.title, o.id`
          : `MATCH (o:Offer) WHERE o.category = $category AND o.status IN $statuses AND o.format = 'ONLINE'
             OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
             OPTIONAL MATCH (o)<-[:PROVIDES]-(p:Actor)
             RETURN ${offerFields} ORDER BY o.title, o.id`,
        { areaAgs },
      ),
  };
}
