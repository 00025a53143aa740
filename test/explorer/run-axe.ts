// axe-core in a page of the browser tests: injected from node_modules (the page's CSP does not apply to
// page.evaluate) and run on the whole document; the serious and critical violations come back, each with the
// elements it found, so that a failing test names what to fix.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../server/config.js';

const axeSource = fs.readFileSync(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string; // the rule, e.g. 'color-contrast'
  impact: string;
  targets: string[]; // CSS selectors of the elements, with axe's summary of what fails
}

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

/** The serious and critical findings of axe-core (WCAG 2.2 A and AA rules and axe's best practices) on the page. */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
      }));
  });
}
