// The dialog every form opens in: its fields, each with its label and its problem below it (German, the form's own
// check or the API's refusal mapped to the field), "Speichern", "Löschen" and "Abbrechen". A save carries the version
// the form was loaded with; when someone saved the entity since, the API refuses it and the dialog shows each
// changed field with the value typed here and the one now stored, and keeps what was typed: the person saves it
// again over the new version, or takes the stored values. Nothing is written while any field has a problem.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppContext } from '../state/app-context.js';
import { ActorPicker } from '../ui/actor-picker.js';
import { Combobox, type Suggestion } from '../ui/combobox.js';
import { formatDate, h, type Child } from '../ui/dom.js';
import { DistrictNetworksDocument } from '../generated/graphql.js';
import {
  checkForm,
  fieldErrorsOf,
  showPlace,
  type FieldErrors,
  type FieldSpec,
  type FieldValue,
  type FormValues,
  type VersionConflict,
} from './field-layer.js';
import type { FormDefinition, LoadedEntity } from './form-definition.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

type AnyDocument = TypedDocumentNode<unknown, Record<string, unknown>>;
import { EditRefused, sendEdit } from './edit-request.js';
import { awaitPlaceOnMap, endPlacePick } from '../state/place-pick.js';
import { gapCategory } from '../state/view-state.js';
import { deletionImpact, type DeletionImpact } from './deletion-impact.js';

export type DialogMode =
  | { kind: 'create'; initial?: FormValues; names?: Record<string, string> }
  | { kind: 'edit'; id: string }
  | { kind: 'delete'; id: string };

export interface FormDialogProps {
  ctx: AppContext;
  definition: FormDefinition;
  mode: DialogMode;
  /** Closes the dialog; after a write, with the selection to show (the page then loads the data again). */
  onClose: (written?: { selection?: string }) => void;
}

const fold = (text: string) =>
  text
    .toLocaleLowerCase('de')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** A value as a person reads it: option labels, names of picked actors and municipalities, dates as TT.MM.JJJJ. */
function shownValue(field: FieldSpec, value: FieldValue | undefined, names: Record<string, string>): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '–';
  const label = (key: string) => field.options?.find(([option]) => option === key)?.[1] ?? names[key] ?? key;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (field.kind === 'date') return formatDate(String(value), 'de');
  return label(String(value));
}

function sameFieldValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return JSON.stringify(a ?? '') === JSON.stringify(b ?? '');
}

interface ConflictState extends VersionConflict {
  stored?: LoadedEntity; // the entity as it is stored now (undefined: deleted)
  mine?: LoadedEntity; // the entity as this form loaded it
}

