// npm run briefing -- --district=03256 [--network=<id>] [--out=vorlage]
// Writes the briefing for the next meeting of the providers' round as <out>.html and <out>.pdf.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { connectDatabase } from '../server/database/connect-database.js';
import { createLogger } from '../server/logger.js';
import { loadBriefing } from '../server/reports/briefing/load-briefing.js';
import { renderBriefingHtml } from '../server/reports/briefing/render-briefing-html.js';
import { renderPdf } from '../server/reports/render-pdf.js';

const { values } = parseArgs({
  options: {
    district: { type: 'string', default: '03256' }, // 5-digit district key of the round's area
    network: { type: 'string' }, // the round's id; default: the district's exchange round
    out: { type: 'string', default: 'vorlage-traegerrunde' }, // file name without extension
  },
  strict: true,
});
const config = loadConfig();
const db = await connectDatabase(config, createLogger('warn'));
try {
  const briefing = await loadBriefing(
    { driver: db.driver, database: db.database },
    { districtAgs: values.district, networkId: values.network },
  );
  const html = renderBriefingHtml(briefing);
  fs.writeFileSync(`${values.out}.html`, html);
  fs.writeFileSync(`${values.out}.pdf`, await renderPdf(html, { chromiumPath: config.chromiumPath }));
  console.log(
    `wrote ${values.out}.html and ${values.out}.pdf (${briefing.calendar.length} courses, ${briefing.suggestions.length} suggestions)`,
  );
} finally {
  await db.close();
}
