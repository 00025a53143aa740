// The need form: reported demand of a municipality (an aggregate count of persons, never data about a person).
import {
  cefrLevelLabels,
  needSourceLabels,
  needStatusLabels,
  offerCategoryLabels,
  targetGroupLabels,
} from '../../../schema/enum-labels.js';
import { CreateNeedDocument, DeleteNeedDocument, EditNeedDocument, UpdateNeedDocument } from '../generated/graphql.js';
import type { FieldSpec } from './field-layer.js';
import { connectOne, switchLinks, type FormDefinition } from './form-definition.js';
import { createScalars, optionsOf, text, updateScalars } from './form-helpers.js';

export const needFields: FieldSpec[] = [
  { name: 'municipality', label: 'Gemeinde', kind: 'municipality', required: true },
  { name: 'category', label: 'Kategorie', kind: 'select', required: true, options: optionsOf(offerCategoryLabels) },
  { name: 'targetGroup', label: 'Zielgruppe', kind: 'select', options: optionsOf(targetGroupLabels) },
  { name: 'languageLevel', label: 'Sprachniveau', kind: 'select', options: optionsOf(cefrLevelLabels) },
  { name: 'persons', label: 'Personen', kind: 'int', required: true },
  { name: 'reportedAt', label: 'Gemeldet am', kind: 'date', required: true },
  { name: 'source', label: 'Quelle', kind: 'select', required: true, options: optionsOf(needSourceLabels) },
  { name: 'reportedBy', label: 'Gemeldet von', kind: 'actor' },
  { name: 'status', label: 'Status', kind: 'select', required: true, options: optionsOf(needStatusLabels) },
  { name: 'note', label: 'Notiz', kind: 'textarea' },
];

export const needForm: FormDefinition = {
  kind: 'need',
  entity: 'Need',
  titles: { create: 'Neuer Bedarf', edit: 'Bedarf bearbeiten' },
  fields: needFields,
  async load(id, send) {
    const need = (await send(EditNeedDocument, { id })).needs[0];
    if (!need) return undefined;
    const municipality = need.municipality[0];
    const reporter = need.reportedBy[0];
    return {
      id: need.id,
      version: need.updatedAt,
      values: {
        municipality: municipality?.ags ?? '',
        category: need.category,
        targetGroup: text(need.targetGroup),
        languageLevel: text(need.languageLevel),
        persons: text(need.persons),
        reportedAt: text(need.reportedAt),
        source: need.source,
        reportedBy: reporter?.id ?? '',
        status: need.status,
        note: text(need.note),
      },
      names: {
        ...(municipality ? { [municipality.ags]: municipality.name } : {}),
        ...(reporter ? { [reporter.id]: reporter.name } : {}),
      },
    };
  },
  save(values, loaded) {
    if (!loaded) {
      const municipality = connectOne('ags', values.municipality);
      const reportedBy = connectOne('id', values.reportedBy);
      return {
        document: CreateNeedDocument,
        variables: {
          input: [
            {
              ...createScalars(needFields, values),
              ...(municipality ? { municipality } : {}),
              ...(reportedBy ? { reportedBy } : {}),
            },
          ],
        },
        idOf: (data) => (data as { createNeeds: { needs: { id: string }[] } }).createNeeds.needs[0]?.id,
      };
    }
    const municipality = switchLinks('ags', loaded.values.municipality, values.municipality);
    const reportedBy = switchLinks('id', loaded.values.reportedBy, values.reportedBy);
    const update = {
      ...updateScalars(needFields, values, loaded.values),
      ...(municipality ? { municipality } : {}),
      ...(reportedBy ? { reportedBy } : {}),
    };
    if (Object.keys(update).length === 0) return undefined;
    return {
      document: UpdateNeedDocument,
      variables: { id: loaded.id, update, version: loaded.version },
      idOf: () => loaded.id,
    };
  },
  remove: (loaded) => ({
    document: DeleteNeedDocument,
    variables: { id: loaded.id, version: loaded.version },
    idOf: () => loaded.id,
  }),
  selection: (_id, values) => `m:${String(values.municipality)}`,
};
