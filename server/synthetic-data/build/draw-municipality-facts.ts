// Figures of a synthetic municipality drawn from the geography stream: newcomers, postcode and kind.
import type { Random } from '../../data-generation/create-random.js';
import { padNumber } from '../../data-generation/numbers.js';
import type { StateFacts } from '../plans/states.js';
import type { MunicipalityKind } from '../synthetic-types.js';

/** About 1.2-2.4 % of the population, more in big cities. */
export function drawNewcomers(random: Random, population: number, big: boolean): number {
  return Math.round(population * (0.012 + random.next() * 0.012 + (big ? 0.006 : 0)));
}

export function drawPostcode(random: Random, state: StateFacts): string {
  const width = 5 - state.plz.length;
  return `${state.plz}${padNumber(random.int(0, 10 ** width - 1), width)}`;
}

export function drawMunicipalityKind(random: Random, population: number, seat: boolean): MunicipalityKind {
  if (seat || population >= 15_000) return 'CITY';
  if (population >= 5_000) return random.chance(0.5) ? 'CITY' : random.chance(0.3) ? 'MARKET_TOWN' : 'MUNICIPALITY';
  return random.chance(0.04) ? 'MARKET_TOWN' : 'MUNICIPALITY';
}
