// What the record streams of the synthetic Germany share: the options, the geography, the actors' core, the
// counts, and the lookups built once (neighbouring places, actors by place and by district).
import { createDayOffset } from '../../data-generation/days.js';
import { padNumber } from '../../data-generation/numbers.js';
import { neighbourRadiusKm } from '../plans/cooperation-facts.js';
import type { ResolvedGermanyOptions, SyntheticCounts } from '../synthetic-types.js';
import { buildActorCore, type ActorCore } from './build-actor-core.js';
import { buildGeography } from './build-geography.js';
import type { Geography } from './geography.js';
import { groupIndices, type IndexGroups } from './group-indices.js';
import { listNeighbours } from './list-neighbours.js';

export interface GermanyContext {
  options: ResolvedGermanyOptions;
  geography: Geography;
  core: ActorCore;
  counts: SyntheticCounts;
  sociable: Int32Array; // the actors that take part in cooperation links
  day: (offset: number) => string; // the date `offset` days from today
  idWidth(count: number): number; // digits of the numbers in ids, at least 6
  actorId(index: number): string;
  neighbours: IndexGroups; // places within neighbourRadiusKm of each place
  actorsByPlace: IndexGroups;
  actorsByDistrict: IndexGroups;
}

export function createGermanyContext(options: ResolvedGermanyOptions): GermanyContext {
  const day = createDayOffset(options.today);
  const geography = buildGeography(options);
  const { places, placeDistrict } = geography;
  const actorCount = Math.round(options.actors * options.scale);
  const offerCount = actorCount === 0 ? 0 : Math.round(options.offers * options.scale);
  const needCount = Math.round(options.needs * options.scale);
  const core = buildActorCore(options, geography, actorCount);
  const sociable = Int32Array.from({ length: actorCount }, (_, i) => i).filter((i) => core.isolated[i] === 0);
  // Rejection sampling of new pairs stays quick while at most half of all possible pairs are taken.
  const maxLinks = Math.floor((sociable.length * (sociable.length - 1)) / 4);
  const cooperationCount = Math.min(Math.round(options.cooperations * options.scale), maxLinks);
  const idWidth = (count: number) => Math.max(6, String(count).length);
  return {
    options,
    geography,
    core,
    counts: {
      districts: geography.districts.length,
      municipalities: places.length,
      collectives: geography.collectives.length,
      memberships: geography.memberships,
      actors: actorCount,
      offers: offerCount,
      needs: needCount,
      cooperations: cooperationCount,
    },
    sociable,
    day,
    idWidth,
    actorId: (i) => `${options.idPrefix}-actor-${padNumber(i + 1, idWidth(actorCount))}`,
    neighbours: listNeighbours(places, neighbourRadiusKm),
    actorsByPlace: groupIndices(core.place, places.length),
    actorsByDistrict: groupIndices(
      Int32Array.from(core.place, (p) => placeDistrict[p]!),
      geography.districts.length,
    ),
  };
}
