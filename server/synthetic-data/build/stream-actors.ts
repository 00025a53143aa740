// The actors' records, from the 'actors' stream: name, address, contact and languages around the core.
import { createStream } from '../../data-generation/create-random.js';
import { padNumber } from '../../data-generation/numbers.js';
import { actorKindList, actorKinds } from '../plans/actor-kinds.js';
import { otherLanguages, streets } from '../plans/addresses.js';
import { synthetic } from '../plans/place-names.js';
import { states } from '../plans/states.js';
import type { SyntheticActor } from '../synthetic-types.js';
import type { GermanyContext } from './germany-context.js';

export function* streamActors(context: GermanyContext): Generator<SyntheticActor> {
  const { options, geography, core, counts } = context;
  const { places, placeBaseName, placeDistrict } = geography;
  const random = createStream(options.seed, 'actors');
  const areaByDistrict = geography.districts.map((d) => states.find((s) => s.name === d.state)?.area ?? '30');
  for (let i = 0; i < counts.actors; i++) {
    const kind = actorKindList[core.kind[i]!]!;
    const place = places[core.place[i]!]!;
    const city = placeBaseName[core.place[i]!]!;
    const id = context.actorId(i);
    const number = padNumber(i + 1, context.idWidth(counts.actors));
    const languages = ['de'];
    for (let k = random.int(0, 3); k > 0; k--) {
      const language = random.pick(otherLanguages);
      if (!languages.includes(language)) languages.push(language);
    }
    const area = areaByDistrict[placeDistrict[core.place[i]!]!]!;
    yield {
      id,
      name: `${actorKinds[kind].label} ${number} ${synthetic}`,
      kind,
      description: `${actorKinds[kind].label} in ${city}. Synthetischer Datensatz für Last- und Abdeckungstests, keine reale Einrichtung.`,
      address: `${random.pick(streets)} ${random.int(1, 120)}`,
      postcode: place.postcode,
      city,
      lat: core.lat[i]!,
      lon: core.lon[i]!,
      phone: `+49 ${area} 555-${number}`,
      email: `${id}@example.org`,
      website: `https://example.org/synthetisch/${id}`,
      languages,
      municipalityAgs: place.ags,
      source: 'synthetic',
      externalId: id,
    };
  }
}
