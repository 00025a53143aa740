// The nearest offer of every row at any distance, in any district (../shared/DESIGN.md, nearestKm): the offers read
// for the formula lie in a box around the area widened by one radius, which holds every offer within the radius of
// a row, so a row whose nearest there is within the radius has its true nearest. For the other rows the search
// widens: offers in the box around them widened by w hold every offer within w of each, so a nearest found at
// most w away is the true one; w grows fourfold until the box is the whole earth. Only ids and places are read
// while searching; the rows of the offers found are read at the end.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { boxAround } from '../area/bounding-box.js';
import { earthRadiusKm, haversineKm } from '../area/haversine.js';
import type { AreaMunicipality } from '../area/load-area.js';
import { findNearest, type IdentifiedPlace } from '../area/nearest-places.js';
import type { GapReader, OfferRow } from './gap-reader.js';

interface Located {
  latitude: number;
  longitude: number;
}

const halfCircumferenceKm = Math.PI * earthRadiusKm; // no two points are farther apart

function indexOf(places: readonly IdentifiedPlace[]): KDBush | undefined {
  if (places.length === 0) return undefined;
  const index = new KDBush(places.length);
  for (const place of places) index.add(place.longitude, place.latitude);
  index.finish();
  return index;
}

/**
 * The ids of the places at the least distance from the point (all of them, so that the tie rule by id sees them
 * all), with that distance; undefined when there are none.
 */
function nearestIds(
  index: KDBush | undefined,
  places: readonly IdentifiedPlace[],
  point: Located,
): { ids: string[]; distanceKm: number } | undefined {
  if (!index) return undefined;
  const nearest = findNearest(index, places, point.latitude, point.longitude);
  if (!nearest) return undefined;
  const ids = around(index, point.longitude, point.latitude, Infinity, nearest.distanceKm * 1.0001 + 1e-9)
    .map((i) => places[i]!)
    .filter(
      (place) => haversineKm(point.latitude, point.longitude, place.latitude, place.longitude) <= nearest.distanceKm,
    )
    .map((place) => place.id);
  return { ids, distanceKm: nearest.distanceKm };
}

/** The offers (beyond those given) that are some row's nearest; the given ones are the area's offers in reach. */
export async function findNearestOffers(
  reader: GapReader,
  rows: readonly AreaMunicipality[],
  inReach: readonly OfferRow[],
  radiusKm: number,
): Promise<OfferRow[]> {
  const loaded = inReach.filter((offer) => offer.latitude !== null && offer.longitude !== null) as IdentifiedPlace[];
  const loadedIndex = indexOf(loaded);
  let open: Located[] = [];
  for (const row of rows) {
    if (row.latitude === null || row.longitude === null) continue;
    const found = nearestIds(loadedIndex, loaded, row as Located);
    if (!found || found.distanceKm > radiusKm) open.push(row as Located);
  }

  const wanted = new Set<string>();
  for (let widthKm = 4 * radiusKm; open.length > 0; widthKm *= 4) {
    const everywhere = widthKm >= halfCircumferenceKm;
    const places = await reader.offerPlacesIn(everywhere ? undefined : boxAround(open, widthKm));
    const index = indexOf(places);
    open = open.filter((point) => {
      const found = nearestIds(index, places, point);
      if (!everywhere && (!found || found.distanceKm > widthKm)) return true;
      for (const id of found?.ids ?? []) wanted.add(id);
      return false;
    });
  }
  const have = new Set(inReach.map((offer) => offer.id));
  const missing = [...wanted].filter((id) => !have.has(id));
  return missing.length > 0 ? reader.offersById(missing) : [];
}
