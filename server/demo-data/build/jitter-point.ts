// Demo positions: a point up to maxJitterKm from its municipality's centre, rounded to 6 decimals.
import type { Random } from '../../data-generation/create-random.js';
import { drawPointNear, type Point } from '../../data-generation/geo.js';
import { roundTo } from '../../data-generation/numbers.js';

export const maxJitterKm = 1.2; // below the 1.5 km promised, so rounding never crosses it

export function jitterPoint(random: Random, at: Point): Point {
  const point = drawPointNear(random, at, maxJitterKm);
  return { lat: roundTo(point.lat, 6), lon: roundTo(point.lon, 6) };
}
