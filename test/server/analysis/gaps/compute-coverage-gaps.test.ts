// The gap formula step by step on cases computed by hand. Places lie on one meridian, so that the distance
// between two of them is exactly the earth radius times their latitude difference in radians.
import { describe, expect, it } from 'vitest';
import {
  catchmentWeight,
  computeCoverageGaps,
  severityOf,
  supplyOf,
  type CatchmentOffer,
  type DemandPoint,
} from '../../../../server/analysis/gaps/compute-coverage-gaps.js';
import { haversineKm } from '../../../../server/analysis/gaps/haversine.js';

const degreesPerKm = 180 / (Math.PI * 6371.0088);
const at = (km: number) => ({ latitude: 52 + km * degreesPerKm, longitude: 9 });
const point = (ags: string, km: number, demand: number): DemandPoint => ({ ags, ...at(km), demand });
const offer = (
  id: string,
  km: number,
  capacity: number | null,
  booked: number | null,
  status = 'OPEN',
): CatchmentOffer => ({
  id,
  ...at(km),
  status,
  capacity,
  booked,
});

describe('the parts', () => {
  it('measures distances by haversine with the mean earth radius', () => {
    expect(haversineKm(at(0).latitude, 9, at(10).latitude, 9)).toBeCloseTo(10, 9);
    // One degree along the equator: 6371.0088 km · π / 180.
    expect(haversineKm(0, 0, 0, 1)).toBeCloseTo(111.195083, 5);
    // A quarter of a meridian, pole to equator.
    expect(haversineKm(90, 0, 0, 0)).toBeCloseTo((6371.0088 * Math.PI) / 2, 6);
  });

  it('weights 1 at the offer, 0 at the radius and beyond (values computed by hand)', () => {
    expect(catchmentWeight(0, 25)).toBe(1);
    expect(catchmentWeight(10, 25)).toBeCloseTo(0.8046006493, 9);
    expect(catchmentWeight(20, 25)).toBeCloseTo(0.3040093982, 9);
    expect(catchmentWeight(25, 25)).toBeCloseTo(0, 12);
    expect(catchmentWeight(25.01, 25)).toBe(0);
  });

  it('takes free places as supply only from PLANNED and OPEN offers with a known capacity', () => {
    expect(supplyOf(offer('a', 0, 20, 5))).toBe(15);
    expect(supplyOf(offer('a', 0, 20, 25))).toBe(0); // booked above capacity
    expect(supplyOf(offer('a', 0, 20, null, 'PLANNED'))).toBe(20);
    expect(supplyOf(offer('a', 0, null, 3))).toBeNull();
    expect(supplyOf(offer('a', 0, 20, 5, 'FULL'))).toBeNull();
    expect(supplyOf(offer('a', 0, 20, 5, 'RUNNING'))).toBeNull();
  });

  it('grades severity by the unmet share of demand', () => {
    expect(severityOf(100, 0)).toBe('NONE');
    expect(severityOf(100, 24)).toBe('LOW');
    expect(severityOf(100, 25)).toBe('MEDIUM');
    expect(severityOf(100, 49)).toBe('MEDIUM');
    expect(severityOf(100, 50)).toBe('HIGH');
    expect(severityOf(0, 0)).toBe('NONE');
  });
});

describe('three municipalities and two offers', () => {
  // A at 0 km (demand 40), B at 10 km (20), C at 30 km (30); offer X at 0 km (30 places, 10 booked),
  // offer Y at 20 km (25 places, 5 booked). C is 30 km from X: out of reach.
  const points = [point('A', 0, 40), point('B', 10, 20), point('C', 30, 30)];
  const offers = [offer('X', 0, 30, 10), offer('Y', 20, 25, 5)];
  const result = computeCoverageGaps(points, offers, { radiusKm: 25 });
  const byAgs = Object.fromEntries(result.points.map((p) => [p.ags, p]));

  it('step 1: each offer’s free places over the weighted demand in its reach', () => {
    const [x, y] = result.offers;
    expect(x!.weightedDemand).toBeCloseTo(56.092012986, 8); // 40·W(0) + 20·W(10)
    expect(y!.weightedDemand).toBeCloseTo(52.390408394, 8); // 40·W(20) + 20·W(10) + 30·W(10)
    expect(x!.ratio).toBeCloseTo(0.3565570022, 9);
    expect(y!.ratio).toBeCloseTo(0.381749267, 9);
  });

  it('step 2: each municipality’s weighted ratios of the offers in its reach', () => {
    expect(byAgs.A!.accessibility).toBeCloseTo(0.4726123672, 9);
    expect(byAgs.B!.accessibility).toBeCloseTo(0.5940417036, 9);
    expect(byAgs.C!.accessibility).toBeCloseTo(0.3071557081, 9);
  });

  it('coverage, unmet, severity, nearest offer and offers in reach', () => {
    expect(byAgs.A).toMatchObject({
      unmet: 21,
      severity: 'HIGH',
      offersInReach: 2,
      offerIdsInReach: ['X', 'Y'],
      nearestOfferId: 'X',
      freePlacesInReach: 40,
    });
    expect(byAgs.A!.nearestOfferKm).toBeCloseTo(0, 9);
    expect(byAgs.B).toMatchObject({ unmet: 8, severity: 'MEDIUM', offersInReach: 2, freePlacesInReach: 40 });
    expect(byAgs.C).toMatchObject({
      unmet: 21,
      severity: 'HIGH',
      offersInReach: 1,
      offerIdsInReach: ['Y'],
      nearestOfferId: 'Y',
    });
    expect(byAgs.C!.nearestOfferKm).toBeCloseTo(10, 9);
  });
});

