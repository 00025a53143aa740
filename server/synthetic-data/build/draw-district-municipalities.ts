// The municipalities of one district: a kreisfreie Stadt is one city; a Landkreis has its seat near the centre and
// the others scattered within its radius, with log-normal sizes around its state's typical municipality.
import type { Random } from '../../data-generation/create-random.js';
import { clamp, padNumber } from '../../data-generation/numbers.js';
import { synthetic } from '../plans/place-names.js';
import { cityStatePopulation } from '../plans/states.js';
import type { SyntheticMunicipality } from '../synthetic-types.js';
import { drawMunicipalityKind, drawNewcomers, drawPostcode } from './draw-municipality-facts.js';
import { drawPlaceName } from './draw-place-name.js';
import type { DraftDistrict } from './geography.js';
import { scatterPoint } from './scatter-point.js';

export interface DistrictMunicipalities {
  own: SyntheticMunicipality[];
  ownBase: string[]; // their names without "(synthetisch)"
}

function drawCity(random: Random, draft: DraftDistrict, seatName: string): DistrictMunicipalities {
  const { state } = draft;
  const known = cityStatePopulation[state.code];
  const population = known
    ? known[(draft.ordinal - 1) % known.length]!
    : Math.round(clamp(Math.exp(Math.log(150_000) + 0.55 * random.normal()), 40_000, 1_600_000));
  const city: SyntheticMunicipality = {
    ags: `${draft.ags}000`,
    name: `${seatName} ${synthetic}`,
    kind: 'CITY',
    population,
    populationEstimated: true,
    newcomers: drawNewcomers(random, population, true),
    lat: draft.lat,
    lon: draft.lon,
    postcode: drawPostcode(random, state),
    districtAgs: draft.ags,
    memberOfAgs: null,
  };
  return { own: [city], ownBase: [seatName] };
}

function drawRural(random: Random, draft: DraftDistrict, seatName: string, count: number): DistrictMunicipalities {
  const { state } = draft;
  if (count > 999)
    throw new RangeError(`district ${draft.ags} would get ${count} municipalities; at most 999 fit into 8-digit keys`);
  // Log-normal sizes around the state's typical municipality (Rhineland-Palatinate: villages; North Rhine-Westphalia: towns).
  const ruralPeople = state.population * 1000 * 0.72;
  const mean = ruralPeople / Math.max(1, state.municipalities - state.cities);
  const median = clamp(mean / 2.2, 400, 25_000);
  const result: DistrictMunicipalities = { own: [], ownBase: [] };
  for (let j = 0; j < count; j++) {
    const seat = j === 0;
    const drawn = Math.exp(Math.log(median) + 1.15 * random.normal());
    const population = Math.round(
      seat
        ? clamp(Math.max(drawn, Math.exp(Math.log(28_000) + 0.5 * random.normal())), 8_000, 250_000)
        : clamp(drawn, 40, 180_000),
    );
    const base = seat ? seatName : drawPlaceName(random);
    const at = scatterPoint(random, draft.lat, draft.lon, seat ? draft.radiusKm * 0.3 : draft.radiusKm);
    result.own.push({
      ags: `${draft.ags}${padNumber(j + 1, 3)}`,
      name: `${base} ${synthetic}`,
      kind: drawMunicipalityKind(random, population, seat),
      population,
      populationEstimated: true,
      newcomers: drawNewcomers(random, population, population >= 100_000),
      ...at,
      postcode: drawPostcode(random, state),
      districtAgs: draft.ags,
      memberOfAgs: null,
    });
    result.ownBase.push(base);
  }
  return result;
}

export function drawDistrictMunicipalities(
  random: Random,
  draft: DraftDistrict,
  seatName: string,
  count: number,
): DistrictMunicipalities {
  return draft.urban ? drawCity(random, draft, seatName) : drawRural(random, draft, seatName, count);
}
