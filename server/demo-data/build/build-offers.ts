// The demo offers, one per plan: the provider's venue (or online), a position near the venue, the details by
// category, and an old update time for the stale ones. A plan that would close a planned gap is refused.
import { distanceKm } from '../../data-generation/geo.js';
import { padNumber } from '../../data-generation/numbers.js';
import type { DemoOffer, OfferFormat } from '../demo-types.js';
import { gapPlans, gapRadiusKm } from '../plans/gap-plans.js';
import { offerPlans, type OfferPlan } from '../plans/offer-plans.js';
import type { ActorDirectory } from './build-actors.js';
import { buildCourseDetails } from './build-course-details.js';
import { buildOtherOfferDetails } from './build-other-offer-details.js';
import type { DemoContext, Place } from './demo-context.js';
import { jitterPoint, maxJitterKm } from './jitter-point.js';

/** Refuses a plan whose venue would close a planned gap (the border area is held to it too). */
export function checkGapsStayOpen(context: DemoContext, plan: OfferPlan, index: number, venue: Place): void {
  for (const gap of gapPlans.filter((g) => g.category === plan.category)) {
    for (const gapPlace of gap.municipalities.map(context.findPlace)) {
      if (distanceKm(venue, gapPlace) <= gapRadiusKm + maxJitterKm + 0.3) {
        throw new Error(
          `demo offer plan ${index + 1} (${plan.what} in ${venue.name}) would close the planned gap in ${gapPlace.name}`,
        );
      }
    }
  }
}

export function buildOffers(context: DemoContext, directory: ActorDirectory): DemoOffer[] {
  const { random, day } = context;
  const sequenceByProvider = new Map<string, number>();
  return offerPlans.map((plan, index): DemoOffer => {
    const provider = directory.findActor(plan.provider);
    const online = plan.venue === 'ONLINE';
    const venue = online ? context.placeByAgs.get(provider.municipalityAgs)! : context.findPlace(plan.venue);
    const format: OfferFormat = online ? 'ONLINE' : (plan.format ?? 'IN_PERSON');
    if (!online) checkGapsStayOpen(context, plan, index, venue);
    const sequence = (sequenceByProvider.get(plan.provider) ?? 0) + 1;
    sequenceByProvider.set(plan.provider, sequence);
    const location = online ? { lat: null, lon: null } : jitterPoint(random, venue);
    const details =
      plan.category === 'INTEGRATION_COURSE' || plan.category === 'JOB_LANGUAGE_COURSE'
        ? buildCourseDetails(context, plan, venue)
        : buildOtherOfferDetails(context, plan, venue);
    const staleDays = plan.stale ? random.int(120, 400) : random.chance(0.08) ? random.int(95, 300) : null;
    return {
      id: `demo-offer-${padNumber(index + 1)}`,
      ...details,
      category: plan.category,
      format,
      status: plan.status,
      ...location,
      venueAgs: venue.ags,
      providerId: provider.id,
      funderIds: (plan.funders ?? []).map((key) => directory.findActor(key).id).filter((id) => id !== provider.id),
      source: 'demo',
      externalId: `demo-${plan.provider}-${padNumber(sequence)}`,
      updatedAt: staleDays === null ? null : `${day(-staleDays)}T09:00:00Z`,
    };
  });
}
