// One request's way to the analysis cache: the data version is read once per request, on its first analysis, so a
// request that asks for none pays nothing, and every instance over the same database sees every other's writes.
// The request's hits and misses are counted for its log line (server/http/log-requests.ts).
import { todayInGermany } from '../../shared/calendar.js';
import type { AnalysisCache } from './analysis-cache.js';

export interface RequestAnalyses {
  /** The result of the analysis under these arguments, from the cache when the data has not changed since. */
  remember<T>(operation: string, args: unknown, compute: () => Promise<T>, scope?: string): Promise<T>;
  readonly lookups: { hits: number; misses: number };
}

export function createRequestAnalyses(cache: AnalysisCache, readVersion: () => Promise<string>): RequestAnalyses {
  let version: Promise<string> | undefined;
  const lookups = { hits: 0, misses: 0 };
  return {
    lookups,
    async remember(operation, args, compute, scope) {
      version ??= readVersion();
      // The day is taken when the request asks, so a request running over midnight keeps one day throughout.
      const key = { operation, args, version: await version, day: todayInGermany(), scope };
      return cache.remember(key, compute, (hit) => (hit ? lookups.hits++ : lookups.misses++));
    },
  };
}

/** Runs compute through the request's cache when it has one (the server's requests), else directly (scripts). */
export function rememberAnalysis<T>(
  context: { analyses?: RequestAnalyses } | undefined,
  operation: string,
  args: unknown,
  compute: () => Promise<T>,
): Promise<T> {
  const analyses = context?.analyses;
  return analyses ? analyses.remember(operation, args, compute) : compute();
}
