// npm run bench:load [-- --duration=60 --connections=50 --timeout=10 --instances=1 --mix=mixed]
// Mixed reads (an analyst's token) and partner upserts (API keys) against a local server for a while (autocannon as a
// library), then a check that every write the server acknowledged is in the database. The server runs as its own
// process (server/main.ts), as in production, with a JWT secret of this run, against a Neo4j of this bench alone:
// NEO4J_URI when set, else a local one in db/local-load on port 7739, with the demo county loaded when it is empty.
// The rate limit is lifted for the run (all connections come from one address).
// Besides throughput and latency it prints the CPU time per request of the server(s), of Neo4j (a local one: from
// /proc/<pid>/stat) and of this client, so that runs on a shared machine stay comparable (issue 17).
// --instances=N (N >= 2) starts N server processes against the one Neo4j behind nginx (bench/reverse-proxy.ts), and
// before the load checks through the instances themselves that a write through one is seen at once through each other
// one, whose cached gap table it replaces. Ports: BENCH_NEO4J_PORT (the local Neo4j, default 7739), BENCH_HTTP_PORT
// (the server, or the proxy with the instances on the ports after it; default 4739); BENCH_NEO4J_PID: the process of
// NEO4J_URI's Neo4j, for its CPU time.
// --mix=reads runs the public directory's reads alone, anonymous (PublicDistrictGraph and four PublicActorDetails per
// round, the operations the explorer's public directory sends; no writes), for issue 17's read target.
// --mix=staff-reads and --mix=writes run the mixed run's reads alone and its writes alone, to tell what each kind of
// request costs the server and Neo4j.
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { mintToken } from '../server/auth/mint-token.js';
import { loadConfig, projectRoot } from '../server/config.js';
import { createDriver } from '../server/database/create-driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/database/local-neo4j.js';
import { migrate } from '../server/database/migrate.js';
import { generateDemoData } from '../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../server/demo-data/load-demo-data.js';
import { todayInGermany } from '../shared/calendar.js';
import { checkInstancesShareWrites } from './check-instances.js';
import { localNeo4jPid, processCpuMs, processTree, treeCpuMs } from './process-cpu.js';
import { startReverseProxy, type ReverseProxy } from './reverse-proxy.js';
import { startServerProcess, type ServerProcess } from './server-process.js';
import {
  graphqlErrors,
  partnerUpsertWorkload,
  publicReadRequests,
  readRequests,
  type LoadFixtures,
  type WriteWorkload,
} from './load-workloads.js';

/** after - before, when both could be read. */
const difference = (after: number | undefined, before: number | undefined) =>
  after === undefined || before === undefined ? undefined : after - before;

const loadPort = Number(process.env.BENCH_NEO4J_PORT ?? 7739);
const httpPort = Number(process.env.BENCH_HTTP_PORT ?? 4739);

const mixes = ['mixed', 'reads', 'staff-reads', 'writes'] as const;
type Mix = (typeof mixes)[number];

function readOptions(): { duration: number; connections: number; timeout: number; instances: number; mix: Mix } {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      timeout: { type: 'string' },
      instances: { type: 'string' },
      mix: { type: 'string' },
    },
    strict: true,
  });
  const mix = (values.mix ?? 'mixed') as Mix;
  if (!mixes.includes(mix)) throw new Error(`--mix must be one of ${mixes.join(', ')}, got "${values.mix}"`);
  const instances = Number(values.instances ?? 1);
  if (!Number.isInteger(instances) || instances < 1 || instances > 8)
    throw new Error(`--instances must be a whole number from 1 to 8, got "${values.instances}"`);
  const duration = Number(values.duration ?? 60);
  const connections = Number(values.connections ?? 50);
  // autocannon's default: a request unanswered after 10 s counts as an error (a timeout)
  const timeout = Number(values.timeout ?? 10);
  if (!Number.isInteger(timeout) || timeout < 1)
    throw new Error(`--timeout must be whole seconds, got "${values.timeout}"`);
  if (!Number.isInteger(duration) || duration < 1)
    throw new Error(`--duration must be whole seconds, got "${values.duration}"`);
  if (!Number.isInteger(connections) || connections < 1)
    throw new Error(`--connections must be a whole number, got "${values.connections}"`);
  return { duration, connections, timeout, instances, mix };
}

/** Write requests sent so far: the counts of a workload named "...Sent" count requests. */
const requestsSent = (counts: Record<string, number>) =>
  Object.entries(counts).reduce((sum, [name, n]) => (name.endsWith('Sent') ? sum + n : sum), 0);

