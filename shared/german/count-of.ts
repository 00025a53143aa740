// Counts in German sentences: "1 Angebot", "2 Angebote", "1 Person wartet", "3 Personen warten". The forms are the
// caller's (a noun, or a noun with its verb, in the case the sentence needs); Intl.PluralRules picks one, so that
// 1.5 reads as plural as German wants it.
import { formatGermanNumber } from './format-german-number.js';

const rules = new Intl.PluralRules('de-DE');

/** The singular and plural of a noun (with what agrees with it) in one grammatical case. */
export interface PluralForms {
  one: string; // after exactly 1: "Angebot", "freier Platz", "Person wartet"
  other: string; // after every other number, 0 too: "Angebote", "freie Plätze", "Personen warten"
}

/** The form of a noun that goes with a count, without the count. */
export function pluralFormOf(count: number, forms: PluralForms): string {
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

/** A count in German digits followed by the form that goes with it: countOf(1, angebote) = "1 Angebot". */
export function countOf(count: number, forms: PluralForms, digits = 0): string {
  return `${formatGermanNumber(count, digits)} ${pluralFormOf(count, forms)}`;
}
