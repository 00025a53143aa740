// Runs a local Neo4j 5.26 Community with APOC core, resolved from Maven Central by db/pom.xml, so that
// one command works on a fresh machine. Everything it writes stays inside the project (git-ignored).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot, type LocalNeo4jConfig } from '../config.js';
import type { Logger } from '../logger.js';

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  started: boolean; // false when an instance of ours was already running (e.g. after a crash) and is adopted
  stop(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  startTimeoutMs?: number; // how long to wait for Bolt to answer
}

export class LocalNeo4jError extends Error {}

const pomPath = path.join(projectRoot, 'db', 'pom.xml');
const javaOpens = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

function javaCommand(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** Fails with a message a person can act on when Java 17+ is not there. */
export function checkJava(): void {
  const result = spawnSync(javaCommand(), ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      'Java 17 or newer is needed to run the local Neo4j, but `java` was not found. ' +
        'Install a JDK (e.g. `apt-get install openjdk-17-jdk-headless`) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const match = /version "(\d+)/.exec(result.stderr);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new LocalNeo4jError(
      `Neo4j 5.26 needs Java 17 or 21; found Java "${match?.[1] ?? 'unknown'}". Set JAVA_HOME to a newer JDK.`,
    );
  }
}

function checkMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      'Maven is needed once to resolve Neo4j from Maven Central, but `mvn` was not found. ' +
        'Install it (e.g. `apt-get install maven`) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}

/** Resolves the jars into libDir once; a changed db/pom.xml resolves them again. */
export function ensureJars(libDir: string, log?: Logger): void {
  const pomHash = createHash('sha256').update(fs.readFileSync(pomPath)).digest('hex');
  const marker = path.join(libDir, '.resolved');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === pomHash) return;

  checkMaven();
  log?.info({ libDir }, 'resolving Neo4j and APOC from Maven Central (once, about 125 MB)');
  const staging = `${libDir}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  const jarsDir = path.join(staging, 'neo4j');
  const result = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      pomPath,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${jarsDir}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) {
    throw new LocalNeo4jError(
      `Maven could not resolve Neo4j (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  // APOC must sit in the plugins folder to be loaded as procedures.
  const pluginsDir = path.join(staging, 'plugins');
  fs.mkdirSync(pluginsDir, { recursive: true });
  for (const jar of fs.readdirSync(jarsDir).filter((name) => name.startsWith('apoc-'))) {
    fs.renameSync(path.join(jarsDir, jar), path.join(pluginsDir, jar));
  }
  fs.writeFileSync(path.join(staging, '.resolved'), pomHash);
  fs.rmSync(libDir, { recursive: true, force: true });
  fs.renameSync(staging, libDir);
}

function writeConfig(config: LocalNeo4jConfig): string {
  const confDir = path.join(config.homeDir, 'conf');
  for (const dir of ['conf', 'data', 'logs', 'run', 'import']) {
    fs.mkdirSync(path.join(config.homeDir, dir), { recursive: true });
  }
  const lines = [
    '# Written by server/database/local-neo4j.ts at every start; edit that file, not this one.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${config.port}`,
    `server.bolt.advertised_address=127.0.0.1:${config.port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${path.join(config.homeDir, 'data')}`,
    `server.directories.logs=${path.join(config.homeDir, 'logs')}`,
    `server.directories.run=${path.join(config.homeDir, 'run')}`,
    `server.directories.import=${path.join(config.homeDir, 'import')}`,
    `server.directories.plugins=${path.join(config.libDir, 'plugins')}`,
    `server.memory.pagecache.size=${config.pageCache}`,
    // No request may run for ever or take the whole heap: Neo4j stops the transaction (the server answers
    // QUERY_TOO_EXPENSIVE) instead of dying with an OutOfMemoryError. The server sets a shorter timeout per transaction.
    `db.transaction.timeout=${config.transactionTimeout}`,
    `db.memory.transaction.max=${config.transactionMemory}`,
    `db.memory.transaction.total.max=${config.transactionMemoryTotal}`,
    'dbms.security.auth_enabled=true',
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.usage_report.enabled=false',
    'db.tx_log.rotation.retention_policy=2 files',
    'server.logs.gc.enabled=false',
  ];
  fs.writeFileSync(path.join(confDir, 'neo4j.conf'), `${lines.join('\n')}\n`);
  return confDir;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Waits until Bolt accepts a login with the given credentials; the first start's neo4j/neo4j counts too. */
async function waitForBolt(
  uri: string,
  username: string,
  password: string,
  deadline: number,
  child?: ChildProcess,
  logFile?: string,
): Promise<void> {
  for (;;) {
    if (child && child.exitCode !== null) {
      throw new LocalNeo4jError(
        `Neo4j exited with code ${child.exitCode} while starting. Last log lines:\n${tail(logFile ?? '')}`,
      );
    }
    if (await portAnswers(Number(new URL(uri).port))) {
      const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
      try {
        if (await driver.verifyAuthentication()) return;
        throw new LocalNeo4jError(
          `The local Neo4j at ${uri} rejects the stored password. Another Neo4j may be using this port.`,
        );
      } catch (error) {
        if (error instanceof LocalNeo4jError) throw error;
        const code = (error as { code?: string }).code ?? '';
        if (code.includes('CredentialsExpired')) return; // the first start: password must be changed
        if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
          throw new LocalNeo4jError(
            `The local Neo4j at ${uri} rejects the stored password (${code}). Another Neo4j may be using this port.`,
          );
        }
      } finally {
        await driver.close();
      }
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(`Neo4j did not answer on ${uri} in time. Last log lines:\n${tail(logFile ?? '')}`);
    }
    await sleep(250);
  }
}

