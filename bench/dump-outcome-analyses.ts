// npx tsx bench/dump-outcome-analyses.ts <out.json>: the full output of indicators, indicatorRanking and decisionEffects
// for the demo county, through the services, written as JSON: run before and after a change to the indicators and
// compare the two files (cmp). Reads the bench's demo county (db/local-bench-outcomes, port 7753 or
// BENCH_OUTCOMES_PORT, loaded by npm run bench:outcomes), started here and stopped again at the end.
import fs from 'node:fs';
import path from 'node:path';
import { createDriver } from '../server/database/create-driver.js';
import { loadConfig, projectRoot } from '../server/config.js';
import { startLocalNeo4j } from '../server/database/local-neo4j.js';
import { indicatorNames } from '../server/analysis/indicators/indicator-definitions.js';
import { loadIndicators } from '../server/monitoring/indicator-service.js';
import { indicatorRanking } from '../server/monitoring/indicator-ranking-service.js';
import { decisionEffects } from '../server/monitoring/decision-effects-service.js';
import { shiftMonth, currentMonth } from '../server/analysis/indicators/indicator-months.js';
import { todayInGermany } from '../shared/calendar.js';

const local = await startLocalNeo4j({
  ...loadConfig().localNeo4j,
  port: Number(process.env.BENCH_OUTCOMES_PORT ?? 7753),
  homeDir: path.join(projectRoot, 'db', 'local-bench-outcomes'),
});
const driver = createDriver(local);
const deps = { driver };
const now = currentMonth(todayInGermany());
const out: Record<string, unknown> = {};
const t0 = performance.now();
const cats = (await driver.executeQuery('MATCH (o:Offer) RETURN DISTINCT o.category AS c ORDER BY c')).records.map(
  (r) => r.get('c') as string,
);
const areas = (
  await driver.executeQuery(
    `MATCH (m:Municipality)-[:IN_DISTRICT]->(:District {ags: '03256'}) RETURN m.ags AS ags, m.kind AS kind ORDER BY ags`,
  )
).records.map((r) => ({ ags: r.get('ags') as string, kind: r.get('kind') as string }));
const ranges: [string | null, string | null][] = [
  [null, null],
  [shiftMonth(now, -12), null],
  [shiftMonth(now, -24), null],
  [shiftMonth(now, -18), shiftMonth(now, -6)],
  [shiftMonth(now, -3), shiftMonth(now, -3)],
];
for (const [from, to] of ranges) {
  out[`district ${from}-${to}`] = await loadIndicators(deps, { districtAgs: '03256', from, to });
  out[`district all categories ${from}-${to}`] = await loadIndicators(deps, {
    districtAgs: '03256',
    categories: cats,
    from,
    to,
  });
}
for (const area of areas) {
  const args = area.kind === 'COLLECTIVE' ? { samtgemeindeAgs: area.ags } : { municipalityAgs: area.ags };
  out[`area ${area.ags} now`] = await loadIndicators(deps, { ...args, categories: cats });
  out[`area ${area.ags} 13`] = await loadIndicators(deps, { ...args, from: shiftMonth(now, -12) });
}
for (const category of ['INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE'])
  for (const indicator of indicatorNames)
    for (const month of [null, shiftMonth(now, -5)])
      out[`ranking ${category} ${indicator} ${month}`] = await indicatorRanking(deps, {
        districtAgs: '03256',
        category,
        indicator,
        month,
      });
for (const months of [null, 1, 3, 6, 12])
  out[`effects ${months}`] = await decisionEffects(deps, { districtAgs: '03256', months });
out['effects all'] = await decisionEffects(deps, {});
fs.writeFileSync(process.argv[2]!, JSON.stringify(out, null, 1));
console.log('keys', Object.keys(out).length, 'ms', Math.round(performance.now() - t0));
await driver.close();
await local.stop();
