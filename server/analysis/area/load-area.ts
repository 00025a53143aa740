// Reads an area's municipalities (with their Samtgemeinde, district and location): the rows of the gap table and
// the places the course analyses group by.
import { NotFoundError, quote } from '../../errors.js';
import { readRows, type AnalysisDeps } from '../analysis-deps.js';
import type { AreaRef } from './parse-area.js';

export interface AreaMunicipality {
  ags: string;
  name: string;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  samtgemeindeAgs: string | null;
  samtgemeindeName: string | null;
  districtAgs: string | null;
  districtName: string | null;
}

export interface LoadedArea {
  kind: AreaRef['kind'];
  ags: string; // 'DE' for Germany
  name: string;
  municipalities: AreaMunicipality[];
}

const municipalityMap = `{ ags: m.ags, name: m.name, kind: m.kind, latitude: m.location.latitude, longitude: m.location.longitude,
  samtgemeindeAgs: sg.ags, samtgemeindeName: sg.name, districtAgs: d.ags, districtName: d.name }`;

const areaQueries: Record<AreaRef['kind'], string> = {
  DISTRICT: `MATCH (d:District {ags: $ags})
    OPTIONAL MATCH (m:Municipality)-[:IN_DISTRICT]->(d)
    OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality)
    RETURN d.name AS areaName, collect(${municipalityMap}) AS rows`,
  SAMTGEMEINDE: `MATCH (area:Municipality {ags: $ags, kind: 'COLLECTIVE'})
    MATCH (m:Municipality) WHERE m = area OR (m)-[:MEMBER_OF]->(area)
    OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality)
    OPTIONAL MATCH (m)-[:IN_DISTRICT]->(d:District)
    RETURN area.name AS areaName, collect(${municipalityMap}) AS rows`,
  MUNICIPALITY: `MATCH (m:Municipality {ags: $ags})
    OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality)
    OPTIONAL MATCH (m)-[:IN_DISTRICT]->(d:District)
    RETURN m.name AS areaName, collect(${municipalityMap}) AS rows`,
  GERMANY: `MATCH (m:Municipality)
    OPTIONAL MATCH (m)-[:MEMBER_OF]->(sg:Municipality)
    OPTIONAL MATCH (m)-[:IN_DISTRICT]->(d:District)
    RETURN 'Deutschland' AS areaName, collect(${municipalityMap}) AS rows`,
};

const areaWords: Record<AreaRef['kind'], string> = {
  DISTRICT: 'district',
  SAMTGEMEINDE: 'Samtgemeinde (a municipality of kind COLLECTIVE)',
  MUNICIPALITY: 'municipality',
  GERMANY: 'area',
};

/** The area and its municipalities, or a NotFoundError that names the missing district or Samtgemeinde. */
export async function loadArea(deps: AnalysisDeps, area: AreaRef): Promise<LoadedArea> {
  const ags = area.kind === 'GERMANY' ? null : area.ags;
  const [row] = await readRows<{ areaName: string; rows: AreaMunicipality[] }>(deps, areaQueries[area.kind], { ags });
  if (!row) throw new NotFoundError(`There is no ${areaWords[area.kind]} with ags ${quote(ags ?? '')}`, { value: ags });
  return {
    kind: area.kind,
    ags: ags ?? 'DE',
    name: row.areaName,
    municipalities: row.rows.filter((municipality) => municipality.ags !== null),
  };
}
