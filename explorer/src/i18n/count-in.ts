// Counts in the reader's language with the noun form that goes with them: "1 Woche", "3 Wochen", "1 week". German
// forms come from shared/german/words.ts (the server's texts use the same), English ones are written beside them.
import { pluralFormOf, type PluralForms } from '../../../shared/german/count-of';
import { words } from '../../../shared/german/words';

// Nouns only the explorer counts (not in the server's shared list).
const explorerWords = {
  row: { one: 'Zeile', other: 'Zeilen' },
} satisfies Record<string, PluralForms>;

const german = { ...words, ...explorerWords };

const english = {
  person: { one: 'person', other: 'persons' },
  week: { one: 'week', other: 'weeks' },
  course: { one: 'course', other: 'courses' },
  registration: { one: 'registration', other: 'registrations' },
  row: { one: 'row', other: 'rows' },
} satisfies Partial<Record<keyof typeof german, PluralForms>>;

const englishRules = new Intl.PluralRules('en-GB');

/** "3 Wochen" or "3 weeks"; '–' for no value. */
export function countIn(
  lang: 'de' | 'en',
  count: number | null | undefined,
  noun: keyof typeof english,
  digits = 0,
): string {
  if (count === null || count === undefined) return '–';
  const form =
    lang === 'de'
      ? pluralFormOf(count, german[noun])
      : englishRules.select(count) === 'one'
        ? english[noun].one
        : english[noun].other;
  const number = count.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
  return `${number} ${form}`;
}

/** "noch 1 Anmeldung bis zur Mindestgruppe", "3 more registrations to the minimum group". */
export function missingToMinimum(places: number, lang: 'de' | 'en'): string {
  return lang === 'de'
    ? `noch ${countIn(lang, places, 'registration')} bis zur Mindestgruppe`
    : `${countIn(lang, places, 'registration')} more to the minimum group`;
}
