// A made-up German place name: an optional prefix, a stem and a suffix (three draws).
import type { Random } from '../../data-generation/create-random.js';
import { namePrefixes, nameStems, nameSuffixes } from '../plans/place-names.js';

export function drawPlaceName(random: Random): string {
  const prefix = random.pick(namePrefixes);
  const base = `${random.pick(nameStems)}${random.pick(nameSuffixes)}`;
  return prefix ? `${prefix} ${base}` : base;
}
