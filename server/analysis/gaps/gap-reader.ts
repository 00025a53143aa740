// What the gap analysis reads, apart from how: the Neo4j reads (neo4j-gap-reader.ts) in the server, plain arrays in
// the property test, so that the choice of what to read around an area (load-gap-inputs.ts) is the same code in both.
import type { BBox } from '../area/bounding-box.js';
import type { LoadedArea } from '../area/load-area.js';
import type { AreaRef } from '../area/parse-area.js';
import type { IdentifiedPlace } from '../area/nearest-places.js';

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

/**
 * The reads of one category's gap table. A box is inclusive on every side (Cypher's point.withinBBox); no box
 * means the whole country. Offers are those of the category with status PLANNED, OPEN, FULL or RUNNING.
 */
export interface GapReader {
  /** The area and its municipalities (NotFoundError when it does not exist). */
  area(area: AreaRef): Promise<LoadedArea>;
  /** Municipalities with OPEN needs of the category whose location lies in the box. */
  demandIn(box: BBox | undefined): Promise<DemandRow[]>;
  /** Offers that are not ONLINE whose place (own location, or else their venue's) lies in the box. */
  offersIn(box: BBox | undefined): Promise<OfferRow[]>;
  /** The same offers as offersIn, only their id and place: the lean read of the search for the nearest offer. */
  offerPlacesIn(box: BBox | undefined): Promise<IdentifiedPlace[]>;
  /** Offers by id (those of them that are offers of the category with a place). */
  offersById(ids: readonly string[]): Promise<OfferRow[]>;
  /**
   * ONLINE offers of the area: those whose venue, or without a venue whose provider, lies in one of the
   * municipalities; every ONLINE offer of the category for null (all of Germany).
   */
  onlineOffersOf(municipalityAgs: readonly string[] | null): Promise<OfferRow[]>;
}
