// What `mutual-ledger account reconcile` does once its command line is read (its help and flags: ../commands/accountReconcile.ts).
import type { Entry, PaymentAccount, Reconciliation } from '../../../shared/contract/index.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';
import type { CommandContext } from '../command.ts';
import { money, renderEntryTable, signed } from '../entryText.ts';
import { dateFlag, requiredFlag, statementBalanceFlag, today } from '../flagValues.ts';
import { findAccount } from '../ledgerNames.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderFacts } from '../textTable.ts';

type Reconciled = Reconciliation & { recorded: boolean };

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  const named = requiredFlag(values, 'account', 'account reconcile');
  const typedBalance = requiredFlag(values, 'statement-balance', 'account reconcile');
  const date = values.date === undefined ? today() : dateFlag(values.date, '--date');
  const dryRun = values['dry-run'] === true;
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    const account = await findAccount(client, named, '--account');
    const statement = { accountId: account.id, date, statementBalance: statementBalanceFlag(typedBalance, account.currency, '--statement-balance') };
    const reconciliation = dryRun ? await client.accounts.previewReconciliation(statement) : await client.accounts.reconcile(statement);
    const entries = out.json ? [] : await entriesOf(client, reconciliation);
    out.show<Reconciled>({ ...reconciliation, recorded: !dryRun }, (shown) => renderReconciliation(account, shown, entries));
  });
}

// The entries the reconciliation lists, oldest first; fetched by the same date window, a page at a time.
async function entriesOf(client: TreasuryClient, reconciliation: Reconciliation): Promise<Entry[]> {
  const wanted = new Set(reconciliation.entrySeqs);
  const found: Entry[] = [];
  const window = { accountId: reconciliation.accountId, to: reconciliation.date, ...(reconciliation.previousDate === null ? {} : { from: reconciliation.previousDate }) };
  for (let offset = 0; found.length < wanted.size; offset += 1000) {
    const page = await client.ledger.list({ ...window, offset, limit: 1000 });
    found.push(...page.entries.filter((entry) => wanted.has(entry.seq)));
    if (page.entries.length < 1000) break;
  }
  return found.reverse();
}

function renderReconciliation(account: PaymentAccount, reconciliation: Reconciled, entries: Entry[]): string {
  const { currency } = account;
  const difference =
    reconciliation.difference === 0
      ? 'none: the ledger matches the statement'
      : `${signed(reconciliation.difference, currency)} (the statement shows ${reconciliation.difference > 0 ? 'more' : 'less'} than the ledger)`;
  const facts = renderFacts([
    ['Statement balance', money(reconciliation.statementBalance, currency)],
    ['Ledger balance', money(reconciliation.ledgerBalance, currency)],
    ['Difference', difference],
  ]);
  const since = reconciliation.previousDate === null ? 'since the first entry' : `since the last reconciliation (${reconciliation.previousDate})`;
  const listed = entries.length === 0 ? `No entries ${since}.` : `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} ${since}:\n\n${renderEntryTable(entries)}`;
  const outcome = reconciliation.recorded ? 'Recorded.' : 'Not recorded (--dry-run).';
  return `${account.name} (#${account.id}), statement of ${reconciliation.date}\n\n${facts}\n\n${listed}\n\n${outcome}`;
}
