// The forms' shared field layer: what each field holds, how its typed text becomes the API's value, and the checks
// a form runs before it sends anything. The value checks are the API's own (server/validation/field-rules.ts and
// text-rules.ts, imported as they are), said in German (german-problems.ts); the forms add what a person typing
// may get wrong (a number or a date that is none, an empty required field). Markup and text starting as a
// spreadsheet formula are refused by the API's text rules themselves (text-rules.ts), so that a form refuses exactly
// what the API refuses (a phone number may start with +). The API's refusals map back to the field they name
// (fieldErrorsOf), so that the form shows every message where it belongs.
import { ruleOf } from '../../../server/validation/field-rules.js';
import { germanInvariant, germanProblem } from './german-problems.js';

export type FieldKind =
  | 'text' // one line
  | 'textarea'
  | 'int'
  | 'decimal'
  | 'date'
  | 'select' // one of options
  | 'checks' // any of options
  | 'bool' // ja / nein / unbekannt
  | 'codes' // language codes, separated by commas
  | 'actor' // one actor, picked by name
  | 'actors' // several actors
  | 'municipality' // one municipality of the district, picked by name
  | 'municipalities' // several municipalities of the district
  | 'network' // one network of the district
  | 'place'; // latitude and longitude: a municipality's seat or a click on the map

export interface FieldSpec {
  name: string; // the API's field (for relationships: the relationship field)
  label: string; // German
  kind: FieldKind;
  required?: boolean;
  options?: [value: string, label: string][];
  hint?: string;
}

export type FieldValue = string | boolean | string[];
export type FormValues = Record<string, FieldValue>;
export type FieldErrors = Record<string, string>;

export const emptyMessage = 'Bitte ausfüllen.';
export const chooseMessage = 'Bitte auswählen.';

export function isEmpty(value: FieldValue | undefined): boolean {
  if (value === undefined || value === '' || value === false) return value !== false;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'string' && value.trim() === '';
}

/** YYYY-MM-DD of a day that exists (as the API's strict dates, server/schema/strict-dates.ts). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Language codes typed as "de, ar" -> ["de", "ar"]. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

/** "52.64, 9.21" (latitude, longitude; a decimal point or comma in each) -> the API's Point, or undefined. */
export function parsePlace(text: string): { latitude: number; longitude: number } | undefined {
  const match = /^\s*(-?\d+(?:[.,]\d+)?)\s*[;/ ]\s*(-?\d+(?:[.,]\d+)?)\s*$/.exec(
    text.replace(/(\d),(\d)/g, '$1.$2').replace(/,\s*/, ' '),
  );
  if (!match) return undefined;
  return { latitude: Number(match[1]), longitude: Number(match[2]) };
}

/** A point as the form shows it: "52.6400, 9.2100". */
export function showPlace(point: { latitude: number; longitude: number } | null | undefined): string {
  return point ? `${point.latitude.toFixed(5)}, ${point.longitude.toFixed(5)}` : '';
}

/** The API's value of a field, from what the form holds (undefined: a relationship, built by the form itself). */
export function apiValue(field: FieldSpec, value: FieldValue | undefined): unknown {
  if (value === undefined) return null;
  switch (field.kind) {
    case 'int':
      return isEmpty(value) ? null : Number(String(value).trim());
    case 'decimal':
      return isEmpty(value) ? null : Number(String(value).trim().replace(',', '.'));
    case 'text':
    case 'textarea':
    case 'date':
    case 'select':
      return isEmpty(value) ? null : String(value).trim();
    case 'bool':
      return value === 'yes' ? true : value === 'no' ? false : null;
    case 'codes':
      return isEmpty(value) ? null : splitCodes(String(value));
    case 'checks':
      return Array.isArray(value) ? value : [];
    case 'place':
      return isEmpty(value) ? null : parsePlace(String(value));
    default:
      return undefined;
  }
}

/** The problem with one field's value, in German, or undefined. entity: the API type whose rules apply. */
export function checkField(entity: string, field: FieldSpec, value: FieldValue | undefined): string | undefined {
  if (isEmpty(value))
    return field.required
      ? ['select', 'actor', 'municipality', 'network', 'actors', 'municipalities'].includes(field.kind)
        ? chooseMessage
        : emptyMessage
      : undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  switch (field.kind) {
    case 'int':
      if (!/^-?\d+$/.test(text)) return 'Bitte eine ganze Zahl eingeben.';
      break;
    case 'decimal':
      if (!/^-?\d+([.,]\d+)?$/.test(text)) return 'Bitte eine Zahl eingeben, z. B. 12,50.';
      break;
    case 'date':
      if (!isCalendarDate(text)) return 'Bitte ein gültiges Datum wählen (TT.MM.JJJJ).';
      return undefined;
    case 'select':
      if (field.options && !field.options.some(([option]) => option === text))
        return 'Bitte einen Wert aus der Liste wählen.';
      return undefined;
    case 'place':
      if (!parsePlace(text)) return 'Bitte eine Gemeinde wählen oder auf der Karte klicken (Breite, Länge).';
      break;
    default:
      break;
  }
  const kind =
    field.kind === 'codes' || field.kind === 'checks'
      ? 'list'
      : field.kind === 'text' || field.kind === 'textarea'
        ? 'text'
        : 'other';
  // A relationship's value is a key picked from a list; the API checks that it exists.
  if (['actor', 'actors', 'municipality', 'municipalities', 'network'].includes(field.kind)) return undefined;
  const rule = ruleOf(entity, field.name, kind);
  const problem = rule?.(field.kind === 'text' || field.kind === 'textarea' ? value : apiValue(field, value));
  return problem ? germanProblem(problem) : undefined;
}

