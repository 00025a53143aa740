// Distances and random points for the generators.
// Why not server/analysis/area/haversine.ts: the same formula, but it converts to radians in another order, and
// its result differs in the last bit for about a quarter of all pairs. The generators sort and cut by these
// distances, so they keep their own to give the same data for the same seed as before.
import type { Random } from './create-random.js';

export interface Point {
  lat: number;
  lon: number;
}

export const earthRadiusKm = 6371.0088;
export const kmPerDegree = (earthRadiusKm * Math.PI) / 180;

export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point uniformly within radiusKm of `at` (two draws), not rounded. */
export function drawPointNear(random: Random, at: Point, radiusKm: number): Point {
  const r = radiusKm * Math.sqrt(random.next());
  const angle = 2 * Math.PI * random.next();
  return {
    lat: at.lat + (r * Math.cos(angle)) / kmPerDegree,
    lon: at.lon + (r * Math.sin(angle)) / (kmPerDegree * Math.cos((at.lat * Math.PI) / 180)),
  };
}
