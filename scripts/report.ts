// npm run report -- --district 03256 [--out bedarfsanalyse] [--radius 25]
// Writes the needs analysis with recommendations of a district (Bedarfsanalyse mit Handlungsempfehlungen) as
// <out>.html and <out>.pdf (printed by headless Chromium, CHROMIUM_PATH), from the configured Neo4j (NEO4J_URI) or
// the local one when NEO4J_URI is unset.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { connectDatabase } from '../server/database/connect-database.js';
import { createLogger } from '../server/logger.js';
import { loadNeedsAnalysis } from '../server/reports/needs-analysis/load-needs-analysis.js';
import { renderNeedsAnalysisHtml } from '../server/reports/needs-analysis/render-needs-analysis-html.js';
import { renderPdf } from '../server/reports/render-pdf.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      district: { type: 'string', default: '03256' }, // 5-digit district key
      out: { type: 'string' }, // file name; a trailing .pdf or .html is dropped; default bedarfsanalyse-<district>
      radius: { type: 'string' }, // catchment radius in km; default 25
    },
    strict: true,
  });
  const radiusKm = values.radius === undefined ? undefined : Number(values.radius);
  if (radiusKm !== undefined && !Number.isFinite(radiusKm))
    throw new Error(`--radius must be a number of km, got "${values.radius}"`);
  const out = (values.out ?? `bedarfsanalyse-${values.district}`).replace(/\.(pdf|html)$/i, '');
  const config = loadConfig();
  const db = await connectDatabase(config, createLogger('warn'));
  try {
    const analysis = await loadNeedsAnalysis(
      { driver: db.driver, database: db.database },
      { districtAgs: values.district, radiusKm },
    );
    const html = renderNeedsAnalysisHtml(analysis);
    fs.writeFileSync(`${out}.html`, html);
    fs.writeFileSync(`${out}.pdf`, await renderPdf(html, { chromiumPath: config.chromiumPath }));
    console.log(
      `wrote ${out}.html and ${out}.pdf (${analysis.districtName}, ${analysis.recommendationCount} recommendations, ${analysis.trends[0]?.points.length ?? 0} monitoring dates)`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Report failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
