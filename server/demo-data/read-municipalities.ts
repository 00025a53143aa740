// Reads the reference list of a district and its municipalities (reference/*.csv, described in its README).
// Missing population figures are estimated here, once, so that every consumer sees the same numbers.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../config.js';

import type { MunicipalityKind } from '../generated/graphql.js';

export type { MunicipalityKind };

export interface DistrictRecord {
  ags: string; // 5-digit Kreisschlüssel
  name: string;
  state: string; // Bundesland, derived from the first two digits of the key
  population: number | null;
}

export interface MunicipalityRecord {
  ags: string; // 8-digit AGS; a Samtgemeinde keeps its 9-digit Verbandsschlüssel
  name: string;
  kind: MunicipalityKind;
  memberOfAgs: string | null; // the Samtgemeinde it belongs to
  population: number;
  populationEstimated: boolean; // true for 'approximate' figures and for figures estimated here
  lat: number;
  lon: number;
}

export interface MunicipalityReference {
  district: DistrictRecord;
  municipalities: MunicipalityRecord[];
}

export const defaultMunicipalitiesCsv = path.join(
  projectRoot,
  'server',
  'demo-data',
  'reference',
  'nienburg-municipalities.csv',
);

// The Länder by the first two digits of the AGS, so that the state is data and not an assumption.
const statesByCode: Record<string, string> = {
  '01': 'Schleswig-Holstein',
  '02': 'Hamburg',
  '03': 'Niedersachsen',
  '04': 'Bremen',
  '05': 'Nordrhein-Westfalen',
  '06': 'Hessen',
  '07': 'Rheinland-Pfalz',
  '08': 'Baden-Württemberg',
  '09': 'Bayern',
  '10': 'Saarland',
  '11': 'Berlin',
  '12': 'Brandenburg',
  '13': 'Mecklenburg-Vorpommern',
  '14': 'Sachsen',
  '15': 'Sachsen-Anhalt',
  '16': 'Thüringen',
};

const municipalityKinds = new Set<string>(['CITY', 'MUNICIPALITY', 'MARKET_TOWN', 'COLLECTIVE']);

interface CsvRow {
  code: string;
  name: string;
  kind: string;
  collective_code: string;
  population: string;
  population_year: string;
  population_quality: string;
  lat: string;
  lon: string;
  location_quality: string;
}

export class MunicipalityDataError extends Error {}

function toNumber(raw: string, what: string, file: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value))
    throw new MunicipalityDataError(`${file}: ${what} is not a number: "${raw}"`);
  return value;
}

/** Reads and checks the CSV file; throws naming the file when it is missing or malformed. */
export function readMunicipalities(file: string = defaultMunicipalitiesCsv): MunicipalityReference {
  if (!fs.existsSync(file)) {
    throw new MunicipalityDataError(`Municipality reference data not found: ${file}`);
  }
  return parseMunicipalities(fs.readFileSync(file, 'utf8'), file);
}

/** Parses the CSV text; `file` only names the source in error messages. */
export function parseMunicipalities(csvText: string, file = 'municipalities.csv'): MunicipalityReference {
  const rows = parse<CsvRow>(csvText, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  const districtRows = rows.filter((row) => row.kind === 'DISTRICT');
  if (districtRows.length !== 1)
    throw new MunicipalityDataError(`${file}: expected exactly one DISTRICT row, found ${districtRows.length}`);
  const districtRow = districtRows[0]!;
  const state = statesByCode[districtRow.code.slice(0, 2)];
  if (!state) throw new MunicipalityDataError(`${file}: district key "${districtRow.code}" names no German state`);
  const district: DistrictRecord = {
    ags: districtRow.code,
    name: districtRow.name,
    state,
    population:
      districtRow.population === ''
        ? null
        : toNumber(districtRow.population, `population of ${districtRow.name}`, file),
  };

  const drafts = rows
    .filter((row) => row.kind !== 'DISTRICT')
    .map((row) => {
      if (!municipalityKinds.has(row.kind))
        throw new MunicipalityDataError(`${file}: unknown kind "${row.kind}" of ${row.name}`);
      return {
        ags: row.code,
        name: row.name,
        kind: row.kind as MunicipalityKind,
        memberOfAgs: row.collective_code === '' ? null : row.collective_code,
        population: row.population === '' ? null : toNumber(row.population, `population of ${row.name}`, file),
        populationEstimated: row.population_quality !== 'sourced',
        lat: toNumber(row.lat, `lat of ${row.name}`, file),
        lon: toNumber(row.lon, `lon of ${row.name}`, file),
      };
    });

  const byAgs = new Map(drafts.map((draft) => [draft.ags, draft]));
  for (const draft of drafts) {
    if (draft.memberOfAgs !== null && byAgs.get(draft.memberOfAgs)?.kind !== 'COLLECTIVE') {
      throw new MunicipalityDataError(
        `${file}: ${draft.name} names "${draft.memberOfAgs}" as its Samtgemeinde, which is not a COLLECTIVE row`,
      );
    }
  }

  // A member without a figure gets an even share of what its Samtgemeinde's total leaves after the known members.
  const estimates = new Map<string, number>();
  for (const collective of drafts.filter((draft) => draft.kind === 'COLLECTIVE')) {
    const members = drafts.filter((draft) => draft.memberOfAgs === collective.ags);
    const unknown = members.filter((member) => member.population === null);
    if (unknown.length === 0) continue;
    if (collective.population === null) {
      throw new MunicipalityDataError(
        `${file}: ${collective.name} has no population, so its members without one cannot be estimated`,
      );
    }
    const known = members.reduce((sum, member) => sum + (member.population ?? 0), 0);
    const rest = Math.max(0, collective.population - known);
    const share = Math.floor(rest / unknown.length);
    unknown.forEach((member, index) =>
      estimates.set(member.ags, share + (index < rest - share * unknown.length ? 1 : 0)),
    );
  }

  const municipalities = drafts.map((draft): MunicipalityRecord => {
    const estimate = estimates.get(draft.ags);
    if (draft.population === null && estimate === undefined) {
      throw new MunicipalityDataError(
        `${file}: ${draft.name} has no population and no Samtgemeinde to estimate it from`,
      );
    }
    return {
      ...draft,
      population: draft.population ?? estimate!,
      populationEstimated: draft.population === null || draft.populationEstimated,
    };
  });
  return { district, municipalities };
}
