// Dumps the full output of waitingTimes and courseSuggestions (every suggestion with its figures and texts) for the
// demo county (db/local-bench) and all of Germany (db/local-germany), so that two versions of the code can be
// compared with `diff`: `npx tsx bench/dump-courses.ts <out-dir>` before and after a change, same data, same asOf.
// DUMP_AS_OF fixes the date (default today); DUMP_SCOPES=county,germany picks the scopes; DUMP_REPEAT=n calls
// courseSuggestions n more times for Germany (to profile it: `node --cpu-prof --import tsx bench/dump-courses.ts`).
// Ports: BENCH_COUNTY_PORT / BENCH_GERMANY_PORT, as bench:courses.
import fs from 'node:fs';
import path from 'node:path';
import {
  courseSuggestionsFor,
  rankedCourseSuggestions,
  type SuggestionArgs,
} from '../server/analysis/courses/course-suggestions-service.js';
import { rankRecommendations } from '../server/analysis/rank-recommendations.js';
import { waitingTimes } from '../server/analysis/courses/waiting-times-service.js';
import { loadConfig, projectRoot, transactionMemoryOf } from '../server/config.js';
import { createDriver } from '../server/database/create-driver.js';
import { startLocalNeo4j } from '../server/database/local-neo4j.js';
import { migrate } from '../server/database/migrate.js';
import { generateDemoData } from '../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../server/demo-data/load-demo-data.js';
import { todayInGermany } from '../shared/calendar.js';

const outDir = process.argv[2] ?? path.join(projectRoot, 'bench', 'results', 'dump-courses');
const asOf = process.env.DUMP_AS_OF ?? todayInGermany();
const scopes = (process.env.DUMP_SCOPES ?? 'county,germany').split(',');
const repeat = Number(process.env.DUMP_REPEAT ?? 0);

async function dumpOn(label: string, homeDir: string, port: number, districtAgs: string | undefined) {
  const local = await startLocalNeo4j({
    ...loadConfig().localNeo4j,
    port,
    homeDir: path.join(projectRoot, 'db', homeDir),
    ...(homeDir === 'local-germany' ? { heap: '4g', pageCache: '4g', ...transactionMemoryOf('4g') } : {}),
  });
  const driver = createDriver(local);
  const deps = { driver };
  try {
    await migrate(driver);
    const offers = Number((await driver.executeQuery('MATCH (o:Offer) RETURN count(o) AS c')).records[0]!.get('c'));
    if (offers === 0) {
      if (homeDir === 'local-germany') throw new Error('no data in db/local-germany');
      await loadDemoData(driver, generateDemoData({ today: todayInGermany() }));
    }
    const area = districtAgs ? { districtAgs } : {};
    const write = (name: string, value: unknown) =>
      fs.writeFileSync(path.join(outDir, `${label}-${name}.json`), `${JSON.stringify(value, null, 1)}\n`);
    for (const category of ['INTEGRATION_COURSE', 'JOB_LANGUAGE_COURSE']) {
      const started = performance.now();
      write(`waiting-${category}`, await waitingTimes(deps, { ...area, category, asOf }));
      console.log(`${label}: waitingTimes ${category} ${Math.round(performance.now() - started)} ms`);
    }
    const cases: [string, SuggestionArgs & { limit?: number }][] = [
      ['suggestions-200', {}],
      ['suggestions-5000', { limit: 5000 }],
      ['suggestions-1', { limit: 1 }],
      ['suggestions-job-10km-40', { categories: ['JOB_LANGUAGE_COURSE'], radiusKm: 10, targetWeeks: 4, limit: 40 }],
    ];
    for (const [name, args] of cases) {
      const started = performance.now();
      write(name, await rankedCourseSuggestions(deps, { ...area, asOf, ...args }));
      console.log(`${label}: courseSuggestions ${name} ${Math.round(performance.now() - started)} ms`);
    }
    // Every suggestion without a limit (the report and the recommendations take them so), ranked; for Germany
    // without the texts, which would be ~250 MB.
    const all = rankRecommendations(await courseSuggestionsFor(deps, { ...area, asOf }));
    write(
      'suggestions-all',
      homeDir === 'local-germany' ? all.map(({ textDe: _de, textEn: _en, ...rest }) => rest) : all,
    );
    console.log(`${label}: courseSuggestions all: ${all.length}`);
    for (let i = 0; i < (homeDir === 'local-germany' ? repeat : 0); i += 1) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      await rankedCourseSuggestions(deps, { ...area, asOf });
      const used = process.cpuUsage(cpu);
      console.log(
        `${label}: courseSuggestions again ${Math.round(performance.now() - started)} ms, ${Math.round((used.user + used.system) / 1000)} ms CPU`,
      );
    }
  } finally {
    await driver.close();
    await local.stop();
  }
}

fs.mkdirSync(outDir, { recursive: true });
if (scopes.includes('county'))
  await dumpOn('county', 'local-bench', Number(process.env.BENCH_COUNTY_PORT ?? 7689), '03256');
if (scopes.includes('germany'))
  await dumpOn('germany', 'local-germany', Number(process.env.BENCH_GERMANY_PORT ?? 7690), undefined);
