// DATABASE_UNAVAILABLE answered with HTTP 503: at once while the database is known to be down (see
// server/database/watch-database.ts), and for any GraphQL response whose error says so, which also tells the watch.
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { DatabaseWatch } from '../database/watch-database.js';
import { DatabaseUnavailableError, ErrorCode, errorBody, httpStatusOf } from '../errors.js';

export function refuseWhileUnavailable(watch: DatabaseWatch): RequestHandler {
  return (_req, res, next) => {
    if (watch.available) return next();
    res
      .status(httpStatusOf[ErrorCode.DATABASE_UNAVAILABLE])
      .set('Retry-After', '1')
      .json(
        errorBody(ErrorCode.DATABASE_UNAVAILABLE, new DatabaseUnavailableError().message, { reason: 'UNREACHABLE' }),
      );
  };
}

export function reportUnavailable(watch: DatabaseWatch): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const unavailable =
            errors?.filter((error) => error.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE) ?? [];
          if (unavailable.length === 0) return;
          response.http.status = httpStatusOf[ErrorCode.DATABASE_UNAVAILABLE];
          response.http.headers.set('retry-after', '1');
          // An overloaded pool is no outage: refusing everything then would only turn a slow server into a dead one.
          if (unavailable.some((error) => error.extensions?.reason !== 'BUSY'))
            watch.markUnavailable('a GraphQL request found the database unreachable');
        },
      };
    },
  };
}
