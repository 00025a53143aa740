// The needs' records, from the 'needs' stream: where the newcomers are, a few for a Samtgemeinde as a whole.
import { createStream } from '../../data-generation/create-random.js';
import { padNumber } from '../../data-generation/numbers.js';
import { pickWeighted, WeightedPicker } from '../../data-generation/weighted-picker.js';
import { listNeedSources, needCategories, needLevels, needStatuses, needTargets } from '../plans/need-facts.js';
import { synthetic } from '../plans/place-names.js';
import type { SyntheticNeed } from '../synthetic-types.js';
import type { GermanyContext } from './germany-context.js';

export function* streamNeeds(context: GermanyContext): Generator<SyntheticNeed> {
  const { options, geography, counts, day } = context;
  const random = createStream(options.seed, 'needs');
  const byNewcomers = new WeightedPicker(geography.places.map((p) => Math.max(1, p.newcomers)));
  const width = context.idWidth(counts.needs);
  for (let i = 0; i < counts.needs; i++) {
    // A few needs are known only for a Samtgemeinde as a whole.
    const collective =
      geography.collectives.length > 0 && random.chance(0.03) ? random.pick(geography.collectives) : null;
    const place = collective ?? geography.places[byNewcomers.pick(random)]!;
    const category = pickWeighted(random, needCategories);
    const targets = needTargets[category];
    const levels = needLevels[category];
    yield {
      id: `${options.idPrefix}-need-${padNumber(i + 1, width)}`,
      municipalityAgs: place.ags,
      category,
      targetGroup: targets ? random.pick(targets) : random.chance(0.5) ? 'ADULTS' : null,
      languageLevel: levels ? random.pick(levels) : null,
      persons: 1 + Math.floor(59 * random.next() ** 2.2),
      reportedAt: day(-random.int(1, 400)),
      source: random.pick(listNeedSources(category)),
      status: pickWeighted(random, needStatuses),
      note: `Synthetischer Bedarf ${synthetic}`,
    };
  }
}
