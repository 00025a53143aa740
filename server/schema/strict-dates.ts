// @neo4j/graphql's Date scalar reads its input with JavaScript's Date parser, which takes "2027-02-30" for
// 2 March, "1" for 1 January 2001, and works in the server's time zone. The API takes calendar dates only:
// YYYY-MM-DD naming a day that exists; anything else is refused with a message quoting the value.
// Its DateTime scalar passes a literal on unread ("now" reached Neo4j's datetime() and failed there, an internal
// error) and takes from a variable whatever JavaScript's parser takes ("Jan 1 2027", which Neo4j refuses): the
// API takes ISO 8601 date-times (a date alone means its midnight in UTC, as Neo4j reads it) of days that exist.
import { GraphQLError, Kind, type GraphQLSchema, isScalarType } from 'graphql';
import neo4j from 'neo4j-driver';
import { quote } from '../errors.js';

/** The date as a Neo4j Date, or undefined when the text is not YYYY-MM-DD of a real day. */
export function parseCalendarDate(text: string): InstanceType<typeof neo4j.types.Date> | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return undefined;
  return new neo4j.types.Date(year, month, day);
}

function parseDate(value: unknown): InstanceType<typeof neo4j.types.Date> {
  if (typeof value === 'object' && value !== null && neo4j.isDate(value)) return value;
  const date = typeof value === 'string' ? parseCalendarDate(value) : undefined;
  if (!date) throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD, got ${quote(value)}`);
  return date;
}

const isoDateTime = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function parseDateTime(value: unknown): string {
  const match = typeof value === 'string' ? isoDateTime.exec(value) : null;
  if (!match || !parseCalendarDate(match[1]!) || Number.isNaN(new Date(value as string).getTime()))
    throw new GraphQLError(`DateTime must be an ISO 8601 date-time like 2027-01-31T09:30:00Z, got ${quote(value)}`);
  return value as string;
}

/** Makes the schema's Date and DateTime scalars strict, in place. */
export function useStrictDates(schema: GraphQLSchema): GraphQLSchema {
  const type = schema.getType('Date');
  if (!type || !isScalarType(type)) return schema;
  type.parseValue = parseDate;
  type.parseLiteral = (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError(
        `Date must be a calendar date YYYY-MM-DD in quotes, got ${ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : ast.kind}`,
      );
    return parseDate(ast.value);
  };
  const dateTime = schema.getType('DateTime');
  if (dateTime && isScalarType(dateTime)) {
    dateTime.parseValue = parseDateTime;
    dateTime.parseLiteral = (ast) => {
      if (ast.kind !== Kind.STRING)
        throw new GraphQLError(`DateTime must be an ISO 8601 date-time in quotes, got ${ast.kind}`);
      return parseDateTime(ast.value);
    };
  }
  return schema;
}
