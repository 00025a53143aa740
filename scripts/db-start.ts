// Starts the local Neo4j alone and keeps it running until Ctrl-C; prints how to connect.
import { loadConfig } from '../server/config.js';
import { startLocalNeo4j } from '../server/database/local-neo4j.js';
import { createLogger } from '../server/logger.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
const db = await startLocalNeo4j(config.localNeo4j, { log });
console.log(`Neo4j: ${db.uri}  user: ${db.username}  password: in ${config.localNeo4j.homeDir}/password`);
// A signal handler cannot wait for a promise: the stop ends the process itself, with 1 if Neo4j did not stop cleanly.
const shutdown = () => {
  db.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
