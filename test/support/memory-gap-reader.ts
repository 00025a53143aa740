// The gap analysis's reads (GapReader) over a random country held in arrays, with the semantics of the Neo4j reads
// (neo4j-gap-reader.ts): boxes inclusive on every side, offers placed at their own location or else their venue's.
import type { BBox } from '../../server/analysis/area/bounding-box.js';
import type { AreaMunicipality, LoadedArea } from '../../server/analysis/area/load-area.js';
import type { AreaRef } from '../../server/analysis/area/parse-area.js';
import type { DemandRow, GapReader, OfferRow } from '../../server/analysis/gaps/gap-reader.js';
import { category, placeOf, type Country, type CountryMunicipality, type CountryOffer } from './random-country.js';

const present = ['PLANNED', 'OPEN', 'FULL', 'RUNNING'];

const within = (box: BBox | undefined, latitude: number | null, longitude: number | null) =>
  latitude !== null &&
  longitude !== null &&
  (!box || (latitude >= box.south && latitude <= box.north && longitude >= box.west && longitude <= box.east));

export interface CountingGapReader extends GapReader {
  reads: number; // how many reads the analysis made
}

export function memoryGapReader(country: Country): CountingGapReader {
  const byAgs = new Map(country.municipalities.map((m) => [m.ags, m]));
  const districtName = new Map(country.districts.map((d) => [d.ags, d.name]));
  const asRow = (m: CountryMunicipality): AreaMunicipality => ({
    ags: m.ags,
    name: m.name,
    kind: m.kind,
    latitude: m.latitude,
    longitude: m.longitude,
    samtgemeindeAgs: m.samtgemeindeAgs,
    samtgemeindeName: m.samtgemeindeAgs ? byAgs.get(m.samtgemeindeAgs)!.name : null,
    districtAgs: m.districtAgs,
    districtName: districtName.get(m.districtAgs) ?? null,
  });
  const offerRow = (offer: CountryOffer): OfferRow => {
    const place = placeOf(country, offer);
    const venue = offer.venueAgs ? byAgs.get(offer.venueAgs)! : null;
    return {
      id: offer.id,
      title: offer.title,
      category: offer.category,
      status: offer.status,
      format: offer.format,
      capacity: offer.capacity,
      booked: offer.booked,
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
      providerId: offer.providerId,
      providerName: offer.providerId,
      venueAgs: venue?.ags ?? null,
      venueName: venue?.name ?? null,
      childcare: offer.childcare,
      targetGroups: offer.targetGroups,
      updatedAt: null,
    };
  };
  const placed = (box: BBox | undefined) =>
    country.offers.filter((offer) => {
      if (offer.category !== category || !present.includes(offer.status) || offer.format === 'ONLINE') return false;
      if (offer.latitude !== null) return within(box, offer.latitude, offer.longitude);
      const venue = offer.venueAgs ? byAgs.get(offer.venueAgs)! : null;
      return venue !== null && within(box, venue.latitude, venue.longitude);
    });
  const reader: CountingGapReader = {
    reads: 0,
    async area(area: AreaRef): Promise<LoadedArea> {
      reader.reads += 1;
      const members = country.municipalities.filter((m) =>
        area.kind === 'GERMANY'
          ? true
          : area.kind === 'DISTRICT'
            ? m.districtAgs === area.ags
            : area.kind === 'SAMTGEMEINDE'
              ? m.ags === area.ags || m.samtgemeindeAgs === area.ags
              : m.ags === area.ags,
      );
      const ags = area.kind === 'GERMANY' ? 'DE' : area.ags;
      if (members.length === 0) throw new Error(`no area ${ags}`);
      const name =
        area.kind === 'GERMANY'
          ? 'Deutschland'
          : area.kind === 'DISTRICT'
            ? districtName.get(ags)!
            : byAgs.get(ags)!.name;
      return { kind: area.kind, ags, name, municipalities: members.map(asRow) };
    },
    async demandIn(box) {
      reader.reads += 1;
      return country.municipalities.flatMap((m): DemandRow[] => {
        if (!within(box, m.latitude, m.longitude)) return [];
        const needs = country.needs.filter(
          (n) => n.municipalityAgs === m.ags && n.category === category && n.status === 'OPEN',
        );
        if (needs.length === 0) return [];
        return [
          {
            ags: m.ags,
            latitude: m.latitude!,
            longitude: m.longitude!,
            demand: needs.reduce((sum, n) => sum + n.persons, 0),
            needIds: needs.map((n) => n.id),
            needs: needs.map((n) => ({ id: n.id, persons: n.persons, targetGroup: n.targetGroup })),
          },
        ];
      });
    },
    async offersIn(box) {
      reader.reads += 1;
      return placed(box).map(offerRow);
    },
    async offerPlacesIn(box) {
      reader.reads += 1;
      return placed(box).map((offer) => {
        const row = offerRow(offer);
        return { id: row.id, latitude: row.latitude!, longitude: row.longitude! };
      });
    },
    async offersById(ids) {
      reader.reads += 1;
      return placed(undefined)
        .filter((offer) => ids.includes(offer.id))
        .map(offerRow);
    },
    async onlineOffersOf(areaAgs) {
      reader.reads += 1;
      const provider = (offer: CountryOffer) => country.actors.find((a) => a.id === offer.providerId);
      return country.offers
        .filter(
          (offer) =>
            offer.category === category &&
            present.includes(offer.status) &&
            offer.format === 'ONLINE' &&
            (areaAgs === null ||
              (offer.venueAgs !== null
                ? areaAgs.includes(offer.venueAgs)
                : areaAgs.includes(provider(offer)?.municipalityAgs ?? ''))),
        )
        .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1))
        .map(offerRow);
    },
  };
  return reader;
}
