// Starts the local Neo4j alone and keeps it running until Ctrl-C; prints how to connect.
import { loadConfig } from '../server/config.js';
import { startLocalNeo4j } from '../server/database/local-neo4j.js';
import { createLogger } from '../server/logger.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
const db = await startLocalNeo4j(config.localNeo4j, { log });
console.log(`Neo4j: ${db.uri}  user: ${db.username}  password: in ${config.localNeo4j.homeDir}/password`);
const shutdown = async () => {
  await db.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
