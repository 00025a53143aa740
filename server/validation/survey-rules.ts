// What an answer to a Bedarfsabfrage may hold, checked the same way for the API and the municipality's form: every
// problem names its field (needs[0].persons), quotes the bad value and comes in English (the API's language) and in
// German (the form shows it at the field). Text takes the rules of text-rules.ts: limits, no forbidden code points,
// no markup and nothing a spreadsheet would run as a formula.
import { quote } from '../errors.js';
import type { OfferCategory, TargetGroup } from '../generated/graphql.js';
import { offerCategoryLabels, targetGroupLabels } from '../../schema/enum-labels.js';
import { fieldRules } from './field-rules.js';
import { listLimits, textRule, type TextKind } from './text-rules.js';

export interface SurveyProblem {
  field: string; // where, e.g. needs[0].persons or offers[1].initiativeName
  message: string; // English, with the field and the quoted value
  messageDe: string; // German, for the form (without the field's path: it stands at the field)
  value: unknown;
  reason: 'INVALID' | 'FOREIGN_AREA' | 'NOT_ASKED';
}

export const surveyLimits = {
  needs: 300, // items per answer: 15 categories x 11 target groups, with members of a Samtgemeinde
  offers: 60, // volunteer offers per answer
  persons: 100_000, // persons in need of one item
  freePlaces: 10_000,
  areas: 500, // areas one round asks
  graceDays: 60,
} as const;

export const offerCategories = Object.keys(offerCategoryLabels) as OfferCategory[];
export const targetGroups = Object.keys(targetGroupLabels) as TargetGroup[];

interface Rule {
  (value: unknown): { en: string; de: string } | undefined;
}

/** German for the messages of text-rules.ts and field-rules.ts that a form can produce. */
export function germanOf(english: string): string {
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [
      /^must be at most (\d+) characters long \(has (\d+)\)$/,
      (m) => `darf höchstens ${m[1]} Zeichen lang sein (hat ${m[2]})`,
    ],
    [
      /^must not contain line breaks or tabs \(one line only\): (.+) at character (\d+)$/,
      (m) => `darf keine Zeilenumbrüche oder Tabulatoren enthalten (nur eine Zeile): ${m[1]} an Stelle ${m[2]}`,
    ],
    [
      /^must not contain control characters, lone surrogates or bidirectional controls: (.+) at character (\d+)$/,
      (m) => `darf keine Steuerzeichen enthalten: ${m[1]} an Stelle ${m[2]}`,
    ],
    [/^must not contain markup/, () => 'darf keine HTML-Zeichen wie <b> oder &amp; enthalten'],
    [
      /^must not start with =/,
      () => 'darf nicht mit =, +, - oder @ beginnen (eine Tabellenkalkulation läse das als Formel)',
    ],
    [/^must be text$/, () => 'muss Text sein'],
    [/^must be a list$/, () => 'muss eine Liste sein'],
    [/^must have at most (\d+) items \(has (\d+)\)$/, (m) => `darf höchstens ${m[1]} Einträge haben (hat ${m[2]})`],
    [
      /^must be language codes like/,
      () => 'muss aus Sprachkürzeln bestehen, durch Komma getrennt, z. B. „de, ar, uk“ (ISO 639, klein geschrieben)',
    ],
    [/^must be an e-mail address/, () => 'muss eine E-Mail-Adresse sein, z. B. name@beispiel.de'],
    [/^must be a phone number/, () => 'muss eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - sein'],
  ];
  for (const [pattern, toGerman] of patterns) {
    const match = pattern.exec(english);
    if (match) return toGerman(match);
  }
  return english;
}

const fromFieldRule =
  (rule: (value: unknown) => string | undefined): Rule =>
  (value) => {
    const en = rule(value);
    return en === undefined ? undefined : { en, de: germanOf(en) };
  };

const plainText =
  (kind: TextKind, options: { multiline?: boolean; required?: boolean } = {}): Rule =>
  (value) => {
    if (typeof value === 'string' && value.trim() === '')
      return options.required ? { en: 'must not be empty', de: 'darf nicht leer sein' } : undefined;
    // The text rules refuse markup and formula starts in every readable text (text-rules.ts), the survey's too.
    return fromFieldRule(textRule(kind, { multiline: options.multiline }))(value);
  };

const wholeNumber =
  (min: number, max: number): Rule =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? undefined
      : {
          en: `must be a whole number from ${min} to ${max}`,
          de: `bitte eine ganze Zahl von ${min} bis ${max.toLocaleString('de-DE')} eingeben`,
        };

