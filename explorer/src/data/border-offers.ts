// The offers across the district border within the radius (Query.offersAcrossBorder, issue 20): the courses of
// neighbouring districts the gap figures count in reach. The map draws them with their own marker and names their
// district; the offers table lists them on request. Loaded by state/load-border-offers.ts.
import type { BorderOffersQuery } from '../generated/graphql';

export type BorderOfferRecord = BorderOffersQuery['offersAcrossBorder'][number];

/** The district an offer across the border belongs to: its venue's, else its provider's. */
export function borderDistrictName(offer: BorderOfferRecord): string {
  return offer.venue[0]?.district[0]?.name ?? offer.provider[0]?.municipality[0]?.district[0]?.name ?? '';
}

/** Where a border offer sits: its own location, else its venue's seat (the gap analysis's place). */
export function borderOfferPlace(offer: BorderOfferRecord): { latitude: number; longitude: number } | undefined {
  if (offer.format === 'ONLINE') return undefined;
  return offer.location ?? offer.venue[0]?.location ?? undefined;
}
