// A synthetic, deterministic education network at the size of Germany, for load tests and the coverage-gap
// benchmark: 16 states with their real AGS codes and rough outlines, ~400 districts, ~10,800 municipalities and
// as many actors, offers, needs and cooperation links as asked for. Nothing in it is real; every name says
// "(synthetisch)" and every actor and offer has source "synthetic".
//
// Equal options give equal data. The geography and the actors' positions are built at once (small); actors,
// offers, needs, cooperation links and the courses' outcomes are streamed by generators, each from a random stream of its own, so that
// a loader can write them in batches without holding 300,000 offers at once, and so that reading one stream never
// changes another.
//
// Below scale 1 the data set is a contiguous region of Germany (the districts nearest to a seeded district), not a
// thinned-out country: its districts are neighbours, so that offers reach across district borders at any scale.
// Layout: plans/ holds the tables (states, names, actor kinds, course types, categories, needs, links), build/ the
// builders (geography, actor core, one stream per record kind), ../data-generation/ the random streams, days and
// distances shared with the demo generator. test/server/data-generation/generator-fingerprint.test.ts pins the output.
import { createGermanyContext } from './build/germany-context.js';
import { resolveOptions } from './build/resolve-options.js';
import { streamActors } from './build/stream-actors.js';
import { streamCooperations } from './build/stream-cooperations.js';
import { streamNeeds } from './build/stream-needs.js';
import { streamOffers } from './build/stream-offers.js';
import { streamOutcomes } from './build/stream-outcomes.js';
import type { GenerateGermanyOptions, SyntheticGermany } from './synthetic-types.js';

export type * from './synthetic-types.js';
export { germanyBounds } from './plans/states.js';

/** Builds the geography and the actors' positions now; the records come from the returned generators. */
export function generateGermany(input: GenerateGermanyOptions = {}): SyntheticGermany {
  const context = createGermanyContext(resolveOptions(input));
  return {
    options: context.options,
    counts: context.counts,
    districts: context.geography.districts,
    municipalities: context.geography.municipalities,
    actors: () => streamActors(context),
    offers: () => streamOffers(context),
    needs: () => streamNeeds(context),
    cooperations: () => streamCooperations(context),
    outcomes: () => streamOutcomes(context),
  };
}
