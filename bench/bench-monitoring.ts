// The monitoring and the needs-analysis report on the demo county, in the configured Neo4j (NEO4J_URI) or the local
// one (NEO4J_LOCAL_PORT, db/local; `npm run seed` loads the demo county and its history first). Run with
// `npm run bench:monitoring`. Baseline in the same run: one gap table (one category), which the snapshot job
// computes fifteen times per district.
import fs from 'node:fs';
import path from 'node:path';
import { coverageGapTable } from '../server/analysis/gaps/gap-service.js';
import { loadConfig, projectRoot } from '../server/config.js';
import { connectDatabase } from '../server/database/connect-database.js';
import { createLogger } from '../server/logger.js';
import { loadMonitoringSeries } from '../server/monitoring/load-monitoring-series.js';
import { computeSnapshots, takeSnapshots } from '../server/monitoring/take-snapshots.js';
import { loadNeedsAnalysis } from '../server/reports/needs-analysis/load-needs-analysis.js';
import { renderNeedsAnalysisHtml } from '../server/reports/needs-analysis/render-needs-analysis-html.js';
import { renderPdf } from '../server/reports/render-pdf.js';

const runs = Number(process.env.BENCH_MONITORING_RUNS ?? 10);
const districtAgs = process.env.BENCH_DISTRICT ?? '03256';
const resultsFile = path.join(projectRoot, 'bench', 'results', 'bench-monitoring.json');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

async function measure(
  label: string,
  n: number,
  work: () => Promise<unknown>,
): Promise<{ label: string; firstMs: number; p50Ms: number }> {
  const [firstMs] = await time(work);
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push((await time(work))[0]);
  const result = { label, firstMs: round(firstMs), p50Ms: round(median(times)) };
  console.log(
    `${label.padEnd(48)} first ${String(result.firstMs).padStart(8)} ms   p50 ${String(result.p50Ms).padStart(8)} ms`,
  );
  return result;
}

const config = loadConfig();
const db = await connectDatabase(config, createLogger('warn'));
try {
  const deps = { driver: db.driver, database: db.database };
  const results = [
    await measure('baseline: one gap table (INTEGRATION_COURSE)', runs, () =>
      coverageGapTable(deps, { category: 'INTEGRATION_COURSE', districtAgs }),
    ),
    await measure('snapshot job, compute only (15 categories)', runs, () =>
      computeSnapshots(deps, { districtAgs: [districtAgs] }),
    ),
    await measure('snapshot job, compute and write (one transaction)', runs, () =>
      takeSnapshots(deps, { districtAgs: [districtAgs] }),
    ),
    await measure('monitoringSeries, district, 15 categories, 12 months', runs, () =>
      loadMonitoringSeries(deps, { districtAgs }),
    ),
    await measure('needs analysis: load and render HTML', runs, async () =>
      renderNeedsAnalysisHtml(await loadNeedsAnalysis(deps, { districtAgs })),
    ),
    await measure('needs analysis: HTML to PDF (Chromium)', Math.min(runs, 3), async () =>
      renderPdf(renderNeedsAnalysisHtml(await loadNeedsAnalysis(deps, { districtAgs })), {
        chromiumPath: config.chromiumPath,
      }),
    ),
  ];
  const baseline = results[0]!.p50Ms;
  console.log(
    `snapshot compute / one gap table (p50): ${(results[1]!.p50Ms / baseline).toFixed(1)}x for 15 categories`,
  );
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(
    resultsFile,
    JSON.stringify({ date: new Date().toISOString(), districtAgs, runs, results }, null, 2),
  );
} finally {
  await db.close();
}
