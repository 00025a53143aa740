// The cooperation form: a link between two actors (stored from one to the other) with its kind, since, until,
// strength and note. The link has no version of its own: it is saved through its first actor, whose version
// (updatedAt) the save carries, and every save of the link touches that actor, so that its version moves on.
import { cooperationKindLabels } from '../../../schema/enum-labels.js';
import { EditCooperationDocument, UpdateActorDocument } from '../generated/graphql.js';
import type { FieldErrors, FieldSpec } from './field-layer.js';
import { apiValue } from './field-layer.js';
import type { FormDefinition } from './form-definition.js';
import { notAfter, optionsOf, text } from './form-helpers.js';

export const cooperationFields: FieldSpec[] = [
  { name: 'from', label: 'Akteur', kind: 'actor', required: true },
  { name: 'to', label: 'kooperiert mit', kind: 'actor', required: true },
  {
    name: 'kind',
    label: 'Art der Kooperation',
    kind: 'select',
    required: true,
    options: optionsOf(cooperationKindLabels),
  },
  { name: 'since', label: 'Seit', kind: 'date' },
  { name: 'until', label: 'Bis', kind: 'date' },
  {
    name: 'strength',
    label: 'Stärke',
    kind: 'select',
    options: [
      ['1', '1 (lose)'],
      ['2', '2'],
      ['3', '3 (eng)'],
    ],
  },
  { name: 'note', label: 'Notiz (nur intern)', kind: 'textarea' },
];

const edgeFields = ['kind', 'since', 'until', 'strength', 'note'];

function edgeOf(values: Record<string, unknown>): Record<string, unknown> {
  const edge: Record<string, unknown> = {};
  for (const name of edgeFields) {
    const field = cooperationFields.find((candidate) => candidate.name === name)!;
    const value =
      name === 'strength'
        ? values.strength
          ? Number(values.strength)
          : null
        : apiValue(field, values[name] as string);
    if (value !== null) edge[name] = value;
  }
  return edge;
}

function across(values: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  if (values.from && values.from === values.to) errors.to = 'Ein Akteur kann nicht mit sich selbst kooperieren.';
  if (!notAfter(values.since, values.until)) errors.until = '„Bis“ darf nicht vor „seit“ liegen.';
  return errors;
}

/** The id a loaded link goes by in the form: "from|to". */
export const cooperationId = (from: string, to: string) => `${from}|${to}`;

export const cooperationForm: FormDefinition = {
  kind: 'cooperation',
  entity: 'Cooperation',
  titles: { create: 'Neue Kooperation', edit: 'Kooperation bearbeiten' },
  fields: cooperationFields,
  across,
  aliases: { cooperatesWith: 'to' },
  async load(id, send) {
    const [from, to] = id.split('|') as [string, string];
    const actor = (await send(EditCooperationDocument, { from, to })).actors[0];
    const edge = actor?.cooperatesWithConnection.edges[0];
    if (!actor || !edge) return undefined;
    const p = edge.properties;
    return {
      id,
      version: actor.updatedAt,
      values: {
        from,
        to,
        kind: p.kind,
        since: text(p.since),
        until: text(p.until),
        strength: text(p.strength),
        note: text(p.note),
      },
      names: { [from]: actor.name, [to]: edge.node.name },
    };
  },
  save(values, loaded) {
    const from = String(values.from);
    const to = String(values.to);
    const edge = edgeOf(values);
    const target = { where: { node: { id: { eq: to } } } };
    if (!loaded || loaded.values.from !== from || loaded.values.to !== to) {
      // A new link (or one moved to other actors: the old one goes, the new one comes, in one write).
      const moved =
        loaded && loaded.values.from === from
          ? [{ disconnect: [{ where: { node: { id: { eq: String(loaded.values.to) } } } }] }]
          : [];
      return {
        document: UpdateActorDocument,
        variables: {
          id: from,
          update: { cooperatesWith: [...moved, { connect: [{ ...target, edge }] }] },
          ...(loaded && loaded.values.from === from ? { version: loaded.version } : {}),
        },
        idOf: () => cooperationId(from, to),
      };
    }
    const set: Record<string, unknown> = {};
    for (const name of edgeFields) set[name] = { set: edge[name] ?? null };
    return {
      document: UpdateActorDocument,
      variables: {
        id: from,
        update: { cooperatesWith: [{ update: { where: { node: { id: { eq: to } } }, edge: set } }] },
        version: loaded.version,
      },
      idOf: () => cooperationId(from, to),
    };
  },
  remove: (loaded) => ({
    document: UpdateActorDocument,
    variables: {
      id: String(loaded.values.from),
      update: { cooperatesWith: [{ disconnect: [{ where: { node: { id: { eq: String(loaded.values.to) } } } }] }] },
      version: loaded.version,
    },
    idOf: () => String(loaded.values.from),
  }),
  selection: (_id, values) => `a:${String(values.from)}`,
};