async function main(): Promise<void> {
  const { duration, connections, timeout, instances, mix } = readOptions();
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  const servers: ServerProcess[] = [];
  let proxy: ReverseProxy | undefined;
  let writes: WriteWorkload | undefined;
  const connection = config.neo4j.uri
    ? { uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password ?? '' }
    : await (async () => {
        const homeDir = path.join(projectRoot, 'db', 'local-load');
        console.log(
          `Neo4j: starting a local instance in ${path.relative(projectRoot, homeDir)} on port ${loadPort} ...`,
        );
        local = await startLocalNeo4j({ ...config.localNeo4j, port: loadPort, homeDir });
        return { uri: local.uri, username: local.username, password: local.password };
      })();
  const database = config.neo4j.database;
  const driver = createDriver(connection);
  try {
    await migrate(driver, database);
    const { records } = await driver.executeQuery('MATCH (o:Offer) RETURN count(o) AS offers', {}, { database });
    if (Number(records[0]?.get('offers') ?? 0) === 0) {
      console.log('Loading the demo county ...');
      await loadDemoData(driver, generateDemoData({ today: todayInGermany() }), { database });
    }
    const fixture = await driver.executeQuery(
      `MATCH (d:District)
       // The district with the most providing actors (the demo's own county, not a neighbour's border area).
       WITH d, COUNT { (:Actor)-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(d) } AS actors ORDER BY actors DESC, d.ags LIMIT 1
       CALL (d) { MATCH (m:Municipality)-[:IN_DISTRICT]->(d) RETURN m.ags AS ags ORDER BY ags }
       WITH d, collect(ags) AS venues
       CALL (d) { MATCH (a:Actor)-[:LOCATED_IN]->(:Municipality)-[:IN_DISTRICT]->(d) WHERE EXISTS { (a)-[:PROVIDES]->(:Offer) } RETURN a.id AS id ORDER BY id }
       RETURN d.ags AS districtAgs, venues, collect(id) AS providerIds`,
      {},
      { database },
    );
    const fixtures = fixture.records[0]!.toObject() as LoadFixtures;
    const { records: versions } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] + ' ' + edition AS v",
      {},
      { database },
    );

    // A secret of this run only: the tokens it signs are worth nothing after it.
    const jwtSecret = randomBytes(32).toString('base64url');
    const analystToken = await mintToken(jwtSecret, {
      role: 'analyst',
      sub: 'bench-load',
      name: 'bench:load',
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      expiresIn: '4h',
    });
    // One server on httpPort, or the instances on the ports after it behind nginx on httpPort.
    const serverPorts = instances === 1 ? [httpPort] : Array.from({ length: instances }, (_, i) => httpPort + 1 + i);
    for (const port of serverPorts)
      servers.push(
        await startServerProcess({
          connection,
          port,
          readyPath: '/readyz',
          env: {
            LOG_LEVEL: 'warn',
            JWT_SECRET: jwtSecret,
            ...(instances > 1 ? { TRUST_PROXY: 'loopback' } : {}),
          },
        }),
      );
    if (instances > 1) proxy = await startReverseProxy(httpPort, serverPorts);
    const url = proxy?.url ?? servers[0]!.url;

    const runId = randomUUID().slice(0, 8);
    let requests: autocannon.Request[];
    if (mix === 'reads') {
      requests = publicReadRequests(fixtures);
    } else if (mix === 'staff-reads') {
      requests = readRequests(fixtures, analystToken);
    } else {
      writes = await partnerUpsertWorkload(driver, database, fixtures, runId);
      const reads = readRequests(fixtures, analystToken);
      // One round per connection: read, push (create), read, push again (update), read, staff read (4 reads : 2 writes).
      requests =
        mix === 'writes'
          ? writes.requests
          : [reads[0]!, writes.requests[0]!, reads[1]!, writes.requests[1]!, reads[2]!, reads[3]!];
    }
    const what = {
      mixed: `reads with an analyst's token; writes: ${writes?.name}`,
      reads: "the public directory's reads, anonymous (the district's graph, then four actors' details); no writes",
      'staff-reads': "the mixed run's reads alone, with an analyst's token (no writes: the gap table stays cached)",
      writes: `the mixed run's writes alone: ${writes?.name}`,
    }[mix];
    console.log(
      `Load: ${connections} connections for ${duration} s against ${url}${proxy ? ` (nginx in front of ${servers.length} server processes: ${servers.map((server) => server.url).join(', ')})` : ''}; ${what}; Neo4j ${versions[0]?.get('v')} at ${connection.uri}`,
    );
    // Warm-up (not measured): the first run of each query is planned by Neo4j, which takes seconds on a busy machine.
    await autocannon({ url, connections: 5, duration: 15, timeout: 30, requests });
    // After the warm-up: the first write of a fresh server has its queries planned by Neo4j, which takes longer than
    // a transaction may on a busy machine.
    if (instances > 1 && writes) {
      const coordinatorToken = await mintToken(jwtSecret, {
        role: 'coordinator',
        sub: 'bench-load',
        name: 'bench:load',
        issuer: config.jwt.issuer,
        audience: config.jwt.audience,
        expiresIn: '1h',
      });
      const checked = await checkInstancesShareWrites({
        urls: servers.map((server) => server.url),
        token: coordinatorToken,
        districtAgs: fixtures.districtAgs,
        venueAgs: fixtures.venues[0]!,
        providerId: fixtures.providerIds[0]!,
        source: `bench-load-${runId}`, // the workload's source: its clean-up removes what the check leaves
      });
      // Its change history and its Papierkorb entry go with it, as the workload's clean-up does for the pushed offers.
      await driver.executeQuery(
        'MATCH (c:ChangeEvent|DeletedEntity {entityId: $id}) DETACH DELETE c',
        { id: checked.offerId },
        { database },
      );
      console.log(`Instances share the data: ${checked.lines.join('; ')}`);
    }
    graphqlErrors.clear();
    const sentBefore = writes ? requestsSent(writes.counts()) : 0;
    const loadBefore = os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ');
    // CPU time of the servers (with nginx), of Neo4j and of this client over the measured run only.
    const serverPids = servers.map((server) => server.pid);
    const proxyPids = proxy ? processTree(proxy.pid) : [];
    // NEO4J_URI's server is measured when BENCH_NEO4J_PID names its process (e.g. a Neo4j kept running between runs).
    const neo4jPid = process.env.BENCH_NEO4J_PID
      ? Number(process.env.BENCH_NEO4J_PID)
      : local
        ? localNeo4jPid(path.join(projectRoot, 'db', 'local-load'))
        : undefined;
    const cpuBefore = {
      servers: treeCpuMs(serverPids),
      proxy: treeCpuMs(proxyPids),
      neo4j: neo4jPid === undefined ? undefined : processCpuMs(neo4jPid),
      client: process.cpuUsage(),
    };
    const result = await autocannon({ url, connections, duration, timeout, requests });
    const cpuMs = {
      servers: difference(treeCpuMs(serverPids), cpuBefore.servers),
      proxy: difference(treeCpuMs(proxyPids), cpuBefore.proxy),
      neo4j: difference(neo4jPid === undefined ? undefined : processCpuMs(neo4jPid), cpuBefore.neo4j),
      client: (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpuBefore.client)),
    };
    const perRequest = (ms: number | undefined) =>
      ms === undefined ? 'not measured' : `${(ms / result.requests.total).toFixed(2)} ms`;
    const cpuSeconds = (ms: number | undefined) => (ms === undefined ? '' : ` (${(ms / 1000).toFixed(1)} s)`);

    const verification = writes ? await writes.verify(driver, database) : { acknowledged: 0, found: 0, missing: [] };
    const counts = writes?.counts() ?? {};
    const writesSent = writes ? requestsSent(counts) - sentBefore : 0;
    const gqlErrors = [...graphqlErrors.values()].reduce((sum, n) => sum + n, 0);
    const lines = [
      `client timeout ${timeout} s; load average before the run ${loadBefore}; machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, shared with other work; Node ${process.version}`,
      `requests: ${result.requests.total} in ${result.duration.toFixed(1)} s = ${result.requests.average.toFixed(1)} req/s (reads ${((Math.max(0, result.requests.total - writesSent) / result.requests.total) * 100).toFixed(0)} %)`,
      `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
      `CPU per request: server${instances > 1 ? `s (${instances} instances)` : ''} ${perRequest(cpuMs.servers)}${cpuSeconds(cpuMs.servers)}, Neo4j ${perRequest(cpuMs.neo4j)}${cpuSeconds(cpuMs.neo4j)}${proxy ? `, nginx ${perRequest(cpuMs.proxy)}${cpuSeconds(cpuMs.proxy)}` : ''}, this client (autocannon) ${perRequest(cpuMs.client)}${cpuSeconds(cpuMs.client)}; ${os.cpus().length} cores x ${result.duration.toFixed(1)} s = ${(os.cpus().length * result.duration).toFixed(0)} CPU s available`,
      `errors: ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${gqlErrors} GraphQL errors ${JSON.stringify(Object.fromEntries(graphqlErrors))}; HTTP status counts ${JSON.stringify(Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, (stat as { count: number }).count])))}`,
      ...(writes
        ? [
            `writes (warm-up and run): ${JSON.stringify(counts)}`,
            `check: ${verification.found} of ${verification.acknowledged} acknowledged writes are in the database${verification.missing.length ? `; missing: ${verification.missing.join(', ')}` : ''}`,
          ]
        : []),
    ];
    console.log(lines.join('\n'));
    if (
      verification.found !== verification.acknowledged ||
      result.errors + result.timeouts + result.non2xx + gqlErrors > 0
    )
      process.exitCode = 1;
  } finally {
    // The server first: requests the clients gave up on may still be writing until it has drained them.
    await proxy?.stop();
    for (const server of servers) await server.stop();
    await writes?.clean(driver, database).catch((error: unknown) => {
      console.error(
        `bench:load could not remove what it wrote: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 1;
    });
    await driver.close();
    await local?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:load failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
