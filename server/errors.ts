// The error conventions: one enum of codes, one GraphQLError base, Neo4j errors mapped in one place,
// unknown errors masked so that no internals leak to clients.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { escapeText } from './validation/text-rules.js';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  QUERY_TOO_EXPENSIVE = 'QUERY_TOO_EXPENSIVE',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** HTTP status that goes with each code when the whole request fails with it. */
export const httpStatusOf: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TOO_DEEP]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.QUERY_TOO_EXPENSIVE]: 400,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.code = code;
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, extensions);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.NOT_FOUND, message, extensions);
  }
}

/** No identity, or credentials that do not hold: a missing, bad or expired token, an unknown or revoked API key. */
export class UnauthenticatedError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.UNAUTHENTICATED, message, extensions);
  }
}

/** A known identity whose role does not allow what it asked for. */
export class ForbiddenError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, extensions);
  }
}

export class DatabaseUnavailableError extends AppError {
  // reason BUSY: the database answers, but no pooled connection was free in time (overload, not an outage)
  constructor(
    message = 'The database is not reachable right now; try again shortly.',
    reason: 'UNREACHABLE' | 'BUSY' = 'UNREACHABLE',
  ) {
    super(ErrorCode.DATABASE_UNAVAILABLE, message, { reason });
  }
}

/** A request refused because it asks for too much; the HTTP status goes with the code (Apollo reads extensions.http). */
export class LimitError extends AppError {
  constructor(
    code: ErrorCode.QUERY_TOO_DEEP | ErrorCode.QUERY_TOO_COMPLEX,
    message: string,
    extensions: Record<string, unknown>,
  ) {
    super(code, message, { ...extensions, http: { status: httpStatusOf[code] } });
  }
}

/** The body of a response refused before GraphQL runs (body too large, rate limited, database down), shaped as GraphQL's. */
export function errorBody(
  code: ErrorCode | 'BAD_REQUEST',
  message: string,
  extensions: Record<string, unknown> = {},
): { errors: { message: string; extensions: Record<string, unknown> }[] } {
  return { errors: [{ message, extensions: { ...extensions, code } }] };
}

/** JSON, with Infinity and NaN as themselves instead of JSON's null, which would name the wrong value. */
export function jsonOfValue(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'number' && !Number.isFinite(inner) ? String(inner) : inner,
  );
}

/**
 * Quotes a value for an error message, short enough to read; control characters, lone surrogates and
 * bidirectional controls are written as \uXXXX, so that a message never carries them raw.
 */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : jsonOfValue(value);
  const short = text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return `"${escapeText(short)}"`;
}

