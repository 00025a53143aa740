// Turns the loaded inputs into the gap table of an area: the formula per point, then the rows of the area's
// municipalities, sums per Samtgemeinde and district, and the evidence (offers, needs) behind each figure.
import {
  computeCoverageGaps,
  severityOf,
  supplyOf,
  type DemandPoint,
  type GapSeverity,
} from './compute-coverage-gaps.js';
import type { AreaMunicipality, GapInputs, NeedRow, OfferRow } from './load-gap-inputs.js';
import { compareGerman } from '../labels.js';

export interface GapOffer extends Omit<OfferRow, 'latitude' | 'longitude'> {
  freePlaces: number | null;
}

export interface MunicipalityGap extends AreaMunicipality {
  demand: number;
  freePlacesInReach: number;
  accessibility: number;
  coverage: number;
  unmet: number;
  severity: GapSeverity;
  nearestOfferKm: number | null;
  nearestOffer: GapOffer | null;
  offersInReach: number;
  offerIdsInReach: string[];
  needIds: string[];
  needs: NeedRow[];
  located: boolean;
}

export type AreaKind = 'DISTRICT' | 'SAMTGEMEINDE' | 'GERMANY';

export interface AreaGap {
  ags: string;
  name: string;
  kind: AreaKind;
  demand: number;
  unmet: number;
  coverage: number;
  severity: GapSeverity;
  municipalities: number;
}

export interface GapTable {
  fromSnapshots: boolean; // true: read from the monitoring snapshots of asOf, without the evidence
  category: string;
  radiusKm: number;
  asOf: string;
  area: AreaGap;
  municipalities: MunicipalityGap[];
  samtgemeinden: AreaGap[];
  districts: AreaGap[];
  onlineOffers: GapOffer[];
  offersById: Map<string, GapOffer>; // every located offer considered, for the evidence behind rows
}

export interface BuildGapTableOptions {
  category: string;
  radiusKm: number;
  asOf: string;
  area: { ags: string; kind: AreaKind };
}

function toGapOffer({ latitude: _lat, longitude: _lon, ...offer }: OfferRow): GapOffer {
  return { ...offer, freePlaces: supplyOf(offer) };
}

export function sumArea(ags: string, name: string, kind: AreaKind, rows: MunicipalityGap[]): AreaGap {
  const demand = rows.reduce((sum, row) => sum + row.demand, 0);
  const unmet = rows.reduce((sum, row) => sum + row.unmet, 0);
  return {
    ags,
    name,
    kind,
    demand,
    unmet,
    coverage: demand === 0 ? 1 : 1 - unmet / demand,
    severity: severityOf(demand, unmet),
    municipalities: rows.length,
  };
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** Sums per Samtgemeinde (itself and its members) and per district (all its points), the largest unmet first. */
export function sumAreas(rows: MunicipalityGap[]): { samtgemeinden: AreaGap[]; districts: AreaGap[] } {
  const bySamtgemeinde = groupBy(rows, (row) => (row.kind === 'COLLECTIVE' ? row.ags : row.samtgemeindeAgs));
  const samtgemeinden = [...bySamtgemeinde].map(([ags, members]) => {
    const name = members.find((row) => row.ags === ags)?.name ?? members[0]!.samtgemeindeName ?? ags;
    return sumArea(ags, name, 'SAMTGEMEINDE', members);
  });
  const byDistrict = groupBy(rows, (row) => row.districtAgs);
  const districts = [...byDistrict].map(([ags, members]) =>
    sumArea(ags, members[0]!.districtName ?? ags, 'DISTRICT', members),
  );
  const byUnmet = (a: AreaGap, b: AreaGap) => b.unmet - a.unmet || b.demand - a.demand || compareGerman(a.name, b.name);
  samtgemeinden.sort(byUnmet);
  districts.sort(byUnmet);
  return { samtgemeinden, districts };
}

export function buildGapTable(inputs: GapInputs, options: BuildGapTableOptions): GapTable {
  // Every municipality with needs is a demand point; the area's own municipalities are points too (with
  // demand 0 if they have none), so that each row gets its accessibility.
  const demandByAgs = new Map(inputs.demand.map((row) => [row.ags, row]));
  const points: DemandPoint[] = inputs.demand.map((row) => ({
    ags: row.ags,
    latitude: row.latitude,
    longitude: row.longitude,
    demand: row.demand,
  }));
  for (const row of inputs.municipalities) {
    if (row.latitude !== null && row.longitude !== null && !demandByAgs.has(row.ags)) {
      points.push({ ags: row.ags, latitude: row.latitude, longitude: row.longitude, demand: 0 });
    }
  }
  // In a fixed order (by key), so that the sums of the formula add the same terms in the same order whichever
  // area the points were read for: a municipality's figures are then the same to the last bit.
  points.sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0));
  const located = inputs.offers.filter((offer) => offer.latitude !== null && offer.longitude !== null);
  const result = computeCoverageGaps(
    points,
    located.map((offer) => ({
      id: offer.id,
      latitude: offer.latitude!,
      longitude: offer.longitude!,
      status: offer.status,
      capacity: offer.capacity,
      booked: offer.booked,
    })),
    { radiusKm: options.radiusKm },
  );
  const gapByAgs = new Map(result.points.map((gap) => [gap.ags, gap]));
  const offerById = new Map(located.map((offer) => [offer.id, offer]));

  const rows = inputs.municipalities.map((municipality): MunicipalityGap => {
    const gap = gapByAgs.get(municipality.ags);
    const needs = demandByAgs.get(municipality.ags);
    const demand = needs?.demand ?? 0;
    const nearest = gap?.nearestOfferId ? offerById.get(gap.nearestOfferId) : undefined;
    return {
      ...municipality,
      demand,
      freePlacesInReach: gap?.freePlacesInReach ?? 0,
      accessibility: gap?.accessibility ?? 0,
      coverage: gap?.coverage ?? 0,
      unmet: gap?.unmet ?? demand,
      severity: gap?.severity ?? severityOf(demand, demand),
      nearestOfferKm: gap?.nearestOfferKm ?? null,
      nearestOffer: nearest ? toGapOffer(nearest) : null,
      offersInReach: gap?.offersInReach ?? 0,
      offerIdsInReach: gap?.offerIdsInReach ?? [],
      needIds: needs?.needIds ?? [],
      needs: needs?.needs ?? [],
      located: gap !== undefined,
    };
  });
  rows.sort((a, b) => b.unmet - a.unmet || b.demand - a.demand || compareGerman(a.name, b.name));

  const { samtgemeinden, districts } = sumAreas(rows);

  return {
    fromSnapshots: false,
    category: options.category,
    radiusKm: options.radiusKm,
    asOf: options.asOf,
    area: sumArea(options.area.ags, inputs.areaName, options.area.kind, rows),
    municipalities: rows,
    samtgemeinden,
    districts,
    onlineOffers: inputs.onlineOffers.map(toGapOffer),
    offersById: new Map(located.map((offer) => [offer.id, toGapOffer(offer)])),
  };
}
