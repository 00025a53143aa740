// The public directory's answers kept whole. Anonymous visitors' pages send the same few queries again and again (the
// district's graph, an actor's details: explorer/src/operations/public-directory.graphql), and between two writes
// every one of them gets the same answer. So an anonymous query's complete response is kept in the analysis cache
// (server/cache/analysis-cache.ts: one memory bound for both) under its document, operation name, variables and
// extensions, the Accept header and the origin (all a response can depend on besides the data), the data version
// read for this request and the day. A request that finds it is answered before Apollo parses anything; requests
// asking for the same answer while it is computed share the one computation.
//
// Why it is safe:
// - Anonymous requests only. Every anonymous request has the same rights (server/auth/roles.ts), so one answer serves
//   all of them; a signed-in viewer's answer depends on the role and the token's claims and never goes through here.
//   The rate limit and the refusal while the database is away run before (create-app.ts).
// - Queries that succeeded whole only (status 200, no error, operation type query), noted by the plugin below as
//   Apollo runs them: a refusal, a failure or a mutation is never kept.
// - The version is read before the answer is computed, so an answer holds at least the writes the version counts; a
//   write advances the version (server/database/data-version.ts) and the next request's key differs.
//
// Apollo's response cache plugin (@apollo/server-plugin-response-cache) was not taken: it keeps what the cache-control
// plugin's hints allow, and that plugin is disabled here for its cost on every field (create-app.ts); it would also
// parse, validate and serialise again on each hit, where this answers with the kept bytes.
import { HeaderMap, type ApolloServer, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { Request, RequestHandler, Response } from 'express';
import type { Authentication } from '../auth/authenticate-request.js';
import type { AnalysisCache } from '../cache/analysis-cache.js';
import type { Logger } from '../logger.js';
import { todayInGermany } from '../../shared/calendar.js';

/** What the plugin notes about a request whose answer may be kept. */
export interface ResponseNote {
  operation?: OperationTypeNode;
  failed: boolean;
}

/** A complete response as Apollo gave it. */
export interface KeptResponse {
  status: number;
  headers: [string, string][];
  body: string;
  keepable: boolean;
}

/** Notes, for requests that carry a ResponseNote in their context, the operation's type and whether anything failed. */
export function noteKeepableResponses(): ApolloServerPlugin<{ responseNote?: ResponseNote }> {
  return {
    async requestDidStart({ contextValue }) {
      const note = contextValue.responseNote;
      if (!note) return;
      return {
        async didResolveOperation({ operation }) {
          note.operation = operation?.operation;
        },
        async willSendResponse({ response, errors }) {
          const fieldErrors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          note.failed = Boolean(errors?.length) || Boolean(fieldErrors?.length) || response.body.kind !== 'single';
        },
      };
    },
  };
}

interface CacheAnonymousReadsOptions {
  apollo: ApolloServer<Record<string, unknown>>;
  cache: AnalysisCache;
  /** The data version for a request arriving now (server/cache/coalesce-reads.ts). */
  readVersion: () => Promise<string>;
  /** The request's context for Apollo, given the version this request was keyed under. */
  context: (req: Request, res: Response, version: Promise<string>) => Promise<Record<string, unknown>>;
  log: Logger;
}

/** The body's parts that decide the answer, or undefined when the request is not one this cache serves. */
function keyableBody(req: Request): Record<string, unknown> | undefined {
  if (req.method !== 'POST') return undefined;
  const body: unknown = req.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string') return undefined;
  return { query, operationName, variables, extensions };
}

function headersOf(req: Request): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function send(res: Response, response: KeptResponse): void {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.status(response.status).send(response.body);
}

export function cacheAnonymousReads(options: CacheAnonymousReadsOptions): RequestHandler {
  const { apollo, cache } = options;

  /** Runs the request through Apollo as @as-integrations/express5 does, and says whether its answer may be kept. */
  const run = async (req: Request, res: Response, version: Promise<string>): Promise<KeptResponse> => {
    const note: ResponseNote = { failed: false };
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: 'POST',
      headers: headersOf(req),
      search: '',
      body: req.body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => ({ ...(await options.context(req, res, version)), responseNote: note }),
    });
    // Only a complete body: an incremental (@defer) answer is not kept, and multipart requests never come here.
    if (response.body.kind !== 'complete') throw new Error('an anonymous read answered incrementally');
    const status = response.status ?? 200;
    return {
      status,
      headers: [...response.headers],
      body: response.body.string,
      keepable: status === 200 && note.operation === OperationTypeNode.QUERY && !note.failed,
    };
  };

  return async (req, res, next) => {
    const auth = res.locals.auth as Authentication | undefined;
    const body = auth?.viewer.role === 'anonymous' ? keyableBody(req) : undefined;
    const accept = req.get('accept') ?? '';
    if (!body || accept.includes('multipart/')) return next();
    const version = options.readVersion();
    // A version that cannot be read: Apollo answers as without this cache (its analyses report the database away).
    const known = await version.then(
      (value) => value,
      () => undefined,
    );
    if (known === undefined) return next();
    const key = {
      operation: 'graphql-response',
      args: { ...body, accept, origin: `${req.protocol}://${req.get('host') ?? 'localhost'}` },
      version: known,
      day: todayInGermany(),
      scope: 'anonymous',
    };
    const started = performance.now();
    let hit = false;
    const response = await cache.remember(
      key,
      () => run(req, res, version),
      (found) => (hit = found),
      (kept) => kept.keepable,
    );
    send(res, response);
    // Apollo logs the requests it runs (log-requests.ts); one answered from the cache gets its line here.
    if (hit) {
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
      options.log.info({ operationName, durationMs, cache: 'response' }, 'graphql request');
    }
  };
}
