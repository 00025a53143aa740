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
import type { Driver } from 'neo4j-driver';
import { anonymousViewer } from '../auth/viewer.js';
import { defaultLimits, defaultResilience, projectRoot, type Limits, type Resilience } from '../config.js';
import { watchDatabase, type DatabaseWatch } from '../database/watch-database.js';
import { formatError } from '../errors.js';
import type { Logger } from '../logger.js';
import { checkHealth } from './check-health.js';
import { limitQueries } from './limit-queries.js';
import { limitRate } from './limit-rate.js';
import { logRequests } from './log-requests.js';
import { refuseBadBodies } from './refuse-bad-bodies.js';
import { refuseWhileUnavailable, reportUnavailable } from './refuse-while-unavailable.js';
import { createReportRoutes } from './report-routes.js';

export interface AppOptions {
  schema: GraphQLSchema;
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  log: Logger;
  limits?: Partial<Limits>; // defaults in server/config.ts
  resilience?: Partial<Pick<Resilience, 'probeIntervalMs' | 'shutdownGraceMs'>>;
  explorerDir?: string; // built explorer; a placeholder page is served while it does not exist
  chromiumPath?: string; // headless Chromium for PDF reports
}

export interface App {
  server: http.Server; // not listening yet
  database: DatabaseWatch; // whether the database is reachable, as far as the server knows
  stop(): Promise<void>; // drains requests in flight (up to shutdownGraceMs) and stops Apollo
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

  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(driver, database);
    if (health.status !== 'ok') watch.markUnavailable(health.error ?? 'health check failed');
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });

  app.use(
    '/graphql',
    // viewer: who is asking (server/auth/viewer.ts); every request is anonymous until authentication is in place.
    // It is set first, so that the rate limit counts per API key or user.
    (_req, res, next) => {
      res.locals.viewer ??= anonymousViewer;
      next();
    },
    limitRate(limits),
    refuseWhileUnavailable(watch),
    express.json({ limit: limits.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({ viewer: res.locals.viewer ?? anonymousViewer, ...(database ? { sessionConfig: { database } } : {}) }),
    }),
  );
  app.use('/graphql', refuseBadBodies(limits.bodyLimit));

  app.use('/reports', createReportRoutes({ driver, database, log, chromiumPath: options.chromiumPath ?? '/usr/bin/chromium' }));

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
    stop: async () => {
      watch.close();
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
