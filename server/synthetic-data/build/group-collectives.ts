// Samtgemeinden (and their kin) in some Landkreise of the states that have them: small neighbours grouped around a
// randomly chosen seat, named after their biggest member, keyed district AGS + 5 + 4xx.
import type { Random } from '../../data-generation/create-random.js';
import { distanceKm } from '../../data-generation/geo.js';
import { padNumber } from '../../data-generation/numbers.js';
import { synthetic } from '../plans/place-names.js';
import type { SyntheticMunicipality } from '../synthetic-types.js';
import type { DistrictMunicipalities } from './draw-district-municipalities.js';
import type { DraftDistrict } from './geography.js';

export interface Collectives {
  collectives: SyntheticMunicipality[];
  memberships: number;
}

function createCollective(
  draft: DraftDistrict,
  ags: string,
  members: SyntheticMunicipality[],
  { own, ownBase }: DistrictMunicipalities,
): SyntheticMunicipality {
  const biggest = members.reduce((best, m) => (m.population > best.population ? m : best));
  for (const member of members) member.memberOfAgs = ags;
  return {
    ags,
    name: `${draft.state.collective} ${ownBase[own.indexOf(biggest)]} ${synthetic}`,
    kind: 'COLLECTIVE',
    population: members.reduce((sum, m) => sum + m.population, 0),
    populationEstimated: true,
    newcomers: members.reduce((sum, m) => sum + m.newcomers, 0),
    lat: biggest.lat,
    lon: biggest.lon,
    postcode: biggest.postcode,
    districtAgs: draft.ags,
    memberOfAgs: null,
  };
}

export function groupCollectives(random: Random, draft: DraftDistrict, district: DistrictMunicipalities): Collectives {
  const result: Collectives = { collectives: [], memberships: 0 };
  const { own } = district;
  if (!(draft.state.collective && !draft.urban && own.length >= 6 && random.chance(0.7))) return result;
  const free = own.slice(1).filter((m) => m.population < 8_000);
  const target = Math.floor(free.length * (0.5 + random.next() * 0.3));
  let grouped = 0;
  let number = 0;
  while (grouped < target && free.length >= 2 && number < 99) {
    const seat = free.splice(Math.floor(random.next() * free.length), 1)[0]!;
    free.sort((a, b) => distanceKm(seat, a) - distanceKm(seat, b) || a.ags.localeCompare(b.ags));
    const members = [seat, ...free.splice(0, Math.min(free.length, random.int(1, 6)))];
    number++;
    const ags = `${draft.ags}5${padNumber(400 + number, 3)}`;
    grouped += members.length;
    result.memberships += members.length;
    result.collectives.push(createCollective(draft, ags, members, district));
  }
  return result;
}
