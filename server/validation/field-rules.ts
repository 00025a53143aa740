// What a valid value of each field is, per entity. Checked on every create and update before anything is
// written. Rules that span fields or relationships are in graph-invariants.ts (checked after the write,
// inside the same transaction).

/** Returns a message for a bad value, or undefined when the value is fine. Null values are not checked. */
export type FieldRule = (value: unknown) => string | undefined;

const nonNegativeInt: FieldRule = (value) =>
  Number.isInteger(value) && (value as number) >= 0 ? undefined : 'must be a whole number of 0 or more';

const positiveInt: FieldRule = (value) =>
  Number.isInteger(value) && (value as number) >= 1 ? undefined : 'must be a whole number of 1 or more';

const nonNegativeNumber: FieldRule = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? undefined : 'must be a number of 0 or more';

const intBetween =
  (min: number, max: number): FieldRule =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? undefined
      : `must be a whole number from ${min} to ${max}`;

const matches =
  (pattern: RegExp, description: string): FieldRule =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? undefined : `must be ${description}`;

const notBlank: FieldRule = (value) =>
  typeof value === 'string' && value.trim() !== '' ? undefined : 'must not be empty';

const maxLength =
  (max: number): FieldRule =>
  (value) =>
    typeof value === 'string' && value.length <= max ? undefined : `must be at most ${max} characters long`;

const all =
  (...rules: FieldRule[]): FieldRule =>
  (value) => {
    for (const rule of rules) {
      const problem = rule(value);
      if (problem) return problem;
    }
    return undefined;
  };

const name = all(notBlank, maxLength(300));
const text = maxLength(10_000);
const email = matches(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address like name@example.org');
const website = matches(/^https?:\/\/[^\s]+$/i, 'a web address starting with http:// or https://');
const phone = matches(/^\+?[0-9 ()/\-]{5,30}$/, 'a phone number of digits, spaces and + ( ) / -');
const postcode = matches(/^\d{5}$/, 'a German postcode of 5 digits');
const languageCode = (value: unknown) =>
  Array.isArray(value) && value.every((code) => typeof code === 'string' && /^[a-z]{2,3}$/.test(code))
    ? undefined
    : 'must be language codes like "de", "ar" or "uk" (ISO 639, lower case)';

const point: FieldRule = (value) => {
  const { latitude, longitude } = (value ?? {}) as { latitude?: unknown; longitude?: unknown };
  if (typeof latitude !== 'number' || latitude < -90 || latitude > 90) return 'must have a latitude from -90 to 90';
  if (typeof longitude !== 'number' || longitude < -180 || longitude > 180)
    return 'must have a longitude from -180 to 180';
  return undefined;
};

/** Field rules per entity (GraphQL type name). Fields without a rule take any value of their type. */
export const fieldRules: Record<string, Record<string, FieldRule>> = {
  District: {
    ags: matches(/^\d{5}$/, 'a 5-digit district key (Kreisschlüssel), e.g. "03256"'),
    name,
    state: name,
  },
  Municipality: {
    ags: matches(/^\d{8,9}$/, 'an 8-digit Amtlicher Gemeindeschlüssel (9 digits for a Samtgemeinde), e.g. "03256022"'),
    name,
    population: nonNegativeInt,
    newcomers: nonNegativeInt,
    location: point,
  },
  Actor: {
    name,
    description: text,
    address: maxLength(300),
    postcode,
    city: maxLength(200),
    location: point,
    phone,
    email,
    website,
    languages: languageCode,
    source: all(notBlank, maxLength(100)),
    externalId: all(notBlank, maxLength(200)),
  },
  Offer: {
    title: name,
    description: text,
    capacity: nonNegativeInt,
    booked: nonNegativeInt,
    waitlist: nonNegativeInt,
    minGroupSize: positiveInt,
    hoursTotal: nonNegativeInt,
    cost: nonNegativeNumber,
    schedule: maxLength(500),
    languages: languageCode,
    location: point,
    source: all(notBlank, maxLength(100)),
    externalId: all(notBlank, maxLength(200)),
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
  Meeting: { topic: maxLength(500), place: maxLength(300) },
  Decision: { text: all(notBlank, maxLength(5000)) },
};

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
