// Who reported a need: the nearest actor of the kind its source names (job centre, school, course provider with a
// waiting list, municipal administration), the county's education office for surveys and some estimates.
import { distanceKm } from '../../data-generation/geo.js';
import type { ActorKind, NeedSource, OfferCategory } from '../demo-types.js';
import { actorPlans, isolatedKeys, type ActorPlan } from '../plans/actor-plans.js';
import { offerPlans } from '../plans/offer-plans.js';
import type { ActorDirectory } from './build-actors.js';
import type { DemoContext, Place } from './demo-context.js';

function findNearestKey(
  directory: ActorDirectory,
  at: Place,
  kinds: ActorKind[],
  filter: (plan: ActorPlan) => boolean = () => true,
): string | null {
  const candidates = actorPlans.filter(
    (plan) => kinds.includes(plan.kind) && !isolatedKeys.has(plan.key) && filter(plan),
  );
  const ranked = candidates
    .map((plan) => ({ key: plan.key, km: distanceKm(at, directory.findActor(plan.key)) }))
    .sort((a, b) => a.km - b.km || a.key.localeCompare(b.key));
  return ranked[0]?.key ?? null;
}

export function findReporter(
  context: DemoContext,
  directory: ActorDirectory,
  source: NeedSource,
  at: Place,
  category: OfferCategory,
): string | null {
  if (source === 'JOBCENTER') return findNearestKey(directory, at, ['JOBCENTER']);
  if (source === 'SCHOOL')
    return findNearestKey(directory, at, category === 'VOCATIONAL_ENTRY' ? ['VOCATIONAL_SCHOOL'] : ['SCHOOL']);
  if (source === 'WAITLIST') {
    const provider = offerPlans
      .filter((plan) => plan.category === category && plan.venue !== 'ONLINE')
      .map((plan) => plan.provider);
    return findNearestKey(
      directory,
      at,
      ['COURSE_PROVIDER', 'ADULT_EDUCATION_CENTRE', 'VOCATIONAL_SCHOOL', 'WELFARE_ASSOCIATION', 'DAYCARE'],
      (plan) => provider.includes(plan.key),
    );
  }
  if (source === 'AUTHORITY') return findNearestKey(directory, at, ['MUNICIPAL_ADMINISTRATION']);
  if (source === 'SURVEY') return 'bik';
  return context.random.chance(0.5) ? 'bik' : null; // ESTIMATE
}