/** On the first start the built-in user neo4j/neo4j may only change its password; we set a generated one. */
async function setInitialPassword(uri: string, passwordFile: string): Promise<string> {
  const password = randomBytes(24).toString('base64url');
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'));
  try {
    await driver.executeQuery(
      'ALTER CURRENT USER SET PASSWORD FROM $old TO $new',
      { old: 'neo4j', new: password },
      { database: 'system' },
    );
  } finally {
    await driver.close();
  }
  fs.writeFileSync(passwordFile, password, { mode: 0o600 });
  return password;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid file holds "<neo4j pid> <owner pid>": the Java process and the Node process that stops it. */
function readPidFile(file: string): [number | undefined, number | undefined] {
  if (!fs.existsSync(file)) return [undefined, undefined];
  const [pid, owner] = fs.readFileSync(file, 'utf8').trim().split(/\s+/).map(Number);
  return [Number.isInteger(pid) ? pid : undefined, Number.isInteger(owner) ? owner : undefined];
}

function writePidFile(file: string, pid: number): void {
  fs.writeFileSync(file, `${pid} ${process.pid}\n`);
}

/** Stops an instance started by an earlier process of ours (its pid is in the pid file). */
async function stopAdopted(pid: number, timeoutMs = 60_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      return;
    }
    await sleep(200);
  }
}

function stopProcess(child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts the local Neo4j (or reuses ours if it already runs on the port) and returns how to reach it. */
export async function startLocalNeo4j(config: LocalNeo4jConfig, options: StartOptions = {}): Promise<LocalNeo4j> {
  const { log, startTimeoutMs = 180_000 } = options;
  const uri = `bolt://127.0.0.1:${config.port}`;
  const passwordFile = path.join(config.homeDir, 'password');
  const pidFile = path.join(config.homeDir, 'run', 'local-neo4j.pid');
  const deadline = Date.now() + startTimeoutMs;

  if (await portAnswers(config.port)) {
    if (!fs.existsSync(passwordFile)) {
      throw new LocalNeo4jError(
        `Port ${config.port} is in use by something that is not this project's Neo4j (${config.homeDir} has no password). Set NEO4J_LOCAL_PORT to a free port.`,
      );
    }
    const password = fs.readFileSync(passwordFile, 'utf8').trim();
    await waitForBolt(uri, 'neo4j', password, deadline);
    // Another process of ours that still runs owns it (e.g. the server while `npm run seed` runs): leave it be.
    // An owner that died (a crash) left it behind: take it over and stop it when done.
    const [pid, owner] = readPidFile(pidFile);
    if (owner !== undefined && isAlive(owner)) {
      log?.info({ uri, owner }, 'using the local Neo4j that another process of this project runs');
      return { uri, username: 'neo4j', password, started: false, stop: async () => {} };
    }
    log?.info({ uri, pid }, 'taking over the local Neo4j left running by an earlier process');
    if (pid !== undefined) writePidFile(pidFile, pid);
    return {
      uri,
      username: 'neo4j',
      password,
      started: false,
      stop: async () => {
        if (pid !== undefined) await stopAdopted(pid);
        fs.rmSync(pidFile, { force: true });
      },
    };
  }

  checkJava();
  ensureJars(config.libDir, log);
  const confDir = writeConfig(config);
  const logFile = path.join(config.homeDir, 'logs', 'console.log');
  const out = fs.openSync(logFile, 'a');
  const classPath = [path.join(config.libDir, 'neo4j', '*'), path.join(config.libDir, 'plugins', '*')].join(
    path.delimiter,
  );
  log?.info({ uri, homeDir: config.homeDir }, 'starting the local Neo4j');
  const child = spawn(
    javaCommand(),
    [
      `-Xms${config.heap}`,
      `-Xmx${config.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      ...javaOpens,
      '-cp',
      classPath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${config.homeDir}`,
      `--config-dir=${confDir}`,
      '--console-mode',
    ],
    { stdio: ['ignore', out, out], cwd: config.homeDir },
  );
  fs.closeSync(out);
  if (child.pid !== undefined) writePidFile(pidFile, child.pid);
  const stop = async () => {
    await stopProcess(child);
    fs.rmSync(pidFile, { force: true });
  };

  try {
    const hasPassword = fs.existsSync(passwordFile);
    const storedPassword = hasPassword ? fs.readFileSync(passwordFile, 'utf8').trim() : 'neo4j';
    await waitForBolt(uri, 'neo4j', storedPassword, deadline, child, logFile);
    const password = hasPassword ? storedPassword : await setInitialPassword(uri, passwordFile);
    log?.info({ uri, pid: child.pid }, 'local Neo4j is ready');
    return { uri, username: 'neo4j', password, started: true, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
