// What every builder of the demo county shares: the one random stream (read in a fixed order: municipalities,
// actors, offers, needs, cooperation links, networks), today, and the municipalities by name and key.
import type { Random } from '../../data-generation/create-random.js';
import type { MunicipalityRecord, MunicipalityReference } from '../read-municipalities.js';

export type Place = MunicipalityRecord;

export interface DemoContext {
  random: Random;
  today: string;
  todayTime: number; // today's UTC midnight in ms
  day: (offset: number) => string; // the date `offset` days from today
  reference: MunicipalityReference;
  places: Place[]; // every municipality, Samtgemeinden among them
  localPlaces: Place[]; // the municipalities proper (no Samtgemeinden): where actors, offers and needs are
  placeByAgs: Map<string, Place>;
  findPlace: (name: string) => Place;
}

export function createDemoContext(
  random: Random,
  today: string,
  todayTime: number,
  day: (offset: number) => string,
  reference: MunicipalityReference,
): DemoContext {
  const places = reference.municipalities;
  const placeByName = new Map(places.map((place) => [place.name, place]));
  return {
    random,
    today,
    todayTime,
    day,
    reference,
    places,
    localPlaces: places.filter((m) => m.kind !== 'COLLECTIVE'),
    placeByAgs: new Map(places.map((place) => [place.ags, place])),
    findPlace: (name) => {
      const found = placeByName.get(name);
      if (!found) throw new Error(`demo data names municipality "${name}", which is not in the reference data`);
      return found;
    },
  };
}
