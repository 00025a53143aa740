// The outlines of a district's areas as the map draws them (import-outlines.ts wrote them): the geometry as GeoJSON
// text per area, and the attribution to show beside them. An empty list: no outlines imported, the map draws points.
import { readRows, type AnalysisDeps } from '../analysis/analysis-deps.js';

export interface AreaOutline {
  ags: string;
  level: string;
  name: string;
  geometry: string; // GeoJSON Polygon or MultiPolygon, WGS 84
}

export interface AreaOutlines {
  districtAgs: string;
  attribution: string | null;
  features: AreaOutline[];
}

export async function loadAreaOutlines(deps: AnalysisDeps, districtAgs: string): Promise<AreaOutlines> {
  const rows = await readRows<AreaOutline & { attribution: string }>(
    deps,
    `MATCH (o:AreaOutline {districtAgs: $districtAgs})
     RETURN o.ags AS ags, o.level AS level, o.name AS name, o.geometry AS geometry, o.attribution AS attribution
     ORDER BY o.level, o.ags`,
    { districtAgs },
  );
  return {
    districtAgs,
    attribution: rows[0]?.attribution ?? null,
    features: rows.map(({ ags, level, name, geometry }) => ({ ags, level, name, geometry })),
  };
}
