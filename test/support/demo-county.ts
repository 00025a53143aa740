// The demo county as the tests use it: generated for today (its course dates are relative to today, and the
// analyses compare them with today), loaded idempotently by every test file that needs it, never deleted,
// since test files run in parallel and the other tests keep to 99xxx keys far away from it. Files that only read it
// ask for it with ensureDemoCounty, which loads it once per run.
import type { Driver } from 'neo4j-driver';
import { todayInGermany } from '../../shared/calendar.js';
import { generateDemoData } from '../../server/demo-data/generate-demo-data.js';
import { loadDemoData } from '../../server/demo-data/load-demo-data.js';
import { oncePerRun } from './once-per-run.js';

export const demoCounty = generateDemoData({ today: todayInGermany(), seed: 1 });

export function loadDemoCounty(driver: Driver, database?: string): Promise<Record<string, number>> {
  return loadDemoData(driver, demoCounty, { database });
}

/**
 * The demo county in the test database, loaded by the first test file of the run that asks for it; the others
 * wait for that load instead of loading it again (test/support/once-per-run.ts).
 */
export async function ensureDemoCounty(driver: Driver, database?: string): Promise<void> {
  await oncePerRun('demo-county', () => loadDemoCounty(driver, database).then(() => undefined));
}
