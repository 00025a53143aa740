// One structured log line per GraphQL operation: name, type, duration, error codes.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logger.js';

export function logRequests(log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const durationMs = Math.round((performance.now() - started) * 10) / 10;
          const codes = errors?.map((error) => {
            const code = error.extensions?.code;
            return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
          });
          const line = {
            operationName: operationName ?? undefined,
            operation: operation?.operation,
            durationMs,
            errors: codes,
          };
          if (codes?.length) log.warn(line, 'graphql request failed');
          else log.info(line, 'graphql request');
        },
      };
    },
  };
}
