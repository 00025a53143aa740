// The one bounding box of the analyses: around Germany it is the box the three copies computed; near a pole or
// across the antimeridian it takes every longitude instead of wrapping or leaving the valid range.
import { describe, expect, it } from 'vitest';
import { boxAround, widenBox } from '../../../../server/analysis/area/bounding-box.js';
import { haversineKm } from '../../../../server/analysis/area/haversine.js';

describe('widenBox', () => {
  it('widens by the distance on every side, in degrees of the box edge farthest from the equator', () => {
    const box = widenBox(52.6, 9.2, 52.7, 9.3, 25);
    // The south and north edges are 25 km from the box, along a meridian.
    expect(haversineKm(box.south, 9.2, 52.6, 9.2)).toBeCloseTo(25, 6);
    expect(haversineKm(box.north, 9.3, 52.7, 9.3)).toBeCloseTo(25, 6);
    // East and west: 25 km at every latitude of the box (the widest latitude gives the shortest degree), up to the
    // centimetres by which a great circle is shorter than the parallel the box measures along.
    for (const lat of [box.south, 52.6, 52.7, box.north]) {
      expect(haversineKm(lat, box.west, lat, 9.2)).toBeGreaterThanOrEqual(25 - 1e-3);
      expect(haversineKm(lat, box.east, lat, 9.3)).toBeGreaterThanOrEqual(25 - 1e-3);
    }
  });

  it('stops at the poles and takes every longitude near them', () => {
    const box = widenBox(89.5, 10, 89.5, 10, 100);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest matcher
    expect(box).toEqual({ south: expect.closeTo(88.6, 1), west: -180, north: 90, east: 180 });
    const south = widenBox(-89.9, 0, -89.9, 0, 50);
    expect(south.south).toBe(-90);
    expect([south.west, south.east]).toEqual([-180, 180]);
  });

  it('takes every longitude rather than wrap across the antimeridian', () => {
    const box = widenBox(-17, 179.9, -17, 179.9, 30);
    expect([box.west, box.east]).toEqual([-180, 180]);
    expect(box.south).toBeLessThan(-17);
    expect(box.north).toBeGreaterThan(-17);
    const west = widenBox(65, -179.8, 65, -179.8, 20);
    expect([west.west, west.east]).toEqual([-180, 180]);
  });
});

describe('boxAround', () => {
  it('is the box of the located places only, and undefined when none is located', () => {
    const places = [
      { latitude: 52.5, longitude: 9.0 },
      { latitude: null, longitude: null },
      { latitude: 52.8, longitude: 9.4 },
    ];
    expect(boxAround(places, 10)).toEqual(widenBox(52.5, 9.0, 52.8, 9.4, 10));
    expect(boxAround([{ latitude: null, longitude: null }], 10)).toBeUndefined();
  });
});
