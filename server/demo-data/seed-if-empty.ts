// On first start the database is empty: load the demo county so there is something to explore.
import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { generateDemoData } from './generate-demo-data.js';
import { loadDemoData } from './load-demo-data.js';
import { takeSnapshots } from '../monitoring/take-snapshots.js';
import { todayInGermany } from '../../shared/calendar.js';

export async function seedIfEmpty(driver: Driver, database: string | undefined, log: Logger): Promise<boolean> {
  const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) > 0 AS hasData', {}, { database });
  if (records[0]?.get('hasData')) return false;
  log.info('the database is empty: loading the demo data of Landkreis Nienburg/Weser');
  const data = generateDemoData({ today: todayInGermany() });
  const counts = await loadDemoData(driver, data, { database });
  // The history ends a month ago; today's snapshots come from the live graph, as the job takes them.
  const run = await takeSnapshots({ driver, database }, { districtAgs: [data.district.ags] });
  log.info({ counts, snapshotsToday: run.created }, 'demo data loaded');
  return true;
}
