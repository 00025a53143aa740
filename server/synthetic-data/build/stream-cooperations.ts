// The cooperation links, from the 'cooperations' stream: mostly partners nearby (the same place or one within
// neighbourRadiusKm), some in the same district, a few anywhere; never an isolated actor, at most one per pair.
import { createStream, type Random } from '../../data-generation/create-random.js';
import { pickWeighted } from '../../data-generation/weighted-picker.js';
import { cooperationKinds, cooperationNotes, cooperationStrength } from '../plans/cooperation-facts.js';
import type { SyntheticCooperation } from '../synthetic-types.js';
import type { GermanyContext } from './germany-context.js';
import type { IndexGroups } from './group-indices.js';

function pickIn(random: Random, group: IndexGroups, key: number): number {
  const size = group.start[key + 1]! - group.start[key]!;
  return size === 0 ? -1 : group.list[group.start[key]! + random.int(0, size - 1)]!;
}

/** A candidate partner of `from`, or -1 where the chosen group is empty. */
function drawPartner(context: GermanyContext, random: Random, from: number, attempt: number): number {
  const { sociable, core, neighbours } = context;
  const reach = random.next();
  if (attempt > 20 || reach >= 0.95) return sociable[random.int(0, sociable.length - 1)]!; // anywhere
  if (reach >= 0.8)
    return pickIn(random, context.actorsByDistrict, context.geography.placeDistrict[core.place[from]!]!);
  const home = core.place[from]!;
  const near = neighbours.start[home + 1]! - neighbours.start[home]!;
  const place =
    near === 0 || random.chance(0.35) ? home : neighbours.list[neighbours.start[home]! + random.int(0, near - 1)]!;
  return pickIn(random, context.actorsByPlace, place);
}

export function* streamCooperations(context: GermanyContext): Generator<SyntheticCooperation> {
  const { options, core, counts, sociable, day } = context;
  const random = createStream(options.seed, 'cooperations');
  const pairs = new Set<number>();
  const take = (a: number, b: number) => {
    if (a === b || core.isolated[b] === 1) return false;
    const key = a < b ? a * counts.actors + b : b * counts.actors + a;
    if (pairs.has(key)) return false;
    pairs.add(key);
    return true;
  };
  for (let made = 0; made < counts.cooperations; made++) {
    let from = -1;
    let to = -1;
    for (let attempt = 0; to < 0; attempt++) {
      from = sociable[random.int(0, sociable.length - 1)]!;
      const partner = drawPartner(context, random, from, attempt);
      if (partner >= 0 && take(from, partner)) to = partner;
    }
    const kind = pickWeighted(random, cooperationKinds);
    const since = -random.int(60, 3000);
    const ending = random.next();
    yield {
      fromId: context.actorId(from),
      toId: context.actorId(to),
      kind,
      since: day(since),
      until:
        ending < 0.05
          ? day(Math.min(-10, since + random.int(180, 900)))
          : ending < 0.15
            ? day(random.int(60, 700))
            : null,
      strength: random.int(cooperationStrength[kind][0], cooperationStrength[kind][1]),
      note: cooperationNotes[kind],
    };
  }
}
