import { CliError } from '../cliError.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';
import { withUnlockedTreasury } from '../session.ts';

/** `mutual-ledger verify`: check the database and walk the hash chain; exit 1 at the first broken link. */
export const verify: Command = {
  name: 'verify',
  summary: 'Check the ledger\'s integrity and hash chain.',
  description: `Runs SQLite's integrity_check, then walks every entry in order, recomputing its
content hash and the chain hash that links it to the one before. Any entry
altered, removed or inserted behind the app's back breaks the chain there.
Entries shredded by retention keep their hashes, so they still verify. Last, it
recomputes the monthly totals that balances are read from.

Prints OK with the number of entries checked (exit 0), or the first problem,
such as the first broken link with its entry number, as the error line (exit 1).

--json prints the result (ledger.verify): {"ok","integrityCheck",
"entriesChecked","firstBrokenLink":{"seq","problem"}|null,"monthlyTotalsCheck"};
when it is not ok, the error line follows on stderr as usual.`,
  options: unlockOptions,
  async run({ vaultDir, values, out }) {
    await withUnlockedTreasury(vaultDir, values, async (client) => {
      const result = await client.ledger.verify();
      const count = `${result.entriesChecked} entr${result.entriesChecked === 1 ? 'y' : 'ies'}`;
      if (result.ok) {
        out.show(result, () => `OK: ${count} checked; the hash chain is unbroken, integrity_check says ok and the monthly totals match.`);
        return;
      }
      out.show(result, () => (result.firstBrokenLink === null ? `NOT OK: ${count} checked.` : `NOT OK: ${count} checked before the broken link.`));
      throw new CliError('failure', 'LEDGER_BROKEN', firstProblem(result));
    });
  },
};

// The chain comes first: past a broken link nothing else can be trusted.
function firstProblem(result: { integrityCheck: string; firstBrokenLink: { seq: number; problem: string } | null; monthlyTotalsCheck: string }): string {
  if (result.firstBrokenLink !== null) return `The ledger is broken at entry #${result.firstBrokenLink.seq}: ${result.firstBrokenLink.problem}`;
  if (result.integrityCheck !== 'ok') return `The database fails its integrity check: ${result.integrityCheck}`;
  return `The monthly totals do not match the entries: ${result.monthlyTotalsCheck}. The entries themselves are intact.`;
}
