// Where every actor is and what kind it is, drawn at once from the 'actor-core' stream, because the offers and
// links streamed later need it.
import { createStream } from '../../data-generation/create-random.js';
import { createWeightedTable, pickWeighted, WeightedPicker } from '../../data-generation/weighted-picker.js';
import { actorKindList, actorKinds } from '../plans/actor-kinds.js';
import type { ActorKind, ResolvedGermanyOptions } from '../synthetic-types.js';
import type { Geography } from './geography.js';
import { scatterPoint } from './scatter-point.js';

/** What the offers and links need to know about every actor, kept in typed arrays (100,000 actors: about 2 MB). */
export interface ActorCore {
  count: number;
  place: Int32Array;
  kind: Uint8Array; // index into actorKindList
  lat: Float64Array;
  lon: Float64Array;
  isolated: Uint8Array; // 1: takes part in no cooperation (the ISOLATED_ACTOR case)
}

export function buildActorCore(options: ResolvedGermanyOptions, geography: Geography, count: number): ActorCore {
  const random = createStream(options.seed, 'actor-core');
  const byPopulation = new WeightedPicker(geography.places.map((p) => p.population));
  const kinds = createWeightedTable(
    Object.fromEntries(actorKindList.map((kind) => [kind, actorKinds[kind].weight])) as Record<ActorKind, number>,
  );
  const core: ActorCore = {
    count,
    place: new Int32Array(count),
    kind: new Uint8Array(count),
    lat: new Float64Array(count),
    lon: new Float64Array(count),
    isolated: new Uint8Array(count),
  };
  for (let i = 0; i < count; i++) {
    const place = byPopulation.pick(random);
    const p = geography.places[place]!;
    // The first actors take every kind once, so that even a tiny region has all of them.
    const kind = i < actorKindList.length ? actorKindList[i]! : pickWeighted(random, kinds);
    const at = scatterPoint(random, p.lat, p.lon, p.population > 100_000 ? 6 : 1.5);
    core.place[i] = place;
    core.kind[i] = actorKindList.indexOf(kind);
    core.lat[i] = at.lat;
    core.lon[i] = at.lon;
    core.isolated[i] = random.chance(0.04) ? 1 : 0;
  }
  return core;
}
