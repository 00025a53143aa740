// The geography of a synthetic Germany as the builders pass it on: districts, municipalities and the places
// (municipalities proper) actors, offers and needs are in.
import type { SyntheticDistrict, SyntheticMunicipality } from '../synthetic-types.js';
import type { StateFacts } from '../plans/states.js';

export interface Geography {
  districts: SyntheticDistrict[];
  municipalities: SyntheticMunicipality[];
  places: SyntheticMunicipality[]; // proper municipalities (not Samtgemeinden): where actors, offers and needs are
  placeDistrict: Int32Array; // index into districts per place
  placeBaseName: string[]; // the name without "(synthetisch)", for addresses and titles
  collectives: SyntheticMunicipality[];
  memberships: number;
}

/** A district while it is laid out, before its municipalities are drawn. */
export interface DraftDistrict {
  state: StateFacts;
  urban: boolean;
  lat: number;
  lon: number;
  radiusKm: number;
  ags: string;
  ordinal: number; // 1-based among the state's districts of its kind, in key order
}
