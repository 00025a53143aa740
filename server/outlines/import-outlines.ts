// Imports the outlines of one district's areas (parse-outlines.ts) into Neo4j: one AreaOutline node per area,
// keyed by the area's AGS and linked to it (OUTLINE_OF → District or Municipality), holding the geometry as GeoJSON
// text and the attribution the licence asks for. A district's earlier outlines are replaced; all or nothing: an
// unknown code, a code of the wrong kind or areas of two districts refuse the file with the value named, and
// nothing is written. Outlines are data, not code: another county loads its own (npm run import:outlines).
import neo4j, { type Driver } from 'neo4j-driver';
import { advancing } from '../database/data-version.js';
import { BadUserInputError, quote } from '../errors.js';
import { parseOutlines, type OutlineFeature, type OutlineLevel } from './parse-outlines.js';

export interface ImportOutlinesOptions {
  database?: string;
  /** The attribution to show with the outlines; else the collection's own `attribution` member. Required. */
  attribution?: string | null;
}

export interface OutlineImport {
  districtAgs: string;
  districtName: string;
  features: number; // outlines written
  byLevel: Record<OutlineLevel, number>;
  skipped: number; // unitary features whose municipality has its own feature in the file
  attribution: string;
}

/** The AGS of the area a feature outlines: a unitary municipality's Verbandsschlüssel (03256 0 022) names 03256022. */
function areaAgsOf(feature: OutlineFeature): string {
  return feature.level === 'unitary' ? `${feature.code.slice(0, 5)}${feature.code.slice(6)}` : feature.code;
}

function refuse(message: string, messageDe: string, extensions: Record<string, unknown>): never {
  throw new BadUserInputError(`${message}; nothing was written`, {
    messageDe: `${messageDe}; nichts wurde geschrieben`,
    ...extensions,
  });
}

interface Resolved {
  ags: string;
  isDistrict: boolean;
  kind: string | null; // the municipality's kind; null for a district or an unknown key
  districtAgs: string | null;
  districtName: string | null;
}

const resolveQuery = `
  UNWIND $keys AS key
  OPTIONAL MATCH (d:District {ags: key.ags}) WHERE key.level = 'district'
  OPTIONAL MATCH (m:Municipality {ags: key.ags}) WHERE key.level <> 'district'
  WITH key, d, m, COLLECT { MATCH (m)-[:IN_DISTRICT]->(x:District) RETURN x }[0] AS home
  RETURN key.ags AS ags, d IS NOT NULL AS isDistrict, m.kind AS kind,
         coalesce(d.ags, home.ags) AS districtAgs, coalesce(d.name, home.name) AS districtName`;

