// Express's JSON body parser fails with its own HTML pages; these answers are shaped as GraphQL's instead:
// 413 PAYLOAD_TOO_LARGE naming the limit and the size, 400 BAD_REQUEST for a body that is not JSON.
import type { ErrorRequestHandler } from 'express';
import { ErrorCode, errorBody, httpStatusOf } from '../errors.js';

export function refuseBadBodies(bodyLimit: string): ErrorRequestHandler {
  return (error: { type?: string; length?: number; limit?: number; message?: string }, _req, res, next) => {
    if (error.type === 'entity.too.large') {
      res.status(httpStatusOf[ErrorCode.PAYLOAD_TOO_LARGE]).json(
        errorBody(
          ErrorCode.PAYLOAD_TOO_LARGE,
          `The request body is ${error.length} bytes; at most ${bodyLimit} (${error.limit} bytes) are accepted (HTTP_BODY_LIMIT)`,
          {
            limit: error.limit,
            value: error.length,
          },
        ),
      );
      return;
    }
    if (error.type === 'entity.parse.failed') {
      res.status(400).json(errorBody('BAD_REQUEST', `The request body is not valid JSON: ${error.message ?? ''}`));
      return;
    }
    next(error);
  };
}
