// One Snapshot as DESIGN.md defines it: the gap figures of one municipality and category on one date, and the
// places of the offers held there. Built from a gap table (live, or computed for the demo history).
import type { GapTable } from '../analysis/gaps/build-gap-table.js';
import { supplyOf } from '../analysis/gaps/compute-coverage-gaps.js';
import { categoryLabels } from '../analysis/labels.js';

/** Every offer category, in the order of DESIGN.md. */
export const snapshotCategories = Object.keys(categoryLabels);

export interface SnapshotRow {
  id: string;
  date: string; // YYYY-MM-DD
  municipalityAgs: string;
  category: string;
  radiusKm: number;
  demand: number; // persons of the OPEN needs (the gap table's D)
  unmet: number; // the gap table's unmet
  accessibility: number; // the gap table's A: free places per person in need, weighted by distance
  freePlaces: number; // free places of the PLANNED and OPEN offers held in the municipality (supply S)
  capacity: number; // places of the offers held in the municipality (PLANNED, OPEN, FULL, RUNNING)
  booked: number; // their bookings
  waitlist: number; // their waiting lists
}

/** An offer as the snapshot counts it: held in one municipality (its venue), never ONLINE. */
export interface HeldOffer {
  venueAgs: string;
  category: string;
  status: string;
  capacity: number | null;
  booked: number | null;
  waitlist: number | null;
}

export interface OfferFigures {
  freePlaces: number;
  capacity: number;
  booked: number;
  waitlist: number;
}

const heldStatuses = new Set(['PLANNED', 'OPEN', 'FULL', 'RUNNING']);

/** Sums the places of the held offers per municipality and category ("ags|category"). */
export function sumOfferFigures(offers: readonly HeldOffer[]): Map<string, OfferFigures> {
  const figures = new Map<string, OfferFigures>();
  for (const offer of offers) {
    if (!heldStatuses.has(offer.status)) continue;
    const key = `${offer.venueAgs}|${offer.category}`;
    const sum = figures.get(key) ?? { freePlaces: 0, capacity: 0, booked: 0, waitlist: 0 };
    sum.freePlaces += supplyOf(offer) ?? 0;
    sum.capacity += offer.capacity ?? 0;
    sum.booked += offer.booked ?? 0;
    sum.waitlist += offer.waitlist ?? 0;
    figures.set(key, sum);
  }
  return figures;
}

/** One row per municipality of the table; ids are given by the caller (random for the job, fixed for demo data). */
export function toSnapshotRows(
  table: GapTable,
  date: string,
  figures: Map<string, OfferFigures>,
  idOf: (ags: string) => string,
): SnapshotRow[] {
  return table.municipalities.map((row) => {
    const held = figures.get(`${row.ags}|${table.category}`);
    return {
      id: idOf(row.ags),
      date,
      municipalityAgs: row.ags,
      category: table.category,
      radiusKm: table.radiusKm,
      demand: row.demand,
      unmet: row.unmet,
      accessibility: row.accessibility,
      freePlaces: held?.freePlaces ?? 0,
      capacity: held?.capacity ?? 0,
      booked: held?.booked ?? 0,
      waitlist: held?.waitlist ?? 0,
    };
  });
}
