// The figures over the map for the area chosen in the filter: a Samtgemeinde (itself and its members) or one
// municipality, summed from the district's rows as ../shared/DESIGN.md defines area figures (sums of demand and
// unmet over the area's points; severity from their ratio). Without an area, the district's own figures.
import { areaMembers, type DistrictModel } from '../data/district-model';
import type { GapSeverity } from '../generated/graphql';
import type { AreaWaitingRow, GapTable, WaitingTable } from '../state/app-context';

export interface AreaGapFigures {
  name: string | undefined; // the area's name; undefined: the whole district
  demand: number;
  unmet: number;
  severity: GapSeverity;
}

export function severityOf(demand: number, unmet: number): GapSeverity {
  if (unmet === 0 || demand === 0) return 'NONE';
  const share = unmet / demand;
  return share < 0.25 ? 'LOW' : share < 0.5 ? 'MEDIUM' : 'HIGH';
}

export function areaGapFigures(model: DistrictModel, table: GapTable, area: string): AreaGapFigures {
  const members = areaMembers(model, area);
  if (!members) return { ...table.area, name: undefined };
  const rows = table.municipalities.filter((row) => members.has(row.ags));
  const demand = rows.reduce((sum, row) => sum + row.demand, 0);
  const unmet = rows.reduce((sum, row) => sum + row.unmet, 0);
  return { name: model.municipalities.get(area)?.name ?? area, demand, unmet, severity: severityOf(demand, unmet) };
}

export interface AreaWaitingFigures {
  name: string | undefined;
  waiting: number;
  overTarget: number;
  noSuitableStart: number;
  /**
   * The median and 90th percentile wait: the district's, a Samtgemeinde's (the API's figures for it as a whole) or
   * one municipality's; not summable over several, so undefined for anything else.
   */
  medianWeeks: number | null | undefined;
  p90Weeks: number | null | undefined;
}

export function areaWaitingFigures(model: DistrictModel, table: WaitingTable, area: string): AreaWaitingFigures {
  const members = areaMembers(model, area);
  if (!members) return { ...table.area, name: undefined };
  const rows: AreaWaitingRow[] = table.municipalities.filter((row) => members.has(row.ags));
  const sum = (key: 'waiting' | 'overTarget' | 'noSuitableStart') => rows.reduce((total, row) => total + row[key], 0);
  // A Samtgemeinde's median is the API's over the persons of all its points, which its members' medians cannot give.
  const samtgemeinde = table.samtgemeinden.find((row) => row.ags === area);
  const single = samtgemeinde ?? (rows.length === 1 ? rows[0] : undefined);
  return {
    name: model.municipalities.get(area)?.name ?? area,
    waiting: sum('waiting'),
    overTarget: sum('overTarget'),
    noSuitableStart: sum('noSuitableStart'),
    medianWeeks: single ? single.medianWeeks : undefined,
    p90Weeks: single ? single.p90Weeks : undefined,
  };
}
