// What a valid value of each field is, per entity. Checked on every create and update before anything is
// written, by every write path (generated mutations, upsertOffers, setCourseTypeSettings, the import). Rules that
// span fields or relationships are in graph-invariants.ts (checked after the write, inside the same transaction).
// Text fields take their limits and forbidden code points from text-rules.ts; a String or list field not listed
// here takes the default rule there (ruleOf), so that no text is unbounded.
import {
  defaultListRule,
  defaultTextRule,
  listLimits,
  listRule,
  textRule,
  type FieldRule,
  type TextKind,
} from './text-rules.js';

export type { FieldRule } from './text-rules.js';

/** The largest and smallest value of a GraphQL Int (32 bits), which the API can return. */
export const intRange = { min: -2_147_483_648, max: 2_147_483_647 } as const;

/** A whole number of min or more that a GraphQL Int can hold (larger ones could be stored but never read). */
const wholeNumberFrom =
  (min: number): FieldRule =>
  (value) => {
    if (!Number.isInteger(value) || (value as number) < min) return `must be a whole number of ${min} or more`;
    return (value as number) > intRange.max ? `must be at most ${intRange.max}` : undefined;
  };

const nonNegativeInt = wholeNumberFrom(0);
const positiveInt = wholeNumberFrom(1);

const intBetween =
  (min: number, max: number): FieldRule =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? undefined
      : `must be a whole number from ${min} to ${max}`;

/** Infinity comes in as a big literal (1e400) of a Float in a query; JSON has none, and it is no measure of anything. */
export const finiteNumber: FieldRule = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? undefined : `must be a finite number, not ${String(value)}`;

const nonNegativeNumber: FieldRule = (value) =>
  finiteNumber(value) ?? ((value as number) >= 0 ? undefined : 'must be a number of 0 or more');

const notBlank: FieldRule = (value) =>
  typeof value === 'string' && value.trim() !== '' ? undefined : 'must not be empty';

const all =
  (...rules: FieldRule[]): FieldRule =>
  (value) => {
    for (const rule of rules) {
      const problem = rule(value);
      if (problem) return problem;
    }
    return undefined;
  };

/** Text of a kind (its limit and code points first), then the pattern: a format is checked on clean text only. */
const matches = (kind: TextKind, pattern: RegExp, description: string): FieldRule =>
  all(textRule(kind), (value) => (pattern.test(value as string) ? undefined : `must be ${description}`));

const name = all(textRule('name'), notBlank);
const line = textRule('line');
const text = textRule('text', { multiline: true });
const key = all(textRule('key'), notBlank);
const source = all(textRule('source'), notBlank);
const email = matches('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address like name@example.org');
const website = matches('url', /^https?:\/\/[^\s]+$/i, 'a web address starting with http:// or https://');
const phone = matches('phone', /^\+?[0-9 ()/-]{5,30}$/, 'a phone number of digits, spaces and + ( ) / -');
const postcode = matches('key', /^\d{5}$/, 'a German postcode of 5 digits');
const languageCodes = all(listRule(listLimits.languages), (value) =>
  (value as unknown[]).every((code) => typeof code === 'string' && /^[a-z]{2,3}$/.test(code))
    ? undefined
    : 'must be language codes like "de", "ar" or "uk" (ISO 639, lower case)',
);
const enumList = listRule(listLimits.enumList);

const point: FieldRule = (value) => {
  const { latitude, longitude, height } = (value ?? {}) as {
    latitude?: unknown;
    longitude?: unknown;
    height?: unknown;
  };
  if (typeof latitude !== 'number' || !(latitude >= -90 && latitude <= 90))
    return `must have a latitude from -90 to 90, not ${String(latitude)}`;
  if (typeof longitude !== 'number' || !(longitude >= -180 && longitude <= 180))
    return `must have a longitude from -180 to 180, not ${String(longitude)}`;
  if (height !== undefined && height !== null && finiteNumber(height))
    return `must have a finite height, not ${typeof height === 'number' ? height : JSON.stringify(height)}`;
  return undefined;
};

/** Field rules per entity (GraphQL type name). Fields without a rule take any value of their type. */
export const fieldRules: Record<string, Record<string, FieldRule>> = {
  District: {
    ags: matches('key', /^\d{5}$/, 'a 5-digit district key (Kreisschlüssel), e.g. "03256"'),
    name,
    state: name,
  },
  Municipality: {
    ags: matches(
      'key',
      /^\d{8,9}$/,
      'an 8-digit Amtlicher Gemeindeschlüssel (9 digits for a Samtgemeinde), e.g. "03256022"',
    ),
    name,
    population: nonNegativeInt,
    newcomers: nonNegativeInt,
    location: point,
  },
  Actor: {
    name,
    description: text,
    address: line,
    postcode,
    city: name,
    location: point,
    phone,
    email,
    website,
    languages: languageCodes,
    source,
    externalId: key,
  },
  Offer: {
    title: all(textRule('title'), notBlank),
    description: text,
    capacity: nonNegativeInt,
    booked: nonNegativeInt,
    waitlist: nonNegativeInt,
    minGroupSize: positiveInt,
    hoursTotal: nonNegativeInt,
    cost: nonNegativeNumber,
    schedule: line,
    languages: languageCodes,
    targetGroups: enumList,
    location: point,
    source,
    externalId: key,
  },
  Need: {
    persons: positiveInt,
    note: text,
  },
  Cooperation: {
    strength: intBetween(1, 3),
    note: text,
  },
  Network: { name, description: text },
  Meeting: { topic: line, place: line },
  Decision: {
    text: all(text, notBlank),
    // The area a decision addresses (schema/outcomes.graphql): a district, a municipality or a Samtgemeinde.
    addressesAreaAgs: matches(
      'key',
      /^(\d{5}|\d{8}|\d{9})$/,
      'a key of 5 (district), 8 (municipality) or 9 digits (Samtgemeinde)',
    ),
  },
  CourseTypeSetting: { basis: text },
};

/**
 * The rule of a field: its own, else the default of its kind of value (text, a list), so that every String and
 * every list is bounded. kind: what the field holds, from its GraphQL type.
 */
export function ruleOf(entity: string, field: string, kind: 'text' | 'list' | 'other'): FieldRule | undefined {
  const own = fieldRules[entity]?.[field];
  if (own) return own;
  if (kind === 'text') return defaultTextRule;
  if (kind === 'list') return defaultListRule;
  return undefined;
}

/** Unique keys per entity, backed by constraints (see server/database/migrate.ts). */
export const uniqueKeys: Record<string, string[]> = {
  District: ['ags'],
  Municipality: ['ags'],
  Actor: ['id'],
  Offer: ['id'],
  Need: ['id'],
  Network: ['id'],
  Meeting: ['id'],
  Decision: ['id'],
  Snapshot: ['id'],
};
