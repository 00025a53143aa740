// The fictional demo county: actors, offers, needs, cooperation links and networks on top of the real
// municipalities of Landkreis Nienburg/Weser. Deterministic for equal (seed, today): the set of records is fixed
// by the plans (plans/), the seed only varies figures, dates, jitter and the looser links.
// Built so that the analyses have something to find: a coverage gap in the south-west (Samtgemeinde Uchte),
// isolated providers, one provider holding a whole Samtgemeinde, stale offers, pools and date conflicts; and the
// border area of a neighbouring district with offers across the border.
// The builders (build/) read one random stream in a fixed order; changing that order changes the data, which
// test/server/data-generation/generator-fingerprint.test.ts pins.
import { createRandom } from '../data-generation/create-random.js';
import { createDayOffset, readDay } from '../data-generation/days.js';
import { buildActors } from './build/build-actors.js';
import { buildBorderArea } from './build/build-border-area.js';
import { buildCooperations } from './build/build-cooperations.js';
import { buildMunicipalities } from './build/build-municipalities.js';
import { buildNeeds } from './build/build-needs.js';
import { buildNetworks } from './build/build-networks.js';
import { buildOffers } from './build/build-offers.js';
import { createDemoContext } from './build/demo-context.js';
import type { DemoData, GenerateDemoDataOptions } from './demo-types.js';
import { readMunicipalities } from './read-municipalities.js';
import { readNeighbours } from './read-neighbours.js';

export type * from './demo-types.js';

export function generateDemoData(options: GenerateDemoDataOptions): DemoData {
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const today = options.today;
  const todayTime = readDay(today);
  const reference = options.reference ?? readMunicipalities();
  const context = createDemoContext(createRandom(seed), today, todayTime, createDayOffset(today), reference);

  const municipalities = buildMunicipalities(context);
  const directory = buildActors(context);
  const offers = buildOffers(context, directory);
  const needs = buildNeeds(context, directory, municipalities);
  const cooperations = buildCooperations(context, directory);
  const { networks, meetings, decisions } = buildNetworks(context, directory);
  const borderArea = buildBorderArea(context, options.neighbours ?? readNeighbours()); // last: the county stays as it was
  return {
    seed,
    today,
    district: { ags: reference.district.ags, name: reference.district.name, state: reference.district.state },
    municipalities,
    actors: directory.actors,
    offers,
    needs,
    cooperations,
    networks,
    meetings,
    decisions,
    borderArea,
  };
}
