// The actor form: name, kind, contact, languages, where it sits (a municipality, and its place on the map), and the
// municipalities it serves (Actor.serves).
import { actorKindLabels } from '../../../schema/enum-labels.js';
import {
  CreateActorDocument,
  DeleteActorDocument,
  EditActorDocument,
  UpdateActorDocument,
} from '../generated/graphql.js';
import { showPlace, type FieldSpec } from './field-layer.js';
import { connectMany, connectOne, switchLinks, type FormDefinition } from './form-definition.js';
import { createScalars, optionsOf, text, updateScalars } from './form-helpers.js';

export const actorFields: FieldSpec[] = [
  { name: 'name', label: 'Name', kind: 'text', required: true },
  { name: 'kind', label: 'Art', kind: 'select', required: true, options: optionsOf(actorKindLabels) },
  { name: 'description', label: 'Beschreibung', kind: 'textarea' },
  { name: 'municipality', label: 'Gemeinde', kind: 'municipality' },
  { name: 'location', label: 'Ort auf der Karte (Breite, Länge)', kind: 'place' },
  { name: 'serves', label: 'Versorgt Gemeinden', kind: 'municipalities' },
  { name: 'address', label: 'Adresse', kind: 'text' },
  { name: 'postcode', label: 'PLZ', kind: 'text' },
  { name: 'city', label: 'Ort', kind: 'text' },
  { name: 'phone', label: 'Telefon', kind: 'text' },
  { name: 'email', label: 'E-Mail', kind: 'text' },
  { name: 'website', label: 'Webseite', kind: 'text' },
  { name: 'languages', label: 'Sprachen (Kürzel, z. B. de, ar)', kind: 'codes' },
];

export const actorForm: FormDefinition = {
  kind: 'actor',
  entity: 'Actor',
  titles: { create: 'Neuer Akteur', edit: 'Akteur bearbeiten' },
  fields: actorFields,
  async load(id, send) {
    const actor = (await send(EditActorDocument, { id })).actors[0];
    if (!actor) return undefined;
    const municipality = actor.municipality[0];
    return {
      id: actor.id,
      version: actor.updatedAt,
      values: {
        name: actor.name,
        kind: actor.kind,
        description: text(actor.description),
        municipality: municipality?.ags ?? '',
        location: showPlace(actor.location),
        address: text(actor.address),
        postcode: text(actor.postcode),
        city: text(actor.city),
        phone: text(actor.phone),
        email: text(actor.email),
        website: text(actor.website),
        languages: text(actor.languages),
        // In the order of their names (the API's order is none).
        serves: [...actor.serves].sort((a, b) => a.name.localeCompare(b.name, 'de')).map((served) => served.ags),
      },
      names: Object.fromEntries([...(municipality ? [municipality] : []), ...actor.serves].map((m) => [m.ags, m.name])),
    };
  },
  save(values, loaded) {
    if (!loaded) {
      const municipality = connectOne('ags', values.municipality);
      const serves = connectMany('ags', values.serves);
      return {
        document: CreateActorDocument,
        variables: {
          input: [
            {
              ...createScalars(actorFields, values),
              ...(municipality ? { municipality } : {}),
              ...(serves ? { serves } : {}),
            },
          ],
        },
        idOf: (data) => (data as { createActors: { actors: { id: string }[] } }).createActors.actors[0]?.id,
      };
    }
    const municipality = switchLinks('ags', loaded.values.municipality, values.municipality);
    const serves = switchLinks('ags', loaded.values.serves, values.serves);
    const update = {
      ...updateScalars(actorFields, values, loaded.values),
      ...(municipality ? { municipality } : {}),
      ...(serves ? { serves } : {}),
    };
    if (Object.keys(update).length === 0) return undefined;
    return {
      document: UpdateActorDocument,
      variables: { id: loaded.id, update, version: loaded.version },
      idOf: () => loaded.id,
    };
  },
  remove(loaded) {
    // What goes with the actor (its offers, whose only provider it is) is asked first (delete-actor.ts).
    return {
      document: DeleteActorDocument,
      variables: { id: loaded.id, version: loaded.version, delete: { offers: [{ where: {} }] } },
      idOf: () => loaded.id,
    };
  },
  selection: (id) => `a:${id}`,
};
