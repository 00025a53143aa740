// The border area of the neighbouring district (plans/border-plans.ts): its real municipalities near the county, and
// fictional actors and offers built like the county's own. Built last, from the same random stream, so that the
// county's records stay exactly what they were without it.
import { padNumber } from '../../data-generation/numbers.js';
import type { DemoActor, DemoBorderArea, DemoBorderMunicipality, DemoOffer, OfferFormat } from '../demo-types.js';
import type { NeighbourMunicipality } from '../read-neighbours.js';
import {
  borderActorPlans,
  borderDistrictAgs,
  borderOfferPlans,
  borderRadiusKm,
  borderState,
} from '../plans/border-plans.js';
import { buildCourseDetails } from './build-course-details.js';
import { checkGapsStayOpen } from './build-offers.js';
import { buildOtherOfferDetails } from './build-other-offer-details.js';
import type { DemoContext, Place } from './demo-context.js';
import { jitterPoint } from './jitter-point.js';
import { slugify } from './slugify.js';

export function buildBorderArea(context: DemoContext, neighbours: NeighbourMunicipality[]): DemoBorderArea {
  const { random } = context;
  const near = neighbours.filter((m) => m.districtAgs === borderDistrictAgs && m.kmToCounty <= borderRadiusKm);
  if (near.length === 0) throw new Error(`the reference data has no municipality of district ${borderDistrictAgs}`);
  const municipalities: DemoBorderMunicipality[] = near.map((m) => ({
    ags: m.ags,
    name: m.name,
    kind: m.kind,
    lat: m.lat,
    lon: m.lon,
    districtAgs: m.districtAgs,
  }));
  // The builders of the county's offers take a Place; the neighbour's places have no population in the data.
  const places = new Map<string, Place>(
    near.map((m) => [
      m.name,
      {
        ags: m.ags,
        name: m.name,
        kind: m.kind,
        memberOfAgs: null,
        population: 0,
        populationEstimated: true,
        lat: m.lat,
        lon: m.lon,
      },
    ]),
  );
  const findPlace = (name: string): Place => {
    const found = places.get(name);
    if (!found) throw new Error(`the border plans name "${name}", which is not within ${borderRadiusKm} km`);
    return found;
  };

  const actorByKey = new Map<string, DemoActor>();
  const actors = borderActorPlans.map((plan, index): DemoActor => {
    const at = findPlace(plan.at);
    const slug = slugify(plan.name);
    const actor: DemoActor = {
      id: `demo-border-actor-${padNumber(index + 1)}`,
      name: plan.name,
      kind: plan.kind,
      description: `${plan.about} Fiktiver Demo-Datensatz – keine reale Einrichtung.`,
      address: `Am Markt ${random.int(1, 30)}`,
      postcode: null,
      city: at.name,
      ...jitterPoint(random, at),
      phone: `+49 4252 555-0${padNumber(index + 1, 2)}`,
      email: `${slug}@example.org`,
      website: `https://example.org/demo/${slug}`,
      languages: plan.languages ?? ['de'],
      municipalityAgs: at.ags,
      servesAgs: [at.ags],
      source: 'demo',
      externalId: `demo-nachbar-akteur-${padNumber(index + 1)}`,
    };
    actorByKey.set(plan.key, actor);
    return actor;
  });

  const offers = borderOfferPlans.map((plan, index): DemoOffer => {
    const provider = actorByKey.get(plan.provider);
    if (!provider) throw new Error(`the border plans name actor "${plan.provider}", which is not planned`);
    const venue = findPlace(plan.venue);
    checkGapsStayOpen(context, plan, index, venue);
    const format: OfferFormat = plan.format ?? 'IN_PERSON';
    const details =
      plan.category === 'INTEGRATION_COURSE' || plan.category === 'JOB_LANGUAGE_COURSE'
        ? buildCourseDetails(context, plan, venue)
        : buildOtherOfferDetails(context, plan, venue);
    return {
      id: `demo-border-offer-${padNumber(index + 1)}`,
      ...details,
      category: plan.category,
      format,
      status: plan.status,
      ...jitterPoint(random, venue),
      venueAgs: venue.ags,
      providerId: provider.id,
      funderIds: [],
      source: 'demo',
      externalId: `demo-nachbar-${plan.provider}-${padNumber(index + 1)}`,
      updatedAt: null,
    };
  });

  const districtName = near[0]!.districtName;
  return {
    district: { ags: borderDistrictAgs, name: districtName, state: borderState },
    municipalities,
    actors,
    offers,
  };
}
