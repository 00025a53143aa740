// What the cache tests over the real Neo4j share (test/server/cache/): counting a server's cache hits and misses
// between two reads, and the integration course they create in a test place to make a write an analysis or a
// visitor's answer shows.
import type { App } from '../../server/http/create-app.js';
import type { Place } from './fixtures.js';

/** Hits and misses of a server's cache since the last call. */
export function cacheLookups(app: App): () => { hits: number; misses: number } {
  let last = app.analysisCache.stats();
  return () => {
    const now = app.analysisCache.stats();
    const delta = { hits: now.hits - last.hits, misses: now.misses - last.misses };
    last = now;
    return delta;
  };
}

/** An open integration course in the place's town, by its provider, under the test's source. */
export function integrationCourseInput(place: Place, source: string, title: string, capacity: number, booked: number) {
  return {
    title,
    category: 'INTEGRATION_COURSE',
    format: 'IN_PERSON',
    status: 'OPEN',
    capacity,
    booked,
    source,
    provider: { connect: [{ where: { node: { id: { eq: place.providerId } } } }] },
    venue: { connect: [{ where: { node: { ags: { eq: place.townAgs } } } }] },
  };
}

export type CreatedOffers = { createOffers: { offers: { id: string }[] } };
export const createOffersMutation = `mutation($input: [OfferCreateInput!]!) { createOffers(input: $input) { offers { id } } }`;
