// Figures for the report at the end of `npm test` (issue 16): each is what a test counted while it
// ran, written as test-results/figures/<name>.json, overwritten on every run.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const figuresDir = path.resolve('test-results', 'figures');

/** Writes one figure: what was counted (one line) and how many. */
export async function writeFigure(name: string, label: string, count: number): Promise<void> {
  await mkdir(figuresDir, { recursive: true });
  await writeFile(path.join(figuresDir, `${name}.json`), `${JSON.stringify({ label, count })}\n`);
}
