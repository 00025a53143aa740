// Reads what the gap analysis of one area needs: the area's municipalities (the rows), the demand points and
// offers around it (within two radii and one radius: an offer's ratio depends on all demand in its reach, across
// district borders), the nearest offer of every row at any distance (find-nearest-offers.ts), and the area's
// ONLINE offers. Which boxes are read is decided here, the reads themselves are a GapReader's.
import type { Driver } from 'neo4j-driver';
import { boxAround } from '../area/bounding-box.js';
import type { AreaMunicipality } from '../area/load-area.js';
import type { AreaRef } from '../area/parse-area.js';
import { findNearestOffers } from './find-nearest-offers.js';
import type { DemandRow, GapReader, OfferRow } from './gap-reader.js';
import { neo4jGapReader } from './neo4j-gap-reader.js';

export type GapArea = AreaRef;
export type { AreaMunicipality };
export type { DemandRow, NeedRow, OfferRow } from './gap-reader.js';

export interface GapInputs {
  areaName: string;
  municipalities: AreaMunicipality[];
  demand: DemandRow[];
  offers: OfferRow[]; // located offers, PLANNED, OPEN, FULL or RUNNING: those in reach, and each row's nearest
  onlineOffers: OfferRow[];
}

export interface LoadGapInputsOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  area: GapArea;
  category: string;
  radiusKm: number;
}

/** The inputs of one area's gap table, read from Neo4j. */
export function loadGapInputs(options: LoadGapInputsOptions): Promise<GapInputs> {
  const { driver, database, area, category, radiusKm } = options;
  return readGapInputs(neo4jGapReader({ driver, database }, category), area, radiusKm);
}

/** The inputs of one area's gap table, through any reader. */
export async function readGapInputs(reader: GapReader, area: GapArea, radiusKm: number): Promise<GapInputs> {
  const { name: areaName, municipalities } = await reader.area(area);

  const whole = area.kind === 'GERMANY';
  const offerBox = whole ? undefined : boxAround(municipalities, radiusKm);
  const demandBox = whole ? undefined : boxAround(municipalities, 2 * radiusKm);
  const areaAgs = whole ? null : municipalities.map((row) => row.ags);
  if (!whole && (!offerBox || !demandBox)) {
    // No row has a location: no figure but the online offers.
    return { areaName, municipalities, demand: [], offers: [], onlineOffers: await reader.onlineOffersOf(areaAgs) };
  }

  // The three reads are independent: run them side by side.
  const [demand, inReach, onlineOffers] = await Promise.all([
    reader.demandIn(demandBox),
    reader.offersIn(offerBox),
    reader.onlineOffersOf(areaAgs),
  ]);
  // Germany reads every offer: each row's nearest is among them. An area's box holds each row's offers in reach;
  // a row whose nearest lies farther is searched for beyond it.
  const nearest = whole ? [] : await findNearestOffers(reader, municipalities, inReach, radiusKm);
  return { areaName, municipalities, demand, offers: [...inReach, ...nearest], onlineOffers };
}
