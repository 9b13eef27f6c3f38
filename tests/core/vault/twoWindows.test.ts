import { describe, expect, it } from 'vitest';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';
import { say } from '../../../shared/messages/message.ts';

const bank = { name: 'Credit union', kind: 'bank' as const, currency: 'USD', holder: 'organisation' as const, security: { mfa: true, personalPhone: false, personalName: false, personalCard: false } };

/** Two cores over one vault folder, each unlocked: what the app and a CLI run (or two CLI runs) are. */
async function twoWindows() {
  const first = startTreasury();
  await first.client.vault.create({ vaultDir: first.vaultDir, passphrase: passphrases.treasurer });
  const account = await first.client.accounts.add(bank);
  const second = startTreasury({ root: first.root });
  await second.client.vault.select({ vaultDir: first.vaultDir });
  await second.client.vault.unlock({ passphrase: passphrases.treasurer });
  return { first, second, accountId: account.id };
}

// Two windows changing the vault's keys from two stale copies of its slots, or one writing into a
// ledger the other has just replaced, must never leave a vault nobody can open or a write nobody reads.
describe('two windows on one vault', () => {
  it('a passphrase change after another window re-keyed is refused, and the vault still opens', async () => {
    const { first, second } = await twoWindows();
    await first.client.vault.rekey({ confirmWith: { passphrase: passphrases.treasurer } });
    const refused = await rejection(second.client.vault.changePassphrase({ currentPassphrase: passphrases.treasurer, newPassphrase: passphrases.next }));
    expect([refused.code, refused.reason]).toEqual(['KEYS_CHANGED', say('vault.keysChangedSinceUnlock')]);

    await first.client.vault.lock({});
    await second.client.vault.lock({});
    expect(await first.client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
    expect((await first.client.ledger.verify()).ok).toBe(true);
  });

  it('a window still open on the ledger a re-key replaced is refused its write instead of writing where nobody reads', async () => {
    const { first, second, accountId } = await twoWindows();
    await first.client.vault.rekey({ confirmWith: { passphrase: passphrases.treasurer } });
    const refused = await rejection(second.client.ledger.record({ kind: 'contribution', date: '2026-01-05', amount: 100, accountId }));
    expect(refused.code).toBe('KEYS_CHANGED');
    // In the window that re-keyed, writes go on; and the write refused elsewhere is nowhere.
    await first.client.ledger.record({ kind: 'contribution', date: '2026-01-06', amount: 200, accountId });
    expect((await first.client.ledger.summarise({})).total).toBe(1);
  });

  it('a co-treasurer added in one window and a passphrase changed in another: the second is refused, not silently lost', async () => {
    const { first, second } = await twoWindows();
    await first.client.vault.setCoTreasurerPassphrase({ passphrase: passphrases.coTreasurer, confirmWith: { passphrase: passphrases.treasurer } });
    expect((await rejection(second.client.vault.changePassphrase({ currentPassphrase: passphrases.treasurer, newPassphrase: passphrases.next }))).code).toBe('KEYS_CHANGED');
    await first.client.vault.lock({});
    expect(await first.client.vault.unlock({ passphrase: passphrases.coTreasurer })).toEqual({ state: 'unlocked' });
  });
});
