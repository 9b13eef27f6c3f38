// build/testReport.mjs: the figures `npm test` ends with, one line each, "not measured" for a missing one
// and an older run's figure never passed off as this run's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { report } from '../../build/testReport.mjs';

const dir = mkdtempSync(path.join(os.tmpdir(), 'mutual-ledger-figures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the report of figures', () => {
  it('gives each of the five figures a line, its count and label, or not measured', () => {
    writeFileSync(path.join(dir, 'glue-assertions.json'), JSON.stringify({ label: 'assertions made on the glue', count: 212 }));
    writeFileSync(path.join(dir, 'audit-findings.json'), JSON.stringify({ label: 'advisories: not answered here', count: null }));
    writeFileSync(path.join(dir, 'canary-files-scanned.json'), '{"label": "files read"');
    expect(report(dir).split('\n')).toEqual([
      'Issue 16 figures:',
      '  Glue assertions: 212 (assertions made on the glue)',
      '  Navigation attempts refused: not measured',
      '  Scan findings: not measured',
      '  Audit findings: advisories: not answered here',
      '  Files scanned for canaries: not measured (canary-files-scanned.json is not JSON)',
    ]);
  });

  it('marks a figure written before this run began as not measured in this run', () => {
    const file = path.join(dir, 'scan-findings.json');
    writeFileSync(file, JSON.stringify({ label: 'findings', count: 3 }));
    const yesterday = new Date(Date.now() - 86_400_000);
    utimesSync(file, yesterday, yesterday);
    expect(report(dir, new Date()).split('\n')[3]).toBe(`  Scan findings: 3 (findings) [not measured in this run; from ${yesterday.toISOString()}]`);
  });
});

describe('npm test through the report (node build/testReport.mjs --after SCRIPT)', () => {
  const project = mkdtempSync(path.join(os.tmpdir(), 'mutual-ledger-report-run-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'report-run', private: true, scripts: { pass: 'node -e "console.log(1)"', fail: 'node -e "process.exit(3)"' } }));
  const run = (script: string) => spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../../build/testReport.mjs'), '--after', script], { cwd: project, encoding: 'utf8' });

  it('prints the report after steps that passed, and exits 0', () => {
    const passed = run('pass');
    expect(passed.status).toBe(0);
    expect(passed.stdout.trimEnd().split('\n').slice(-6)[0]).toBe('Issue 16 figures:');
  });

  it('prints it after steps that failed too, and exits non-zero', () => {
    const failed = run('fail');
    expect(failed.status).not.toBe(0);
    expect(failed.stdout.trimEnd().split('\n').slice(-6)[0]).toBe('Issue 16 figures:');
  });
});
