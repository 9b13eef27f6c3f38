// The figures `npm test` ends with (build/testReport.mjs): each suite or step that proves one writes
// test-results/figures/<name>.json as {"label": "<what was counted>", "count": N}, overwritten each run.
// count is null when the thing could not be counted here; the label then says why.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const figuresDir = path.resolve(import.meta.dirname, '..', 'test-results', 'figures');

/** Writes one figure, replacing the last run's. */
export function writeFigure(name, label, count) {
  mkdirSync(figuresDir, { recursive: true });
  writeFileSync(path.join(figuresDir, `${name}.json`), `${JSON.stringify({ label, count })}\n`);
}
