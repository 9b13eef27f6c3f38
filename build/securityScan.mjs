// The Electron security scan `npm test` runs: @doyensec/electronegativity over electron/, offline, told the
// Electron version we ship (through build/electronegativityRun.mjs, which says why not the scanner's CSV).
// Every finding above informational must be justified in build/securityScan.justified.json (the check, the
// file, a piece of the flagged line, and why); one that is not, or a file the scanner could not read, fails
// the run. Writes the scan-findings figure. `node build/securityScan.mjs [DIR]` scans DIR instead.
// The scanner's release-list and translation look-ups need the network: offline it says so and goes on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { electronVersion } from './electronBinary.mjs';
import { writeFigure } from './figures.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..');
export const justifiedFile = path.join(projectRoot, 'build', 'securityScan.justified.json');
export const severities = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/**
 * The scanner's package folder: $ELECTRONEGATIVITY when set, else the project's devDependency; undefined
 * when neither is installed.
 */
export function scannerDir(env = process.env) {
  const candidates = [];
  if (env.ELECTRONEGATIVITY) candidates.push(path.resolve(env.ELECTRONEGATIVITY));
  try {
    candidates.push(path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('@doyensec/electronegativity/package.json')));
  } catch {
    // not installed
  }
  return candidates.find((dir) => existsSync(path.join(dir, 'package.json')));
}

/** The findings electronegativityRun.mjs wrote, with files relative to the project when under it. */
export function readFindings(json) {
  const answer = JSON.parse(json);
  const findings = answer.findings.map((finding) => ({
    ...finding,
    severity: String(finding.severity).toUpperCase(),
    file: finding.file === 'N/A' ? 'N/A' : projectPath(path.resolve(String(finding.file))),
  }));
  const unread = answer.errors.map((error) => ({ file: projectPath(path.resolve(String(error.file))), message: error.message }));
  return { findings, unread };
}

/** A file's path from the project's root, with forward slashes; absolute when outside the project. */
function projectPath(file) {
  const relative = path.relative(projectRoot, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}

/** Checks the justifications themselves: each names a check and a file and gives a reason. */
export function justificationProblems(justified) {
  if (!Array.isArray(justified)) return ['the justifications are not a list'];
  return justified.flatMap((entry, index) => {
    const problems = [];
    for (const field of ['issue', 'file', 'reason']) if (typeof entry?.[field] !== 'string' || entry[field].trim() === '') problems.push(`justification ${index + 1} has no ${field}`);
    if (entry?.sample !== undefined && typeof entry.sample !== 'string') problems.push(`justification ${index + 1} has a sample that is not text`);
    return problems;
  });
}

/** Does this justification cover this finding? The same check, the same file, and the sample within the flagged line. */
function covers(entry, finding) {
  return entry.issue === finding.issue && entry.file === finding.file && (entry.sample === undefined || finding.sample.includes(entry.sample));
}

/**
 * Sorts findings: informational ones, those above informational with their justification, those without
 * one (which fail the scan), and the justifications that covered nothing (stale: remove them).
 */
export function judge(findings, justified) {
  const informational = findings.filter((finding) => finding.severity === 'INFORMATIONAL');
  const above = findings.filter((finding) => finding.severity !== 'INFORMATIONAL');
  const justifiedFindings = [];
  const unjustified = [];
  for (const finding of above) {
    const entry = justified.find((candidate) => covers(candidate, finding));
    if (entry === undefined) unjustified.push(finding);
    else justifiedFindings.push({ finding, reason: entry.reason });
  }
  const unused = justified.filter((entry) => !above.some((finding) => covers(entry, finding)));
  return { informational, justified: justifiedFindings, unjustified, unused };
}

const where = (finding) => `${finding.issue} (${finding.severity.toLowerCase()}) at ${finding.file}:${finding.location}`;

/** Runs the scanner over dir; returns its findings and the files it could not read, or throws with its own words. */
export function runScanner(scannerDir, dir, version) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'mutual-ledger-scan-'));
  try {
    const json = path.join(out, 'findings.json');
    const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'electronegativityRun.mjs'), scannerDir, dir, version, json], { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } });
    if (run.status !== 0 || !existsSync(json)) {
      const said = `${run.stderr ?? ''}${run.stdout ?? ''}`.trim().split('\n').at(-1) ?? 'no output';
      throw new Error(`electronegativity failed (exit ${run.status}): ${said}`);
    }
    return { ...readFindings(readFileSync(json, 'utf8')), offline: /No connectivity|Could not retrieve/.test(run.stdout + run.stderr) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = path.resolve(process.argv[2] ?? path.join(projectRoot, 'electron'));
  const scanner = scannerDir();
  const version = electronVersion();
  if (scanner === undefined) {
    console.error('Security scan: @doyensec/electronegativity, a devDependency, is not installed: run npm ci (or set ELECTRONEGATIVITY to its folder).');
    process.exit(1);
  }
  if (version === undefined) {
    console.error('Security scan: the electron package is not installed, so its version is unknown: run npm ci.');
    process.exit(1);
  }
  const justified = JSON.parse(readFileSync(justifiedFile, 'utf8'));
  const problems = justificationProblems(justified);
  if (problems.length > 0) {
    console.error(`Security scan: ${path.relative(projectRoot, justifiedFile)}: ${problems.join('; ')}.`);
    process.exit(1);
  }
  let scan;
  try {
    scan = runScanner(scanner, dir, version);
  } catch (error) {
    console.error(`Security scan: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const verdict = judge(scan.findings, justified);
  const above = verdict.justified.length + verdict.unjustified.length;
  console.log(
    `Security scan (electronegativity on ${projectPath(dir)}, Electron ${version}): ${scan.findings.length} findings, ${above} above informational, ${verdict.unjustified.length} not justified.`,
  );
  if (scan.offline) console.log('  (offline: its check for newer Electron releases with security fixes could not run; the release workflow runs online)');
  for (const { finding, reason } of verdict.justified) console.log(`  justified: ${where(finding)}: ${reason}`);
  for (const entry of verdict.unused)
    console.log(`  warning: the justification of ${entry.issue} in ${entry.file} matches no finding now: remove it from ${path.relative(projectRoot, justifiedFile)}.`);
  for (const file of scan.unread) console.error(`  NOT READ: ${file.file}: ${file.message}`);
  for (const finding of verdict.unjustified) console.error(`  NOT JUSTIFIED: ${where(finding)}: ${finding.description}${finding.sample ? ` [${finding.sample}]` : ''}`);
  // The figure is the project's: a scan of another folder (a test's planted finding) leaves it alone.
  if (dir === path.join(projectRoot, 'electron'))
    writeFigure(
      'scan-findings',
      `electronegativity findings above informational in ${path.relative(projectRoot, dir) || '.'}/: ${verdict.justified.length} justified, ${verdict.unjustified.length} not; ${verdict.informational.length} informational besides`,
      above,
    );
  if (scan.unread.length > 0) {
    console.error('Security scan failed: the scanner could not read the files marked NOT READ, so they were not scanned.');
    process.exit(1);
  }
  if (verdict.unjustified.length > 0) {
    console.error(`Security scan failed: fix each finding marked NOT JUSTIFIED, or justify it in ${path.relative(projectRoot, justifiedFile)} with a reason.`);
    process.exit(1);
  }
}
