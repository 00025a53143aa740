// For every place, the other places within a radius, found through a grid of cells one radius wide.
import { distanceKm, kmPerDegree } from '../../data-generation/geo.js';
import type { SyntheticMunicipality } from '../synthetic-types.js';
import type { IndexGroups } from './group-indices.js';

/** For every place, the other places within radiusKm, as compressed rows (start offsets and one flat list). */
export function listNeighbours(places: readonly SyntheticMunicipality[], radiusKm: number): IndexGroups {
  const cellLat = radiusKm / kmPerDegree;
  const cellLon = radiusKm / (kmPerDegree * Math.cos((55 * Math.PI) / 180)); // wide enough at the northern edge
  const grid = new Map<string, number[]>();
  const cellOf = (p: { lat: number; lon: number }) =>
    [Math.floor(p.lat / cellLat), Math.floor(p.lon / cellLon)] as const;
  places.forEach((p, i) => {
    const [a, b] = cellOf(p);
    const key = `${a}:${b}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  });
  const start = new Int32Array(places.length + 1);
  const list: number[] = [];
  places.forEach((p, i) => {
    const [a, b] = cellOf(p);
    for (let da = -1; da <= 1; da++) {
      for (let db = -1; db <= 1; db++) {
        for (const j of grid.get(`${a + da}:${b + db}`) ?? []) {
          if (j !== i && distanceKm(p, places[j]!) <= radiusKm) list.push(j);
        }
      }
    }
    start[i + 1] = list.length;
  });
  return { start, list: Int32Array.from(list) };
}
