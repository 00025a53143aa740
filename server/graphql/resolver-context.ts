// What a resolver gets as its context: the viewer the request was authenticated as (server/http/create-app.ts).
import type { Viewer } from '../auth/viewer.js';

export interface ResolverContext {
  viewer?: Viewer;
  origin?: string; // the address the request came to (protocol and host), for links the API hands out (survey links)
}
