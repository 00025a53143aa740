// The snapshot job: the gap table of every category for each district (or the ones asked for), computed from the
// live graph exactly as coverageGaps computes it, written as Snapshot nodes of today. Re-running a day replaces
// that day's snapshots of the districts, in one transaction.
import neo4j, { type EagerResult, type Integer } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import type { AnalysisDeps } from '../analysis/analysis-deps.js';
import { checkRadius } from '../analysis/area/reach.js';
import { coverageGapTable } from '../analysis/gaps/gap-service.js';
import { loadArea } from '../analysis/area/load-area.js';
import { courseCategories } from '../analysis/courses/course-arguments.js';
import { sliceWaitingTimes } from '../analysis/courses/slice-waiting-times.js';
import { matchCategory } from '../analysis/courses/waiting-times-service.js';
import { readIndicatorTargets } from '../config.js';
import { toIndicatorSnapshotRows, type IndicatorSnapshotRow } from './indicator-snapshot-row.js';
import { todayInGermany } from '../../shared/calendar.js';
import { advanceDataVersion } from '../database/data-version.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import {
  snapshotCategories,
  sumOfferFigures,
  toSnapshotRows,
  type HeldOffer,
  type SnapshotRow,
} from './snapshot-row.js';
import { replaceIndicatorSnapshots, replaceSnapshots } from './write-snapshots.js';

export interface TakeSnapshotsOptions {
  districtAgs?: string[]; // 5-digit district keys; default every district in the graph
  radiusKm?: number; // catchment radius of the gap analysis; default 25
  waitWeeks?: number; // target wait of the indicators' waiting figures; default INDICATOR_TARGET_WAIT_WEEKS
  onProgress?: (districtAgs: string, done: number, total: number) => void; // after each district is computed
}

export interface SnapshotRun {
  date: string;
  districts: string[];
  municipalities: number;
  created: number;
  replaced: number; // snapshots of the same date that the run replaced
  indicatorSnapshots: number; // IndicatorSnapshots written (one per area and category)
}

async function listDistricts(
  deps: Required<Pick<AnalysisDeps, 'driver'>> & AnalysisDeps,
  wanted: string[] | undefined,
): Promise<string[]> {
  const { records } = await deps.driver.executeQuery(
    'MATCH (d:District) RETURN d.ags AS ags ORDER BY ags',
    {},
    { database: deps.database, routing: neo4j.routing.READ },
  );
  const all = records.map((record) => record.get('ags') as string);
  if (!wanted) return all;
  for (const ags of wanted) {
    if (!/^\d{5}$/.test(ags))
      throw new BadUserInputError(`districtAgs must be a 5-digit district key, got ${quote(ags)}`, {
        field: 'districtAgs',
        value: ags,
      });
    if (!all.includes(ags)) throw new NotFoundError(`There is no district with ags ${quote(ags)}`, { value: ags });
  }
  return [...new Set(wanted)];
}

async function loadHeldOffers(
  deps: AnalysisDeps & { driver: NonNullable<AnalysisDeps['driver']> },
  districtAgs: string,
): Promise<HeldOffer[]> {
  type HeldOfferRecord = Pick<HeldOffer, 'venueAgs' | 'category' | 'status'> & {
    [count in 'capacity' | 'booked' | 'waitlist']: Integer | number | null;
  };
  const { records } = await deps.driver.executeQuery<EagerResult<HeldOfferRecord>>(
    `MATCH (:District {ags: $districtAgs})<-[:IN_DISTRICT]-(m:Municipality)<-[:TAKES_PLACE_IN]-(o:Offer)
     WHERE o.format <> 'ONLINE'
     RETURN m.ags AS venueAgs, o.category AS category, o.status AS status, o.capacity AS capacity, o.booked AS booked, o.waitlist AS waitlist`,
    { districtAgs },
    { database: deps.database, routing: neo4j.routing.READ },
  );
  return records.map((record) => {
    const row = record.toObject();
    const toNumber = (value: Integer | number | null | undefined) =>
      value === null || value === undefined ? null : neo4j.integer.toNumber(value);
    return {
      venueAgs: row.venueAgs,
      category: row.category,
      status: row.status,
      capacity: toNumber(row.capacity),
      booked: toNumber(row.booked),
      waitlist: toNumber(row.waitlist),
    };
  });
}

/** Computes the snapshot rows of today for the districts, without writing them. */
export async function computeSnapshots(
  deps: AnalysisDeps,
  options: TakeSnapshotsOptions = {},
): Promise<{ date: string; districts: string[]; rows: SnapshotRow[]; indicatorRows: IndicatorSnapshotRow[] }> {
  if (!deps.driver) throw new Error('the snapshot job needs a database driver');
  const live = { ...deps, driver: deps.driver };
  const radiusKm = checkRadius(options.radiusKm);
  const date = todayInGermany();
  const districts = await listDistricts(live, options.districtAgs);
  const waitWeeks = options.waitWeeks ?? readIndicatorTargets().waitWeeks;
  const rows: SnapshotRow[] = [];
  const indicatorRows: IndicatorSnapshotRow[] = [];
  // The waiting-time matching is country-wide by definition: once per course category, sliced per district.
  const matchings = await Promise.all(
    courseCategories.map((category) => matchCategory(live, { category, asOf: date, radiusKm, targetWeeks: waitWeeks })),
  );
  let done = 0;
  for (const districtAgs of districts) {
    const figures = sumOfferFigures(await loadHeldOffers(live, districtAgs));
    // The categories of a district are independent reads: side by side.
    const tables = await Promise.all(
      snapshotCategories.map((category) => coverageGapTable(live, { category, districtAgs, radiusKm })),
    );
    const area = await loadArea(live, { kind: 'DISTRICT', ags: districtAgs });
    for (const table of tables) {
      rows.push(...toSnapshotRows(table, date, figures, () => randomUUID()));
      const matching = matchings[courseCategories.indexOf(table.category)];
      const waiting = matching ? sliceWaitingTimes(area, matching.results, matching.needsById, waitWeeks) : null;
      indicatorRows.push(...toIndicatorSnapshotRows(table, date, figures, waiting, waitWeeks, () => randomUUID()));
    }
    options.onProgress?.(districtAgs, ++done, districts.length);
  }
  return { date, districts, rows, indicatorRows };
}

/** Takes today's snapshots and writes them in one transaction, replacing today's snapshots of those districts. */
export async function takeSnapshots(deps: AnalysisDeps, options: TakeSnapshotsOptions = {}): Promise<SnapshotRun> {
  const { date, districts, rows, indicatorRows } = await computeSnapshots(deps, options);
  const municipalityAgs = [...new Set(rows.map((row) => row.municipalityAgs))];
  const areaAgs = [...new Set(indicatorRows.map((row) => row.areaAgs))];
  const session = deps.driver!.session({ database: deps.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const { deleted, created, indicatorSnapshots } = await session.executeWrite(async (tx) => {
      const written = await replaceSnapshots(tx, { dates: [date], municipalityAgs, rows });
      const indicators = await replaceIndicatorSnapshots(tx, { dates: [date], areaAgs, rows: indicatorRows });
      // Past dates' gap tables, indicators and the reports' trends are read from snapshots.
      await advanceDataVersion(tx);
      return { ...written, indicatorSnapshots: indicators };
    });
    return { date, districts, municipalities: municipalityAgs.length, created, replaced: deleted, indicatorSnapshots };
  } finally {
    await session.close();
  }
}
