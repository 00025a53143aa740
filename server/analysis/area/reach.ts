// Reach: the radius around a place within which an offer counts as reachable, as the API accepts it.
import { BadUserInputError, quote } from '../../errors.js';

export const defaultRadiusKm = 25;
export const maxRadiusKm = 200;

/** The radius argument (default 25 km), or a clear error: above 0 and at most maxRadiusKm. */
export function checkRadius(radiusKm: number | null | undefined): number {
  const radius = radiusKm ?? defaultRadiusKm;
  if (!Number.isFinite(radius) || radius <= 0 || radius > maxRadiusKm) {
    throw new BadUserInputError(`radiusKm must be above 0 and at most ${maxRadiusKm} km, got ${quote(radius)}`, {
      field: 'radiusKm',
      value: radius,
    });
  }
  return radius;
}
