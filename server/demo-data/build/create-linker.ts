// Adds cooperation links between planned actors: never an actor with itself, never an isolated actor, at most one
// link per pair (the first one made wins), with dates, strength and note drawn per link.
import type { CooperationKind, DemoCooperation } from '../demo-types.js';
import { isolatedKeys } from '../plans/actor-plans.js';
import { cooperationNotes, strengthOf } from '../plans/cooperation-plans.js';
import type { ActorDirectory } from './build-actors.js';
import type { DemoContext } from './demo-context.js';

export interface Linker {
  cooperations: DemoCooperation[];
  link: (fromKey: string, toKey: string, kind: CooperationKind) => void;
}

export function createLinker(context: DemoContext, directory: ActorDirectory): Linker {
  const { random, day } = context;
  const cooperations: DemoCooperation[] = [];
  const pairs = new Set<string>();
  const link = (fromKey: string, toKey: string, kind: CooperationKind) => {
    if (fromKey === toKey || isolatedKeys.has(fromKey) || isolatedKeys.has(toKey)) return;
    const from = directory.findActor(fromKey).id;
    const to = directory.findActor(toKey).id;
    const pair = from < to ? `${from}|${to}` : `${to}|${from}`;
    if (pairs.has(pair)) return;
    pairs.add(pair);
    const since = -random.int(120, 2600);
    const ending = random.next();
    cooperations.push({
      fromId: from,
      toId: to,
      kind,
      since: day(since),
      until:
        ending < 0.05
          ? day(Math.min(-10, since + random.int(180, 900)))
          : ending < 0.15
            ? day(random.int(60, 700))
            : null,
      strength: random.int(strengthOf[kind][0], strengthOf[kind][1]),
      note: random.pick(cooperationNotes[kind]),
    });
  };
  return { cooperations, link };
}
