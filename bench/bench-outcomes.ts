// Indicators and decision effects of the demo county through /graphql (db/local-bench-outcomes, port 7753 or
// BENCH_OUTCOMES_PORT; the demo data with its outcomes loaded when missing). Run with `npm run bench:outcomes`.
// Baselines in the same run: a trivial query ({ __typename }) and waitingTimes of the same district (the most
// expensive part the current month's indicators reuse). Target: indicators of the county below 200 ms.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadConfig, projectRoot } from '../server/config.js';
import { createDriver } from '../server/database/create-driver.js';
import { startLocalNeo4j } from '../server/database/local-neo4j.js';
import { migrate } from '../server/database/migrate.js';
import { generateDemoData } from '../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../server/demo-data/load-demo-data.js';
import { createApp } from '../server/http/create-app.js';
import { createLogger } from '../server/logger.js';
import { createSchema } from '../server/schema/create-schema.js';
import { todayInGermany } from '../shared/calendar.js';
import { benchAuthenticator, benchHeaders } from './bench-auth.js';

const runs = Number(process.env.BENCH_OUTCOMES_RUNS ?? 20);
const port = Number(process.env.BENCH_OUTCOMES_PORT ?? 7753);
const homeDir = 'local-bench-outcomes';
const districtAgs = '03256';
const resultsFile = path.join(projectRoot, 'bench', 'results', 'bench-outcomes.json');

const twelveMonthsBack = () => {
  const today = todayInGermany();
  const from = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 12, 1));
  return from.toISOString().slice(0, 7);
};

const operations = {
  floor: 'query Floor { __typename }',
  waiting: `query Waiting($d: String) { waitingTimes(districtAgs: $d) { area { placed medianWeeks p90Weeks } } }`,
  indicatorsNow: `query Now($d: String) { indicators(districtAgs: $d) { category month values { indicator value state yearBefore } } }`,
  indicatorsYear: `query Year($d: String, $from: String) { indicators(districtAgs: $d, from: $from) { category month values { indicator value state } } }`,
  effects: `query Effects($d: String) { decisionEffects(districtAgs: $d) { decisionId before after effect } }`,
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

async function main(): Promise<void> {
  const config = loadConfig();
  const local = await startLocalNeo4j({ ...config.localNeo4j, port, homeDir: path.join(projectRoot, 'db', homeDir) });
  const driver = createDriver(local);
  const app = await createApp({
    schema: await createSchema({ driver }),
    driver,
    log: createLogger('silent'),
    authenticate: benchAuthenticator(driver),
    limits: { rateLimitMax: 1_000_000_000 },
  });
  try {
    await migrate(driver);
    const outcomes = Number((await driver.executeQuery('MATCH (x:Outcome) RETURN count(x) AS c')).records[0]!.get('c'));
    if (outcomes === 0) await loadDemoData(driver, generateDemoData({ today: todayInGermany(), seed: 1 }));
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
    const headers = await benchHeaders();
    const variables = { d: districtAgs, from: twelveMonthsBack() };
    const call = async (query: string) => {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { errors?: unknown[]; data?: Record<string, unknown> };
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
      return { ms: performance.now() - started, data: body.data! };
    };
    for (const query of Object.values(operations)) await call(query); // warm-up: query plans, JIT
    const times: Record<keyof typeof operations, number[]> = {
      floor: [],
      waiting: [],
      indicatorsNow: [],
      indicatorsYear: [],
      effects: [],
    };
    let effects: unknown[] = [];
    for (let i = 0; i < runs; i += 1) {
      for (const [name, query] of Object.entries(operations) as [keyof typeof operations, string][]) {
        const result = await call(query);
        times[name].push(result.ms);
        if (name === 'effects') effects = result.data.decisionEffects as unknown[];
      }
    }
    const ms = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, round(median(values))]));
    const result = {
      date: new Date().toISOString(),
      runs,
      medianMs: ms,
      ratios: {
        indicatorsNowToWaiting: round(ms.indicatorsNow! / ms.waiting!),
        indicatorsYearToNow: round(ms.indicatorsYear! / ms.indicatorsNow!),
        indicatorsNowToFloor: round(ms.indicatorsNow! / ms.floor!),
      },
      decisionEffects: effects,
      targetMs: 200,
      met: ms.indicatorsNow! < 200,
    };
    console.log(JSON.stringify(result, null, 2));
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await app.stop();
    await driver.close();
    await local.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