/** A contact is named by role only: no e-mail address or phone number of a volunteer in this field. */
const roleOnly: Rule = (value) => {
  const plain = plainText('line')(value);
  if (plain) return plain;
  const text = value as string;
  if (/[^\s@]+@[^\s@]+\.[^\s@]+/.test(text) || /\d[\d /()-]{5,}\d/.test(text))
    return {
      en: 'must name a role (e.g. "Sprecherin der Initiative"), not an e-mail address or phone number',
      de: 'bitte nur die Rolle nennen (z. B. „Sprecherin der Initiative“), keine E-Mail-Adresse oder Telefonnummer',
    };
  return undefined;
};

const languageCodes = fromFieldRule(fieldRules.Offer!.languages!);

export const surveyRules = {
  note: plainText('text', { multiline: true }),
  freeText: plainText('text', { multiline: true }),
  initiativeName: plainText('name', { required: true }),
  offerTitle: plainText('title', { required: true }),
  contactRole: roleOnly,
  schedule: plainText('line'),
  place: plainText('line'),
  persons: wholeNumber(0, surveyLimits.persons),
  freePlaces: wholeNumber(0, surveyLimits.freePlaces),
  languages: languageCodes,
} satisfies Record<string, Rule>;

export interface SurveyNeedInput {
  municipalityAgs?: unknown;
  category?: unknown;
  targetGroup?: unknown;
  persons?: unknown;
  note?: unknown;
}

export interface SurveyOfferInput {
  initiativeName?: unknown;
  offerTitle?: unknown;
  contactRole?: unknown;
  category?: unknown;
  targetGroups?: unknown;
  schedule?: unknown;
  place?: unknown;
  municipalityAgs?: unknown;
  languages?: unknown;
  freePlaces?: unknown;
}

export interface SurveyAnswerInputLike {
  needs?: readonly SurveyNeedInput[] | null;
  offers?: readonly SurveyOfferInput[] | null;
  freeText?: unknown;
}

export interface SurveyScope {
  areaAgs: string;
  municipalities: ReadonlyMap<string, string>; // ags -> name: the area and, for a Samtgemeinde, its members
  categories: readonly string[]; // the round's categories
}

function problem(
  field: string,
  value: unknown,
  found: { en: string; de: string },
  reason: SurveyProblem['reason'] = 'INVALID',
): SurveyProblem {
  return {
    field,
    value,
    reason,
    message:
      value === null || value === undefined ? `${field} ${found.en}` : `${field} ${found.en}; got ${quote(value)}`,
    messageDe:
      value === null || value === undefined || value === ''
        ? found.de
        : `${found.de} (eingegeben: „${quote(value).slice(1, -1)}“)`,
  };
}

function checkCategory(field: string, value: unknown, scope: SurveyScope): SurveyProblem | undefined {
  if (value === null || value === undefined || value === '')
    return problem(field, null, { en: 'is required', de: 'bitte eine Angebotsart wählen' });
  if (typeof value !== 'string' || !(offerCategories as string[]).includes(value))
    return problem(field, value, {
      en: `is not a known category; use one of ${scope.categories.join(', ')}`,
      de: 'ist keine bekannte Kategorie',
    });
  if (!scope.categories.includes(value))
    return problem(
      field,
      value,
      {
        en: `is not asked in this round; it asks for ${scope.categories.join(', ')}`,
        de: `wird in dieser Abfrage nicht erfragt (erfragt: ${scope.categories.map((c) => offerCategoryLabels[c as OfferCategory]?.[0] ?? c).join(', ')})`,
      },
      'NOT_ASKED',
    );
  return undefined;
}

function checkTargetGroup(field: string, value: unknown): SurveyProblem | undefined {
  if (typeof value === 'string' && (targetGroups as string[]).includes(value)) return undefined;
  return problem(field, value, {
    en: `is not a known target group; use one of ${targetGroups.join(', ')}`,
    de: 'ist keine bekannte Zielgruppe',
  });
}

function checkArea(field: string, value: unknown, scope: SurveyScope): SurveyProblem | undefined {
  if (typeof value === 'string' && scope.municipalities.has(value)) return undefined;
  return problem(
    field,
    value,
    {
      en: `is not the area of this link (${[...scope.municipalities.keys()].join(', ')})`,
      de: 'gehört nicht zum Gebiet dieses Links',
    },
    'FOREIGN_AREA',
  );
}

function optional(field: string, value: unknown, rule: Rule): SurveyProblem | undefined {
  if (value === null || value === undefined) return undefined;
  const found = rule(value);
  return found ? problem(field, value, found) : undefined;
}

