// The box around places widened by a distance, which the reads of an area's surroundings and the k-d tree
// searches prefilter with (the exact distance is checked after). One handling of the poles and the antimeridian:
// latitudes stop at ±90°, and where a degree of longitude shrinks to nothing (beyond 89°) or the box would cross
// ±180°, it takes every longitude rather than wrap.
import neo4j from 'neo4j-driver';
import { earthRadiusKm } from './haversine.js';

export interface BBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface LatLon {
  latitude: number | null;
  longitude: number | null;
}

const degreesPerKm = 180 / (Math.PI * earthRadiusKm);

/** The box from (south, west) to (north, east) widened by km on every side. */
export function widenBox(south: number, west: number, north: number, east: number, km: number): BBox {
  const dLat = km * degreesPerKm;
  const top = Math.min(90, north + dLat);
  const bottom = Math.max(-90, south - dLat);
  // A degree of longitude is shortest at the box's edge farthest from the equator.
  const widest = Math.max(Math.abs(top), Math.abs(bottom));
  if (widest >= 89) return { south: bottom, west: -180, north: top, east: 180 };
  const dLon = dLat / Math.cos((widest * Math.PI) / 180);
  const left = west - dLon;
  const right = east + dLon;
  if (left < -180 || right > 180) return { south: bottom, west: -180, north: top, east: 180 };
  return { south: bottom, west: left, north: top, east: right };
}

/** The box around the located places, widened by km; undefined when none has a location. */
export function boxAround(places: readonly LatLon[], km: number): BBox | undefined {
  let south = Infinity;
  let north = -Infinity;
  let west = Infinity;
  let east = -Infinity;
  for (const { latitude, longitude } of places) {
    if (latitude === null || longitude === null) continue;
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
  }
  return south === Infinity ? undefined : widenBox(south, west, north, east, km);
}

/** The box as the $sw and $ne parameters of Cypher's point.withinBBox. */
export function bboxParams(box: BBox): { sw: unknown; ne: unknown } {
  return {
    sw: new neo4j.types.Point(4326, box.west, box.south),
    ne: new neo4j.types.Point(4326, box.east, box.north),
  };
}
