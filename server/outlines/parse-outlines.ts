// The outlines of a district's areas as GeoJSON (RFC 7946, WGS 84 longitude/latitude): a FeatureCollection with one
// feature per area, `properties.level` one of district, collective (Samtgemeinde), municipality or unitary (a
// municipality outside any Samtgemeinde, by its 9-digit Verbandsschlüssel), `properties.code` its key and
// `properties.name`; geometry a Polygon or MultiPolygon. Checked here before anything is looked up or written:
// every problem names the feature (its index and code) and the value.
import { BadUserInputError, quote } from '../errors.js';

export const outlineLevels = ['district', 'collective', 'municipality', 'unitary'] as const;
export type OutlineLevel = (typeof outlineLevels)[number];

export interface OutlineFeature {
  index: number; // its position in the file, for messages
  level: OutlineLevel;
  code: string;
  name: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface ParsedOutlines {
  features: OutlineFeature[];
  attribution?: string; // the collection's own `attribution` member, when it has one
}

/** The key's digits per level: a Kreisschlüssel, a Verbandsschlüssel, an AGS, a Verbandsschlüssel. */
const codePattern: Record<OutlineLevel, RegExp> = {
  district: /^\d{5}$/,
  collective: /^\d{9}$/,
  municipality: /^\d{8}$/,
  unitary: /^\d{9}$/,
};

export const outlineLimits = { maxFeatures: 5_000, maxPositions: 2_000_000 };

function refuse(message: string, messageDe: string, extensions: Record<string, unknown> = {}): never {
  throw new BadUserInputError(`${message}; nothing was written`, {
    messageDe: `${messageDe}; nichts wurde geschrieben`,
    ...extensions,
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Counts the positions of a Polygon's rings, or refuses the first bad one (where names the feature). */
function checkPolygon(rings: unknown, where: string): number {
  if (!Array.isArray(rings) || rings.length === 0)
    refuse(`${where}: a polygon must be a list of rings`, `${where}: ein Polygon muss eine Liste von Ringen sein`);
  let positions = 0;
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4)
      refuse(
        `${where}: a ring needs at least 4 positions, got ${quote(JSON.stringify(ring).slice(0, 60))}`,
        `${where}: ein Ring braucht mindestens 4 Punkte, nicht ${quote(JSON.stringify(ring).slice(0, 60))}`,
      );
    for (const position of ring) {
      const [lon, lat] = Array.isArray(position) ? (position as unknown[]) : [];
      if (
        typeof lon !== 'number' ||
        typeof lat !== 'number' ||
        !Number.isFinite(lon) ||
        !Number.isFinite(lat) ||
        Math.abs(lon) > 180 ||
        Math.abs(lat) > 90
      )
        refuse(
          `${where}: the position ${quote(JSON.stringify(position))} is not [longitude, latitude] in WGS 84`,
          `${where}: der Punkt ${quote(JSON.stringify(position))} ist kein [Länge, Breite] in WGS 84`,
          { value: JSON.stringify(position) },
        );
    }
    const first = ring[0] as number[];
    const last = ring.at(-1) as number[];
    if (first[0] !== last[0] || first[1] !== last[1])
      refuse(
        `${where}: a ring must end where it begins (${quote(JSON.stringify(first))} … ${quote(JSON.stringify(last))})`,
        `${where}: ein Ring muss enden, wo er beginnt (${quote(JSON.stringify(first))} … ${quote(JSON.stringify(last))})`,
      );
    positions += ring.length;
  }
  return positions;
}

/** The features of a GeoJSON text, checked; BAD_USER_INPUT naming the first problem. */
export function parseOutlines(text: string): ParsedOutlines {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    refuse(
      `The outlines are not JSON: ${(error as Error).message}`,
      `Die Umrisse sind kein JSON: ${(error as Error).message}`,
      { reason: 'OUTLINES_NOT_JSON' },
    );
  }
  if (!isRecord(document) || document.type !== 'FeatureCollection' || !Array.isArray(document.features))
    refuse(
      `The outlines must be a GeoJSON FeatureCollection, got type ${quote(isRecord(document) ? document.type : typeof document)}`,
      `Die Umrisse müssen eine GeoJSON-FeatureCollection sein, nicht Typ ${quote(isRecord(document) ? document.type : typeof document)}`,
      { reason: 'OUTLINES_NOT_FEATURE_COLLECTION' },
    );
  const raw = document.features as unknown[];
  if (raw.length === 0) refuse('The outlines hold no feature', 'Die Umrisse enthalten kein Feature');
  if (raw.length > outlineLimits.maxFeatures)
    refuse(
      `The outlines hold ${raw.length} features; at most ${outlineLimits.maxFeatures} are allowed`,
      `Die Umrisse enthalten ${raw.length} Features; erlaubt sind höchstens ${outlineLimits.maxFeatures}`,
    );
  let positions = 0;
  const seen = new Set<string>();
  const features = raw.map((feature, index): OutlineFeature => {
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    const where = `features[${index}]${typeof properties.code === 'string' ? ` (code ${quote(properties.code)})` : ''}`;
    if (!isRecord(feature) || feature.type !== 'Feature')
      refuse(`${where} is not a GeoJSON Feature`, `${where} ist kein GeoJSON-Feature`);
    const level = properties.level;
    if (typeof level !== 'string' || !(outlineLevels as readonly string[]).includes(level))
      refuse(
        `${where}: properties.level ${quote(level)} must be one of ${outlineLevels.join(', ')}`,
        `${where}: properties.level ${quote(level)} muss eines von ${outlineLevels.join(', ')} sein`,
        { field: `features[${index}].properties.level`, value: level },
      );
    const code = properties.code;
    if (typeof code !== 'string' || !codePattern[level as OutlineLevel].test(code))
      refuse(
        `${where}: properties.code ${quote(code)} is not a key of level ${level} (${codePattern[level as OutlineLevel].source})`,
        `${where}: properties.code ${quote(code)} ist kein Schlüssel der Ebene ${level} (${codePattern[level as OutlineLevel].source})`,
        { field: `features[${index}].properties.code`, value: code },
      );
    if (seen.has(`${level}:${code}`))
      refuse(
        `${where}: the code ${quote(code)} occurs twice`,
        `${where}: der Schlüssel ${quote(code)} kommt zweimal vor`,
        {
          value: code,
        },
      );
    seen.add(`${level}:${code}`);
    const geometry = feature.geometry;
    if (!isRecord(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon'))
      refuse(
        `${where}: the geometry must be a Polygon or MultiPolygon, got ${quote(isRecord(geometry) ? geometry.type : geometry)}`,
        `${where}: die Geometrie muss ein Polygon oder MultiPolygon sein, nicht ${quote(isRecord(geometry) ? geometry.type : geometry)}`,
      );
    if (geometry.type === 'Polygon') positions += checkPolygon(geometry.coordinates, where);
    else if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length === 0)
      refuse(
        `${where}: a MultiPolygon must be a list of polygons`,
        `${where}: ein MultiPolygon muss eine Liste von Polygonen sein`,
      );
    else for (const polygon of geometry.coordinates as unknown[]) positions += checkPolygon(polygon, where);
    if (positions > outlineLimits.maxPositions)
      refuse(
        `The outlines hold more than ${outlineLimits.maxPositions} positions; simplify them first`,
        `Die Umrisse enthalten mehr als ${outlineLimits.maxPositions} Punkte; bitte vorher vereinfachen`,
      );
    return {
      index,
      level: level as OutlineLevel,
      code: code,
      name: typeof properties.name === 'string' ? properties.name : code,
      geometry: { type: geometry.type, coordinates: geometry.coordinates },
    };
  });
  const attribution = typeof document.attribution === 'string' ? document.attribution.trim() : undefined;
  return { features, attribution: attribution || undefined };
}
