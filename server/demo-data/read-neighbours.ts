// Reads the municipalities of the neighbouring districts (reference/nienburg-neighbours.csv, described in its
// README): real names, keys and points, no population. The demo's border area is made of some of them.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../config.js';
import type { MunicipalityKind } from '../generated/graphql.js';
import { MunicipalityDataError } from './read-municipalities.js';

export interface NeighbourMunicipality {
  ags: string; // 8-digit AGS
  name: string;
  kind: MunicipalityKind;
  districtAgs: string;
  districtName: string;
  lat: number; // a point inside the municipality, not its seat
  lon: number;
  kmToCounty: number; // to the nearest municipality of the county
}

export const defaultNeighboursCsv = path.join(
  projectRoot,
  'server',
  'demo-data',
  'reference',
  'nienburg-neighbours.csv',
);

// The register's designation (`bez`) as the schema's kind; a designation not listed here is refused.
const kindByDesignation: Record<string, MunicipalityKind> = {
  Gemeinde: 'MUNICIPALITY',
  Stadt: 'CITY',
  Flecken: 'MARKET_TOWN',
};

interface CsvRow {
  code: string;
  name: string;
  bez: string;
  district_code: string;
  district: string;
  lat: string;
  lon: string;
  km_to_nearest_nienburg_municipality: string;
}

function toNumber(raw: string, what: string, file: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value))
    throw new MunicipalityDataError(`${file}: ${what} is not a number: "${raw}"`);
  return value;
}

/** Reads and checks the CSV file; throws naming the file, the row and the bad value. */
export function readNeighbours(file: string = defaultNeighboursCsv): NeighbourMunicipality[] {
  if (!fs.existsSync(file)) throw new MunicipalityDataError(`Neighbour reference data not found: ${file}`);
  const rows = parse<CsvRow>(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
  // An unincorporated area (gemeindefreies Gebiet, e.g. a forest) is no municipality: nobody lives or learns there.
  return rows
    .filter((row) => row.bez !== 'Gemeindefreies Gebiet')
    .map((row) => {
      const kind = kindByDesignation[row.bez];
      if (!kind) throw new MunicipalityDataError(`${file}: unknown designation "${row.bez}" of ${row.name}`);
      if (!/^\d{8}$/.test(row.code) || !row.code.startsWith(row.district_code))
        throw new MunicipalityDataError(`${file}: "${row.code}" is no AGS of district "${row.district_code}"`);
      return {
        ags: row.code,
        name: row.name,
        kind,
        districtAgs: row.district_code,
        districtName: row.district,
        lat: toNumber(row.lat, `lat of ${row.name}`, file),
        lon: toNumber(row.lon, `lon of ${row.name}`, file),
        kmToCounty: toNumber(row.km_to_nearest_nienburg_municipality, `distance of ${row.name}`, file),
      };
    });
}
