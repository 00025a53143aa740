// What a resolver gets as its context: the viewer the request was authenticated as, and the request's way to the
// analysis cache (server/http/create-app.ts; absent when the cache is off or the schema is used by a script).
import type { Viewer } from '../auth/viewer.js';
import type { RequestAnalyses } from '../cache/request-analyses.js';

export interface ResolverContext {
  viewer?: Viewer;
  analyses?: RequestAnalyses;
  origin?: string; // the address the request came to (protocol and host), for links the API hands out (survey links)
}
