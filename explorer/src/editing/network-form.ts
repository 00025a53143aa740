// The network form: a committee, exchange round, working group or regional network, its coordinator and members.
import { cadenceLabels, networkKindLabels } from '../../../schema/enum-labels.js';
import {
  CreateNetworkDocument,
  DeleteNetworkDocument,
  EditNetworkDocument,
  UpdateNetworkDocument,
} from '../generated/graphql.js';
import type { FieldSpec } from './field-layer.js';
import { connectMany, connectOne, switchLinks, type FormDefinition } from './form-definition.js';
import { createScalars, optionsOf, text, updateScalars } from './form-helpers.js';

export const networkFields: FieldSpec[] = [
  { name: 'name', label: 'Name', kind: 'text', required: true },
  { name: 'kind', label: 'Art', kind: 'select', required: true, options: optionsOf(networkKindLabels) },
  { name: 'cadence', label: 'Turnus', kind: 'select', options: optionsOf(cadenceLabels) },
  { name: 'description', label: 'Beschreibung', kind: 'textarea' },
  { name: 'coordinator', label: 'Koordination', kind: 'actor' },
  { name: 'members', label: 'Mitglieder', kind: 'actors' },
];

export const networkForm: FormDefinition = {
  kind: 'network',
  entity: 'Network',
  titles: { create: 'Neues Netzwerk', edit: 'Netzwerk bearbeiten' },
  fields: networkFields,
  async load(id, send) {
    const network = (await send(EditNetworkDocument, { id })).networks[0];
    if (!network) return undefined;
    const coordinator = network.coordinator[0];
    return {
      id: network.id,
      version: network.updatedAt,
      values: {
        name: network.name,
        kind: network.kind,
        cadence: text(network.cadence),
        description: text(network.description),
        coordinator: coordinator?.id ?? '',
        members: network.members.map((member) => member.id),
      },
      names: Object.fromEntries(
        [...network.members, ...(coordinator ? [coordinator] : [])].map((actor) => [actor.id, actor.name]),
      ),
    };
  },
  save(values, loaded) {
    if (!loaded) {
      const coordinator = connectOne('id', values.coordinator);
      const members = connectMany('id', values.members);
      return {
        document: CreateNetworkDocument,
        variables: {
          input: [
            {
              ...createScalars(networkFields, values),
              ...(coordinator ? { coordinator } : {}),
              ...(members ? { members } : {}),
            },
          ],
        },
        idOf: (data) => (data as { createNetworks: { networks: { id: string }[] } }).createNetworks.networks[0]?.id,
      };
    }
    const coordinator = switchLinks('id', loaded.values.coordinator, values.coordinator);
    const members = switchLinks('id', loaded.values.members, values.members);
    const update = {
      ...updateScalars(networkFields, values, loaded.values),
      ...(coordinator ? { coordinator } : {}),
      ...(members ? { members } : {}),
    };
    if (Object.keys(update).length === 0) return undefined;
    return {
      document: UpdateNetworkDocument,
      variables: { id: loaded.id, update, version: loaded.version },
      idOf: () => loaded.id,
    };
  },
  // A meeting belongs to exactly one network: its meetings (and their decisions) go with it.
  remove: (loaded) => ({
    document: DeleteNetworkDocument,
    variables: {
      id: loaded.id,
      version: loaded.version,
      delete: { meetings: [{ where: {}, delete: { decisions: [{ where: {} }] } }] },
    },
    idOf: () => loaded.id,
  }),
};
