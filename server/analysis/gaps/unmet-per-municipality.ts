// The gap table's demand and unmet of every municipality of Germany with demand, without the rest of the table: what
// the indicators of all districts need (analysis/indicators/load-live-district.ts), at a fraction of the whole
// country's table (no evidence: offers' titles and providers, need lists, nearest offers, ONLINE offers, rows and
// sums of the municipalities without demand, their sorting). The figures are the table's to the last bit:
// - the country's table reads every located demand point and every located offer (load-gap-inputs.ts, no box), and
//   so does this;
// - a point without demand adds nothing to an offer's weighted demand (compute-coverage-gaps.ts skips it), so the
//   ratios, and every point's sum over its reach, are the same without those points; their rows are demand 0,
//   unmet 0 (and so is a municipality without a location, which is no point at all);
// - the points are passed in the same order (by key), so the sums add the same terms in the same order.
// test/server/monitoring/indicator-ranking-districts.test.ts compares it with coverageGapTable of all of Germany.
import { readRows, type AnalysisDeps } from '../analysis-deps.js';
import { checkRadius } from '../area/reach.js';
import { computeCoverageGaps, type CatchmentOffer, type DemandPoint } from './compute-coverage-gaps.js';

export interface MunicipalityUnmet {
  ags: string;
  demand: number; // persons of the OPEN needs (the table's demand)
  unmet: number; // the table's unmet
}

const presentStatuses = ['PLANNED', 'OPEN', 'FULL', 'RUNNING'];

/** Demand and unmet of every located municipality with OPEN needs of the category, by key. */
export async function unmetPerMunicipality(
  deps: AnalysisDeps,
  category: string,
  radius?: number | null,
): Promise<MunicipalityUnmet[]> {
  const radiusKm = checkRadius(radius);
  const [points, offers] = await Promise.all([
    // As the gap reader's demandIn without a box (neo4j-gap-reader.ts), without the need lists.
    readRows<DemandPoint>(
      deps,
      `MATCH (m:Municipality) WHERE m.location IS NOT NULL
       MATCH (m)<-[:NEEDED_IN]-(n:Need) WHERE n.category = $category AND n.status = 'OPEN'
       RETURN m.ags AS ags, m.location.latitude AS latitude, m.location.longitude AS longitude,
              sum(n.persons) AS demand`,
      { category },
    ),
    // As its offersIn without a box, only what the formula reads.
    readRows<CatchmentOffer>(
      deps,
      `MATCH (o:Offer) WHERE o.category = $category AND o.status IN $statuses AND o.format <> 'ONLINE'
       OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
       WITH o, coalesce(o.location, v.location) AS place WHERE place IS NOT NULL
       RETURN o.id AS id, place.latitude AS latitude, place.longitude AS longitude, o.status AS status,
              o.capacity AS capacity, o.booked AS booked`,
      { category, statuses: presentStatuses },
    ),
  ]);
  points.sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0));
  return computeCoverageGaps(points, offers, { radiusKm }).points.map(({ ags, demand, unmet }) => ({
    ags,
    demand,
    unmet,
  }));
}
