// build/securityScan.mjs: every electronegativity finding above informational is justified, with a reason,
// in build/securityScan.justified.json, or `npm test` fails; a file the scanner cannot read fails it too.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judge, justificationProblems, justifiedFile, readFindings, scannerDir, type Finding, type Justification } from '../../build/securityScan.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'mutual-ledger-scan-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function finding(issue: string, severity: string, file: string, sample = ''): Finding {
  return { issue, severity, confidence: 'FIRM', file, location: '1:0', sample, description: `${issue} described` };
}

describe('judging the findings', () => {
  const justified: Justification[] = [{ issue: 'PRELOAD_JS_CHECK', file: 'electron/main.ts', sample: "preload: path.join(__dirname, 'preload.cjs')", reason: 'reviewed' }];

  it('a finding above informational needs a justification of its check, its file and its line', () => {
    const preload = finding('PRELOAD_JS_CHECK', 'MEDIUM', 'electron/main.ts', "preload: path.join(__dirname, 'preload.cjs'),");
    const otherFile = finding('PRELOAD_JS_CHECK', 'MEDIUM', 'electron/appWindow.ts', "preload: path.join(__dirname, 'preload.cjs'),");
    const otherLine = finding('PRELOAD_JS_CHECK', 'MEDIUM', 'electron/main.ts', "preload: path.join(__dirname, 'other.cjs'),");
    const low = finding('CSP_GLOBAL_CHECK', 'LOW', 'electron/main.ts');
    const verdict = judge([preload, otherFile, otherLine, low], justified);
    expect(verdict.justified).toEqual([{ finding: preload, reason: 'reviewed' }]);
    expect(verdict.unjustified).toEqual([otherFile, otherLine, low]);
    expect(verdict.unused).toEqual([]);
  });

  it('an informational finding needs none; a justification that covers nothing is reported as unused', () => {
    const info = finding('AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', 'INFORMATIONAL', 'package.json');
    expect(judge([info], justified)).toEqual({ informational: [info], justified: [], unjustified: [], unused: justified });
  });

  it("the project's justifications each name a check and a file and give a reason; middle-click is switched off, not justified", () => {
    const entries = JSON.parse(readFileSync(justifiedFile, 'utf8')) as Justification[];
    expect(justificationProblems(entries)).toEqual([]);
    expect(justificationProblems([{ issue: 'X', file: 'electron/main.ts', reason: ' ' }])).toEqual(['justification 1 has no reason']);
    expect(entries.find((entry) => entry.issue === 'AUXCLICK_JS_CHECK')).toBeUndefined();
  });

  it("reads the runner's findings with files relative to the project", () => {
    const json = JSON.stringify({
      errors: [{ file: path.join(projectRoot, 'electron/broken.ts'), message: 'Unexpected token' }],
      findings: [{ ...finding('AUXCLICK_JS_CHECK', 'medium', path.join(projectRoot, 'electron/main.ts')) }],
    });
    const read = readFindings(json);
    expect(read.findings.map((one) => [one.file, one.severity])).toEqual([['electron/main.ts', 'MEDIUM']]);
    expect(read.unread).toEqual([{ file: 'electron/broken.ts', message: 'Unexpected token' }]);
  });
});

describe('the scan itself', () => {
  it('is installed (a devDependency: npm ci, or ELECTRONEGATIVITY set to its folder)', () => {
    expect(scannerDir()).toBeDefined();
  });

  it('fails on a window planted with webSecurity off, naming the check, its file and line, and leaves the figure alone', () => {
    const planted = path.join(scratch, 'electron');
    cpSync(path.join(projectRoot, 'electron', 'main.ts'), path.join(planted, 'main.ts'));
    const main = readFileSync(path.join(planted, 'main.ts'), 'utf8');
    expect(main).toContain('webSecurity: true,');
    writeFileSync(path.join(planted, 'main.ts'), main.replace('webSecurity: true,', 'webSecurity: false,'));
    const figure = path.join(projectRoot, 'test-results', 'figures', 'scan-findings.json');
    const figureBefore = readIfThere(figure);
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'build', 'securityScan.mjs'), planted], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`NOT JUSTIFIED: WEB_SECURITY_JS_CHECK \\(\\w+\\) at ${planted.replaceAll('\\', '/')}/main\\.ts:\\d+:\\d+`));
    expect(run.stderr).toContain('Security scan failed');
    expect(readIfThere(figure)).toBe(figureBefore);
  });
});

function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
