// A full check of the ledger is long work: the screen shows how far it is, with a Stop button, and
// stays usable meanwhile. Synthetic data only.
import { entriesPerSlice } from '../../electron/core/ledger/verifyLedger.ts';
import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, openSection } from './support/setupFlow.ts';
import { addCreditUnion, callCore, holdTheCoresCalls } from './support/coreSeed.ts';

test('checking the ledger shows its progress and can be stopped, then runs to the end', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  const call = (method: string, input: unknown) => callCore(app, method, input);
  const accountId = await addCreditUnion(app);
  // More than one slice of the walk, so that it reports progress on the way.
  const count = 2 * entriesPerSlice + 500;
  const recorded = await Promise.all(
    Array.from({ length: count }, (_, index) => call('ledger.record', { kind: 'contribution', date: '2026-01-05', amount: 100 + index, accountId, memo: `Check entry ${index + 1}` })),
  );
  expect(recorded.filter((result) => !result.ok)).toEqual([]);

  await openSection(page, 'Vault');
  const proof = page.getByRole('region', { name: 'Proof of the ledger' });
  const check = proof.getByRole('button', { name: 'Check the ledger' });
  // The screen reads the ledger's head first (the button is busy meanwhile): wait until it shows, so
  // that no call of its own is among those held. The check then waits its turn behind the held calls,
  // long enough to be seen waiting and stopped.
  await expect(proof.getByText(`${count}:`, { exact: false }).first()).toBeVisible();
  await expect(check).toBeEnabled();
  const held = holdTheCoresCalls(app);
  try {
    await check.click();
    await expect(proof.getByRole('progressbar', { name: 'Starting the check…' })).toBeVisible();
    await expect(proof.getByRole('button', { name: 'Checking…' })).toBeDisabled();
    await expectNoAxeViolations(page, 'vault, checking the ledger');
    await saveScreen(page, 'vault-ledger-check-running');
    await proof.getByRole('button', { name: 'Stop' }).click();
  } finally {
    // Released even when a step above fails, so that closing the app is not held too.
    held.release();
  }
  await expect(proof.getByRole('status')).toHaveText('Stopped before it finished, as asked. Nothing was changed.');
  await expect(proof.getByRole('progressbar')).toHaveCount(0);

  // Run to the end: the verdict counts every entry.
  await check.click();
  await expect(proof.getByRole('status')).toHaveText(new RegExp(`^All ${count.toLocaleString('en-US')} entries and \\d+ facts check out\\.$`), { timeout: 30_000 });
  await expect(proof.getByRole('progressbar')).toHaveCount(0);
  expect(app.internalErrors).toEqual([]);
});
