// The HTTP app: /graphql (Apollo Server 5), /graphiql (built by Vite from the project's own npm packages, no CDN),
// /healthz and /explorer. A factory that never listens: server/main.ts and the tests do that.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { claimsOf, type Authentication, type Authenticator } from '../auth/authenticate-request.js';
import { coordinatorOnly, requireRole, staff } from '../auth/roles.js';
import { resolveSession } from '../auth/sessions.js';
import { KeySetUnavailableError } from '../auth/verify-token.js';
import { AnalysisCache } from '../cache/analysis-cache.js';
import { coalesceReads } from '../cache/coalesce-reads.js';
import { createRequestAnalyses } from '../cache/request-analyses.js';
import {
  defaultAccountSettings,
  defaultCacheSettings,
  defaultLimits,
  defaultPdfConcurrency,
  defaultResilience,
  projectRoot,
  type AccountSettings,
  type CacheSettings,
  type Limits,
  type OidcSettings,
  type Resilience,
} from '../config.js';
import { readDataVersion } from '../database/data-version.js';
import { PdfPrinter } from '../reports/pdf-printer.js';
import { watchDatabase, type DatabaseWatch } from '../database/watch-database.js';
import { AppError, ErrorCode, formatError, NotFoundError, quote } from '../errors.js';
import type { Logger } from '../logger.js';
import { createAuthRoutes } from './auth-routes.js';
import { createOidcClient } from '../auth/oidc-login.js';
import { createOidcRoutes, createProviderLogout } from './oidc-routes.js';
import { cacheAnonymousReads, noteKeepableResponses } from './cache-anonymous-reads.js';
import { checkCsrfToken, csrfHeader, isWrite } from './check-csrf.js';
import { checkHealth } from './check-health.js';
import { createRequestSessions, type SessionUse } from './gate-sessions.js';
import { limitAuthFailures } from './limit-auth-failures.js';
import { limitLoginFailures } from './limit-login-failures.js';
import { handleHttpErrors, refuseUnknownRoutes, type BodyLimitNote } from './handle-http-errors.js';
import { refuseUnsupportedShapes } from './check-operation-shape.js';
import { limitQueries } from './limit-queries.js';
import { limitRate } from './limit-rate.js';
import { logRequests } from './log-requests.js';
import { refuseWhileUnavailable, reportUnavailable } from './refuse-while-unavailable.js';
import { createImportRoutes } from './import-routes.js';
import { createProbeRoutes, Readiness } from './probe-routes.js';
import { createReportRoutes } from './report-routes.js';
import { createSurveyFormRoutes } from './survey-form-routes.js';
import { createSurveyRoutes } from './survey-routes.js';
import { assignRequestId, currentRequestId } from './request-id.js';
import { clearSessionCookie, readSessionCookie } from './session-cookie.js';

export interface AppOptions {
  schema: GraphQLSchema;
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  log: Logger;
  authenticate: Authenticator; // who is asking, from the request's token or API key (server/auth/)
  limits?: Partial<Limits>; // defaults in server/config.ts
  accounts?: Partial<AccountSettings>; // sessions' timeouts and the login throttle; defaults in server/config.ts
  resilience?: Partial<Pick<Resilience, 'probeIntervalMs' | 'shutdownGraceMs' | 'shutdownDrainDelayMs'>>;
  explorerDir?: string; // built explorer; a placeholder page is served while it does not exist
  graphiqlDir?: string; // built GraphiQL (server/http/graphiql/vite.config.ts); a placeholder page while it does not exist
  chromiumPath?: string; // headless Chromium for PDF reports
  pdfConcurrency?: number; // PDF pages printed at once (PDF_CONCURRENCY); default in server/config.ts
  trustProxy?: string | number; // proxies whose X-Forwarded-For names the client (TRUST_PROXY); default none
  debugErrors?: boolean; // DEBUG_ERRORS: stack traces in error responses; default off, whatever NODE_ENV says
  cache?: Partial<CacheSettings>; // the analysis cache's bounds; defaults in server/config.ts
  oidc?: OidcSettings; // login through the county's identity provider (OIDC_*); default none
}

export interface App {
  server: http.Server; // not listening yet
  database: DatabaseWatch; // whether the database is reachable, as far as the server knows
  sessionUse: SessionUse; // the most database sessions one GraphQL request has held at once (server/http/gate-sessions.ts)
  analysisCache: AnalysisCache; // analyses and reports kept per data version (server/cache/); stats() for hits and size
  pdfPrinter: PdfPrinter; // the one Chromium of all PDF reports, started with the first; closed by stop()
  readiness: Readiness; // /readyz: starting until markReady(), draining from stop() on
  stop(): Promise<void>; // /readyz 503, then drains requests in flight (up to shutdownGraceMs) and stops Apollo
}

