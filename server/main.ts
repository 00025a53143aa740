// The entry point: connects (or starts) the database, loads the demo data into an empty one, serves HTTP,
// and on SIGINT/SIGTERM drains requests and stops what it started.
import { loadConfig } from './config.js';
import { connectDatabase } from './database/connect-database.js';
import { seedIfEmpty } from './demo-data/seed-if-empty.js';
import { createApp } from './http/create-app.js';
import { createLogger } from './logger.js';
import { createSchema } from './schema/create-schema.js';

const config = loadConfig();
const log = createLogger(config.logLevel);

const db = await connectDatabase(config, log).catch((error: Error) => {
  log.fatal(error.message);
  process.exit(1);
});
if (config.seedDemoData) await seedIfEmpty(db.driver, db.database, log);
const schema = await createSchema({ driver: db.driver, database: db.database });
const app = await createApp({
  schema,
  driver: db.driver,
  database: db.database,
  log,
  chromiumPath: config.chromiumPath,
  limits: config.limits,
  resilience: config.resilience,
});

app.server.listen(config.port, config.host, () => {
  const base = `http://${config.host}:${config.port}`;
  log.info({ graphql: `${base}/graphql`, graphiql: `${base}/graphiql`, explorer: `${base}/explorer`, neo4j: db.uri }, 'Bildungsnetz is ready');
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  await app.stop();
  log.debug('http stopped');
  await db.close();
  log.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT')); // on, not once: Ctrl-C reaches tsx and this process both
process.on('SIGTERM', () => void shutdown('SIGTERM'));