/** A bad value for an error's extensions: as quote() shows it when it is text or not finite, else as it is. */
export function shownValue(value: unknown): unknown {
  if (typeof value === 'string') return quote(value).slice(1, -1);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

/**
 * A transaction Neo4j stopped because it ran longer than its time limit or took more memory than one transaction may.
 * Not a failure of the database: the same request would fail again, so it is neither retried nor answered with 503.
 */
export class QueryTooExpensiveError extends AppError {
  constructor(reason: 'TIMEOUT' | 'MEMORY') {
    super(
      ErrorCode.QUERY_TOO_EXPENSIVE,
      reason === 'TIMEOUT'
        ? 'The request ran longer than one transaction may (NEO4J_TRANSACTION_TIMEOUT_MS) and was stopped; nothing was written. Ask for less at once (fewer items, a narrower filter).'
        : 'The request needed more memory than one transaction may (db.memory.transaction.max) and was stopped; nothing was written. Ask for less at once (fewer items, a narrower filter).',
      { reason },
    );
  }
}

const timeoutCodes = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  // A transaction stopped by its time limit while it waited for a lock (or, rarely, one an administrator stopped).
  'Neo.ClientError.Transaction.LockClientStopped',
]);
const memoryCodes = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/** QueryTooExpensiveError for an error of Neo4j's time or memory guard, else undefined. */
export function tooExpensiveOf(error: unknown): QueryTooExpensiveError | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  if (timeoutCodes.has(code)) return new QueryTooExpensiveError('TIMEOUT');
  if (memoryCodes.has(code)) return new QueryTooExpensiveError('MEMORY');
  return undefined;
}

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Maps a Neo4j error to an AppError, or returns undefined when it is not one the client can act on. */
export function fromNeo4jError(error: Neo4jError): AppError | undefined {
  // Before the transient codes: the memory guard's error is transient to Neo4j, but retrying cannot help.
  const tooExpensive = tooExpensiveOf(error);
  if (tooExpensive) return tooExpensive;
  if (unavailableCodes.has(error.code) || error.code.startsWith('Neo.TransientError.')) {
    return new DatabaseUnavailableError();
  }
  // The driver's pool had no free connection in time (its error has no code): overloaded, try again later.
  if (error.message.startsWith('Connection acquisition timed out')) {
    return new DatabaseUnavailableError(
      'The database is too busy to take this request right now; try again shortly.',
      'BUSY',
    );
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    // e.g. "Node(12) already exists with label `Municipality` and property `ags` = '03256022'"
    const match = /label `(\w+)` and propert(?:y|ies) `([\w`, ]+)` = (.+)$/m.exec(error.message);
    const what = match
      ? `${match[1]} with ${match[2]!.replaceAll('`', '')} = ${match[3]}`
      : 'an entity with the same key';
    return new BadUserInputError(`${what} already exists`, { reason: 'DUPLICATE_KEY' });
  }
  if (error.code.startsWith('Neo.ClientError.Security.')) {
    return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The server cannot log in to its database.');
  }
  // @neo4j/graphql checks update operators inside its Cypher (apoc.util.validate); Cypher's own arithmetic fails
  // on a long overflow or a division by zero. Both are about the input.
  if (error.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' || error.code.includes('Arithmetic'))
    return fromLibraryMessage(error.message);
  return undefined;
}

/**
 * Messages of @neo4j/graphql (and of the Cypher it writes) that are about the client's input, each with the
 * project's own wording. Matched anywhere in the message: Neo4j wraps what a procedure throws in its own text.
 */
const libraryMessages: [RegExp, (match: RegExpExecArray) => AppError][] = [
  [
    /Cannot set non-nullable field (\w+)\.(\w+) to null/,
    ([, type, field]) =>
      new BadUserInputError(`${type}.${field} is required and cannot be set to null`, {
        field: `${type}.${field}`,
        value: null,
        reason: 'REQUIRED',
      }),
  ],
  [
    /Division by zero is not supported/,
    () =>
      new BadUserInputError('divide: 0 is not allowed: a number cannot be divided by zero', {
        operator: 'divide',
        value: 0,
        reason: 'DIVISION_BY_ZERO',
      }),
  ],
  [
    /Cannot (\w+) (\S+) to Nan/,
    ([, operator, value]) =>
      new BadUserInputError(
        `${operator}: ${value} cannot be applied to a field that has no value (null); set the field first`,
        { operator, value: Number(value), reason: 'OPERATOR_ON_NULL' },
      ),
  ],
  [
    /Overflow: Value returned from operator (\w+) is larger than (\d+) bit/,
    ([, operator, bits]) =>
      new BadUserInputError(
        `${operator}: the result would be larger than a ${bits}-bit number can hold (at most ${bits === '32' ? '2147483647' : '9223372036854775807'})`,
        { operator, reason: 'NUMBER_TOO_LARGE' },
      ),
  ],
  [
    /long overflow|integer overflow/i,
    () =>
      new BadUserInputError('The result of an update operator is larger than a 64-bit number can hold', {
        reason: 'NUMBER_TOO_LARGE',
      }),
  ],
  [
    /\/ by zero/,
    () =>
      new BadUserInputError('divide: 0 is not allowed: a number cannot be divided by zero', {
        operator: 'divide',
        value: 0,
        reason: 'DIVISION_BY_ZERO',
      }),
  ],
];

/** The project's error for a message of @neo4j/graphql or Neo4j about the client's input; undefined for others. */
export function fromLibraryMessage(message: string): AppError | undefined {
  for (const [pattern, toError] of libraryMessages) {
    const match = pattern.exec(message);
    if (match) return toError(match);
  }
  return undefined;
}

/** @neo4j/graphql's own error classes, recognised by name (they are not exported from the package). */
const libraryErrors: Record<string, (message: string) => AppError> = {
  Neo4jGraphQLForbiddenError: () => new AppError(ErrorCode.FORBIDDEN, 'Forbidden: your role may not do this.'),
  Neo4jGraphQLAuthenticationError: () =>
    new AppError(ErrorCode.UNAUTHENTICATED, 'Unauthenticated: log in or send an API key.'),
  Neo4jGraphQLConstraintValidationError: () =>
    new BadUserInputError('An entity with the same key already exists.', { reason: 'DUPLICATE_KEY' }),
  Neo4jGraphQLRelationshipValidationError: (message) => new BadUserInputError(message),
};

function fromLibraryError(error: unknown): AppError | undefined {
  const original = (error as { originalError?: unknown }).originalError ?? error;
  const name = (original as { name?: string } | undefined)?.name ?? '';
  const map = libraryErrors[name];
  if (map) return map((original as Error).message);
  // The library throws plain Errors about input while it translates an operation (no class to tell them by).
  if (original instanceof Error && original.constructor === Error) return fromLibraryMessage(original.message);
  return undefined;
}

function findNeo4jError(error: unknown): Neo4jError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof Neo4jError) return current;
    current =
      (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Codes a client may see as they are; anything else is masked. INTERNAL_SERVER_ERROR is not one of them: Apollo
 * gives it to every error it knows nothing about, with the error's own message (e.g. "received.some is not a
 * function"); only our own AppErrors carry it with a message of ours.
 */
const publicCodes = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface FormatErrorOptions {
  debug: boolean; // DEBUG_ERRORS: keep the stack trace Apollo adds (extensions.stacktrace); never in public
  onUnknown: (error: unknown) => void; // logs what is masked
}

/**
 * Apollo's formatError: keeps our own and GraphQL's validation errors, maps Neo4j's and the library's errors to
 * our codes and messages, masks the rest. @neo4j/graphql reports bad input (e.g. an unknown enum value) as plain
 * GraphQL errors; those carry BAD_USER_INPUT from Apollo's variable coercion already.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: FormatErrorOptions,
): GraphQLFormattedError {
  const { stacktrace, ...formattedExtensions } = formatted.extensions ?? {};
  // Whatever the mapping below, the stack trace stays on the server unless debugging is asked for.
  const debugging = options.debug && stacktrace !== undefined ? { stacktrace } : {};
  const original = (error as { originalError?: unknown }).originalError ?? error;
  if (original instanceof AppError) {
    // extensions.http only tells Apollo the HTTP status; it is not for the client.
    const { http: _http, ...extensions } = original.extensions;
    return {
      ...formatted,
      message: original.message,
      extensions: { ...formattedExtensions, ...extensions, ...debugging },
    };
  }
  const mapped = fromLibraryError(error) ?? mapNeo4jError(error);
  if (mapped)
    return { message: mapped.message, path: formatted.path, extensions: { ...mapped.extensions, ...debugging } };
  const code = typeof formattedExtensions.code === 'string' ? formattedExtensions.code : '';
  if (publicCodes.has(code) && !findNeo4jError(error))
    return { ...formatted, extensions: { ...formattedExtensions, ...debugging } };
  options.onUnknown(error);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...debugging },
  };
}

function mapNeo4jError(error: unknown): AppError | undefined {
  const neo4jError = findNeo4jError(error);
  return neo4jError ? fromNeo4jError(neo4jError) : undefined;
}
