// A ledger broken behind the app's back, as a screen must meet it: locked, entry #2's amount changed
// with a SQLite tool and the passphrase, then unlocked again as the treasurer.
import type { Page } from '@playwright/test';
import { openBehindTheAppsBack } from '../../core/ledger/behindTheAppsBack.ts';
import { lockNow, treasurerPassphrase } from './setupFlow.ts';

/** Locks, alters entry #2's amount behind the app's back, and unlocks with the treasurer's passphrase. */
export async function breakEntryTwoAndUnlock(page: Page, vaultDir: string): Promise<void> {
  await lockNow(page);
  const db = await openBehindTheAppsBack(vaultDir, treasurerPassphrase);
  db.exec('DROP TRIGGER entries_are_never_changed');
  db.exec('UPDATE entries SET amount = 500 WHERE seq = 2');
  db.close();
  await page.getByLabel('Passphrase').fill(treasurerPassphrase);
  await page.getByLabel('Passphrase').press('Enter');
}
