// The demo actors, one per plan, with a fictional address and contact, a position near their municipality's centre
// and the municipalities they serve.
import { padNumber } from '../../data-generation/numbers.js';
import type { ActorKind, DemoActor } from '../demo-types.js';
import { actorPlans, isolatedKeys } from '../plans/actor-plans.js';
import { postcodes, streets } from '../plans/addresses.js';
import type { DemoContext } from './demo-context.js';
import { findReach } from './find-reach.js';
import { jitterPoint } from './jitter-point.js';
import { slugify } from './slugify.js';

/** The actors and the ways the later builders look them up by their plan's key. */
export interface ActorDirectory {
  actors: DemoActor[];
  findActor: (key: string) => DemoActor;
  keyOf: (actor: DemoActor) => string;
  keysOf: (kinds: ActorKind[]) => string[]; // planned keys of these kinds, the isolated actors left out
  linkable: string[]; // every key but the isolated actors'
}

export function buildActors(context: DemoContext): ActorDirectory {
  const { random } = context;
  const actorByKey = new Map<string, DemoActor>();
  const actors = actorPlans.map((plan, index): DemoActor => {
    const at = context.findPlace(plan.at);
    const slug = slugify(plan.name);
    const serves = findReach(context, plan.reach, at);
    const actor: DemoActor = {
      id: `demo-actor-${padNumber(index + 1)}`,
      name: plan.name,
      kind: plan.kind,
      description: `${plan.about} Fiktiver Demo-Datensatz – keine reale Einrichtung.`,
      address: `${random.pick(streets)} ${random.int(1, 60)}`,
      postcode: postcodes[at.name] ?? null,
      city: at.name,
      ...jitterPoint(random, at),
      phone: `+49 5021 555-0${padNumber(index + 1, 2)}`,
      email: `${slug}@example.org`,
      website: `https://example.org/demo/${slug}`,
      languages: plan.languages ?? ['de'],
      municipalityAgs: at.ags,
      servesAgs: serves,
      source: 'demo',
      externalId: `demo-akteur-${padNumber(index + 1)}`,
    };
    actorByKey.set(plan.key, actor);
    return actor;
  });
  return {
    actors,
    findActor: (key) => {
      const found = actorByKey.get(key);
      if (!found) throw new Error(`demo data names actor "${key}", which is not planned`);
      return found;
    },
    keyOf: (actor) => actorPlans[actors.indexOf(actor)]!.key,
    keysOf: (kinds) =>
      actorPlans.filter((plan) => kinds.includes(plan.kind) && !isolatedKeys.has(plan.key)).map((plan) => plan.key),
    linkable: actorPlans.filter((plan) => !isolatedKeys.has(plan.key)).map((plan) => plan.key),
  };
}
