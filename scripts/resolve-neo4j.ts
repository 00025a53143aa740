// Resolves the local Neo4j's jars from Maven Central ahead of time (CI does it as a step of its own).
import { loadConfig } from '../server/config.js';
import { checkJava, ensureJars } from '../server/database/local-neo4j.js';
import { createLogger } from '../server/logger.js';

const config = loadConfig();
checkJava();
ensureJars(config.localNeo4j.libDir, createLogger(config.logLevel));
console.log(`Neo4j jars are in ${config.localNeo4j.libDir}`);