describe('edge cases', () => {
  it('no demand: offers have no ratio and add nothing; nothing is unmet', () => {
    const result = computeCoverageGaps([point('A', 0, 0)], [offer('X', 5, 20, 0)]);
    expect(result.offers[0]!.ratio).toBeNull();
    expect(result.points[0]).toMatchObject({ accessibility: 0, unmet: 0, severity: 'NONE', offersInReach: 1 });
  });

  it('no offer at all: everything unmet, no nearest offer', () => {
    const [a] = computeCoverageGaps([point('A', 0, 12)], []).points;
    expect(a).toMatchObject({
      accessibility: 0,
      coverage: 0,
      unmet: 12,
      severity: 'HIGH',
      nearestOfferKm: null,
      nearestOfferId: null,
      offersInReach: 0,
    });
  });

  it('an offer just outside the radius is not in reach but is the nearest; just inside it is', () => {
    const outside = computeCoverageGaps([point('A', 0, 10)], [offer('X', 25.01, 100, 0)], { radiusKm: 25 }).points[0]!;
    expect(outside).toMatchObject({ offersInReach: 0, unmet: 10, nearestOfferId: 'X' });
    expect(outside.nearestOfferKm).toBeCloseTo(25.01, 6);
    const inside = computeCoverageGaps([point('A', 0, 10)], [offer('X', 24.99, 100, 0)], { radiusKm: 25 }).points[0]!;
    expect(inside.offersInReach).toBe(1);
    // Alone in each other's reach, R = S / (W·D) and A = W·R = S / D: 100 places for 10 persons.
    expect(inside.accessibility).toBeCloseTo(10, 6);
    expect(inside).toMatchObject({ coverage: 1, unmet: 0, severity: 'NONE' });
  });

  it('demand exactly at the offer’s municipality weighs 1', () => {
    const result = computeCoverageGaps([point('A', 0, 40)], [offer('X', 0, 10, 0)]);
    expect(result.offers[0]!.weightedDemand).toBe(40);
    expect(result.points[0]!.accessibility).toBeCloseTo(0.25, 12);
    expect(result.points[0]).toMatchObject({ unmet: 30, severity: 'HIGH' });
  });

  it('capacity unknown: the offer counts for presence and distance, not for supply', () => {
    const [a] = computeCoverageGaps([point('A', 0, 10)], [offer('X', 3, null, null)]).points;
    expect(a).toMatchObject({
      offersInReach: 1,
      nearestOfferId: 'X',
      freePlacesInReach: 0,
      accessibility: 0,
      unmet: 10,
    });
  });

  it('booked above capacity: no free places', () => {
    const [a] = computeCoverageGaps([point('A', 0, 10)], [offer('X', 0, 20, 26)]).points;
    expect(a).toMatchObject({ freePlacesInReach: 0, accessibility: 0, unmet: 10 });
  });

  it('FULL and RUNNING offers are present but supply nothing; COMPLETED and CANCELLED are ignored', () => {
    const [a] = computeCoverageGaps(
      [point('A', 0, 10)],
      [
        offer('F', 2, 20, 20, 'FULL'),
        offer('R', 4, 20, 10, 'RUNNING'),
        offer('D', 1, 20, 0, 'COMPLETED'),
        offer('C', 1, 20, 0, 'CANCELLED'),
      ],
    ).points;
    expect(a).toMatchObject({ offersInReach: 2, offerIdsInReach: ['F', 'R'], nearestOfferId: 'F', unmet: 10 });
  });

  it('coverage is capped at 1 where places exceed demand', () => {
    const [a] = computeCoverageGaps([point('A', 0, 5)], [offer('X', 0, 50, 0)]).points;
    expect(a!.accessibility).toBeCloseTo(10, 12);
    expect(a).toMatchObject({ coverage: 1, unmet: 0 });
  });

  it('a larger radius brings a far offer into reach', () => {
    const points = [point('A', 0, 10)];
    const offers = [offer('X', 40, 20, 0)];
    expect(computeCoverageGaps(points, offers, { radiusKm: 25 }).points[0]!.offersInReach).toBe(0);
    expect(computeCoverageGaps(points, offers, { radiusKm: 50 }).points[0]!.offersInReach).toBe(1);
  });

  it('refuses a radius of 0 or less', () => {
    expect(() => computeCoverageGaps([], [], { radiusKm: 0 })).toThrow(/radiusKm must be above 0, got 0/);
  });
});
