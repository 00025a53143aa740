// Places within a radius of a point, for the course analyses at Germany scale: a k-d tree (kdbush) queried with
// the box around the circle, then the exact haversine distance. geokdbush's `around` orders what it finds by
// distance through a priority queue; the matching orders by start date anyway, and at Germany scale the queue
// cost more than the rest of it.
import KDBush from 'kdbush';
import { widenBox } from '../area/bounding-box.js';
import { haversineKm } from '../area/haversine.js';

export interface Located {
  latitude: number;
  longitude: number;
}

/**
 * Calls `visit(index, distanceKm)` for every place within radiusKm of a point (in no particular order); `skip`,
 * when given, leaves out places before their distance is computed (e.g. courses already full).
 */
export type VisitWithin = (
  at: Located,
  radiusKm: number,
  visit: (index: number, distanceKm: number) => void,
  skip?: (index: number) => boolean,
) => void;

export function indexPlaces(places: readonly Located[]): VisitWithin {
  if (places.length === 0) return () => {};
  const index = new KDBush(places.length);
  for (const place of places) index.add(place.longitude, place.latitude);
  index.finish();
  return (at, radiusKm, visit, skip) => {
    const box = widenBox(at.latitude, at.longitude, at.latitude, at.longitude, radiusKm);
    const ids = index.range(box.west, box.south, box.east, box.north);
    for (const i of ids) {
      if (skip?.(i)) continue;
      const place = places[i]!;
      const distanceKm = haversineKm(at.latitude, at.longitude, place.latitude, place.longitude);
      if (distanceKm <= radiusKm) visit(i, distanceKm);
    }
  };
}
