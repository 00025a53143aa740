// The entry point: connects (or starts) the database, serves HTTP, loads the demo data into an empty database,
// and on SIGINT/SIGTERM drains requests and stops what it started. Whatever fails on the way stops what was
// started before it (the local Neo4j above all) and ends the process with exit code 1 and one clear message.
import './production-mode.js'; // first: before anything loads graphql-js
import { authenticatorFor } from './auth/authenticate-request.js';
import { resolveJwtSettings } from './auth/jwt-settings.js';
import { ensureFirstAccount, passwordLinkUrl } from './auth/password-links.js';
import { deleteExpiredSessions } from './auth/sessions.js';
import { describeSpan } from './auth/verify-token.js';
import { loadConfig } from './config.js';
import { connectDatabase } from './database/connect-database.js';
import { limitTransactions } from './database/limit-transactions.js';
import { seedIfEmpty } from './demo-data/seed-if-empty.js';
import { createApp } from './http/create-app.js';
import { listen } from './lifecycle/listen.js';
import { StopList } from './lifecycle/stop-in-order.js';
import { createLogger } from './logger.js';
import { scheduleSnapshots } from './monitoring/schedule-snapshots.js';
import { schedulePurge } from './history/schedule-purge.js';
import { createSchema } from './schema/create-schema.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
const started = new StopList();
let stopping = false;

async function stop(reason: string, exitCode: number): Promise<never> {
  stopping = true;
  log.info({ reason }, 'shutting down');
  const { failed, timedOut } = await started.stopAll(log, config.resilience.shutdownTimeoutMs);
  log.info({ failed, timedOut }, 'stopped');
  process.exit(timedOut || failed.length > 0 ? Math.max(exitCode, 1) : exitCode);
}

async function start(): Promise<void> {
  const db = await connectDatabase(config, log);
  started.add('database', () => db.close());

  const jwt = resolveJwtSettings(config);
  if (!jwt) log.info('neither JWT_SECRET nor JWKS_URL is set: people log in on the login page; tools use API keys');
  // Every transaction of a request is limited in time (NEO4J_TRANSACTION_TIMEOUT_MS); the scripts' long jobs are not.
  const driver = limitTransactions(db.driver, config.writes.transactionTimeoutMs);
  const schema = await createSchema({
    driver,
    database: db.database,
    writes: config.writes,
    search: config.search,
    retentionDays: config.papierkorb.retentionDays,
  });
  const authenticate = authenticatorFor(jwt, { driver, database: db.database });
  const app = await createApp({
    schema,
    driver,
    database: db.database,
    log,
    authenticate,
    chromiumPath: config.chromiumPath,
    pdfConcurrency: config.pdfConcurrency,
    trustProxy: config.trustProxy,
    limits: config.limits,
    accounts: config.accounts,
    oidc: config.oidc,
    resilience: config.resilience,
    debugErrors: config.debugErrors,
    cache: config.cache,
  });
  started.add('http', () => app.stop());

  // Listening before the demo data is loaded: /livez answers at once, /readyz says "starting" until then.
  await listen(app.server, config.port, config.host);
  if (config.seedDemoData) await seedIfEmpty(db.driver, db.database, log);

  const snapshots = config.snapshotSchedule
    ? scheduleSnapshots({ driver: db.driver, database: db.database }, config.snapshotSchedule, log)
    : undefined;
  if (snapshots) started.add('snapshot schedule', () => snapshots.stop());
  const purge = schedulePurge(
    { driver: db.driver, database: db.database },
    config.papierkorb.purgeSchedule,
    config.papierkorb.retentionDays,
    log,
  );
  started.add('Papierkorb purge schedule', () => purge.stop());

  // While no coordinator can log in yet (the first start): a one-time link to set the first coordinator's password.
  const accountStore = { driver, database: db.database };
  const first = await ensureFirstAccount(accountStore, config.accounts.passwordLinkSeconds);
  await deleteExpiredSessions(accountStore, config.accounts);

  app.readiness.markReady();
  const base = config.accounts.publicUrl ?? `http://${config.host}:${config.port}`;
  log.info(
    { graphql: `${base}/graphql`, graphiql: `${base}/graphiql`, explorer: `${base}/explorer`, neo4j: db.uri },
    'Bildungsnetz is ready',
  );
  if (first) {
    // The link itself is the one secret the log carries: valid once and for PASSWORD_LINK_LIFETIME.
    log.info(
      { setPassword: passwordLinkUrl(base, first.link.token), login: first.name, expiresAt: first.link.expiresAt },
      `no coordinator can log in yet: open this link to set the password of the account "${first.name}" (valid ${describeSpan(config.accounts.passwordLinkSeconds)}, once; more accounts with \`npm run users\`)`,
    );
  }
}

// on, not once: Ctrl-C reaches tsx and this process both
process.on('SIGINT', () => void (stopping || stop('SIGINT', 0)));
process.on('SIGTERM', () => void (stopping || stop('SIGTERM', 0)));

try {
  await start();
} catch (error) {
  log.fatal((error as Error).message);
  await stop('start failed', 1);
}
