// The area argument of the analyses: a district (5-digit key), a Samtgemeinde (its 9-digit key) or, with neither,
// all of Germany; a single municipality is an area only inside the server (Municipality.coverageGap).
import { BadUserInputError, quote } from '../../errors.js';

export type AreaRef =
  | { kind: 'DISTRICT'; ags: string }
  | { kind: 'SAMTGEMEINDE'; ags: string }
  | { kind: 'MUNICIPALITY'; ags: string }
  | { kind: 'GERMANY' };

export interface AreaArgs {
  districtAgs?: string | null;
  samtgemeindeAgs?: string | null;
}

/** A district key, or a clear error naming the field. */
export function checkDistrictAgs(districtAgs: string): string {
  if (!/^\d{5}$/.test(districtAgs))
    throw new BadUserInputError(`districtAgs must be a 5-digit district key, got ${quote(districtAgs)}`, {
      field: 'districtAgs',
      value: districtAgs,
    });
  return districtAgs;
}

export function parseArea(args: AreaArgs): Exclude<AreaRef, { kind: 'MUNICIPALITY' }> {
  const { districtAgs, samtgemeindeAgs } = args;
  if (districtAgs && samtgemeindeAgs) {
    throw new BadUserInputError(
      `Give districtAgs or samtgemeindeAgs, not both (got ${quote(districtAgs)} and ${quote(samtgemeindeAgs)})`,
    );
  }
  if (districtAgs !== undefined && districtAgs !== null)
    return { kind: 'DISTRICT', ags: checkDistrictAgs(districtAgs) };
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
