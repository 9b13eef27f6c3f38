// The glue tests' figure for the end-of-test report: how many assertions they made. Each test file in
// tests/electron calls countGlueAssertions() once; after each test it adds the assertions that test
// made (vitest's own count of expect calls), and after the file it writes its part and the sum of the
// parts of the glue test files there are now (test-results/figure-parts/) to test-results/figures/glue-assertions.json.
// The files run in separate processes, two at once, so the sum is made under a lock (a folder).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, expect } from 'vitest';
import { writeFigure } from '../../build/figures.mjs';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const testsDir = fileURLToPath(new URL('.', import.meta.url));
// The parts sit beside the figures, not among them: the report reads every file in figures/.
const partsDir = path.join(repositoryRoot, 'test-results', 'figure-parts', 'glue-assertions');
const lockDir = path.join(partsDir, '.lock');
const figureName = 'glue-assertions';
const label = 'assertions made by the Electron glue tests (tests/electron: main and preload over the stand-in electron module, app://, the core process)';

/** Counts the assertions of the calling test file into the glue figure. */
export function countGlueAssertions(testFile: string): void {
  const part = path.basename(testFile);
  let count = 0;
  afterEach(() => {
    count += expect.getState().assertionCalls;
  });
  afterAll(() => writePart(part, count));
}

function writePart(part: string, count: number): void {
  mkdirSync(partsDir, { recursive: true });
  withLock(() => {
    writeFileSync(path.join(partsDir, `${part}.json`), `${JSON.stringify({ count })}\n`);
    // Only parts of test files that still exist: a removed test's old count is not a real thing.
    const glueTests = new Set(readdirSync(testsDir).filter((name) => name.endsWith('.test.ts')));
    let total = 0;
    for (const name of readdirSync(partsDir)) {
      if (!name.endsWith('.json') || !glueTests.has(name.slice(0, -'.json'.length))) continue;
      const value = (JSON.parse(readFileSync(path.join(partsDir, name), 'utf8')) as { count?: unknown }).count;
      if (typeof value === 'number') total += value;
    }
    writeFigure(figureName, label, total);
  });
}

function withLock(work: () => void): void {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // A lock older than a few seconds was left by a run that died holding it.
      if (Date.now() > deadline || Date.now() - lockMadeAt() > 10_000) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function lockMadeAt(): number {
  try {
    return statSync(lockDir).mtimeMs;
  } catch {
    return Date.now();
  }
}
