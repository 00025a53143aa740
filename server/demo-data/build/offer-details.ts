// The part of an offer that depends on what it is (course or other category), as opposed to where and by whom.
import type { DemoOffer } from '../demo-types.js';

export type OfferDetails = Omit<
  DemoOffer,
  | 'id'
  | 'category'
  | 'format'
  | 'status'
  | 'lat'
  | 'lon'
  | 'venueAgs'
  | 'providerId'
  | 'funderIds'
  | 'source'
  | 'externalId'
  | 'updatedAt'
>;
