// The offers' records, from the 'offers' stream: a provider by its kind's weight, a category its kind offers, a
// venue at home or in a neighbouring place, a format, a position near the venue (some have none) and a status.
import { createStream, type Random } from '../../data-generation/create-random.js';
import { padNumber } from '../../data-generation/numbers.js';
import { createWeightedTable, pickWeighted, WeightedPicker } from '../../data-generation/weighted-picker.js';
import { actorKindList, actorKinds } from '../plans/actor-kinds.js';
import { categoryList, statuses } from '../plans/offer-categories.js';
import type { OfferFormat, SyntheticOffer } from '../synthetic-types.js';
import { buildOfferDetails } from './build-offer-details.js';
import type { GermanyContext } from './germany-context.js';
import { scatterPoint } from './scatter-point.js';

function drawVenue(context: GermanyContext, random: Random, home: number): number {
  const { neighbours } = context;
  const near = neighbours.start[home + 1]! - neighbours.start[home]!;
  if (near > 0 && random.chance(0.25)) return neighbours.list[neighbours.start[home]! + random.int(0, near - 1)]!;
  return home;
}

function drawFormat(random: Random): OfferFormat {
  const formatDraw = random.next();
  return formatDraw < 0.06 ? 'ONLINE' : formatDraw < 0.11 ? 'HYBRID' : 'IN_PERSON';
}

export function* streamOffers(context: GermanyContext): Generator<SyntheticOffer> {
  const { options, core, counts, day } = context;
  const { places, placeBaseName } = context.geography;
  if (counts.offers === 0) return;
  const random = createStream(options.seed, 'offers');
  const providers = new WeightedPicker(Array.from(core.kind, (k) => actorKinds[actorKindList[k]!].offers));
  const categoryTables = actorKindList.map((kind) => createWeightedTable(actorKinds[kind].categories));
  const width = context.idWidth(counts.offers);
  for (let i = 0; i < counts.offers; i++) {
    const provider = providers.pick(random);
    // The first offers take every category once, so that even a tiny region has all of them.
    const category =
      i < categoryList.length ? categoryList[i]! : pickWeighted(random, categoryTables[core.kind[provider]!]!);
    const home = core.place[provider]!;
    let venue = drawVenue(context, random, home);
    const format = drawFormat(random);
    if (format === 'ONLINE') venue = home;
    const place = places[venue]!;
    const where = format === 'ONLINE' ? 'online' : placeBaseName[venue]!;
    const at =
      format === 'ONLINE' || random.chance(0.08)
        ? null
        : scatterPoint(random, place.lat, place.lon, place.population > 100_000 ? 6 : 1.5);
    const status = pickWeighted(random, statuses);
    const id = `${options.idPrefix}-offer-${padNumber(i + 1, width)}`;
    const stale = random.chance(0.06);
    yield {
      id,
      ...buildOfferDetails(random, category, status, where, padNumber(i + 1, width), day),
      category,
      format,
      status,
      lat: at?.lat ?? null,
      lon: at?.lon ?? null,
      venueAgs: place.ags,
      providerId: context.actorId(provider),
      source: 'synthetic',
      externalId: id,
      updatedAt: stale ? `${day(-random.int(95, 400))}T09:00:00Z` : null,
    };
  }
}
