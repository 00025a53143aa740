// The offers across the district border within the radius (Query.offersAcrossBorder, issue 20): the courses of
// neighbouring districts the gap figures count in reach. The map draws them with their own marker and names their
// district; the offers table lists them on request. Loaded once per district and radius for the session.
import { requestGraphQL } from '../api/request-graphql';
import { BorderOffersDocument, type BorderOffersQuery } from '../generated/graphql';
import type { AppContext, Loadable } from '../state/app-context';

export type BorderOfferRecord = BorderOffersQuery['offersAcrossBorder'][number];

/** The border offers of the district and radius in the view state (reading the radius subscribes to it). */
export function loadBorderOffers(ctx: Pick<AppContext, 'load' | 'model' | 'state'>): Loadable<BorderOfferRecord[]> {
  const districtAgs = ctx.model.districtAgs;
  const radiusKm = ctx.state.radius;
  return ctx.load(
    `border-offers:${districtAgs}:${radiusKm}`,
    async () => (await requestGraphQL(BorderOffersDocument, { districtAgs, radiusKm })).offersAcrossBorder,
  );
}

/** The border offers once loaded; none while loading or when the request failed (the district's own still show). */
export function readyBorderOffers(ctx: Pick<AppContext, 'load' | 'model' | 'state'>): BorderOfferRecord[] {
  const loaded = loadBorderOffers(ctx);
  return loaded.status === 'ready' ? loaded.value : [];
}

/** The district an offer across the border belongs to: its venue's, else its provider's. */
export function borderDistrictName(offer: BorderOfferRecord): string {
  return offer.venue[0]?.district[0]?.name ?? offer.provider[0]?.municipality[0]?.district[0]?.name ?? '';
}

/** Where a border offer sits: its own location, else its venue's seat (the gap analysis's place). */
export function borderOfferPlace(offer: BorderOfferRecord): { latitude: number; longitude: number } | undefined {
  if (offer.format === 'ONLINE') return undefined;
  return offer.location ?? offer.venue[0]?.location ?? undefined;
}
