// The custom resolvers (analyses, partner API) are built over a driver; this runs each call on a copy built over
// the driver of the request (the GraphQL context's `sessions`, server/http/gate-sessions.ts), so that their
// database sessions count against the request's cap like those of the generated resolvers. Without sessions in
// the context (the schema used on its own, e.g. by scripts) the resolvers use the driver they were built with.
import type { Driver } from 'neo4j-driver';
import type { RequestSessions } from '../http/gate-sessions.js';

export type Resolvers = Record<string, Record<string, unknown>>;
type Resolve = (source: unknown, args: unknown, context: unknown, info: unknown) => unknown;

export function routeRequestSessions(build: (driver: Driver | undefined) => Resolvers, driver?: Driver): Resolvers {
  const shared = build(driver);
  // One copy per request, made on its first custom field and dropped with the request.
  const perRequest = new WeakMap<RequestSessions, Resolvers>();
  const resolversOf = (context: unknown): Resolvers => {
    const sessions = (context as { sessions?: RequestSessions } | undefined)?.sessions;
    if (!sessions) return shared;
    let resolvers = perRequest.get(sessions);
    if (!resolvers) {
      resolvers = build(sessions.driver);
      perRequest.set(sessions, resolvers);
    }
    return resolvers;
  };
  const routed: Resolvers = {};
  for (const [type, fields] of Object.entries(shared)) {
    routed[type] = {};
    for (const [name, resolver] of Object.entries(fields)) {
      routed[type][name] =
        typeof resolver === 'function'
          ? (source: unknown, args: unknown, context: unknown, info: unknown) =>
              (resolversOf(context)[type]![name] as Resolve)(source, args, context, info)
          : resolver;
    }
  }
  return routed;
}
