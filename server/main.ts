// The entry point: connects (or starts) the database, loads the demo data into an empty one, serves HTTP,
// and on SIGINT/SIGTERM drains requests and stops what it started.
import { authenticatorFor } from './auth/authenticate-request.js';
import { resolveJwtSettings } from './auth/jwt-settings.js';
import { mintLoginToken } from './auth/mint-token.js';
import { describeSpan } from './auth/verify-token.js';
import { loadConfig } from './config.js';
import { connectDatabase } from './database/connect-database.js';
import { limitTransactions } from './database/limit-transactions.js';
import { seedIfEmpty } from './demo-data/seed-if-empty.js';
import { createApp } from './http/create-app.js';
import { createLogger } from './logger.js';
import { scheduleSnapshots } from './monitoring/schedule-snapshots.js';
import { createSchema } from './schema/create-schema.js';

const config = loadConfig();
const log = createLogger(config.logLevel);

const db = await connectDatabase(config, log).catch((error: Error) => {
  log.fatal(error.message);
  process.exit(1);
});
if (config.seedDemoData) await seedIfEmpty(db.driver, db.database, log);
const jwt = resolveJwtSettings(config);
if (!jwt)
  log.warn('neither JWT_SECRET nor JWKS_URL is set: people cannot log in; only API keys and the public directory work');
// Every transaction of a request is limited in time (NEO4J_TRANSACTION_TIMEOUT_MS); the scripts' long jobs are not.
const driver = limitTransactions(db.driver, config.writes.transactionTimeoutMs);
const schema = await createSchema({ driver, database: db.database, writes: config.writes, search: config.search });
const authenticate = authenticatorFor(jwt, { driver, database: db.database });
const app = await createApp({
  schema,
  driver,
  database: db.database,
  log,
  authenticate,
  chromiumPath: config.chromiumPath,
  trustProxy: config.trustProxy,
  limits: config.limits,
  resilience: config.resilience,
  debugErrors: config.debugErrors,
});
// For local use the development secret signs a coordinator's token, so the explorer opens with everything.
const login = jwt?.developmentSecretFile ? await mintLoginToken({ ...jwt, secret: jwt.secret! }) : undefined;

const snapshots = config.snapshotSchedule
  ? scheduleSnapshots({ driver: db.driver, database: db.database }, config.snapshotSchedule, log)
  : undefined;

app.server.listen(config.port, config.host, () => {
  const base = `http://${config.host}:${config.port}`;
  log.info(
    { graphql: `${base}/graphql`, graphiql: `${base}/graphiql`, explorer: `${base}/explorer`, neo4j: db.uri },
    'Bildungsnetz is ready',
  );
  if (login) {
    log.info(
      {
        explorer: `${base}/explorer/#token=${login.token}`,
        graphiql: `${base}/graphiql#token=${login.token}`,
        secret: jwt!.developmentSecretFile,
      },
      `open the explorer as the coordinator (development secret; valid ${describeSpan(login.lifetimeSeconds)}; more tokens with \`npm run token\`)`,
    );
  }
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  snapshots?.stop();
  await app.stop();
  log.debug('http stopped');
  await db.close();
  log.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT')); // on, not once: Ctrl-C reaches tsx and this process both
process.on('SIGTERM', () => void shutdown('SIGTERM'));
