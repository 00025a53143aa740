// The HTTP app: /graphql (Apollo Server 5), /graphiql (from the project's own npm packages, no CDN),
// /healthz and /explorer. A factory that never listens: server/main.ts and the tests do that.
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { Neo4jError, type Driver } from 'neo4j-driver';
import type { Authentication, Authenticator } from '../auth/authenticate-request.js';
import { coordinatorOnly, requireRole, staff } from '../auth/roles.js';
import { defaultLimits, defaultResilience, projectRoot, type Limits, type Resilience } from '../config.js';
import { watchDatabase, type DatabaseWatch } from '../database/watch-database.js';
import { AppError, ErrorCode, formatError, fromNeo4jError, httpStatusOf } from '../errors.js';
import type { Logger } from '../logger.js';
import { checkHealth } from './check-health.js';
import { limitQueries } from './limit-queries.js';
import { limitRate } from './limit-rate.js';
import { logRequests } from './log-requests.js';
import { refuseBadBodies } from './refuse-bad-bodies.js';
import { refuseWhileUnavailable, reportUnavailable } from './refuse-while-unavailable.js';
import { createImportRoutes } from './import-routes.js';
import { createProbeRoutes, Readiness } from './probe-routes.js';
import { createReportRoutes } from './report-routes.js';

export interface AppOptions {
  schema: GraphQLSchema;
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  log: Logger;
  authenticate: Authenticator; // who is asking, from the request's token or API key (server/auth/)
  limits?: Partial<Limits>; // defaults in server/config.ts
  resilience?: Partial<Pick<Resilience, 'probeIntervalMs' | 'shutdownGraceMs' | 'shutdownDrainDelayMs'>>;
  explorerDir?: string; // built explorer; a placeholder page is served while it does not exist
  chromiumPath?: string; // headless Chromium for PDF reports
}

export interface App {
  server: http.Server; // not listening yet
  database: DatabaseWatch; // whether the database is reachable, as far as the server knows
  readiness: Readiness; // /readyz: starting until markReady(), draining from stop() on
  stop(): Promise<void>; // /readyz 503, then drains requests in flight (up to shutdownGraceMs) and stops Apollo
}

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** Files GraphiQL needs, from node_modules, by the name the page asks for. */
const graphiqlAssets: Record<string, string> = {
  'react.production.min.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
};

const httpDir = path.join(projectRoot, 'server', 'http');

function credentialsOf(req: express.Request) {
  // A link to a report cannot carry a header: reports also take the token as ?access_token= (RFC 6750, 2.3).
  const queryToken =
    req.baseUrl === '/reports' && typeof req.query.access_token === 'string'
      ? `Bearer ${req.query.access_token}`
      : undefined;
  return { authorization: req.get('authorization') ?? queryToken, apiKey: req.get('x-api-key') };
}