export function FormDialog({ ctx, definition, mode, onClose }: FormDialogProps): Child {
  const dialog = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<LoadedEntity | undefined>(undefined);
  const [loading, setLoading] = useState(mode.kind !== 'create');
  const [values, setValues] = useState<FormValues>(mode.kind === 'create' ? (mode.initial ?? {}) : {});
  const [names, setNames] = useState<Record<string, string>>(mode.kind === 'create' ? (mode.names ?? {}) : {});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | undefined>(undefined);
  const [conflict, setConflict] = useState<ConflictState | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<DeletionImpact | 'plain' | undefined>(undefined);
  const [networks, setNetworks] = useState<[string, string][]>([]);
  const [picking, setPicking] = useState(false);
  const idPrefix = `edit-${definition.kind}`;

  useEffect(() => {
    dialog.current?.showModal();
    if (mode.kind !== 'create')
      void definition.load(mode.id, sendEdit).then(
        async (found) => {
          setLoading(false);
          if (!found) return setGeneral('Diesen Eintrag gibt es nicht mehr.');
          setLoaded(found);
          setValues(found.values);
          setNames(found.names);
          if (mode.kind === 'delete') setConfirming(await impactOf(found));
        },
        () => (setLoading(false), setGeneral('Der Eintrag konnte nicht geladen werden; bitte erneut versuchen.')),
      );
    if (definition.fields.some((field) => field.kind === 'network'))
      void sendEdit(DistrictNetworksDocument, { districtAgs: ctx.model.districtAgs }).then((found) =>
        setNetworks(found.networks.map((network) => [network.id, network.name])),
      );
  }, []);

  const impactOf = async (entity: LoadedEntity): Promise<DeletionImpact | 'plain'> =>
    definition.kind === 'actor' ? ((await deletionImpact(entity.id, sendEdit)) ?? 'plain') : 'plain';

  const set = (name: string, value: FieldValue) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => {
      const { [name]: _gone, ...rest } = current;
      return rest;
    });
  };

  const focusFirstProblem = (found: FieldErrors) => {
    const first = definition.fields.find((field) => found[field.name]);
    if (first) setTimeout(() => document.getElementById(`${idPrefix}-${first.name}`)?.focus(), 0);
  };

  const save = async (over: LoadedEntity | undefined = loaded, current: FormValues = values) => {
    setGeneral(undefined);
    const values = current;
    const found = checkForm(definition.entity, definition.fields, values, definition.across);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setGeneral('Bitte die markierten Felder prüfen; nichts wurde gespeichert.');
      return focusFirstProblem(found);
    }
    const request = definition.save(values, over);
    if (!request) return onClose();
    setBusy(true);
    try {
      const data = (await sendEdit(request.document as AnyDocument, request.variables)) as Record<string, unknown>;
      const id = request.idOf(data);
      onClose({ selection: id && definition.selection ? definition.selection(id, values) : undefined });
    } catch (error) {
      if (!(error instanceof EditRefused)) throw error;
      const mapped = fieldErrorsOf(error.errors, definition.fields, definition.aliases);
      setErrors(mapped.fields);
      if (mapped.conflict && over) {
        const stored = await definition.load(over.id, sendEdit).catch(() => undefined);
        if (stored) setNames((current) => ({ ...current, ...stored.names }));
        setConflict({ ...mapped.conflict, stored, mine: over });
        setGeneral(undefined);
      } else {
        setGeneral(
          mapped.general ??
            (Object.keys(mapped.fields).length > 0
              ? 'Bitte die markierten Felder prüfen; nichts wurde gespeichert.'
              : undefined),
        );
        focusFirstProblem(mapped.fields);
      }
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!loaded) return;
    setBusy(true);
    try {
      const request = definition.remove(loaded);
      await sendEdit(request.document as AnyDocument, request.variables);
      onClose({ selection: '' });
    } catch (error) {
      if (!(error instanceof EditRefused)) throw error;
      const mapped = fieldErrorsOf(error.errors, definition.fields, definition.aliases);
      setConfirming(undefined);
      if (mapped.conflict) {
        const stored = await definition.load(loaded.id, sendEdit).catch(() => undefined);
        setConflict({ ...mapped.conflict, stored });
      } else {
        setErrors(mapped.fields);
        setGeneral(Object.values(mapped.fields)[0] ?? mapped.general);
      }
    } finally {
      setBusy(false);
    }
  };

  /**
   * "Ort auf der Karte wählen": the dialog steps aside, the map shows (with a category, which it needs to draw the
   * municipalities), the next click there is the place; the view and filter come back as they were. Escape or
   * "Abbrechen" ends it with nothing changed.
   */
  const pickOnMap = async (name: string) => {
    const before = ctx.peek();
    dialog.current?.close();
    setPicking(true);
    ctx.set({ view: 'map', ...(before.category ? {} : { category: gapCategory(before) }) });
    const place = await awaitPlaceOnMap();
    setPicking(false);
    ctx.set({ view: before.view, category: before.category });
    dialog.current?.showModal();
    if (place) set(name, showPlace(place));
    setTimeout(() => document.getElementById(`${idPrefix}-${name}`)?.focus(), 0);
  };
  useEffect(() => {
    if (!picking) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      endPlacePick(undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [picking]);
  // A dialog closed while a pick waits (the page leaves) ends the pick.
  useEffect(() => () => void endPlacePick(undefined), []);

  const title = mode.kind === 'create' ? definition.titles.create : definition.titles.edit;
  return [
    picking
      ? h(
          'div',
          { className: 'place-pick-hint', id: 'place-pick-hint', role: 'status' },
          h('span', {}, 'Klicken Sie auf die Karte, um den Ort zu wählen (Esc bricht ab).'),
          ' ',
          h('button', { type: 'button', id: 'place-pick-cancel', onclick: () => endPlacePick(undefined) }, 'Abbrechen'),
        )
      : null,
    h(
      'dialog',
      {
        ref: dialog,
        id: 'edit-dialog',
        className: 'edit-dialog',
        'aria-labelledby': 'edit-dialog-title',
        'data-kind': definition.kind,
        oncancel: (event: Event) => (event.preventDefault(), onClose()),
      },
      h('h2', { id: 'edit-dialog-title' }, title),
      loading ? h('p', { className: 'muted' }, 'Wird geladen …') : null,
      general ? h('p', { className: 'error', id: 'edit-general', role: 'alert' }, general) : null,
      conflict ? conflictPanel() : null,
      confirming ? confirmPanel(confirming) : null,
      !loading && !confirming
        ? h(
            'form',
            {
              className: 'edit-form',
              noValidate: true,
              onsubmit: (event: Event) => (event.preventDefault(), void save()),
            },
            h(
              'div',
              { className: 'edit-fields' },
              definition.fields.map((field) => fieldRow(field)),
            ),
            h(
              'div',
              { className: 'actions' },
              h('button', { type: 'submit', id: 'edit-save', className: 'primary', disabled: busy }, 'Speichern'),
              loaded
                ? h(
                    'button',
                    {
                      type: 'button',
                      id: 'edit-delete',
                      disabled: busy,
                      onclick: () => void impactOf(loaded).then(setConfirming),
                    },
                    'Löschen',
                  )
                : null,
              h('button', { type: 'button', id: 'edit-cancel', onclick: () => onClose() }, 'Abbrechen'),
            ),
          )
        : null,
    ),
  ];

  function conflictPanel(): Child {
    const mine = conflict!.mine;
    const stored = conflict!.stored;
    const changed = stored
      ? definition.fields.filter((field) => !sameFieldValue(values[field.name], stored.values[field.name]))
      : [];
    const typedHere = (field: FieldSpec) => !sameFieldValue(values[field.name], mine?.values[field.name]);
    return h(
      'section',
      { className: 'conflict', id: 'edit-conflict', role: 'alert' },
      h(
        'p',
        {},
        stored
          ? `Jemand hat diesen Eintrag gespeichert, seit Sie ihn geöffnet haben (Ihr Stand: ${new Date(conflict!.expected).toLocaleString('de-DE')}, gespeichert: ${conflict!.current ? new Date(conflict!.current).toLocaleString('de-DE') : '–'}). Nichts wurde überschrieben; Ihre Eingaben sind noch da.`
          : 'Dieser Eintrag wurde gelöscht, seit Sie ihn geöffnet haben; nichts wurde gespeichert.',
      ),
      stored && changed.length > 0
        ? h(
            'table',
            { className: 'mini' },
            h('thead', {}, h('tr', {}, h('th', {}, 'Feld'), h('th', {}, 'Ihr Wert'), h('th', {}, 'Jetzt gespeichert'))),
            h(
              'tbody',
              {},
              changed.map((field) =>
                h(
                  'tr',
                  { 'data-field': field.name },
                  h('th', { scope: 'row' }, field.label),
                  h(
                    'td',
                    { className: 'mine' },
                    typedHere(field)
                      ? shownValue(field, values[field.name], names)
                      : `${shownValue(field, values[field.name], names)} (von Ihnen nicht geändert)`,
                  ),
                  h('td', { className: 'stored' }, shownValue(field, stored.values[field.name], names)),
                ),
              ),
            ),
          )
        : null,
      stored
        ? h(
            'div',
            { className: 'actions' },
            h(
              'button',
              {
                type: 'button',
                id: 'conflict-keep-mine',
                className: 'primary',
                onclick: () => {
                  // Only what was typed here goes over the stored version: a field left as loaded takes the value
                  // someone else saved meanwhile, so that their change is not lost either.
                  const merged: FormValues = { ...stored.values };
                  for (const field of definition.fields)
                    if (!sameFieldValue(values[field.name], mine?.values[field.name]))
                      merged[field.name] = values[field.name]!;
                  setConflict(undefined);
                  setLoaded(stored);
                  setValues(merged);
                  void save(stored, merged);
                },
              },
              'Meine Werte speichern',
            ),
            h(
              'button',
              {
                type: 'button',
                id: 'conflict-take-stored',
                onclick: () => {
                  setConflict(undefined);
                  setLoaded(stored);
                  setValues(stored.values);
                },
              },
              'Gespeicherte Werte übernehmen',
            ),
          )
        : null,
    );
  }

  function confirmPanel(impact: DeletionImpact | 'plain'): Child {
    return h(
      'section',
      { className: 'confirm-delete', id: 'edit-confirm-delete' },
      impact === 'plain'
        ? h('p', {}, 'Diesen Eintrag wirklich löschen?')
        : [
            h('p', {}, `„${impact.name}“ wirklich löschen?`),
            impact.lines.length > 0
              ? [
                  h('p', {}, 'Damit geht auch:'),
                  h(
                    'ul',
                    { id: 'delete-impact' },
                    impact.lines.map((line) => h('li', {}, line)),
                  ),
                ]
              : h('p', { className: 'muted' }, 'Der Akteur hat keine Kooperationen, Angebote oder Mitgliedschaften.'),
          ],
      h(
        'div',
        { className: 'actions' },
        h(
          'button',
          {
            type: 'button',
            id: 'edit-confirm-delete-yes',
            className: 'danger',
            disabled: busy,
            onclick: () => void remove(),
          },
          'Endgültig löschen',
        ),
        h(
          'button',
          {
            type: 'button',
            id: 'edit-confirm-delete-no',
            onclick: () => (mode.kind === 'delete' ? onClose() : setConfirming(undefined)),
          },
          'Abbrechen',
        ),
      ),
    );
  }

  function fieldRow(field: FieldSpec): Child {
    const id = `${idPrefix}-${field.name}`;
    const problem = errors[field.name];
    const errorId = `${id}-error`;
    const value = values[field.name];
    const common = {
      id,
      name: field.name,
      'aria-invalid': problem ? 'true' : null,
      'aria-describedby': problem ? errorId : null,
      'aria-required': field.required ? 'true' : null,
    };
    const label = `${field.label}${field.required ? ' *' : ''}`;
    const control = (): Child => {
      switch (field.kind) {
        case 'textarea':
          return h('textarea', {
            ...common,
            rows: 3,
            value: String(value ?? ''),
            oninput: (e: Event) => set(field.name, (e.target as HTMLTextAreaElement).value),
          });
        case 'select':
        case 'bool':
        case 'network': {
          const options = field.kind === 'network' ? networks : (field.options ?? []);
          return h(
            'select',
            {
              ...common,
              value: String(value ?? ''),
              onchange: (e: Event) => set(field.name, (e.target as HTMLSelectElement).value),
            },
            h('option', { value: '' }, field.required ? '– bitte wählen –' : '– keine Angabe –'),
            options.map(([option, text]) => h('option', { value: option, selected: option === value }, text)),
          );
        }
        case 'checks': {
          const chosen = Array.isArray(value) ? value : [];
          return h(
            'fieldset',
            { ...common, className: 'checks' },
            h('legend', { className: 'visually-hidden' }, field.label),
            (field.options ?? []).map(([option, text]) =>
              h(
                'label',
                { className: 'check' },
                h('input', {
                  type: 'checkbox',
                  value: option,
                  checked: chosen.includes(option),
                  onchange: (e: Event) =>
                    set(
                      field.name,
                      (e.target as HTMLInputElement).checked ? [...chosen, option] : chosen.filter((c) => c !== option),
                    ),
                }),
                ` ${text}`,
              ),
            ),
          );
        }
        case 'actor':
          return h(ActorPicker, {
            id,
            label,
            lang: 'de',
            actors: actorsWith(names),
            selectedId: String(value ?? ''),
            onChange: (actorId: string) => set(field.name, actorId),
          });
        case 'actors': {
          const chosen = Array.isArray(value) ? value : [];
          return h(
            'div',
            { className: 'actor-list' },
            h(
              'ul',
              { className: 'list', id: `${id}-chosen` },
              chosen.map((actorId) =>
                h(
                  'li',
                  { key: actorId },
                  names[actorId] ?? ctx.model.actors.get(actorId)?.name ?? actorId,
                  ' ',
                  h(
                    'button',
                    {
                      type: 'button',
                      className: 'link',
                      'aria-label': `${names[actorId] ?? ctx.model.actors.get(actorId)?.name ?? actorId} entfernen`,
                      onclick: () =>
                        set(
                          field.name,
                          chosen.filter((c) => c !== actorId),
                        ),
                    },
                    '× entfernen',
                  ),
                ),
              ),
            ),
            h(ActorPicker, {
              id,
              label: `${field.label}: hinzufügen`,
              lang: 'de',
              actors: ctx.model.actors,
              selectedId: '',
              onChange: (actorId: string) => {
                if (!actorId || chosen.includes(actorId)) return;
                setNames((current) => ({ ...current, [actorId]: ctx.model.actors.get(actorId)?.name ?? actorId }));
                set(field.name, [...chosen, actorId]);
              },
            }),
          );
        }
        case 'municipalities': {
          const chosen = Array.isArray(value) ? value : [];
          const nameOf = (ags: string) => names[ags] ?? ctx.model.municipalities.get(ags)?.name ?? ags;
          return h(
            'div',
            { className: 'actor-list' },
            h(
              'ul',
              { className: 'list', id: `${id}-chosen` },
              chosen.map((ags) =>
                h(
                  'li',
                  { key: ags },
                  nameOf(ags),
                  ' ',
                  h(
                    'button',
                    {
                      type: 'button',
                      className: 'link',
                      'aria-label': `${nameOf(ags)} entfernen`,
                      onclick: () =>
                        set(
                          field.name,
                          chosen.filter((c) => c !== ags),
                        ),
                    },
                    '× entfernen',
                  ),
                ),
              ),
            ),
            // Made anew after each pick (its key), so that it is empty again for the next municipality.
            h(Combobox, {
              key: chosen.join(','),
              id,
              label: `${field.label}: hinzufügen`,
              placeholder: 'Gemeinde eingeben …',
              initial: '',
              noMatches: 'Keine Gemeinde gefunden',
              delayMs: 60,
              inputType: 'search',
              suggest: (typed: string): Suggestion[] =>
                [...ctx.model.municipalities.values()]
                  .filter((m) => !chosen.includes(m.ags) && fold(m.name).includes(fold(typed.trim())))
                  .slice(0, 12)
                  .map((m) => ({ key: m.ags, label: m.name, hint: m.ags })),
              onPick: (suggestion: Suggestion) => {
                if (chosen.includes(suggestion.key)) return;
                setNames((current) => ({ ...current, [suggestion.key]: suggestion.label }));
                set(field.name, [...chosen, suggestion.key]);
              },
            }),
          );
        }
        case 'municipality':
          return h(Combobox, {
            id,
            label,
            placeholder: 'Gemeinde eingeben …',
            initial: names[String(value ?? '')] ?? ctx.model.municipalities.get(String(value ?? ''))?.name ?? '',
            noMatches: 'Keine Gemeinde gefunden',
            delayMs: 60,
            inputType: 'search',
            suggest: (typed: string): Suggestion[] =>
              [...ctx.model.municipalities.values()]
                .filter((m) => fold(m.name).includes(fold(typed.trim())))
                .slice(0, 12)
                .map((m) => ({ key: m.ags, label: m.name, hint: m.ags })),
            onPick: (suggestion: Suggestion) => {
              set(field.name, suggestion.key);
              setNames((current) => ({ ...current, [suggestion.key]: suggestion.label }));
              // The place follows the municipality's seat unless one was chosen on the map.
              const seat = ctx.model.municipalities.get(suggestion.key)?.location;
              if (seat && definition.fields.some((f) => f.kind === 'place') && !values.location)
                set('location', showPlace(seat));
            },
            onText: (typed: string) => {
              if (!typed.trim()) set(field.name, '');
            },
          });
        case 'place':
          // Typed as "Breite, Länge" (the keyboard way, as is picking the municipality, whose seat fills it in),
          // or chosen by a click on the map.
          return h(
            'div',
            { className: 'place-input' },
            h('input', {
              ...common,
              type: 'text',
              inputmode: 'decimal',
              placeholder: 'z. B. 52,64, 9,21',
              value: String(value ?? ''),
              oninput: (e: Event) => set(field.name, (e.target as HTMLInputElement).value),
            }),
            h(
              'button',
              { type: 'button', id: `${id}-pick`, onclick: () => void pickOnMap(field.name) },
              'Ort auf der Karte wählen',
            ),
          );
        default:
          return h('input', {
            ...common,
            type: field.kind === 'date' ? 'date' : 'text',
            inputmode: field.kind === 'int' ? 'numeric' : field.kind === 'decimal' ? 'decimal' : null,
            value: String(value ?? ''),
            oninput: (e: Event) => set(field.name, (e.target as HTMLInputElement).value),
          });
      }
    };
    // The pickers carry their own label (actor-picker.ts); the others get one here.
    const ownLabel = field.kind !== 'actor';
    return h(
      'div',
      { className: `field edit-field${problem ? ' invalid' : ''}`, 'data-field': field.name, key: field.name },
      ownLabel && field.kind !== 'checks' ? h('label', { for: id }, label) : null,
      field.kind === 'checks' ? h('span', { className: 'label' }, label) : null,
      control(),
      field.hint ? h('p', { className: 'hint' }, field.hint) : null,
      problem ? h('p', { className: 'field-error', id: errorId, role: 'alert' }, problem) : null,
    );
  }

  /** The district's actors, with those the entity names from elsewhere (a provider in another district). */
  function actorsWith(known: Record<string, string>) {
    const actors = new Map(ctx.model.actors);
    for (const [key, name] of Object.entries(known))
      if (!actors.has(key) && !ctx.model.municipalities.has(key))
        actors.set(key, { id: key, name, kind: 'OTHER', city: null } as never);
    return actors;
  }
}
