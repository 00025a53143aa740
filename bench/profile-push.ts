// npm run bench:profile-push: where a partner push's time goes in Neo4j. Runs upsertOffers (the service, without
// HTTP) for BENCH_PUSHES rounds of 5 offers, each created then updated, against the local Neo4j of bench:load
// (db/local-load, BENCH_NEO4J_PORT, default 7739; the demo county loaded when empty), and prints per statement of
// the push its count and Neo4j's own time (resultAvailableAfter + resultConsumedAfter, median and total), so that the
// statements that cost can be told apart. The offers it writes are removed afterwards.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { loadConfig, projectRoot } from '../server/config.js';
import { createDriver } from '../server/database/create-driver.js';
import { startLocalNeo4j } from '../server/database/local-neo4j.js';
import { migrate } from '../server/database/migrate.js';
import { generateDemoData } from '../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../server/demo-data/load-demo-data.js';
import { upsertOffers, type OfferUpsertInput } from '../server/partner/upsert-offers.js';
import { todayInGermany } from '../shared/calendar.js';
import type { Viewer } from '../server/auth/viewer.js';

const port = Number(process.env.BENCH_NEO4J_PORT ?? 7739);
const pushes = Number(process.env.BENCH_PUSHES ?? 60);

type Timing = { count: number; ms: number[] };
const timings = new Map<string, Timing>();
const source = `profile-push-${randomUUID().slice(0, 8)}`;

/** The statement's name: its first line, shortened. */
const nameOf = (query: string) => query.trim().replace(/\s+/g, ' ').slice(0, 110);

async function main() {
  const config = loadConfig();
  const local = await startLocalNeo4j({
    ...config.localNeo4j,
    port,
    homeDir: path.join(projectRoot, 'db', 'local-load'),
  });
  const driver = createDriver({ uri: local.uri, username: local.username, password: local.password });
  const database = config.neo4j.database;
  // Every statement's server-side time, by wrapping the transactions' run.
  const txPrototype = Object.getPrototypeOf(driver.session().beginTransaction()) as {
    run: (...args: unknown[]) => unknown;
  };
  const run = txPrototype.run;
  txPrototype.run = function (this: unknown, ...args: unknown[]) {
    const result = run.apply(this, args) as { summary(): Promise<neo4j.ResultSummary> };
    const name = nameOf(String(args[0]));
    void result.summary().then(
      (summary) => {
        const timing = timings.get(name) ?? { count: 0, ms: [] };
        timing.count += 1;
        timing.ms.push(Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter));
        timings.set(name, timing);
      },
      () => undefined,
    );
    return result;
  };
  try {
    await migrate(driver, database);
    const { records } = await driver.executeQuery('MATCH (o:Offer) RETURN count(o) AS n', {}, { database });
    if (Number(records[0]?.get('n') ?? 0) === 0)
      await loadDemoData(driver, generateDemoData({ today: todayInGermany() }), { database });
    const fixture = await driver.executeQuery(
      `MATCH (a:Actor)-[:PROVIDES]->(:Offer)-[:TAKES_PLACE_IN]->(m:Municipality)
       RETURN a.id AS actorId, collect(DISTINCT m.ags)[..20] AS venues ORDER BY size(venues) DESC LIMIT 1`,
      {},
      { database },
    );
    const actorId = fixture.records[0]!.get('actorId') as string;
    const venues = fixture.records[0]!.get('venues') as string[];
    const viewer: Viewer = {
      role: 'partner',
      id: 'profile-push',
      name: 'profile-push',
      via: 'api-key',
      actorId,
      source,
    };
    const batch = (round: number, booked: number): OfferUpsertInput[] =>
      Array.from({ length: 5 }, (_, i) => ({
        externalId: `r${round}-${i}`,
        title: `Profil ${round}-${i}`,
        category: 'LANGUAGE_CAFE',
        format: 'IN_PERSON',
        status: 'OPEN',
        capacity: 20,
        booked,
        venueAgs: venues[round % venues.length],
      }));
    const walls: number[] = [];
    await new Promise((resolve) => setTimeout(resolve, 100));
    timings.clear(); // the migration's and the set-up's statements
    for (let round = 0; round < pushes; round++) {
      for (const booked of [1, 2]) {
        const started = performance.now();
        const result = await upsertOffers({ driver, database }, viewer, source, batch(round, booked));
        walls.push(performance.now() - started);
        if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    console.log(
      `${walls.length} pushes of 5 offers (created, then updated): wall median ${median(walls).toFixed(1)} ms`,
    );
    const rows = [...timings].sort((a, b) => b[1].ms.reduce((x, y) => x + y, 0) - a[1].ms.reduce((x, y) => x + y, 0));
    for (const [name, timing] of rows) {
      const total = timing.ms.reduce((x, y) => x + y, 0);
      console.log(
        `${String(timing.count).padStart(5)}  median ${median(timing.ms).toFixed(1).padStart(6)} ms  total ${total.toFixed(0).padStart(6)} ms  ${name}`,
      );
    }
  } finally {
    txPrototype.run = run;
    await driver.executeQuery(
      'MATCH (o:Offer {source: $source}) OPTIONAL MATCH (c:ChangeEvent {entityId: o.id}) DETACH DELETE c, o',
      { source },
      { database },
    );
    await driver.close();
    await local.stop();
  }
}

await main();
