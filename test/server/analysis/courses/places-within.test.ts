// The k-d tree search behind the waiting-time matching and the course suggestions: exactly the places within the
// radius by haversine distance, also near the antimeridian, and places skipped before they are measured.
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../../server/analysis/gaps/haversine.js';
import { indexPlaces, type Located } from '../../../../server/analysis/courses/places-within.js';

function found(places: Located[], at: Located, radiusKm: number, skip?: (i: number) => boolean): [number, number][] {
  const hits: [number, number][] = [];
  indexPlaces(places)(at, radiusKm, (i, km) => hits.push([i, Math.round(km * 10) / 10]), skip);
  return hits.sort((a, b) => a[0] - b[0]);
}

describe('indexPlaces', () => {
  const degreesPerKm = 180 / (Math.PI * 6371.0088);
  const at = { latitude: 52.6, longitude: 9.2 };
  const north = (km: number) => ({ latitude: at.latitude + km * degreesPerKm, longitude: at.longitude });
  const east = (km: number) => ({
    latitude: at.latitude,
    longitude: at.longitude + (km * degreesPerKm) / Math.cos((at.latitude * Math.PI) / 180),
  });

  it('finds the places within the radius with their distance, the box corners left out', () => {
    const corner = { latitude: north(24).latitude, longitude: east(24).longitude }; // in the box, 34 km away
    expect(found([north(10), east(24.9), north(25.2), corner, at], at, 25)).toEqual([
      [0, 10],
      [1, 24.9],
      [4, 0],
    ]);
  });

  it('agrees with a scan of every place by haversine', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const places = Array.from({ length: 2000 }, () => ({ latitude: 47 + random() * 8, longitude: 6 + random() * 9 }));
    const centre = { latitude: 51, longitude: 10 };
    const expected = places.flatMap((p, i) =>
      haversineKm(centre.latitude, centre.longitude, p.latitude, p.longitude) <= 60 ? [i] : [],
    );
    expect(found(places, centre, 60).map(([i]) => i)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10);
  });

  it('reaches across the antimeridian', () => {
    expect(
      found(
        [
          { latitude: 0, longitude: -179.9 },
          { latitude: 0, longitude: 179 },
        ],
        { latitude: 0, longitude: 179.95 },
        30,
      ).map(([i]) => i),
    ).toEqual([0]);
  });

  it('skips places before measuring them', () => {
    expect(found([north(1), north(2), north(3)], at, 25, (i) => i === 1).map(([i]) => i)).toEqual([0, 2]);
  });
});
