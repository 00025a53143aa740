// formatError alone (no database): what a client sees of an error that reaches Apollo.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { BadUserInputError, formatError } from '../../server/errors.js';

/** As Apollo calls formatError: the resolver's error wrapped in a GraphQLError, code and stack trace added. */
function format(thrown: Error, options: { debug?: boolean } = {}) {
  const wrapped = new GraphQLError(thrown.message, { originalError: thrown, path: ['offers'] });
  const formatted: GraphQLFormattedError = {
    message: thrown.message,
    path: ['offers'],
    extensions: {
      code:
        thrown instanceof GraphQLError ? (thrown.extensions.code ?? 'INTERNAL_SERVER_ERROR') : 'INTERNAL_SERVER_ERROR',
      ...(thrown instanceof GraphQLError ? thrown.extensions : {}),
      stacktrace: (thrown.stack ?? '').split('\n'),
    },
  };
  const unknown: unknown[] = [];
  const result = formatError(formatted, wrapped, { debug: options.debug ?? false, onUnknown: (e) => unknown.push(e) });
  return { result, unknown };
}

describe('formatError', () => {
  it('masks errors it does not know, whatever code Apollo gave them, and logs them', () => {
    const { result, unknown } = format(new TypeError('received.some is not a function'));
    expect(result).toEqual({
      message: 'Internal server error',
      path: ['offers'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(unknown).toHaveLength(1);
  });

  it("maps the library's messages about input to BAD_USER_INPUT in the project's words", () => {
    expect(format(new Error('Cannot set non-nullable field Offer.title to null')).result).toEqual({
      message: 'Offer.title is required and cannot be set to null',
      path: ['offers'],
      extensions: { code: 'BAD_USER_INPUT', field: 'Offer.title', value: null, reason: 'REQUIRED' },
    });
    expect(format(new Error('Division by zero is not supported')).result.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DIVISION_BY_ZERO',
    });
    const validate = (message: string) =>
      new Neo4jError(
        `Failed to invoke procedure \`apoc.util.validate\`: Caused by: java.lang.RuntimeException: ${message}`,
        'Neo.ClientError.Procedure.ProcedureCallFailed',
        '',
        '',
      );
    expect(format(validate('Cannot add 5 to Nan')).result).toMatchObject({
      message: 'add: 5 cannot be applied to a field that has no value (null); set the field first',
      extensions: { code: 'BAD_USER_INPUT', operator: 'add', value: 5 },
    });
    expect(format(validate('Overflow: Value returned from operator add is larger than 32 bit')).result).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'NUMBER_TOO_LARGE' },
    });
    expect(
      format(new Neo4jError('long overflow', 'Neo.ClientError.Statement.ArithmeticError', '', '')).result.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NUMBER_TOO_LARGE' });
    // A procedure failing for another reason is no input error.
    const other = format(validate('something else entirely'));
    expect(other.result.message).toBe('Internal server error');
    expect(other.unknown).toHaveLength(1);
  });

  it('keeps the stack trace only with debugging on', () => {
    const own = new BadUserInputError('capacity must be at least 0, got "-1"', { field: 'capacity' });
    expect(format(own).result.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'capacity' });
    expect(format(own, { debug: true }).result.extensions?.stacktrace).toEqual(expect.any(Array));
    expect(format(new TypeError('x'), { debug: false }).result.extensions).not.toHaveProperty('stacktrace');
    expect(format(new TypeError('x'), { debug: true }).result.extensions?.stacktrace).toEqual(expect.any(Array));
  });
});
