// The generator's options with their defaults, checked: a RangeError names the bad option and value.
import { todayInGermany } from '../../../shared/calendar.js';
import { readDay } from '../../data-generation/days.js';
import type { GenerateGermanyOptions, ResolvedGermanyOptions } from '../synthetic-types.js';

export function resolveOptions(options: GenerateGermanyOptions): ResolvedGermanyOptions {
  const resolved: ResolvedGermanyOptions = {
    seed: options.seed ?? 1,
    scale: options.scale ?? 1,
    districts: options.districts ?? 400,
    municipalities: options.municipalities ?? 10_800,
    actors: options.actors ?? 100_000,
    offers: options.offers ?? 300_000,
    needs: options.needs ?? 100_000,
    cooperations: options.cooperations ?? 300_000,
    today: options.today ?? todayInGermany(),
    idPrefix: options.idPrefix ?? 'de',
    agsPrefix: options.agsPrefix ?? '',
  };
  if (!Number.isInteger(resolved.seed)) throw new RangeError(`seed must be an integer, got ${resolved.seed}`);
  if (!(resolved.scale > 0 && resolved.scale <= 10))
    throw new RangeError(`scale must be above 0 and at most 10, got ${resolved.scale}`);
  for (const name of ['districts', 'municipalities', 'actors', 'offers', 'needs', 'cooperations'] as const) {
    const value = resolved[name];
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number of 0 or more, got ${value}`);
  }
  if (resolved.districts < 1) throw new RangeError(`districts must be at least 1, got ${resolved.districts}`);
  if (!/^[A-Za-z0-9_]+$/.test(resolved.idPrefix))
    throw new RangeError(`idPrefix must be letters, digits or _, got "${resolved.idPrefix}"`);
  if (resolved.agsPrefix !== '' && !/^\d{2,4}$/.test(resolved.agsPrefix))
    throw new RangeError(`agsPrefix must be 2 to 4 digits, got "${resolved.agsPrefix}"`);
  readDay(resolved.today);
  return resolved;
}
