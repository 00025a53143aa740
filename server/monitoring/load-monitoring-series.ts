// Reads the time series of the snapshots of an area (a municipality, a Samtgemeinde with its members, or a
// district), one series per category, summed per date.
import neo4j, { type EagerResult } from 'neo4j-driver';
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import { monthsBefore, todayInGermany } from '../../shared/calendar.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import { toDay } from '../analysis/day-argument.js';
import { checkRange } from './monitoring-dates.js';
import { snapshotCategories } from './snapshot-row.js';

export type MonitoringAreaKind = 'MUNICIPALITY' | 'SAMTGEMEINDE' | 'DISTRICT';

export interface MonitoringPoint {
  date: string;
  demand: number;
  unmet: number;
  coverage: number;
  accessibility: number | null;
  freePlaces: number;
  capacity: number;
  booked: number;
  waitlist: number;
  fillRate: number | null;
  municipalities: number;
  radiusKm: number;
}

export interface MonitoringSeries {
  category: string;
  areaAgs: string;
  areaName: string;
  areaKind: MonitoringAreaKind;
  points: MonitoringPoint[];
}

export interface MonitoringSeriesArgs {
  municipalityAgs?: string | null;
  samtgemeindeAgs?: string | null;
  districtAgs?: string | null;
  categories?: string[] | null;
  from?: unknown;
  to?: unknown;
}

const areaFormats: Record<MonitoringAreaKind, { pattern: RegExp; what: string; field: string }> = {
  MUNICIPALITY: { pattern: /^\d{8,9}$/, what: 'an 8-digit municipality key', field: 'municipalityAgs' },
  SAMTGEMEINDE: { pattern: /^\d{8,9}$/, what: 'the 9-digit key of a Samtgemeinde', field: 'samtgemeindeAgs' },
  DISTRICT: { pattern: /^\d{5}$/, what: 'a 5-digit district key', field: 'districtAgs' },
};

// The area's name and the keys of its municipalities (the snapshots hang on those), and its district (the live
// indicators are cut from the district's state, analysis/indicators/load-live-district.ts).
const areaQueries: Record<MonitoringAreaKind, string> = {
  MUNICIPALITY: `MATCH (area:Municipality {ags: $ags})
    OPTIONAL MATCH (area)-[:IN_DISTRICT]->(d:District)
    RETURN area.name AS name, [area.ags] AS agsList, d.ags AS districtAgs`,
  SAMTGEMEINDE: `MATCH (area:Municipality {ags: $ags, kind: 'COLLECTIVE'})
    OPTIONAL MATCH (m:Municipality)-[:MEMBER_OF]->(area)
    WITH area, collect(m.ags) AS members
    OPTIONAL MATCH (area)-[:IN_DISTRICT]->(d:District)
    RETURN area.name AS name, [area.ags] + members AS agsList, d.ags AS districtAgs`,
  DISTRICT: `MATCH (area:District {ags: $ags})
    OPTIONAL MATCH (m:Municipality)-[:IN_DISTRICT]->(area)
    RETURN area.name AS name, collect(m.ags) AS agsList, area.ags AS districtAgs`,
};

export interface MonitoringArea {
  kind: MonitoringAreaKind;
  ags: string;
  name: string;
  agsList: string[];
  districtAgs: string | null; // the district it lies in (null: none known)
}

export function monitoringAreaOf(
  args: Pick<MonitoringSeriesArgs, 'municipalityAgs' | 'samtgemeindeAgs' | 'districtAgs'>,
): { kind: MonitoringAreaKind; ags: string } {
  const given = (
    [
      ['MUNICIPALITY', args.municipalityAgs],
      ['SAMTGEMEINDE', args.samtgemeindeAgs],
      ['DISTRICT', args.districtAgs],
    ] as const
  ).filter(([, ags]) => ags !== undefined && ags !== null);
  if (given.length !== 1) {
    throw new BadUserInputError(
      `Give exactly one of municipalityAgs, samtgemeindeAgs or districtAgs, got ${given.length === 0 ? 'none' : given.map(([kind, ags]) => `${areaFormats[kind].field} ${quote(ags)}`).join(' and ')}`,
    );
  }
  const [kind, ags] = given[0]! as [MonitoringAreaKind, string];
  const format = areaFormats[kind];
  if (!format.pattern.test(ags))
    throw new BadUserInputError(`${format.field} must be ${format.what}, got ${quote(ags)}`, {
      field: format.field,
      value: ags,
    });
  return { kind, ags };
}

