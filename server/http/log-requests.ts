// One structured log line per GraphQL operation: name, type, duration, error codes, and the analysis cache's hits
// and misses when the request asked for analyses (server/cache/).
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestAnalyses } from '../cache/request-analyses.js';
import type { Logger } from '../logger.js';

function cacheLookups(analyses: RequestAnalyses | undefined) {
  const lookups = analyses?.lookups;
  return lookups && lookups.hits + lookups.misses > 0 ? { ...lookups } : undefined;
}

export function logRequests(log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors, contextValue }) {
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
            cache: cacheLookups((contextValue as { analyses?: RequestAnalyses } | undefined)?.analyses),
          };
          if (codes?.length) log.warn(line, 'graphql request failed');
          else log.info(line, 'graphql request');
        },
      };
    },
  };
}
