// The geography of the synthetic Germany, from its own random stream: districts laid out, the region selected,
// each district's municipalities drawn and some grouped into Samtgemeinden.
import { createStream } from '../../data-generation/create-random.js';
import { synthetic } from '../plans/place-names.js';
import type { ResolvedGermanyOptions, SyntheticDistrict, SyntheticMunicipality } from '../synthetic-types.js';
import { drawDistrictMunicipalities } from './draw-district-municipalities.js';
import { drawPlaceName } from './draw-place-name.js';
import type { Geography } from './geography.js';
import { groupCollectives } from './group-collectives.js';
import { layOutDistricts } from './lay-out-districts.js';
import { countMunicipalities, selectRegion } from './select-region.js';

export function buildGeography(options: ResolvedGermanyOptions): Geography {
  const random = createStream(options.seed, 'geography');
  const selected = selectRegion(random, layOutDistricts(random, options.districts), options);
  const countByAgs = countMunicipalities(selected, options);
  const districts: SyntheticDistrict[] = [];
  const municipalities: SyntheticMunicipality[] = [];
  const places: SyntheticMunicipality[] = [];
  const placeDistrictList: number[] = [];
  const placeBaseName: string[] = [];
  const collectives: SyntheticMunicipality[] = [];
  let memberships = 0;

  selected.forEach((draft, districtIndex) => {
    const seatName = drawPlaceName(random);
    districts.push({
      ags: draft.ags,
      name: draft.urban ? `${seatName} ${synthetic}` : `Landkreis ${seatName} ${synthetic}`,
      state: draft.state.name,
      urban: draft.urban,
      lat: draft.lat,
      lon: draft.lon,
      radiusKm: draft.radiusKm,
    });
    const district = drawDistrictMunicipalities(random, draft, seatName, countByAgs.get(draft.ags) ?? 1);
    district.own.forEach((municipality, j) => {
      places.push(municipality);
      placeDistrictList.push(districtIndex);
      placeBaseName.push(district.ownBase[j]!);
    });
    municipalities.push(...district.own);
    const grouped = groupCollectives(random, draft, district);
    collectives.push(...grouped.collectives);
    municipalities.push(...grouped.collectives);
    memberships += grouped.memberships;
  });

  municipalities.sort((a, b) => a.ags.localeCompare(b.ags));
  return {
    districts,
    municipalities,
    places,
    placeDistrict: Int32Array.from(placeDistrictList),
    placeBaseName,
    collectives,
    memberships,
  };
}
