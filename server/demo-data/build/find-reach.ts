// The municipalities an actor serves, from its plan's reach.
import { distanceKm } from '../../data-generation/geo.js';
import type { Reach } from '../plans/actor-plans.js';
import type { DemoContext, Place } from './demo-context.js';

export function findReach(context: DemoContext, scope: Reach, at: Place): string[] {
  const { localPlaces, places } = context;
  if (scope === 'county') return localPlaces.map((m) => m.ags);
  if (scope === 'collective') {
    const collective = at.memberOfAgs ?? at.ags;
    return places.filter((m) => m.ags === collective || m.memberOfAgs === collective).map((m) => m.ags);
  }
  if (scope === 'south') return localPlaces.filter((m) => m.lat < 52.6).map((m) => m.ags);
  // A number: the own municipality and that many nearest others.
  const nearest = localPlaces
    .filter((m) => m.ags !== at.ags)
    .map((m) => ({ ags: m.ags, km: distanceKm(at, m) }))
    .sort((a, b) => a.km - b.km || a.ags.localeCompare(b.ags))
    .slice(0, scope)
    .map((m) => m.ags);
  return [at.ags, ...nearest];
}