export async function loadMonitoringArea(
  deps: AnalysisDeps,
  area: { kind: MonitoringAreaKind; ags: string },
): Promise<MonitoringArea> {
  const { records } = await deps.driver!.executeQuery(
    areaQueries[area.kind],
    { ags: area.ags },
    { database: deps.database, routing: neo4j.routing.READ },
  );
  const row = records[0]?.toObject() as { name: string; agsList: string[]; districtAgs: string | null } | undefined;
  if (!row) {
    const what = {
      MUNICIPALITY: 'municipality',
      SAMTGEMEINDE: 'Samtgemeinde (a municipality of kind COLLECTIVE)',
      DISTRICT: 'district',
    }[area.kind];
    throw new NotFoundError(`There is no ${what} with ags ${quote(area.ags)}`, { value: area.ags });
  }
  return { ...area, name: row.name, agsList: row.agsList, districtAgs: row.districtAgs };
}

const toNumber = (value: unknown) => (neo4j.isInt(value) ? neo4j.integer.toNumber(value) : Number(value));

export async function loadMonitoringSeries(
  deps: AnalysisDeps,
  args: MonitoringSeriesArgs,
): Promise<MonitoringSeries[]> {
  const areaKey = monitoringAreaOf(args);
  const to = args.to === undefined || args.to === null ? todayInGermany() : toDay(args.to, 'to');
  const from = args.from === undefined || args.from === null ? monthsBefore(to, 12) : toDay(args.from, 'from');
  checkRange(from, to);
  const categories = args.categories && args.categories.length > 0 ? [...new Set(args.categories)] : snapshotCategories;
  const area = await loadMonitoringArea(deps, areaKey);
  // The query returns the category and the date as text, the sums as numbers (read with toNumber).
  const { records } = await deps.driver!.executeQuery<
    EagerResult<{ category: string; date: string; [sum: string]: unknown }>
  >(
    `UNWIND $agsList AS ags
     MATCH (:Municipality {ags: ags})<-[:SNAPSHOT_OF]-(s:Snapshot)
     WHERE s.category IN $categories AND s.date >= date($from) AND s.date <= date($to)
     WITH s.category AS category, s.date AS date, collect(s) AS snapshots
     RETURN category, toString(date) AS date,
       reduce(x = 0, s IN snapshots | x + s.demand) AS demand,
       reduce(x = 0, s IN snapshots | x + s.unmet) AS unmet,
       reduce(x = 0.0, s IN snapshots | x + s.accessibility * s.demand) AS weightedAccessibility,
       reduce(x = 0, s IN snapshots | x + s.freePlaces) AS freePlaces,
       reduce(x = 0, s IN snapshots | x + s.capacity) AS capacity,
       reduce(x = 0, s IN snapshots | x + s.booked) AS booked,
       reduce(x = 0, s IN snapshots | x + s.waitlist) AS waitlist,
       size(snapshots) AS municipalities, snapshots[0].accessibility AS firstAccessibility, snapshots[0].radiusKm AS radiusKm
     ORDER BY date`,
    { agsList: area.agsList, categories, from, to },
    { database: deps.database, routing: neo4j.routing.READ },
  );
  const byCategory = new Map<string, MonitoringPoint[]>(categories.map((category) => [category, []]));
  for (const record of records) {
    const row = record.toObject();
    const demand = toNumber(row.demand);
    const unmet = toNumber(row.unmet);
    const capacity = toNumber(row.capacity);
    const booked = toNumber(row.booked);
    byCategory.get(row.category)?.push({
      date: row.date,
      demand,
      unmet,
      coverage: demand === 0 ? 1 : 1 - unmet / demand,
      accessibility:
        area.kind === 'MUNICIPALITY'
          ? toNumber(row.firstAccessibility)
          : demand === 0
            ? null
            : toNumber(row.weightedAccessibility) / demand,
      freePlaces: toNumber(row.freePlaces),
      capacity,
      booked,
      waitlist: toNumber(row.waitlist),
      fillRate: capacity === 0 ? null : booked / capacity,
      municipalities: toNumber(row.municipalities),
      radiusKm: toNumber(row.radiusKm),
    });
  }
  return [...byCategory].map(([category, points]) => ({
    category,
    areaAgs: area.ags,
    areaName: area.name,
    areaKind: area.kind,
    points,
  }));
}

export async function loadSnapshotDates(deps: AnalysisDeps, districtAgs: string | null | undefined): Promise<string[]> {
  if (districtAgs !== undefined && districtAgs !== null) monitoringAreaOf({ districtAgs });
  const area = districtAgs ? await loadMonitoringArea(deps, { kind: 'DISTRICT', ags: districtAgs }) : undefined;
  const { records } = await deps.driver!.executeQuery(
    area
      ? `UNWIND $agsList AS ags MATCH (:Municipality {ags: ags})<-[:SNAPSHOT_OF]-(s:Snapshot) RETURN DISTINCT toString(s.date) AS date ORDER BY date`
      : `MATCH (s:Snapshot) RETURN DISTINCT toString(s.date) AS date ORDER BY date`,
    { agsList: area?.agsList ?? [] },
    { database: deps.database, routing: neo4j.routing.READ },
  );
  return records.map((record) => record.get('date') as string);
}
