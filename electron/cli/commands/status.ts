import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';
import { unlockSecret } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { renderVaultDetails } from '../vaultFacts.ts';
import { renderLedgerHead } from '../ledgerHead.ts';

/** `mutual-ledger status`: unlock, print the vault's facts, lock. */
export const status: Command = {
  name: 'status',
  summary: 'Unlock, show the vault\'s facts, lock again.',
  description: `Prints the location, creation time, format version, each key slot (kind,
last change, Argon2id memory, iterations and parallelism), the group key's
fingerprint, whether TOTP is on and how many backup codes are left, the
auto-lock delay, and the ledger's entry count and chain heads (SEQ:HASH: write
the chain head down, or keep it outside the vault, and "verify --expect-head"
later proves the ledger was not cut short or rewritten since). Then locks the
vault again.

--json prints the vault details object of the contract (vault.details), with
"ledger": {"entries","head":{"seq","chainHash"}|null,"factsHead"} (ledger.head).`,
  options: unlockOptions,
  async run({ vaultDir, values, out }) {
    await withTreasury(vaultDir, async (client) => {
      await unlockVault(client, vaultDir, values, unlockSecret);
      const details = await client.vault.details({});
      const ledger = await client.ledger.head();
      out.show({ ...details, ledger }, () => `${renderVaultDetails(details)}\n${renderLedgerHead(ledger)}`);
    });
  },
};
