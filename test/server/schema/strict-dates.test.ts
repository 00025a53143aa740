// The API's Date and DateTime scalars take what Neo4j reads the same way, and refuse the rest before any Cypher
// runs, naming the value: no literal like "now" may reach datetime() in Neo4j (an internal error the request fuzz
// found), no "2027-02-30" may become 2 March.
import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useStrictDates } from '../../../server/schema/strict-dates.js';

const schema = useStrictDates(
  buildSchema(`scalar Date scalar DateTime
    type Query { at(when: DateTime): String day(on: Date): String }`),
);

async function errorsOf(source: string, variableValues?: Record<string, unknown>): Promise<string[]> {
  const result = await graphql({ schema, source, variableValues });
  return (result.errors ?? []).map((error) => error.message);
}

describe('DateTime', () => {
  it.each(['2027-01-31T09:30:00Z', '2027-01-31T09:30:00.123+01:00', '2027-01-31T09:30', '2027-01-31'])(
    'takes %s as a literal and as a variable',
    async (value) => {
      expect(await errorsOf(`{ at(when: "${value}") }`)).toEqual([]);
      expect(await errorsOf('query($w: DateTime) { at(when: $w) }', { w: value })).toEqual([]);
    },
  );

  it.each(['now', 'Jan 1 2027', '2027-02-30T00:00:00Z', '2027-01-31 09:30', '1', ''])(
    'refuses %j as a literal and as a variable, naming it',
    async (value) => {
      const literal = await errorsOf(`{ at(when: "${value}") }`);
      const variable = await errorsOf('query($w: DateTime) { at(when: $w) }', { w: value });
      for (const messages of [literal, variable]) {
        expect(messages).toHaveLength(1);
        expect(messages[0]).toContain(`DateTime must be an ISO 8601 date-time`);
        expect(messages[0]).toContain(JSON.stringify(value));
      }
    },
  );

  it('refuses a number literal', async () => {
    expect(await errorsOf('{ at(when: 20270131) }')).toEqual([
      expect.stringContaining('DateTime must be an ISO 8601 date-time in quotes'),
    ]);
  });
});

describe('Date', () => {
  it('takes a day that exists and refuses one that does not', async () => {
    expect(await errorsOf('{ day(on: "2028-02-29") }')).toEqual([]);
    expect((await errorsOf('{ day(on: "2027-02-29") }'))[0]).toContain('"2027-02-29"');
  });
});
