// The coverage-gap analysis of ../shared/DESIGN.md: a Gaussian two-step floating catchment area (Dai 2010)
// with free places as supply and open needs as demand. Pure: the caller loads the points and offers.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { findNearest } from '../area/nearest-places.js';
import { haversineKm } from './haversine.js';

export type GapSeverity = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH';

/** A municipality (or Samtgemeinde) as a demand point at its own location. */
export interface DemandPoint {
  ags: string;
  latitude: number;
  longitude: number;
  demand: number; // D_i: persons of its OPEN needs of the category
}

/** An offer of the category at its own location, or else its venue's; ONLINE offers are never passed in. */
export interface CatchmentOffer {
  id: string;
  latitude: number;
  longitude: number;
  status: string; // OfferStatus
  capacity: number | null;
  booked: number | null;
}

export interface PointGap {
  ags: string;
  demand: number;
  freePlacesInReach: number; // sum of S_j over offers within the radius
  accessibility: number; // A_i: free places per person in need
  coverage: number; // min(1, A_i)
  unmet: number; // round(D_i * (1 - coverage))
  severity: GapSeverity;
  nearestOfferKm: number | null; // nearest offer PLANNED, OPEN, FULL or RUNNING among those passed in (ties: id)
  nearestOfferId: string | null;
  offersInReach: number; // offers PLANNED, OPEN, FULL or RUNNING within the radius
  offerIdsInReach: string[]; // nearest first
}

export interface OfferRatio {
  id: string;
  supply: number | null; // S_j; null when the offer adds no supply (status, unknown capacity)
  weightedDemand: number; // sum over points in reach of W(d) * D_i
  ratio: number | null; // R_j; null without supply or without demand in reach
}

export interface CoverageGaps {
  points: PointGap[]; // in the order of the input
  offers: OfferRatio[];
}

export interface GapOptions {
  radiusKm?: number; // d0, the catchment radius
}

const presentStatuses = new Set(['PLANNED', 'OPEN', 'FULL', 'RUNNING']);
const supplyStatuses = new Set(['PLANNED', 'OPEN']);
const edgeWeight = Math.exp(-0.5);

/** W(d): 1 at the offer, falling along a Gaussian to 0 at the radius, 0 beyond. */
export function catchmentWeight(distanceKm: number, radiusKm: number): number {
  if (distanceKm > radiusKm) return 0;
  return (Math.exp(-(distanceKm * distanceKm) / (2 * radiusKm * radiusKm)) - edgeWeight) / (1 - edgeWeight);
}

/** S_j: free places of an offer that counts as supply, else null. */
export function supplyOf(offer: Pick<CatchmentOffer, 'status' | 'capacity' | 'booked'>): number | null {
  if (!supplyStatuses.has(offer.status) || offer.capacity === null) return null;
  return Math.max(0, offer.capacity - (offer.booked ?? 0));
}

export function severityOf(demand: number, unmet: number): GapSeverity {
  if (unmet === 0) return 'NONE';
  const share = unmet / demand;
  if (share < 0.25) return 'LOW';
  if (share < 0.5) return 'MEDIUM';
  return 'HIGH';
}

/** The offers within the radius of one point, nearest first: parallel arrays, lean at millions of pairs. */
interface Reach {
  offers: number[]; // indexes into the offers
  distancesKm: number[];
}

export function computeCoverageGaps(
  points: readonly DemandPoint[],
  allOffers: readonly CatchmentOffer[],
  options: GapOptions = {},
): CoverageGaps {
  const radiusKm = options.radiusKm ?? 25;
  if (!(radiusKm > 0)) throw new RangeError(`radiusKm must be above 0, got ${radiusKm}`);
  const offers = allOffers.filter((offer) => presentStatuses.has(offer.status));
  const supply = offers.map(supplyOf);

  // Pairs within the radius, found through a k-d tree and measured exactly by haversine.
  const reaches: Reach[] = [];
  const nearest: ({ offer: number; distanceKm: number } | undefined)[] = [];
  const index = offers.length > 0 ? new KDBush(offers.length) : undefined;
  if (index) {
    for (const offer of offers) index.add(offer.longitude, offer.latitude);
    index.finish();
  }
  for (const point of points) {
    const found: { offer: number; distanceKm: number }[] = [];
    if (index) {
      // The tree's own earth radius differs from ours in the sixth digit: search a little wider, then filter.
      for (const o of around(index, point.longitude, point.latitude, Infinity, radiusKm * 1.0001)) {
        const offer = offers[o]!;
        const distanceKm = haversineKm(point.latitude, point.longitude, offer.latitude, offer.longitude);
        if (distanceKm <= radiusKm) found.push({ offer: o, distanceKm });
      }
    }
    const idOf = (pair: { offer: number }) => offers[pair.offer]!.id;
    found.sort((a, b) => a.distanceKm - b.distanceKm || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
    reaches.push({ offers: found.map((pair) => pair.offer), distancesKm: found.map((pair) => pair.distanceKm) });
    nearest.push(found[0] ?? (index ? nearestBeyond(index, offers, point) : undefined));
  }

  // Step 1: per offer, free places over the weighted demand in its reach.
  const weightedDemand = new Float64Array(offers.length);
  reaches.forEach((reach, p) => {
    const demand = points[p]!.demand;
    if (demand === 0) return;
    reach.offers.forEach((o, k) => {
      weightedDemand[o]! += catchmentWeight(reach.distancesKm[k]!, radiusKm) * demand;
    });
  });
  const ratio = offers.map((_, o) =>
    supply[o] !== null && weightedDemand[o]! > 0 ? supply[o]! / weightedDemand[o]! : null,
  );

  // Step 2: per point, the weighted ratios of the offers in its reach.
  const results = points.map((point, p): PointGap => {
    const reach = reaches[p]!;
    let accessibility = 0;
    let freePlacesInReach = 0;
    reach.offers.forEach((o, k) => {
      const r = ratio[o];
      if (r !== null && r !== undefined) accessibility += catchmentWeight(reach.distancesKm[k]!, radiusKm) * r;
      freePlacesInReach += supply[o] ?? 0;
    });
    const coverage = Math.min(1, accessibility);
    const unmet = Math.round(point.demand * (1 - coverage));
    const near = nearest[p];
    return {
      ags: point.ags,
      demand: point.demand,
      freePlacesInReach,
      accessibility,
      coverage,
      unmet,
      severity: severityOf(point.demand, unmet),
      nearestOfferKm: near ? near.distanceKm : null,
      nearestOfferId: near ? offers[near.offer]!.id : null,
      offersInReach: reach.offers.length,
      offerIdsInReach: reach.offers.map((o) => offers[o]!.id),
    };
  });

  return {
    points: results,
    offers: offers.map((offer, o) => ({
      id: offer.id,
      supply: supply[o]!,
      weightedDemand: weightedDemand[o]!,
      ratio: ratio[o]!,
    })),
  };
}

function nearestBeyond(
  index: KDBush,
  offers: readonly CatchmentOffer[],
  point: DemandPoint,
): { offer: number; distanceKm: number } | undefined {
  const nearest = findNearest(index, offers, point.latitude, point.longitude);
  return nearest && { offer: nearest.index, distanceKm: nearest.distanceKm };
}
