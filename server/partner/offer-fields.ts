// The fields of an offer a partner system pushes (upsertOffers), how each is stored, and the plain form values are
// compared in. Provenance is kept per field of this list, plus the offer's location and venue.
import type { PlainPoint, PlainValue } from '../import-export/neo4j-values.js';
import { toStored, toStoredPoint } from '../import-export/neo4j-values.js';
import type { ColumnKind } from '../import-export/templates.js';

export const offerFields: Record<string, ColumnKind> = {
  title: 'string',
  description: 'text',
  category: 'enum',
  courseType: 'enum',
  languageLevelFrom: 'enum',
  languageLevelTo: 'enum',
  targetGroups: 'enumList',
  capacity: 'int',
  booked: 'int',
  waitlist: 'int',
  minGroupSize: 'int',
  startDate: 'date',
  endDate: 'date',
  registrationDeadline: 'date',
  schedule: 'string',
  hoursTotal: 'int',
  format: 'enum',
  childcare: 'boolean',
  costFree: 'boolean',
  cost: 'float',
  languages: 'languages',
  accessible: 'boolean',
  status: 'enum',
};

/** Fields a coordinator's correction holds against partner pushes: the properties, the location and the venue. */
export const heldFieldNames = new Set([...Object.keys(offerFields), 'location', 'venue']);

/** A GraphQL argument value (a Date scalar arrives as a driver Date) in plain form. */
export function plainOfInput(kind: ColumnKind, value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a Date scalar's driver Date prints as YYYY-MM-DD
  if (kind === 'date') return String(value);
  if (Array.isArray(value)) return value.map(String);
  return value as PlainValue;
}

/** The value to store for a plain value of a field (dates as dates, whole numbers as integers, points as points). */
export function storedOf(field: string, value: PlainValue): unknown {
  if (field === 'location') return toStoredPoint(value as PlainPoint | null);
  const kind = offerFields[field];
  if (!kind) return value;
  return toStored(kind, value as never);
}
