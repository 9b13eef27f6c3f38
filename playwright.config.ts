import { defineConfig } from '@playwright/test';

/** End-to-end tests: the real renderer over the real core, in Debian's Chromium through the Chromium shell (see tests/e2e). */
export default defineConfig({
  testDir: 'tests/e2e',
  // One vault, one Argon2id derivation at a time: two cores side by side only make timing flaky on two CPUs.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e',
});