function checkNeed(item: SurveyNeedInput, index: number, scope: SurveyScope): SurveyProblem[] {
  const at = `needs[${index}]`;
  const found: (SurveyProblem | undefined)[] = [
    item.municipalityAgs === null || item.municipalityAgs === undefined
      ? undefined
      : checkArea(`${at}.municipalityAgs`, item.municipalityAgs, scope),
    checkCategory(`${at}.category`, item.category, scope),
    item.targetGroup === null || item.targetGroup === undefined
      ? undefined
      : checkTargetGroup(`${at}.targetGroup`, item.targetGroup),
    item.persons === null || item.persons === undefined
      ? problem(`${at}.persons`, item.persons ?? null, { en: 'is required', de: 'bitte eine Zahl eingeben' })
      : optional(`${at}.persons`, item.persons, surveyRules.persons),
    optional(`${at}.note`, item.note, surveyRules.note),
  ];
  return found.filter((p): p is SurveyProblem => p !== undefined);
}

function checkOffer(item: SurveyOfferInput, index: number, scope: SurveyScope): SurveyProblem[] {
  const at = `offers[${index}]`;
  const groups = item.targetGroups;
  const groupProblems: SurveyProblem[] = [];
  if (groups !== null && groups !== undefined) {
    if (!Array.isArray(groups) || groups.length > listLimits.enumList)
      groupProblems.push(
        problem(`${at}.targetGroups`, groups, {
          en: `must be a list of at most ${listLimits.enumList} target groups`,
          de: `höchstens ${listLimits.enumList} Zielgruppen`,
        }),
      );
    else
      groups.forEach((group, i) => {
        const bad = checkTargetGroup(`${at}.targetGroups[${i}]`, group);
        if (bad) groupProblems.push(bad);
      });
  }
  const found: (SurveyProblem | undefined)[] = [
    item.initiativeName === null || item.initiativeName === undefined
      ? problem(`${at}.initiativeName`, null, { en: 'is required', de: 'bitte den Namen der Initiative eingeben' })
      : optional(`${at}.initiativeName`, item.initiativeName, surveyRules.initiativeName),
    item.offerTitle === null || item.offerTitle === undefined
      ? problem(`${at}.offerTitle`, null, { en: 'is required', de: 'bitte das Angebot benennen' })
      : optional(`${at}.offerTitle`, item.offerTitle, surveyRules.offerTitle),
    optional(`${at}.contactRole`, item.contactRole, surveyRules.contactRole),
    checkCategory(`${at}.category`, item.category, scope),
    ...groupProblems,
    optional(`${at}.schedule`, item.schedule, surveyRules.schedule),
    optional(`${at}.place`, item.place, surveyRules.place),
    item.municipalityAgs === null || item.municipalityAgs === undefined
      ? undefined
      : checkArea(`${at}.municipalityAgs`, item.municipalityAgs, scope),
    optional(`${at}.languages`, item.languages, surveyRules.languages),
    optional(`${at}.freePlaces`, item.freePlaces, surveyRules.freePlaces),
  ];
  return found.filter((p): p is SurveyProblem => p !== undefined);
}

/** Every problem of an answer (empty when it may be saved). */
export function checkSurveyAnswer(input: SurveyAnswerInputLike, scope: SurveyScope): SurveyProblem[] {
  const needs = input.needs ?? [];
  const offers = input.offers ?? [];
  const problems: SurveyProblem[] = [];
  if (needs.length > surveyLimits.needs)
    problems.push(
      problem('needs', needs.length, {
        en: `must have at most ${surveyLimits.needs} items`,
        de: `höchstens ${surveyLimits.needs} Angaben`,
      }),
    );
  if (offers.length > surveyLimits.offers)
    problems.push(
      problem('offers', offers.length, {
        en: `must have at most ${surveyLimits.offers} items`,
        de: `höchstens ${surveyLimits.offers} Angebote`,
      }),
    );
  if (problems.length > 0) return problems;
  const seen = new Map<string, number>();
  needs.forEach((item, index) => {
    const own = checkNeed(item, index, scope);
    problems.push(...own);
    if (own.length > 0) return;
    const key = `${(item.municipalityAgs as string | undefined) ?? scope.areaAgs}|${item.category as string}|${(item.targetGroup as string | null | undefined) ?? ''}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      problems.push(
        problem(`needs[${index}]`, key.replaceAll('|', ' '), {
          en: `repeats needs[${earlier}] (same municipality, category and target group)`,
          de: 'diese Kategorie und Zielgruppe ist schon angegeben',
        }),
      );
    else seen.set(key, index);
  });
  offers.forEach((item, index) => problems.push(...checkOffer(item, index, scope)));
  const free = optional('freeText', input.freeText, surveyRules.freeText);
  if (free) problems.push(free);
  return problems;
}