/** Every field's problem (German), the form's own rules across fields added. */
export function checkForm(
  entity: string,
  fields: readonly FieldSpec[],
  values: FormValues,
  across?: (values: FormValues) => FieldErrors,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const problem = checkField(entity, field, values[field.name]);
    if (problem) errors[field.name] = problem;
  }
  for (const [name, problem] of Object.entries(across?.(values) ?? {})) errors[name] ??= problem;
  return errors;
}

/** One error of the API's answer (extensions as server/errors.ts sets them). */
export interface ApiError {
  message: string;
  extensions?: Record<string, unknown> & { code?: string; reason?: string };
}

/** A save refused because the entity was saved (or deleted) since the form loaded it. */
export interface VersionConflict {
  expected: string;
  current: string | null; // null: deleted since
}

export interface MappedErrors {
  fields: FieldErrors;
  general?: string; // an error no field is named for, in German
  conflict?: VersionConflict;
}

/** An extension's value as text (they are strings or numbers; anything else as JSON). */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** The field a path of the API's arguments names: input[0].municipality.connect... or update.name.set -> name. */
export function fieldOfPath(path: string, known: ReadonlySet<string>): string | undefined {
  const parts = path.split(/[.[\]]+/).filter((part) => part && !/^\d+$/.test(part));
  // The deepest name the form knows is the most exact: "cooperatesWith[0].connect[0].edge.since" is the since.
  return parts.findLast((part) => known.has(part));
}

const typeMessages: [RegExp, string][] = [
  [/Date must be a calendar date|Expected type "Date"/, 'Bitte ein gültiges Datum wählen (diesen Tag gibt es nicht).'],
  [/Int cannot represent|Expected type "Int"/, 'Bitte eine ganze Zahl eingeben.'],
  [/Float cannot represent|Expected type "Float"/, 'Bitte eine Zahl eingeben.'],
  [/Value ".*" does not exist in ".*" enum|Expected type "\w+" .*enum/i, 'Bitte einen Wert aus der Liste wählen.'],
];

/**
 * The API's refusal, at the fields it names, in German. fieldAliases: API field -> form field where they differ
 * (a cooperation's `cooperatesWith` is the form's `to`).
 */
export function fieldErrorsOf(
  errors: readonly ApiError[],
  fields: readonly FieldSpec[],
  fieldAliases: Record<string, string> = {},
): MappedErrors {
  const known = new Set([...fields.map((field) => field.name), ...Object.keys(fieldAliases)]);
  const toForm = (name: string | undefined) => (name ? (fieldAliases[name] ?? name) : undefined);
  const mapped: MappedErrors = { fields: {} };
  const put = (name: string | undefined, message: string) => {
    const field = toForm(name);
    if (field && fields.some((spec) => spec.name === field)) mapped.fields[field] ??= message;
    else mapped.general ??= message;
  };
  for (const error of errors) {
    const ext = error.extensions ?? {};
    if (ext.reason === 'VERSION_CONFLICT') {
      mapped.conflict = { expected: textOf(ext.expected), current: (ext.current as string | null) ?? null };
      continue;
    }
    if (ext.code === 'FORBIDDEN') {
      mapped.general ??= 'Das dürfen Sie mit Ihrer Rolle nicht ändern; nichts wurde gespeichert.';
      continue;
    }
    if (ext.reason === 'INVARIANT') {
      const found = germanInvariant(textOf(ext.problem));
      if (found) put(found.field, found.message);
      else mapped.general ??= 'Die Angaben passen nicht zusammen; nichts wurde gespeichert.';
      continue;
    }
    if (ext.reason === 'UNKNOWN_REFERENCE') {
      put(
        fieldOfPath(textOf(ext.path), known),
        `„${textOf(ext.value)}“ gibt es nicht (mehr); bitte aus der Liste wählen.`,
      );
      continue;
    }
    if (typeof ext.field === 'string' && ext.field.includes('.')) {
      const name = ext.field.split('.')[1]!;
      const problem = new RegExp(`^${ext.field.replace('.', '\\.')} (.*?); got `).exec(error.message)?.[1];
      // The rule's own field first: a cooperation's strength sits under cooperatesWith in the path.
      put(known.has(name) ? name : (fieldOfPath(textOf(ext.path), known) ?? name), germanProblem(problem ?? ''));
      continue;
    }
    const missing = /Field "(\w+)" of required type "[^"]+" was not provided/.exec(error.message)?.[1];
    if (missing && known.has(missing)) {
      put(missing, emptyMessage);
      continue;
    }
    const at = /at "([^"]+)"/.exec(error.message)?.[1];
    const typeMessage = typeMessages.find(([pattern]) => pattern.test(error.message))?.[1];
    if (at && fieldOfPath(at, known)) {
      put(fieldOfPath(at, known), typeMessage ?? 'Dieser Wert wird nicht angenommen; bitte prüfen.');
      continue;
    }
    mapped.general ??=
      typeof ext.messageDe === 'string' ? ext.messageDe : 'Das Speichern ist fehlgeschlagen; nichts wurde gespeichert.';
  }
  return mapped;
}