/** The built GraphiQL's asset files by name (a Map: "constructor" is no asset); none while it is not built. */
function listGraphiqlAssets(graphiqlDir: string): Map<string, string> {
  const assetsDir = path.join(graphiqlDir, 'assets');
  if (!fs.existsSync(assetsDir)) return new Map();
  return new Map(fs.readdirSync(assetsDir).map((name) => [name, path.join(assetsDir, name)]));
}

const httpDir = path.join(projectRoot, 'server', 'http');

function credentialsOf(req: express.Request) {
  // A link to a report cannot carry a header: reports also take the token as ?access_token= (RFC 6750, 2.3).
  const queryToken =
    req.baseUrl === '/reports' && typeof req.query.access_token === 'string'
      ? `Bearer ${req.query.access_token}`
      : undefined;
  return { authorization: req.get('authorization') ?? queryToken, apiKey: req.get('x-api-key') };
}

export async function createApp(options: AppOptions): Promise<App> {
  const { schema, driver, database, log } = options;
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const resilience = { ...defaultResilience, ...options.resilience };
  const watch = watchDatabase(driver, database, { probeIntervalMs: resilience.probeIntervalMs, log });
  const explorerDir = options.explorerDir ?? path.join(projectRoot, 'explorer', 'dist');
  const graphiqlDir = options.graphiqlDir ?? path.join(projectRoot, 'dist', 'graphiql');
  const graphiqlAssets = listGraphiqlAssets(graphiqlDir);
  const sessionUse: SessionUse = { highWater: 0 };
  const debugErrors = options.debugErrors ?? false;
  // Started with the first PDF asked for, not here: most instances never print one.
  const pdfPrinter = new PdfPrinter({
    chromiumPath: options.chromiumPath ?? '/usr/bin/chromium',
    concurrency: options.pdfConcurrency ?? defaultPdfConcurrency,
  });
  const analysisCache = new AnalysisCache({ ...defaultCacheSettings, ...options.cache });
  const cacheOn = analysisCache.settings.maxEntries > 0 && analysisCache.settings.maxBytes > 0;
  // The data version is read from the database for each request that asks for an analysis or is an anonymous read,
  // never kept here: a write through another instance advances it there. Requests arriving together share a read
  // (server/cache/coalesce-reads.ts).
  const readVersion = coalesceReads(() => readDataVersion(driver, database));
  const analysesOfRequest = (version: () => Promise<string> = readVersion) =>
    cacheOn ? { analyses: createRequestAnalyses(analysisCache, version) } : {};
  const app = express();
  const server = http.createServer(app);
  app.disable('x-powered-by');
  // Express's own last resort prints stack traces unless its env is production; handleHttpErrors answers first,
  // and this keeps the last resort quiet too.
  app.set('env', 'production');
  // The limits count per client address (limit-rate.ts, limit-auth-failures.ts): behind a reverse proxy, that is the
  // address the proxy names, or else every client would share the proxy's.
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use(assignRequestId());

  const apollo = new ApolloServer<Record<string, unknown>>({
    schema,
    introspection: true,
    stopOnTerminationSignals: false, // server/main.ts stops everything in order
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: resilience.shutdownGraceMs }),
      // The schema sets no cache hints, but Apollo's cache-control plugin, installed unless disabled, hooks every
      // field a request resolves (and with it wraps every resolver of the schema): a few ms for an ego network of a
      // few hundred links (BENCHMARKS.md, issue 17). Its one effect here, `Cache-Control: no-store`, is set below.
      ApolloServerPluginCacheControlDisabled(),
      limitQueries(limits),
      refuseUnsupportedShapes(),
      reportUnavailable(watch),
      logRequests(log),
      noteKeepableResponses(),
    ],
    // Apollo adds stack traces unless NODE_ENV is production or test; the project decides by DEBUG_ERRORS alone.
    includeStacktraceInErrorResponses: debugErrors,
    formatError: (formatted, error) =>
      formatError(formatted, error, {
        debug: debugErrors,
        onUnknown: (unknown) =>
          log.error({ err: unknown, requestId: currentRequestId() }, 'unexpected error in a GraphQL request'),
      }),
  });
  await apollo.start();

  const readiness = new Readiness();
  app.use(createProbeRoutes({ driver, database, watch, readiness }));

  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(driver, database);
    if (health.status !== 'ok') watch.markUnavailable(health.error ?? 'health check failed');
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });

  const authFailures = limitAuthFailures(limits);
  // One count per client over /graphql, /reports and /import: a report or an upload costs more than most queries.
  const rateLimit = limitRate(limits);
  /** The viewer the rate limit counts by, once the request is authenticated. */
  const noteViewer: express.RequestHandler = (_req, res, next) => {
    res.locals.viewer = (res.locals.auth as Authentication).viewer;
    next();
  };

  const accountSettings: AccountSettings = { ...defaultAccountSettings, ...options.accounts };
  const accountStore = { driver, database };
  const loginFailures = limitLoginFailures(accountSettings);

  /**
   * A person logged in on the login page: the session cookie's viewer, the same a token of the account's role would
   * give. A write with the cookie needs the session's CSRF token (check-csrf.ts). A cookie that no longer holds is
   * refused and cleared, so that the browser's next request is anonymous.
   */
  const authenticateSession = async (
    req: express.Request,
    res: express.Response,
  ): Promise<Authentication | undefined> => {
    const id = readSessionCookie(req);
    if (!id) return undefined;
    const session = await resolveSession(accountStore, id, accountSettings).catch((error: unknown) => {
      if (error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED) clearSessionCookie(req, res);
      throw error;
    });
    if (isWrite(req)) checkCsrfToken(req.get(csrfHeader), session.csrfToken);
    return { viewer: session.viewer, jwt: claimsOf(session.viewer) };
  };

  /**
   * Sets res.locals.auth: the token is verified here once, and what it says is passed on (to Apollo's context, the
   * routes). Credentials that do not hold go to handleHttpErrors (401/403 in the route's format); an address with too
   * many failed logins gets 429 before anything is verified or looked up (server/http/limit-auth-failures.ts).
   */
  const authenticate =
    (roles?: readonly string[]): express.RequestHandler =>
    async (req, res, next) => {
      const credentials = credentialsOf(req);
      const sent = credentials.authorization !== undefined || credentials.apiKey !== undefined;
      if (sent) {
        const overLimit = await authFailures.check(req);
        if (overLimit) throw overLimit;
      }
      // A token or an API key wins over the cookie: the request is then the tool's, not the browser's.
      const bySession = sent ? undefined : await authenticateSession(req, res);
      const auth =
        bySession ??
        (await options.authenticate(credentials).catch(async (error: unknown) => {
          // A refusal of the credentials counts; a database or identity provider that cannot be asked does not.
          const code = error instanceof AppError ? error.code : undefined;
          const refused = code === ErrorCode.UNAUTHENTICATED || code === ErrorCode.FORBIDDEN;
          if (refused && !(error instanceof KeySetUnavailableError)) await authFailures.record(req);
          throw error;
        }));
      if (roles) requireRole(auth.viewer, roles as Parameters<typeof requireRole>[1], `${req.baseUrl}${req.path}`);
      res.locals.auth = auth;
      next();
    };

  /** Names a route's body limit for the 413 that handleHttpErrors answers. */
  const noteBodyLimit =
    (note: BodyLimitNote): express.RequestHandler =>
    (_req, res, next) => {
      res.locals.bodyLimit = note;
      next();
    };

  /**
   * A GraphQL request's context. viewer: who is asking (server/auth/viewer.ts); token / jwt: what @neo4j/graphql checks
   * the schema's rules with; sessions: the request's share of the connection pool, which the generated resolvers
   * (executionContext) and the custom ones (server/schema/route-request-sessions.ts) go through; analyses: the
   * request's way to the analysis cache, with the data version already read for it when there is one.
   */
  const graphqlContext = async (req: express.Request, res: express.Response, version?: () => Promise<string>) => {
    const auth = res.locals.auth as Authentication;
    const sessions = createRequestSessions(driver, limits.maxSessionsPerRequest, sessionUse);
    return {
      sessions,
      executionContext: sessions.driver,
      viewer: auth.viewer,
      ...analysesOfRequest(version),
      origin: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
      ...(auth.jwt ? { jwt: auth.jwt } : {}),
      ...(database ? { sessionConfig: { database } } : {}),
    };
  };

  // all, not use: /graphql/anything else is no API (a 404 from refuseUnknownRoutes).
  app.all(
    '/graphql',
    // Refused at once while the database is known to be down; then who is asking (server/auth/), set before the
    // rate limit so that it counts per API key or user.
    refuseWhileUnavailable(watch),
    authenticate(),
    noteViewer,
    rateLimit,
    noteBodyLimit({ shown: limits.bodyLimit, setting: 'HTTP_BODY_LIMIT' }),
    express.json({ limit: limits.bodyLimit }),
    // What Apollo's cache-control plugin (disabled above) answered without cache hints: no response is kept.
    (_req, res, next) => {
      res.set('Cache-Control', 'no-store');
      next();
    },
    // Anonymous queries answered whole from the cache per data version (cache-anonymous-reads.ts); the rest by Apollo.
    ...(cacheOn
      ? [
          cacheAnonymousReads({
            apollo,
            cache: analysisCache,
            readVersion,
            context: (req, res, version) => graphqlContext(req, res, () => version),
            log,
          }),
        ]
      : []),
    expressMiddleware(apollo, { context: ({ req, res }) => graphqlContext(req, res) }),
  );

  // The briefing shows waiting demand: coordinator and analyst only.
  app.use(
    '/reports',
    authenticate(staff),
    noteViewer,
    rateLimit,
    createReportRoutes({
      driver,
      database,
      printer: pdfPrinter,
      analyses: () => analysesOfRequest(),
    }),
  );

  // The spreadsheet upload writes the county's data: the coordinator only (server/http/import-routes.ts).
  app.use(
    '/import',
    refuseWhileUnavailable(watch),
    authenticate(coordinatorOnly),
    noteViewer,
    rateLimit,
    createImportRoutes({ driver, database }),
  );

  // The municipalities' form of the Bedarfsabfrage: no login, the link's token is the permission.
  app.use(
    '/abfrage',
    refuseWhileUnavailable(watch),
    createSurveyFormRoutes({ driver, database, limits, authFailures }),
  );

  // Letters (HTML, PDF) and the status export of a round: staff read the status, the coordinator prints letters.
  app.use(
    '/surveys',
    refuseWhileUnavailable(watch),
    authenticate(staff),
    createSurveyRoutes({ driver, database, chromiumPath: options.chromiumPath ?? '/usr/bin/chromium' }),
  );

  // The login through the county's identity provider (oidc-routes.ts), when it is configured.
  const oidcClient = options.oidc ? createOidcClient(options.oidc, accountStore) : undefined;
  if (oidcClient)
    app.use(
      '/auth/oidc',
      refuseWhileUnavailable(watch),
      createOidcRoutes({
        oidc: oidcClient,
        store: accountStore,
        publicUrl: accountSettings.publicUrl,
        log,
      }),
    );
  // The login page, login, logout, the explorer's session and one-time password links (auth-routes.ts).
  app.use(
    '/auth',
    createAuthRoutes({
      store: accountStore,
      settings: accountSettings,
      loginFailures,
      oidc: options.oidc !== undefined,
      providerLogout: oidcClient && createProviderLogout(oidcClient, accountSettings.publicUrl),
    }),
  );

  // Who the explorer is logged in as, to show what the role may do (the routes enforce it on their own).
  app.get('/auth/me', authenticate(), (_req, res) => {
    const { role, id, name, actorId } = (res.locals.auth as Authentication).viewer;
    res.json({ role, id, name, ...(actorId ? { actorId } : {}) });
  });

  const graphiqlPage = path.join(graphiqlDir, 'index.html');
  app.get('/graphiql', (_req, res) =>
    res.sendFile(fs.existsSync(graphiqlPage) ? graphiqlPage : path.join(httpDir, 'graphiql', 'placeholder.html')),
  );
  app.get('/graphiql/assets/:file', (req, res) => {
    const file = graphiqlAssets.get(req.params.file);
    if (!file) throw new NotFoundError(`No GraphiQL asset ${quote(req.params.file)}`);
    res.sendFile(file, { maxAge: '1d' });
  });

  if (fs.existsSync(path.join(explorerDir, 'index.html'))) {
    app.use('/explorer', express.static(explorerDir, { index: 'index.html' }));
  } else {
    app.get('/explorer', (_req, res) => res.sendFile(path.join(httpDir, 'explorer-placeholder.html')));
  }
  app.get('/', (_req, res) => res.redirect('/explorer'));
  app.use(refuseUnknownRoutes());
  app.use(handleHttpErrors({ log, debug: debugErrors }));

  return {
    server,
    database: watch,
    sessionUse,
    analysisCache,
    pdfPrinter,
    readiness,
    // Each step in try/finally: one that fails does not leave the others running.
    stop: async () => {
      readiness.markDraining();
      try {
        if (resilience.shutdownDrainDelayMs > 0)
          await new Promise((resolve) => setTimeout(resolve, resilience.shutdownDrainDelayMs));
      } finally {
        try {
          watch.close();
          authFailures.close();
          loginFailures.close();
        } finally {
          try {
            await apollo.stop();
          } finally {
            try {
              if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
            } finally {
              // After the requests in flight: a PDF being printed while draining is finished first.
              await pdfPrinter.close();
            }
          }
        }
      }
    },
  };
}
