// Loads the offers across the district border within the radius (Query.offersAcrossBorder, issue 20) once per
// district and radius for the session; what they are and where they sit: data/border-offers.ts.
import { requestGraphQL } from '../api/request-graphql';
import type { BorderOfferRecord } from '../data/border-offers';
import { BorderOffersDocument } from '../generated/graphql';
import type { AppContext, Loadable } from './app-context';

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
