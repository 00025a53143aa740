// The one error handler of every HTTP route: whatever a route, a body parser or Express itself fails with is
// answered here, in the route's format (JSON shaped as GraphQL's errors for the API routes, a plain text page for
// the rest), with the project's codes and its own messages. What is not the client's to know is masked and logged
// with the request id; stack traces leave the server only with DEBUG_ERRORS on.
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode, errorBody, fromNeo4jError, httpStatusOf, NotFoundError, quote } from '../errors.js';
import type { Logger } from '../logger.js';
import { currentRequestId } from './request-id.js';

/** Routes that answer JSON; every other route answers a plain text page. */
const jsonRoutes = ['/graphql', '/import', '/auth', '/healthz'];

/** What a route tells the handler about its body limit, to name it when a body is too large (res.locals.bodyLimit). */
export interface BodyLimitNote {
  shown: string; // the limit as the setting gives it, e.g. "1mb" or "10 MiB"
  bytes?: number; // the limit to report; defaults to the body parser's own
  setting?: string; // the variable that sets it, e.g. HTTP_BODY_LIMIT
  hint?: string; // what to do instead, e.g. split the file
  subject?: string; // what the body is, e.g. "The file"; default "The request body"
}

interface HttpRefusal {
  status: number;
  code: ErrorCode | 'BAD_REQUEST'; // BAD_REQUEST: a body that is not even read, before GraphQL sees anything
  message: string;
  extensions: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * An error of body-parser, raw-body or Express's router (http-errors, or a plain Error with a status, e.g. a
 * parameter that does not URI-decode): a 4xx status is the client's mistake. Only the status and type are used:
 * the messages are our own.
 */
interface BodyError {
  type?: string;
  status?: number;
  length?: number;
  limit?: number;
  encoding?: string;
  charset?: string;
  code?: string;
}

function isClientHttpError(error: unknown): error is BodyError {
  const status = (error as BodyError | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

const zlibCodes = new Set(['Z_DATA_ERROR', 'Z_BUF_ERROR', 'Z_NEED_DICT', 'ERR_BROTLI_DECOMPRESSION_FAILED']);

function fromBodyError(error: BodyError, note: BodyLimitNote | undefined): HttpRefusal {
  const bad = (message: string, reason: string, status = 400): HttpRefusal => ({
    status,
    code: 'BAD_REQUEST',
    message,
    extensions: { reason },
  });
  switch (error.type) {
    case 'entity.too.large': {
      const limit = note?.bytes ?? error.limit;
      const shown = note ? `${note.shown} (${limit} bytes)` : `${limit} bytes`;
      const setting = note?.setting ? ` (${note.setting})` : '';
      return {
        status: httpStatusOf[ErrorCode.PAYLOAD_TOO_LARGE],
        code: ErrorCode.PAYLOAD_TOO_LARGE,
        message: `${note?.subject ?? 'The request body'} is ${error.length} bytes; at most ${shown} are accepted${setting}${note?.hint ? `; ${note.hint}` : ''}`,
        extensions: { limit, value: error.length },
      };
    }
    case 'encoding.unsupported':
      return bad(
        `The request's content-encoding ${quote(error.encoding ?? '')} is not supported; send the body as it is or with gzip, deflate or br`,
        'UNSUPPORTED_CONTENT_ENCODING',
        415,
      );
    case 'charset.unsupported':
      return bad(
        `The request's charset ${quote(error.charset ?? '')} is not supported; send UTF-8`,
        'UNSUPPORTED_CHARSET',
        415,
      );
    case 'entity.parse.failed':
      return bad('The request body is not valid JSON', 'INVALID_JSON');
    case 'request.aborted':
    case 'request.size.invalid':
      return bad('The request body ended before its content-length said it would', 'INCOMPLETE_BODY');
  }
  // A compressed body that does not decompress: body-parser passes zlib's error on with status 400.
  if (zlibCodes.has(error.code ?? ''))
    return bad(
      'The request body could not be decompressed as its content-encoding says; check the body and content-encoding',
      'BAD_COMPRESSION',
    );
  // e.g. a file express.static or sendFile did not find
  if (error.status === 404)
    return { status: 404, code: ErrorCode.NOT_FOUND, message: 'There is nothing at this address', extensions: {} };
  return bad('The request could not be read', 'BAD_REQUEST', error.status);
}

function fromAppError(error: AppError): HttpRefusal {
  // extensions.http only tells Apollo the HTTP status; it is not for the client.
  const { http: _http, ...extensions } = error.extensions;
  const headers: Record<string, string> = {};
  if (error.code === ErrorCode.UNAUTHENTICATED) headers['www-authenticate'] = 'Bearer realm="bildungsnetz"';
  if (error.code === ErrorCode.DATABASE_UNAVAILABLE) headers['retry-after'] = '1';
  if (error.code === ErrorCode.RATE_LIMITED && typeof extensions.retryAfterSeconds === 'number')
    headers['retry-after'] = String(extensions.retryAfterSeconds);
  return { status: httpStatusOf[error.code], code: error.code, message: error.message, extensions, headers };
}

/** What the client gets for an error: undefined when it is not the client's to know (then it is masked). */
function toRefusal(error: unknown, note: BodyLimitNote | undefined): HttpRefusal | undefined {
  if (error instanceof AppError) return fromAppError(error);
  if (error instanceof Neo4jError) {
    const mapped = fromNeo4jError(error);
    return mapped ? fromAppError(mapped) : undefined;
  }
  if (isClientHttpError(error)) return fromBodyError(error, note);
  return undefined;
}

function answersJson(req: Request): boolean {
  const path = req.originalUrl.split('?')[0]!;
  return jsonRoutes.some((route) => path === route || path.startsWith(`${route}/`));
}

export interface HttpErrorOptions {
  log: Logger;
  debug: boolean; // DEBUG_ERRORS: stack traces in the answers
}

/** Express's last error handler; nothing after it answers. */
export function handleHttpErrors(options: HttpErrorOptions): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    // An answer already under way cannot be changed: Express closes the connection.
    if (res.headersSent) return next(error);
    const requestId = currentRequestId() ?? (res.locals.requestId as string | undefined);
    const refusal = toRefusal(error, res.locals.bodyLimit as BodyLimitNote | undefined) ?? {
      status: 500,
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: `Internal server error; the server log has the details under request id ${quote(requestId ?? 'none')}`,
      extensions: { requestId },
    };
    if (refusal.status >= 500 && refusal.code === ErrorCode.INTERNAL_SERVER_ERROR)
      options.log.error(
        { err: error, requestId, method: req.method, path: req.originalUrl.split('?')[0] },
        'unexpected error in an HTTP request',
      );
    const stack = options.debug && error instanceof Error ? error.stack : undefined;
    res.status(refusal.status).set(refusal.headers ?? {});
    if (answersJson(req)) {
      const extensions = stack ? { ...refusal.extensions, stacktrace: stack.split('\n') } : refusal.extensions;
      res.json(errorBody(refusal.code, refusal.message, extensions));
    } else {
      res.type('text/plain; charset=utf-8').send(stack ? `${refusal.message}\n\n${stack}` : refusal.message);
    }
  };
}

/** The last route: anything no route answered is a 404 in the route's format. */
export function refuseUnknownRoutes(): RequestHandler {
  return (req, _res, next) => {
    next(
      new NotFoundError(`There is nothing at ${req.method} ${quote(req.originalUrl.split('?')[0])}`, {
        reason: 'NO_ROUTE',
      }),
    );
  };
}
