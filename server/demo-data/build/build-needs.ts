// The demo needs: the planned ones first, then 57 drawn where the newcomers are (one ticket per 40 newcomers).
import { padNumber } from '../../data-generation/numbers.js';
import type { DemoMunicipality, DemoNeed, OfferCategory } from '../demo-types.js';
import {
  levelFor,
  listNeedSources,
  needCategories,
  plannedNeeds,
  targetsFor,
  type NeedPlan,
} from '../plans/need-plans.js';
import type { ActorDirectory } from './build-actors.js';
import type { DemoContext, Place } from './demo-context.js';
import { findReporter } from './find-reporter.js';

const drawnNeedCount = 57;

function drawNeedPlans(
  context: DemoContext,
  directory: ActorDirectory,
  municipalities: DemoMunicipality[],
): NeedPlan[] {
  const { random } = context;
  const newcomersByAgs = new Map(municipalities.map((m) => [m.ags, m.newcomers]));
  const weightedPlaces = context.localPlaces.flatMap((m) =>
    Array<Place>(Math.max(1, Math.round((newcomersByAgs.get(m.ags) ?? 0) / 40))).fill(m),
  );
  const weightedCategories = needCategories.flatMap(([category, weight]) =>
    Array<OfferCategory>(weight).fill(category),
  );
  const drawn: NeedPlan[] = [];
  for (let i = 0; i < drawnNeedCount; i++) {
    const at = random.pick(weightedPlaces);
    const category = random.pick(weightedCategories);
    const source = random.pick(listNeedSources(category));
    drawn.push({
      at: at.name,
      category,
      targetGroup: targetsFor[category] ? random.pick(targetsFor[category]) : random.chance(0.5) ? 'ADULTS' : null,
      level: levelFor[category] ? random.pick(levelFor[category]) : null,
      persons: random.int(3, 40),
      source,
      by: findReporter(context, directory, source, at, category),
      status: random.chance(0.72) ? 'OPEN' : random.chance(0.6) ? 'MET' : 'OBSOLETE',
    });
  }
  return drawn;
}

export function buildNeeds(
  context: DemoContext,
  directory: ActorDirectory,
  municipalities: DemoMunicipality[],
): DemoNeed[] {
  const { random, day } = context;
  const drawn = drawNeedPlans(context, directory, municipalities);
  return [...plannedNeeds, ...drawn].map((plan, index): DemoNeed => {
    const planned = index < plannedNeeds.length;
    return {
      id: `demo-need-${padNumber(index + 1)}`,
      municipalityAgs: context.findPlace(plan.at).ags,
      category: plan.category,
      targetGroup: plan.targetGroup,
      languageLevel: plan.level,
      persons: plan.persons,
      reportedAt: day(-random.int(planned ? 10 : 1, planned ? 200 : 364)),
      source: plan.source,
      reportedById: plan.by === null ? null : directory.findActor(plan.by).id,
      status: plan.status ?? 'OPEN',
      note: plan.note ?? null,
    };
  });
}
