// Synthetic positions: a point uniformly within radiusKm of a centre, kept inside Germany's bounding box, rounded
// to 5 decimals.
import type { Random } from '../../data-generation/create-random.js';
import { drawPointNear, type Point } from '../../data-generation/geo.js';
import { clamp, roundTo } from '../../data-generation/numbers.js';
import { germanyBounds } from '../plans/states.js';

export function scatterPoint(random: Random, lat: number, lon: number, radiusKm: number): Point {
  const point = drawPointNear(random, { lat, lon }, radiusKm);
  return {
    lat: roundTo(clamp(point.lat, germanyBounds.south + 0.01, germanyBounds.north - 0.01), 5),
    lon: roundTo(clamp(point.lon, germanyBounds.west + 0.01, germanyBounds.east - 0.01), 5),
  };
}
