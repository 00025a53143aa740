// Lays all of Germany's districts out, state by state, and gives them their keys.
import type { Random } from '../../data-generation/create-random.js';
import { kmPerDegree } from '../../data-generation/geo.js';
import { apportion, clamp, padNumber, roundTo } from '../../data-generation/numbers.js';
import { cityStateRadiusKm, states } from '../plans/states.js';
import type { DraftDistrict } from './geography.js';

/** Lays all of Germany's districts out on a jittered grid inside each state's box; ranks them by latitude for their keys. */
export function layOutDistricts(random: Random, totalDistricts: number): DraftDistrict[] {
  const perState = apportion(
    totalDistricts,
    states.map((s) => s.districts),
  );
  const drafts: DraftDistrict[] = [];
  states.forEach((state, stateIndex) => {
    const n = Math.max(1, perState[stateIndex]!);
    const urbanCount = state.cities === state.districts ? n : Math.round((state.cities / state.districts) * n);
    const midLat = (state.south + state.north) / 2;
    const widthKm = (state.east - state.west) * kmPerDegree * Math.cos((midLat * Math.PI) / 180);
    const heightKm = (state.north - state.south) * kmPerDegree;
    const cellKm = Math.sqrt((widthKm * heightKm) / n);
    const cols = Math.max(1, Math.round(widthKm / cellKm));
    let rows = Math.max(1, Math.ceil(n / cols));
    while (cols * rows < n) rows++;
    const cells = Array.from({ length: cols * rows }, (_, i) => i);
    for (let i = cells.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [cells[i], cells[j]] = [cells[j]!, cells[i]!];
    }
    const cellW = (state.east - state.west) / cols;
    const cellH = (state.north - state.south) / rows;
    const inState: DraftDistrict[] = cells.slice(0, n).map((cell, i) => {
      const urban = i < urbanCount;
      const single = n === 1 || cols * rows === 1;
      const lat = single ? midLat : state.south + (Math.floor(cell / cols) + 0.5 + (random.next() - 0.5) * 0.5) * cellH;
      const lon = single
        ? (state.west + state.east) / 2
        : state.west + ((cell % cols) + 0.5 + (random.next() - 0.5) * 0.5) * cellW;
      const radiusKm = cityStateRadiusKm[state.code] ?? (urban ? clamp(cellKm * 0.25, 6, 14) : cellKm * 0.62);
      return {
        state,
        urban,
        lat: roundTo(lat, 5),
        lon: roundTo(lon, 5),
        radiusKm: Math.round(radiusKm * 10) / 10,
        ags: '',
        ordinal: 0,
      };
    });
    // Keys follow SS R KK: R a north-to-south band of up to 40 districts where a state has more, kreisfreie Städte
    // numbered from 01 and Landkreise from 51 within a band, like the real ones.
    const ranked = [...inState].sort((a, b) => b.lat - a.lat || a.lon - b.lon);
    if (ranked.length > 9 * 40)
      throw new RangeError(
        `${state.name} would get ${ranked.length} districts; at most 360 per state fit into 5-digit keys`,
      );
    const banded = ranked.length > 40;
    const counters = new Map<string, number>();
    ranked.forEach((draft, rank) => {
      const band = banded ? 1 + Math.floor(rank / 40) : 0;
      const counterKey = `${band}${draft.urban ? 'u' : 'r'}`;
      const k = (counters.get(counterKey) ?? 0) + 1;
      counters.set(counterKey, k);
      draft.ordinal = rank + 1;
      draft.ags = `${state.code}${band}${padNumber(draft.urban ? k : 50 + k, 2)}`;
    });
    drafts.push(...inState);
  });
  return drafts;
}
