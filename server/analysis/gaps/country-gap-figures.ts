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
// The places held per municipality come from the same read of the offers.
// test/server/monitoring/indicator-ranking-districts.test.ts compares both with coverageGapTable of all of Germany
// and with the snapshot job's count of the places.
import { readRows, type AnalysisDeps } from '../analysis-deps.js';
import { checkRadius } from '../area/reach.js';
import { computeCoverageGaps, type CatchmentOffer, type DemandPoint } from './compute-coverage-gaps.js';

export interface MunicipalityUnmet {
  ags: string;
  demand: number; // persons of the OPEN needs (the table's demand)
  unmet: number; // the table's unmet
}

export interface HeldPlaces {
  capacity: number; // places of the offers held in the municipality (PLANNED, OPEN, FULL, RUNNING; not ONLINE)
  booked: number;
}

export interface CountryGapFigures {
  unmet: MunicipalityUnmet[]; // of every located municipality with OPEN needs of the category, by key
  places: Record<string, HeldPlaces>; // per municipality key, the offers held there (the snapshot job's count)
}

interface CountryOffer extends Omit<CatchmentOffer, 'latitude' | 'longitude'> {
  latitude: number | null; // its own location, or else its venue's
  longitude: number | null;
  venueAgs: string | null;
}

const presentStatuses = ['PLANNED', 'OPEN', 'FULL', 'RUNNING'];

/**
 * Demand and unmet of every located municipality with OPEN needs of the category, and the places held in each
 * municipality: the offers the formula reads are the offers held (the same category, statuses and formats), so one
 * read serves both; the formula takes those with a place, the places count those with a venue.
 */
export async function countryGapFigures(
  deps: AnalysisDeps,
  category: string,
  radius?: number | null,
): Promise<CountryGapFigures> {
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
    // As its offersIn without a box, only what the formula reads, and the venue (also for those without a place).
    readRows<CountryOffer>(
      deps,
      `MATCH (o:Offer) WHERE o.category = $category AND o.status IN $statuses AND o.format <> 'ONLINE'
       OPTIONAL MATCH (o)-[:TAKES_PLACE_IN]->(v:Municipality)
       WITH o, v, coalesce(o.location, v.location) AS place
       RETURN o.id AS id, place.latitude AS latitude, place.longitude AS longitude, o.status AS status,
              o.capacity AS capacity, o.booked AS booked, v.ags AS venueAgs`,
      { category, statuses: presentStatuses },
    ),
  ]);
  const located: CatchmentOffer[] = [];
  const places: Record<string, HeldPlaces> = {};
  for (const { venueAgs, ...offer } of offers) {
    if (offer.latitude !== null && offer.longitude !== null)
      located.push({ ...offer, latitude: offer.latitude, longitude: offer.longitude });
    if (venueAgs === null) continue;
    const held = (places[venueAgs] ??= { capacity: 0, booked: 0 });
    held.capacity += offer.capacity ?? 0;
    held.booked += offer.booked ?? 0;
  }
  points.sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0));
  const unmet = computeCoverageGaps(points, located, { radiusKm }).points.map(({ ags, demand, unmet: persons }) => ({
    ags,
    demand,
    unmet: persons,
  }));
  return { unmet, places };
}
