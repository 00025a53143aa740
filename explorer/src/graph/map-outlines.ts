// The district's outlines as the map draws them: the projection fitted to the county's outline (Web Mercator,
// north up, in the map's model coordinates), an SVG path and a label point per area. Without outlines the map
// fits the municipalities' seats instead (map-elements.ts) and draws points.
import { geoArea, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaOutlinesQuery } from '../generated/graphql';

export type OutlinesData = AreaOutlinesQuery['areaOutlines'];

export const mapWidth = 1000;
export const mapHeight = 800;

export interface DrawnOutline {
  ags: string;
  level: string; // district, collective, municipality, unitary
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
  path: string; // SVG path data in model coordinates
  labelAt: { x: number; y: number }; // the area's centroid, projected
}

export interface MapOutlines {
  projection: GeoProjection;
  areas: DrawnOutline[]; // district first, then Samtgemeinden, then municipalities (the drawing order)
  byAgs: Map<string, DrawnOutline>;
  attribution: string | null;
}

const levelOrder: Record<string, number> = { district: 0, collective: 1, unitary: 2, municipality: 2 };

/**
 * The rings as d3-geo reads them: GeoJSON (RFC 7946) winds outer rings counter-clockwise, d3-geo clockwise on the
 * sphere, and reads the other way as "everything but this area" (the whole globe then fills the map). A polygon
 * covering more than half the sphere is the wrong way round: its rings are reversed.
 */
function windForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  const feature: Feature<G> = { type: 'Feature', properties: {}, geometry };
  if (geoArea(feature) <= 2 * Math.PI) return geometry;
  const reverse = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  return geometry.type === 'Polygon'
    ? { ...geometry, coordinates: reverse(geometry.coordinates) }
    : { ...geometry, coordinates: geometry.coordinates.map(reverse) };
}

/** The outlines projected for drawing; undefined when the district has none (the map draws points then). */
export function projectOutlines(data: OutlinesData): MapOutlines | undefined {
  if (data.features.length === 0) return undefined;
  const features = data.features.map((f) => ({
    ...f,
    feature: {
      type: 'Feature',
      properties: {},
      geometry: windForD3(JSON.parse(f.geometry) as Polygon | MultiPolygon),
    } satisfies Feature<Polygon | MultiPolygon>,
  }));
  const frame = features.find((f) => f.level === 'district') ?? features[0]!;
  const projection = geoMercator().fitExtent(
    [
      [40, 40],
      [mapWidth - 40, mapHeight - 40],
    ],
    frame.level === 'district'
      ? frame.feature
      : { type: 'FeatureCollection', features: features.map((f) => f.feature) },
  );
  const path = geoPath(projection);
  const areas = features
    .map((f): DrawnOutline => {
      const [x, y] = path.centroid(f.feature);
      return {
        ags: f.ags,
        level: f.level,
        name: f.name,
        feature: f.feature,
        path: path(f.feature) ?? '',
        labelAt: { x, y },
      };
    })
    .sort((a, b) => (levelOrder[a.level] ?? 3) - (levelOrder[b.level] ?? 3) || a.ags.localeCompare(b.ags));
  return { projection, areas, byAgs: new Map(areas.map((a) => [a.ags, a])), attribution: data.attribution ?? null };
}
