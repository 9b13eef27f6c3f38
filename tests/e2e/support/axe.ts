import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
type PageWithAxe = { axe?: { run(options: object): Promise<{ violations: AxeViolation[] }> } };

/** Runs axe on what the page shows now and fails with a readable list if it finds anything. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  // The CSP refuses inline <script>, so axe is evaluated through the DevTools protocol instead.
  if (!(await page.evaluate(() => (globalThis as PageWithAxe).axe !== undefined))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as PageWithAxe).axe;
    if (axe === undefined) throw new Error('axe did not load');
    const results = await axe.run({ resultTypes: ['violations'] });
    return results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` + violation.nodes.map((node) => `    at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`).join('\n'),
    );
  });
  expect(violations, `axe violations on the ${screen} screen`).toEqual([]);
}
