// @neo4j/graphql's Date scalar reads its input with JavaScript's Date parser, which takes "2027-02-30" for
// 2 March, "1" for 1 January 2001, and works in the server's time zone. The API takes calendar dates only:
// YYYY-MM-DD naming a day that exists; anything else is refused with a message quoting the value.
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

/** Makes the schema's Date scalar strict, in place. */
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
  return schema;
}
