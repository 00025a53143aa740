// The nearest places to a point by the exact haversine distance, ties broken by id: geokdbush finds the nearest by
// its own earth radius (6,371 km, ours 6,371.0088 km), which orders alike up to rounding, so the candidates within
// a hair of its nearest are measured again and the least (distance, id) wins. One rule for every nearest offer,
// whichever set of offers it is searched in.
import type KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineKm } from './haversine.js';

export interface IdentifiedPlace {
  id: string;
  latitude: number;
  longitude: number;
}

export interface Nearest {
  index: number; // into the places the k-d tree was built from
  distanceKm: number;
}

/** The nearest place to (latitude, longitude), or undefined when the index is empty. */
export function findNearest(
  index: KDBush,
  places: readonly IdentifiedPlace[],
  latitude: number,
  longitude: number,
): Nearest | undefined {
  const [first] = around(index, longitude, latitude, 1);
  if (first === undefined) return undefined;
  const place = places[first]!;
  const reach = haversineKm(latitude, longitude, place.latitude, place.longitude) * 1.0001 + 1e-9;
  let best: Nearest | undefined;
  for (const i of around(index, longitude, latitude, Infinity, reach)) {
    const candidate = places[i]!;
    const distanceKm = haversineKm(latitude, longitude, candidate.latitude, candidate.longitude);
    if (
      best === undefined ||
      distanceKm < best.distanceKm ||
      (distanceKm === best.distanceKm && candidate.id < places[best.index]!.id)
    )
      best = { index: i, distanceKm };
  }
  return best;
}
