// GraphQL resolvers of the coverage-gap analysis: Query.coverageGaps and Municipality.coverageGap.
import type { Driver } from 'neo4j-driver';
import { requireRole, staff } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { BadUserInputError, NotFoundError, quote } from '../../errors.js';
import { todayInGermany } from '../today.js';
import { buildGapTable, type GapTable, type MunicipalityGap } from './build-gap-table.js';
import { loadSnapshotGaps } from '../../monitoring/load-snapshot-gaps.js';
import { toDay } from '../../monitoring/monitoring-dates.js';
import { AreaNotFoundError, loadGapInputs, type GapArea } from './load-gap-inputs.js';

export interface AnalysisDeps {
  driver?: Driver; // absent only when the schema is built to be printed
  database?: string; // Neo4j database name; undefined uses the server's default
}

export const maxRadiusKm = 200;

interface CoverageGapsArgs {
  category: string;
  districtAgs?: string | null;
  samtgemeindeAgs?: string | null;
  radiusKm?: number | null;
  asOf?: unknown;
}

export function checkRadius(radiusKm: number | null | undefined): number {
  const radius = radiusKm ?? 25;
  if (!Number.isFinite(radius) || radius <= 0 || radius > maxRadiusKm) {
    throw new BadUserInputError(`radiusKm must be above 0 and at most ${maxRadiusKm} km, got ${quote(radius)}`, {
      field: 'radiusKm',
      value: radius,
    });
  }
  return radius;
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

function areaOf(args: CoverageGapsArgs): GapArea {
  const { districtAgs, samtgemeindeAgs } = args;
  if (districtAgs && samtgemeindeAgs) {
    throw new BadUserInputError(
      `Give districtAgs or samtgemeindeAgs, not both (got ${quote(districtAgs)} and ${quote(samtgemeindeAgs)})`,
    );
  }
  if (districtAgs !== undefined && districtAgs !== null) {
    if (!/^\d{5}$/.test(districtAgs))
      throw new BadUserInputError(`districtAgs must be a 5-digit district key, got ${quote(districtAgs)}`, {
        field: 'districtAgs',
        value: districtAgs,
      });
    return { kind: 'DISTRICT', ags: districtAgs };
  }
  if (samtgemeindeAgs !== undefined && samtgemeindeAgs !== null) {
    if (!/^\d{8,9}$/.test(samtgemeindeAgs)) {
      throw new BadUserInputError(
        `samtgemeindeAgs must be the 9-digit key of a Samtgemeinde, got ${quote(samtgemeindeAgs)}`,
        { field: 'samtgemeindeAgs', value: samtgemeindeAgs },
      );
    }
    return { kind: 'SAMTGEMEINDE', ags: samtgemeindeAgs };
  }
  return { kind: 'GERMANY' };
}

function requireDriver(deps: AnalysisDeps): Driver {
  if (!deps.driver) throw new Error('the analysis needs a database driver');
  return deps.driver;
}

export async function coverageGapTable(deps: AnalysisDeps, args: CoverageGapsArgs): Promise<GapTable> {
  const radiusKm = checkRadius(args.radiusKm);
  const { date: asOf, past } = checkAsOf(args.asOf);
  const area = areaOf(args);
  if (past) {
    if (area.kind === 'MUNICIPALITY') throw new Error('coverageGaps takes no municipality area');
    return loadSnapshotGaps({
      driver: requireDriver(deps),
      database: deps.database,
      area,
      category: args.category,
      radiusKm,
      asOf,
    });
  }
  try {
    const inputs = await loadGapInputs({
      driver: requireDriver(deps),
      database: deps.database,
      area,
      category: args.category,
      radiusKm,
    });
    const tableArea =
      area.kind === 'GERMANY'
        ? { kind: 'GERMANY' as const, ags: 'DE' }
        : { kind: area.kind === 'DISTRICT' ? ('DISTRICT' as const) : ('SAMTGEMEINDE' as const), ags: area.ags };
    return buildGapTable(inputs, { category: args.category, radiusKm, asOf, area: tableArea });
  } catch (error) {
    if (error instanceof AreaNotFoundError) {
      const what = area.kind === 'DISTRICT' ? 'district' : 'Samtgemeinde (a municipality of kind COLLECTIVE)';
      throw new NotFoundError(`There is no ${what} with ags ${quote(area.kind === 'GERMANY' ? '' : area.ags)}`, {
        value: area.kind === 'GERMANY' ? null : area.ags,
      });
    }
    throw error;
  }
}

export function createGapResolvers(deps: AnalysisDeps) {
  return {
    Query: {
      // The gap table shows demand, i.e. needs: coordinator and analyst only.
      coverageGaps: (_source: unknown, args: CoverageGapsArgs, context: { viewer?: Viewer }) => {
        requireRole(context.viewer, staff, 'coverageGaps');
        return coverageGapTable(deps, args);
      },
    },
    Municipality: {
      coverageGap: async (
        source: { ags: string },
        args: { category: string; radiusKm?: number | null },
        context: { viewer?: Viewer },
      ): Promise<MunicipalityGap | null> => {
        requireRole(context.viewer, staff, 'Municipality.coverageGap');
        const radiusKm = checkRadius(args.radiusKm);
        const inputs = await loadGapInputs({
          driver: requireDriver(deps),
          database: deps.database,
          area: { kind: 'MUNICIPALITY', ags: source.ags },
          category: args.category,
          radiusKm,
        });
        const table = buildGapTable(inputs, {
          category: args.category,
          radiusKm,
          asOf: todayInGermany(),
          area: { kind: 'DISTRICT', ags: source.ags },
        });
        return table.municipalities[0] ?? null;
      },
    },
  };
}
