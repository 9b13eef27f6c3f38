import { expect, test } from './support/appFixture.ts';
import { breakEntryTwoAndUnlock } from './support/brokenLedger.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup } from './support/setupFlow.ts';

test('an entry altered behind the app’s back is said at the next unlock, with the way to the full check', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  const accountId = await addCreditUnion(app);
  for (const amount of [5_000, 2_500]) await callCore(app, 'ledger.record', { kind: 'contribution', date: '2026-01-05', amount, accountId });
  // Nothing to say about a whole ledger.
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText('The check at unlock found a problem.')).toHaveCount(0);

  await breakEntryTwoAndUnlock(page, app.vaultDir);

  const notice = page.getByRole('alert').filter({ hasText: 'The check at unlock found a problem.' });
  await expect(notice).toContainText('The ledger is broken at entry #2: its content does not match its content hash');
  await expectNoAxeViolations(page, 'the check at unlock, failed');
  await saveScreen(page, 'ledger-check-at-unlock');
  await notice.getByRole('button', { name: 'Open the proof of the ledger' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Proof of the ledger' })).toBeFocused();
  expect(app.internalErrors).toEqual([]);
});
