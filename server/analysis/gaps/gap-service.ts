// The coverage-gap table as the API, the monitoring, the reports and the export ask for it: the arguments
// checked, today's table from the live graph, a past date's from the monitoring snapshots.
import { todayInGermany } from '../../../shared/calendar.js';
import { BadUserInputError, quote } from '../../errors.js';
import { requireDriver, type AnalysisDeps } from '../analysis-deps.js';
import { parseArea, type AreaArgs } from '../area/parse-area.js';
import { checkRadius } from '../area/reach.js';
import { toDay } from '../day-argument.js';
import { buildGapTable, type GapTable, type MunicipalityGap } from './build-gap-table.js';
import { loadGapInputs } from './load-gap-inputs.js';
import { loadSnapshotGaps } from './load-snapshot-gaps.js';

export interface CoverageGapsArgs extends AreaArgs {
  category: string;
  radiusKm?: number | null;
  asOf?: unknown;
}

/** asOf: today (the default) is answered from the live graph, a past date from the snapshots of that date. */
function checkAsOf(asOf: unknown): { date: string; past: boolean } {
  const today = todayInGermany();
  if (asOf === undefined || asOf === null) return { date: today, past: false };
  const date = toDay(asOf, 'asOf');
  if (date > today) {
    throw new BadUserInputError(
      `asOf ${quote(date)} is in the future (today is ${today}); gaps are known for today and, from the monitoring snapshots, for past dates`,
      {
        field: 'asOf',
        value: date,
      },
    );
  }
  return { date, past: date < today };
}

export async function coverageGapTable(deps: AnalysisDeps, args: CoverageGapsArgs): Promise<GapTable> {
  const radiusKm = checkRadius(args.radiusKm);
  const { date: asOf, past } = checkAsOf(args.asOf);
  const area = parseArea(args);
  const driver = requireDriver(deps);
  if (past) return loadSnapshotGaps({ driver, database: deps.database, area, category: args.category, radiusKm, asOf });
  const inputs = await loadGapInputs({ driver, database: deps.database, area, category: args.category, radiusKm });
  const tableArea = area.kind === 'GERMANY' ? { kind: 'GERMANY' as const, ags: 'DE' } : area;
  return buildGapTable(inputs, { category: args.category, radiusKm, asOf, area: tableArea });
}

/** One municipality's row of the gap table (Municipality.coverageGap), or null when it has none. */
export async function municipalityCoverageGap(
  deps: AnalysisDeps,
  ags: string,
  args: { category: string; radiusKm?: number | null },
): Promise<MunicipalityGap | null> {
  const radiusKm = checkRadius(args.radiusKm);
  const inputs = await loadGapInputs({
    driver: requireDriver(deps),
    database: deps.database,
    area: { kind: 'MUNICIPALITY', ags },
    category: args.category,
    radiusKm,
  });
  const table = buildGapTable(inputs, {
    category: args.category,
    radiusKm,
    asOf: todayInGermany(),
    area: { kind: 'DISTRICT', ags },
  });
  return table.municipalities[0] ?? null;
}