export async function importOutlines(
  driver: Driver,
  text: string,
  options: ImportOutlinesOptions = {},
): Promise<OutlineImport> {
  const parsed = parseOutlines(text);
  const attribution = options.attribution?.trim() || parsed.attribution;
  if (!attribution)
    refuse(
      'The outlines need the attribution their licence asks for (--attribution, or an "attribution" member of the collection)',
      'Die Umrisse brauchen die Quellenangabe, die ihre Lizenz verlangt (--attribution oder ein Eintrag "attribution" der Collection)',
      { field: 'attribution', reason: 'ATTRIBUTION_MISSING' },
    );
  // A unitary municipality has a feature of its own at both levels in official data: the municipality's wins.
  const municipalities = new Set(parsed.features.filter((f) => f.level === 'municipality').map((f) => f.code));
  const features = parsed.features.filter((f) => f.level !== 'unitary' || !municipalities.has(areaAgsOf(f)));
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // The version advances with the outlines: the public map's answers are kept per data version
    // (server/http/cache-anonymous-reads.ts).
    return await session.executeWrite(
      advancing(async (tx) => {
        const keys = features.map((feature) => ({ ags: areaAgsOf(feature), level: feature.level }));
        const { records } = await tx.run(resolveQuery, { keys });
        const resolved = records.map((record) => record.toObject() as Resolved);
        const districts = new Map<string, string>();
        features.forEach((feature, i) => {
          const area = resolved[i]!;
          const where = `features[${feature.index}]`;
          const known = feature.level === 'district' ? area.isDistrict : area.kind !== null;
          if (!known)
            refuse(
              `${where}: there is no ${feature.level === 'district' ? 'district' : 'municipality'} with the code ${quote(feature.code)}${feature.level === 'unitary' ? ` (AGS ${quote(area.ags)})` : ''}`,
              `${where}: es gibt ${feature.level === 'district' ? 'keinen Landkreis' : 'keine Gemeinde'} mit dem Schlüssel ${quote(feature.code)}${feature.level === 'unitary' ? ` (AGS ${quote(area.ags)})` : ''}`,
              { reason: 'UNKNOWN_AREA', field: `features[${feature.index}].properties.code`, value: feature.code },
            );
          if ((feature.level === 'collective') !== (area.kind === 'COLLECTIVE') && feature.level !== 'district')
            refuse(
              `${where}: the code ${quote(feature.code)} of level ${feature.level} names a municipality of kind ${area.kind}`,
              `${where}: der Schlüssel ${quote(feature.code)} der Ebene ${feature.level} gehört zu einer Gemeinde der Art ${area.kind}`,
              { reason: 'WRONG_AREA_KIND', field: `features[${feature.index}].properties.code`, value: feature.code },
            );
          if (area.districtAgs) districts.set(area.districtAgs, area.districtName ?? area.districtAgs);
        });
        if (districts.size !== 1)
          refuse(
            `The outlines must belong to one district, they belong to ${[...districts.keys()].map((d) => quote(d)).join(', ')}`,
            `Die Umrisse müssen zu einem Landkreis gehören, sie gehören zu ${[...districts.keys()].map((d) => quote(d)).join(', ')}`,
            { reason: 'SEVERAL_DISTRICTS', value: [...districts.keys()] },
          );
        const [[districtAgs, districtName]] = [...districts] as [[string, string]];
        // An outline imported again unchanged keeps when it was imported: a repeated seed leaves the same graph.
        const earlier = await tx.run<{
          ags: string;
          level: string;
          geometry: string;
          attribution: string;
          at: unknown;
        }>(
          `MATCH (o:AreaOutline {districtAgs: $districtAgs})
         RETURN o.ags AS ags, o.level AS level, o.geometry AS geometry, o.attribution AS attribution, o.importedAt AS at`,
          { districtAgs },
        );
        const importedAt = new Map(
          earlier.records.map((record) => [
            [record.get('ags'), record.get('level'), record.get('geometry'), record.get('attribution')].join('\u0000'),
            record.get('at'),
          ]),
        );
        await tx.run('MATCH (o:AreaOutline {districtAgs: $districtAgs}) DETACH DELETE o', { districtAgs });
        await tx.run(
          `UNWIND $rows AS row
         OPTIONAL MATCH (d:District {ags: row.ags}) WHERE row.level = 'district'
         OPTIONAL MATCH (m:Municipality {ags: row.ags}) WHERE row.level <> 'district'
         WITH row, coalesce(d, m) AS area
         CREATE (o:AreaOutline {ags: row.ags, level: row.level, name: row.name, geometry: row.geometry,
                                districtAgs: $districtAgs, attribution: $attribution,
                                importedAt: coalesce(row.importedAt, datetime())})
         CREATE (o)-[:OUTLINE_OF]->(area)`,
          {
            districtAgs,
            attribution,
            rows: features.map((feature) => ({
              ags: areaAgsOf(feature),
              // A unitary municipality is drawn as a municipality; the level says what it is on the map.
              level: feature.level,
              name: feature.name,
              geometry: JSON.stringify(feature.geometry),
              importedAt:
                importedAt.get(
                  [areaAgsOf(feature), feature.level, JSON.stringify(feature.geometry), attribution].join('\u0000'),
                ) ?? null,
            })),
          },
        );
        const byLevel = { district: 0, collective: 0, municipality: 0, unitary: 0 };
        for (const feature of features) byLevel[feature.level] += 1;
        return {
          districtAgs,
          districtName,
          features: features.length,
          byLevel,
          skipped: parsed.features.length - features.length,
          attribution,
        };
      }),
    );
  } finally {
    await session.close();
  }
}
