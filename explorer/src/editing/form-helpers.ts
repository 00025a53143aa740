// What the forms share: enum options in German, the scalar part of a create or an update, and text of a value.
import { enumValues, type Labels } from '../../../schema/enum-labels.js';
import { apiValue, type FieldSpec, type FormValues } from './field-layer.js';
import { sameValue } from './form-definition.js';

const relationshipKinds = new Set(['actor', 'actors', 'municipality', 'municipalities', 'network']);

/** The select options of an enum, in German. */
export function optionsOf<K extends string>(labels: Labels<K>): [string, string][] {
  return enumValues(labels).map((value) => [value, labels[value][0]]);
}

/** The scalar fields of a create: every field with a value (relationships are the form's own). */
export function createScalars(fields: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    if (relationshipKinds.has(field.kind)) continue;
    const value = apiValue(field, values[field.name]);
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
      input[field.name] = value;
  }
  return input;
}

/**
 * The scalar fields of an update: only those changed since the form was loaded, each as { set }. Only the changed
 * ones: a coordinator's save marks the fields it sets as corrected against a partner's next push
 * (server/partner/hold-corrected-fields.ts), and the history shows what the person changed.
 */
export function updateScalars(
  fields: readonly FieldSpec[],
  values: FormValues,
  loaded: FormValues,
): Record<string, { set: unknown }> {
  const update: Record<string, { set: unknown }> = {};
  for (const field of fields) {
    if (relationshipKinds.has(field.kind)) continue;
    const now = apiValue(field, values[field.name]);
    const before = apiValue(field, loaded[field.name]);
    if (!sameValue(now, before)) update[field.name] = { set: now };
  }
  return update;
}

/** A loaded scalar as the form's text. */
export function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A loaded Boolean as the form's choice (ja / nein / unbekannt). */
export function choice(value: boolean | null | undefined): string {
  return value === true ? 'yes' : value === false ? 'no' : '';
}

export const yesNoOptions: [string, string][] = [
  ['yes', 'ja'],
  ['no', 'nein'],
];

/** Start not after end, in YYYY-MM-DD (compared as text). */
export function notAfter(start: unknown, end: unknown): boolean {
  return !(typeof start === 'string' && typeof end === 'string' && start && end && start > end);
}
