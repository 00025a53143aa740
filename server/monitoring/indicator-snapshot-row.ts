// One IndicatorSnapshot: the state figures behind the indicators of one area (municipality, Samtgemeinde,
// district), category and date, as the snapshot job computes them from the live graph: the places of the offers
// held in the area, the gap table's demand and unmet, and the waiting-time matching's figures (course categories).
// The outcome indicators need no snapshot: outcomes are records of the past and are read when asked for.
import type { GapTable } from '../analysis/gaps/build-gap-table.js';
import type { AreaWaiting } from '../analysis/courses/slice-waiting-times.js';
import type { OfferFigures } from './snapshot-row.js';

export interface IndicatorSnapshotRow {
  id: string;
  date: string; // YYYY-MM-DD
  areaAgs: string;
  areaKind: 'MUNICIPALITY' | 'SAMTGEMEINDE' | 'DISTRICT';
  category: string;
  capacity: number;
  booked: number;
  demand: number;
  unmet: number;
  hasWaiting: boolean; // false for categories without waiting times
  placed: number;
  medianWeeks: number | null;
  p90Weeks: number | null;
  overTarget: number;
  noSuitableStart: number;
  targetWeeks: number;
}

export interface WaitingSlice {
  municipalities: AreaWaiting[];
  samtgemeinden: AreaWaiting[];
  districts: AreaWaiting[];
}

/** The rows of one district's gap table of one category: each municipality, each Samtgemeinde and the district. */
export function toIndicatorSnapshotRows(
  table: GapTable,
  date: string,
  figures: Map<string, OfferFigures>,
  waiting: WaitingSlice | null,
  targetWeeks: number,
  idOf: () => string,
): IndicatorSnapshotRow[] {
  const placesOf = (agsList: string[]) =>
    agsList.reduce(
      (sum, ags) => {
        const held = figures.get(`${ags}|${table.category}`);
        return { capacity: sum.capacity + (held?.capacity ?? 0), booked: sum.booked + (held?.booked ?? 0) };
      },
      { capacity: 0, booked: 0 },
    );
  const waitingOf = (rows: AreaWaiting[] | undefined, ags: string) => {
    if (!waiting)
      return { hasWaiting: false, placed: 0, medianWeeks: null, p90Weeks: null, overTarget: 0, noSuitableStart: 0 };
    const row = rows?.find((candidate) => candidate.ags === ags);
    return {
      hasWaiting: true,
      placed: row?.placed ?? 0,
      medianWeeks: row?.medianWeeks ?? null,
      p90Weeks: row?.p90Weeks ?? null,
      overTarget: row?.overTarget ?? 0,
      noSuitableStart: row?.noSuitableStart ?? 0,
    };
  };
  const row = (
    areaAgs: string,
    areaKind: IndicatorSnapshotRow['areaKind'],
    agsList: string[],
    gaps: { demand: number; unmet: number },
    waitingRows: AreaWaiting[] | undefined,
  ): IndicatorSnapshotRow => ({
    id: idOf(),
    date,
    areaAgs,
    areaKind,
    category: table.category,
    ...placesOf(agsList),
    demand: gaps.demand,
    unmet: gaps.unmet,
    ...waitingOf(waitingRows, areaAgs),
    targetWeeks,
  });
  const municipalities = table.municipalities.map((m) =>
    row(m.ags, 'MUNICIPALITY', [m.ags], m, waiting?.municipalities),
  );
  const samtgemeinden = table.samtgemeinden.map((sg) =>
    row(
      sg.ags,
      'SAMTGEMEINDE',
      table.municipalities.filter((m) => m.ags === sg.ags || m.samtgemeindeAgs === sg.ags).map((m) => m.ags),
      sg,
      waiting?.samtgemeinden,
    ),
  );
  const district = row(
    table.area.ags,
    'DISTRICT',
    table.municipalities.map((m) => m.ags),
    table.area,
    waiting?.districts,
  );
  return [...municipalities, ...samtgemeinden, district];
}
