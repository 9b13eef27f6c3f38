// The short report `npm test` ends with: one line per issue-16 figure in test-results/figures (see
// build/figures.mjs). `node build/testReport.mjs` prints it; `node build/testReport.mjs --after SCRIPT` runs
// `npm run SCRIPT` first and prints it whether SCRIPT passed or failed, then exits with SCRIPT's status.
// A figure written before this run began is shown as an older one, never as this run's.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { figuresDir } from './figures.mjs';

/** The figures, in the order the report gives them, with the name each suite writes. */
export const reportedFigures = [
  { name: 'glue-assertions', title: 'Glue assertions' },
  { name: 'navigation-attempts-refused', title: 'Navigation attempts refused' },
  { name: 'scan-findings', title: 'Scan findings' },
  { name: 'audit-findings', title: 'Audit findings' },
  { name: 'canary-files-scanned', title: 'Files scanned for canaries' },
];

/** One figure's line: its count and label, "not measured", or why it is not this run's. */
export function figureLine(figure, dir = figuresDir, since = undefined) {
  const file = path.join(dir, `${figure.name}.json`);
  let text;
  let written;
  try {
    text = readFileSync(file, 'utf8');
    written = statSync(file).mtime;
  } catch {
    return `${figure.title}: not measured`;
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return `${figure.title}: not measured (${path.basename(file)} is not JSON)`;
  }
  const label = typeof parsed?.label === 'string' ? parsed.label : '';
  const count = typeof parsed?.count === 'number' && Number.isFinite(parsed.count) ? String(parsed.count) : null;
  if (label === '' || (count === null && parsed?.count !== null)) return `${figure.title}: not measured (${path.basename(file)} has no label and count)`;
  const stale = since !== undefined && written.getTime() < since.getTime() ? ` [not measured in this run; from ${written.toISOString()}]` : '';
  // A figure that could not be counted here says why in its label.
  return `${figure.title}: ${count === null ? label : `${count} (${label})`}${stale}`;
}

/** The whole report, its heading first. */
export function report(dir = figuresDir, since = undefined) {
  return ['Issue 16 figures:', ...reportedFigures.map((figure) => `  ${figureLine(figure, dir, since)}`)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const afterIndex = process.argv.indexOf('--after');
  let status = 0;
  let since;
  if (afterIndex !== -1) {
    const script = process.argv[afterIndex + 1];
    if (script === undefined) {
      console.error('usage: node build/testReport.mjs [--after SCRIPT]');
      process.exit(2);
    }
    // A second's slack: file times on some file systems are coarser than the clock.
    since = new Date(Date.now() - 1000);
    const npm = process.env.npm_execpath;
    const run =
      npm !== undefined && npm.endsWith('.js')
        ? spawnSync(process.execPath, [npm, 'run', script], { stdio: 'inherit' })
        : spawnSync('npm', ['run', script], { stdio: 'inherit', shell: process.platform === 'win32' });
    status = run.status ?? 1;
  }
  console.log(`\n${report(figuresDir, since)}`);
  process.exit(status);
}
