// Between Neo4j's values and the plain ones the import compares and the export writes: integers as numbers, dates as
// YYYY-MM-DD, points as { latitude, longitude }; and back, so that an imported integer is stored as an integer (the
// driver sends JS numbers as floats) and a date as a date, as the API stores them.
import neo4j from 'neo4j-driver';
import type { CellValue } from './parse-cell.js';
import type { ColumnKind } from './templates.js';

export interface PlainPoint {
  latitude: number;
  longitude: number;
}

export type PlainValue = string | number | boolean | string[] | PlainPoint | null;

/** A value read from Neo4j as a plain value. */
export function plainOf(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
  if (neo4j.isPoint(value)) {
    const point = value as { x: number; y: number };
    return { latitude: point.y, longitude: point.x };
  }
  if (Array.isArray(value))
    return value.map((item) => {
      const plain = plainOf(item); // a list property holds texts (enum values); a list of points would be JSON
      return plain !== null && typeof plain === 'object' ? JSON.stringify(plain) : String(plain);
    });
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // What else Neo4j stores (a time, a duration, a byte array) as its text.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- see above
  return String(value);
}

/** Empty texts and empty lists count as no value. */
function isEmpty(value: PlainValue | undefined): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

export function samePlain(a: PlainValue | undefined, b: PlainValue | undefined): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => item === b[index]);
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const p = a as PlainPoint;
    const q = b as PlainPoint;
    return p.latitude === q.latitude && p.longitude === q.longitude;
  }
  return a === b;
}

/** The value to store for a parsed cell of a column kind. */
export function toStored(kind: ColumnKind, value: CellValue): unknown {
  if (value === null) return null;
  if (kind === 'int') return neo4j.int(value as number);
  if (kind === 'date') {
    const [year, month, day] = (value as string).split('-').map(Number);
    return new neo4j.types.Date(year!, month!, day!);
  }
  return value;
}

export function toStoredPoint(point: PlainPoint | null): unknown {
  return point === null ? null : new neo4j.types.Point(4326, point.longitude, point.latitude);
}