/** The error of a refused request as an AppError; undefined for what is not the client's to know. */
function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) return fromNeo4jError(error);
  return undefined;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { schema, driver, database, log } = options;
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const resilience = { ...defaultResilience, ...options.resilience };
  const watch = watchDatabase(driver, database, { probeIntervalMs: resilience.probeIntervalMs, log });
  const explorerDir = options.explorerDir ?? path.join(projectRoot, 'explorer', 'dist');
  const app = express();
  const server = http.createServer(app);
  app.disable('x-powered-by');

  const apollo = new ApolloServer<Record<string, unknown>>({
    schema,
    introspection: true,
    stopOnTerminationSignals: false, // server/main.ts stops everything in order
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: resilience.shutdownGraceMs }),
      limitQueries(limits),
      reportUnavailable(watch),
      logRequests(log),
    ],
    formatError: (formatted, error) =>
      formatError(formatted, error, (unknown) => log.error({ err: unknown }, 'unexpected error in a GraphQL request')),
  });
  await apollo.start();

  const readiness = new Readiness();
  app.use(createProbeRoutes({ driver, database, watch, readiness }));

  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(driver, database);
    if (health.status !== 'ok') watch.markUnavailable(health.error ?? 'health check failed');
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });

  /** Sets res.locals.auth, or answers 401/403 (as GraphQL errors or as text) when the credentials do not hold. */
  const authenticate =
    (answer: 'graphql' | 'text', roles?: readonly string[]): express.RequestHandler =>
    async (req, res, next) => {
      try {
        const auth = await options.authenticate(credentialsOf(req));
        if (roles) requireRole(auth.viewer, roles as Parameters<typeof requireRole>[1], `${req.baseUrl}${req.path}`);
        res.locals.auth = auth;
        next();
      } catch (error) {
        const refused = toAppError(error);
        if (!refused) log.error({ err: error }, 'authentication failed unexpectedly');
        const code = refused?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
        const message = refused?.message ?? 'Internal server error';
        if (code === ErrorCode.UNAUTHENTICATED) res.setHeader('www-authenticate', 'Bearer realm="bildungsnetz"');
        res.status(httpStatusOf[code]);
        if (answer === 'graphql')
          res.json({ errors: [{ message, extensions: { ...(refused ? refused.extensions : {}), code } }] });
        else res.type('text').send(message);
      }
    };

  app.use(
    '/graphql',
    // Refused at once while the database is known to be down; then who is asking (server/auth/), set before the
    // rate limit so that it counts per API key or user.
    refuseWhileUnavailable(watch),
    authenticate('graphql'),
    (_req, res, next) => {
      res.locals.viewer = (res.locals.auth as Authentication).viewer;
      next();
    },
    limitRate(limits),
    express.json({ limit: limits.bodyLimit }),
    // viewer: who is asking (server/auth/viewer.ts); token / jwt: what @neo4j/graphql checks the schema's rules with
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const auth = res.locals.auth as Authentication;
        return {
          viewer: auth.viewer,
          ...(auth.token ? { token: auth.token } : {}),
          ...(auth.jwt ? { jwt: auth.jwt } : {}),
          ...(database ? { sessionConfig: { database } } : {}),
        };
      },
    }),
  );
  app.use('/graphql', refuseBadBodies(limits.bodyLimit));

  // The briefing shows waiting demand: coordinator and analyst only.
  app.use(
    '/reports',
    authenticate('text', staff),
    createReportRoutes({ driver, database, log, chromiumPath: options.chromiumPath ?? '/usr/bin/chromium' }),
  );

  // The spreadsheet upload writes the county's data: the coordinator only (server/http/import-routes.ts).
  app.use(
    '/import',
    refuseWhileUnavailable(watch),
    authenticate('graphql', coordinatorOnly),
    createImportRoutes({ driver, database, log }),
  );

  // Who the explorer is logged in as, to show what the role may do (the routes enforce it on their own).
  app.get('/auth/me', authenticate('graphql'), (_req, res) => {
    const { role, id, name } = (res.locals.auth as Authentication).viewer;
    res.json({ role, id, name });
  });

  app.get('/graphiql', (_req, res) => res.sendFile(path.join(httpDir, 'graphiql', 'index.html')));
  app.get('/graphiql/start.js', (_req, res) => res.sendFile(path.join(httpDir, 'graphiql', 'start.js')));
  app.get('/graphiql/assets/:file', (req, res) => {
    const file = graphiqlAssets[req.params.file];
    if (file) res.sendFile(file, { maxAge: '1d' });
    else res.status(404).type('text').send(`No GraphiQL asset "${req.params.file}"`);
  });

  if (fs.existsSync(path.join(explorerDir, 'index.html'))) {
    app.use('/explorer', express.static(explorerDir, { index: 'index.html' }));
  } else {
    app.get('/explorer', (_req, res) => res.sendFile(path.join(httpDir, 'explorer-placeholder.html')));
  }
  app.get('/', (_req, res) => res.redirect('/explorer'));

  return {
    server,
    database: watch,
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
        } finally {
          try {
            await apollo.stop();
          } finally {
            if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
          }
        }
      }
    },
  };
}
