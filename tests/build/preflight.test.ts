// build/preflight.mjs, the first step of `npm test`: on a machine without the programs the tests call, it
// stops at once with one line naming what to install.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requiredTools } from '../../build/preflight.mjs';

const script = path.resolve(import.meta.dirname, '../../build/preflight.mjs');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'mutual-ledger-preflight-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder holding stand-in executables with these names (they are never run, only found). */
function binFolder(name: string, programs: string[]): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const program of programs) {
    const file = path.join(dir, program);
    writeFileSync(file, '#!/bin/sh\nexit 0\n');
    chmodSync(file, 0o755);
  }
  return dir;
}

/** Runs the preflight as `npm test` does, with only this PATH and CHROMIUM_PATH. */
function preflight(env: { PATH: string; CHROMIUM_PATH: string }) {
  const run = spawnSync(process.execPath, [script], { env: { ...env, HOME: scratch }, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderrLines: run.stderr.split('\n').filter((line) => line !== '') };
}

const others = requiredTools.map((tool) => tool.name).filter((name) => name !== 'chromium');

describe.runIf(process.platform === 'linux')('the preflight of npm test', () => {
  it('with a PATH lacking every tool and no Chromium, exits non-zero with one line naming each and the apt-get command', () => {
    const run = preflight({ PATH: binFolder('empty', []), CHROMIUM_PATH: path.join(scratch, 'no-chromium') });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderrLines).toHaveLength(1);
    const line = run.stderrLines[0] ?? '';
    for (const name of ['chromium', 'oathtool', 'age', 'age-keygen', 'hledger']) expect(line).toContain(name);
    expect(line).toContain('apt-get install chromium oathtool age hledger');
    expect(line).toContain('CHROMIUM_PATH');
  });

  it('names only what is missing: oathtool alone', () => {
    const run = preflight({
      PATH: binFolder(
        'all-but-oathtool',
        others.filter((name) => name !== 'oathtool'),
      ),
      CHROMIUM_PATH: path.join(binFolder('chromium', ['chromium']), 'chromium'),
    });
    expect(run.status).toBe(1);
    expect(run.stderrLines).toEqual(['npm test needs oathtool (not found here): apt-get install oathtool, then npm test again.']);
  });

  it('finds Chromium where the end-to-end harness looks ($CHROMIUM_PATH), not on PATH', () => {
    const withChromiumOnPath = binFolder('chromium-on-path', [...others, 'chromium']);
    const run = preflight({ PATH: withChromiumOnPath, CHROMIUM_PATH: path.join(scratch, 'no-chromium') });
    expect(run.status).toBe(1);
    expect(run.stderrLines).toEqual(['npm test needs chromium (not found here): apt-get install chromium (or set CHROMIUM_PATH to a Chromium), then npm test again.']);
  });

  it('a file that is not executable does not count', () => {
    const dir = binFolder('not-executable', others);
    chmodSync(path.join(dir, 'hledger'), 0o644);
    const run = preflight({ PATH: dir, CHROMIUM_PATH: path.join(binFolder('chromium-2', ['chromium']), 'chromium') });
    expect(run.stderrLines).toEqual(['npm test needs hledger (not found here): apt-get install hledger, then npm test again.']);
  });

  it('with everything there, says nothing and exits 0', () => {
    const run = preflight({ PATH: binFolder('everything', others), CHROMIUM_PATH: path.join(binFolder('chromium-3', ['chromium']), 'chromium') });
    expect(run).toEqual({ status: 0, stdout: '', stderrLines: [] });
  });
});
