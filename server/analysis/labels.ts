// Names of the categories and course types for the recommendations and reports, from schema/enum-labels.ts (the
// one place of labels), and the German and English number formats and sort order of their texts.
import {
  courseTypeNames,
  offerCategoryLabels,
  offerCategoryPhrases,
  type GermanPhrase,
} from '../../schema/enum-labels.js';
import type { OfferCategory } from '../generated/graphql.js';
import { formatGermanNumber } from '../../shared/german/format-german-number.js';

/** Every offer category (in the schema's order) with its German and English name. */
export const categoryLabels: Record<string, { de: string; en: string }> = Object.fromEntries(
  Object.entries(offerCategoryLabels).map(([category, [de, en]]) => [category, { de, en }]),
);

/** A category's name: German as a heading reads it, English in lower case for a sentence. */
export function categoryLabel(category: string): { de: string; en: string } {
  const label = categoryLabels[category];
  return label ? { de: label.de, en: label.en.toLowerCase() } : { de: category, en: category };
}

/** A category inside a German sentence, with its article (schema/enum-labels.ts). */
export function categoryPhrase(category: string): GermanPhrase {
  return offerCategoryPhrases[category as OfferCategory] ?? { accusative: category, inDative: `in ${category}` };
}

/** A course type as a noun for sentences, in the two languages. */
export function courseTypeLabel(courseType: string): { de: string; en: string } {
  const pair = courseTypeNames[courseType as keyof typeof courseTypeNames];
  return pair ? { de: pair[0], en: pair[1] } : { de: courseType, en: courseType };
}

const englishNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export const formatDe = (value: number) => formatGermanNumber(value, 1);
export const formatEn = (value: number) => englishNumber.format(value);

/** German alphabetical order (ä with a, ß with ss). One collator: localeCompare(b, 'de') builds one per call. */
export const compareGerman = new Intl.Collator('de').compare;
