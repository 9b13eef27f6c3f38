import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger verify`: check the database and walk the hash chain; exit 1 at the first broken link. */
export const verify: Command = {
  name: 'verify',
  summary: "Check the ledger's integrity and hash chain.",
  description: `Runs SQLite's integrity_check, then walks every entry in order, recomputing its
content hash and the chain hash that links it to the one before. Any entry
altered, removed or inserted behind the app's back breaks the chain there.
Entries shredded by retention keep their hashes, so they still verify. It
recomputes the monthly totals that balances are read from, and walks the facts
chain: the accounts, their freezes, the funds and their restrictions, the
categories and the reconciliations must be exactly as their facts record them.

What a chain inside the vault cannot show by itself: entries cut off its end,
or a ledger re-hashed from some entry on by someone holding the key. For that,
write down (or sign) the anchor that "status" and "verify" print (E:F:HASH: it
covers both the entries and the facts), keep it outside the vault, and later run
verify --expect-head E:F:HASH: it fails unless the ledger still extends it.
--expect-head also takes an entries chain head SEQ:HASH, and
--expect-facts-head a facts head, to check one chain alone.

verify --quick runs only the check the app makes on every unlock: the newest
1,000 entries re-hashed and linked to the one before them, and the facts chain.
It takes milliseconds at any size; the full walk takes about a second per
100,000 entries. --quick cannot be combined with a head written down.

On a terminal, the full walk shows how far it is on one line of stderr, erased
before the result; piped or redirected, it shows nothing. Ctrl-C stops it and
locks the vault (exit 1, INTERRUPTED); nothing is changed.

Prints OK with the number of entries checked and the chain heads (exit 0), or
the first problem as the error line (exit 1).

--json prints the result (ledger.verify): {"ok","entries","anchor":
{"entriesSeq","factsSeq","hash"},"head":{"seq",
"chainHash"}|null,"factsHead","integrityCheck","entriesChecked",
"firstBrokenLink":{"seq","problem"}|null,"monthlyTotalsCheck","factsChecked",
"factsCheck","headCheck"}; with --quick (ledger.quickCheck): {"ok","entriesChecked",
"firstBrokenLink","factsChecked","factsCheck"}. When it is not ok, the error
line follows on stderr.`,
  options: ['expect-head', 'expect-facts-head', 'quick', ...unlockOptions],
  run: (context) => import('../runs/verify.ts').then(({ run }) => run(context)),
};
