// Below scale 1 the data set is a contiguous region: the districts nearest to a seeded rural district (all of them
// at scale 1), in key order; an agsPrefix renumbers their keys.
import type { Random } from '../../data-generation/create-random.js';
import { distanceKm } from '../../data-generation/geo.js';
import { apportion, clamp, padNumber } from '../../data-generation/numbers.js';
import type { ResolvedGermanyOptions } from '../synthetic-types.js';
import type { DraftDistrict } from './geography.js';

function renumberDistricts(selected: DraftDistrict[], agsPrefix: string): void {
  const width = 5 - agsPrefix.length;
  if (selected.length >= 10 ** width)
    throw new RangeError(
      `agsPrefix "${agsPrefix}" leaves room for ${10 ** width - 1} districts, but ${selected.length} are asked for`,
    );
  selected.forEach((d, i) => (d.ags = `${agsPrefix}${padNumber(i + 1, width)}`));
}

export function selectRegion(random: Random, all: DraftDistrict[], options: ResolvedGermanyOptions): DraftDistrict[] {
  const rural = all.filter((d) => !d.urban);
  const origin = rural.length > 0 ? random.pick(rural) : all[0]!;
  const wanted = clamp(Math.round(options.districts * options.scale), 1, all.length);
  const selected = all
    .map((d, index) => ({ d, index, km: distanceKm(origin, d) }))
    .sort((a, b) => a.km - b.km || a.index - b.index)
    .slice(0, wanted)
    .map((entry) => entry.d)
    .sort((a, b) => a.ags.localeCompare(b.ags));
  if (options.agsPrefix !== '') renumberDistricts(selected, options.agsPrefix);
  return selected;
}

/** Municipalities per Landkreis: one per kreisfreie Stadt, the rest shared by the Landkreise like their state's. */
export function countMunicipalities(selected: DraftDistrict[], options: ResolvedGermanyOptions): Map<string, number> {
  const urbanSelected = selected.filter((d) => d.urban).length;
  const totalMunicipalities = Math.max(selected.length, Math.round(options.municipalities * options.scale));
  const ruralSelected = selected.filter((d) => !d.urban);
  const ruralShare = apportionRural(totalMunicipalities - urbanSelected - ruralSelected.length, ruralSelected);
  const countByAgs = new Map<string, number>();
  ruralSelected.forEach((d, i) => countByAgs.set(d.ags, 1 + ruralShare[i]!));
  return countByAgs;
}

function apportionRural(extra: number, ruralSelected: DraftDistrict[]): number[] {
  return apportion(
    Math.max(0, extra),
    ruralSelected.map(
      (d) => Math.max(1, d.state.municipalities - d.state.cities) / Math.max(1, d.state.districts - d.state.cities),
    ),
  );
}
