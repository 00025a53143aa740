// What a resolver gets as its context: the viewer the request was authenticated as (server/http/create-app.ts).
import type { Viewer } from '../auth/viewer.js';

export interface ResolverContext {
  viewer?: Viewer;
}
