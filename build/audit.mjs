// The dependency audit `npm test` runs: `npm audit --omit=dev --audit-level=high`, the shipped dependencies
// only. Fails on any high or critical advisory. Where the registry does not answer audit requests (some
// mirrors answer 405), it says so in one line and goes on: the release workflow runs the same audit where
// the registry answers, and fails there. Writes the audit-findings figure (null when not answered).
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { writeFigure } from './figures.mjs';

/**
 * What npm's JSON answer says: the advisories counted by severity, or why there are none to count.
 * npm prints an error object ({message, statusCode}) when the registry refused the request.
 */
export function readAudit(stdout) {
  let answer;
  try {
    answer = JSON.parse(stdout);
  } catch {
    return { answered: false, why: 'npm printed no audit report' };
  }
  const counts = answer?.metadata?.vulnerabilities;
  if (counts === undefined || typeof counts !== 'object') {
    const status = answer?.statusCode ?? answer?.error?.code;
    const message = String(answer?.message ?? answer?.error?.summary ?? 'no report').split('\n')[0];
    const said = message.replace(/ - [A-Z]+ \S+$/, '');
    if (status === undefined) return { answered: false, why: said };
    return { answered: false, why: `the registry answered ${said.startsWith(String(status)) ? said : `${status} ${said}`}` };
  }
  const count = (level) => Number(counts[level] ?? 0);
  return { answered: true, high: count('high') + count('critical'), total: ['info', 'low', 'moderate', 'high', 'critical'].reduce((sum, level) => sum + count(level), 0) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const npm = process.env.npm_execpath;
  const args = ['audit', '--omit=dev', '--audit-level=high', '--json'];
  const run =
    npm !== undefined && npm.endsWith('.js')
      ? spawnSync(process.execPath, [npm, ...args], { encoding: 'utf8', timeout: 120_000 })
      : spawnSync('npm', args, { encoding: 'utf8', timeout: 120_000, shell: process.platform === 'win32' });
  const audit = readAudit(run.stdout ?? '');
  if (!audit.answered) {
    console.log(`Audit: not answered here (${audit.why}); npm audit --omit=dev --audit-level=high runs in the release workflow.`);
    writeFigure('audit-findings', `high or critical advisories in the shipped dependencies: not answered here (${audit.why})`, null);
  } else {
    console.log(`Audit: ${audit.total} advisories in the shipped dependencies, ${audit.high} high or critical.`);
    writeFigure('audit-findings', `advisories in the shipped dependencies (npm audit --omit=dev), ${audit.high} of them high or critical`, audit.total);
    if (audit.high > 0) {
      console.error('Audit failed: run npm audit --omit=dev for the advisories, and update or replace those dependencies.');
      process.exit(1);
    }
  }
}
