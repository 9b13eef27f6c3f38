// What `mutual-ledger account reconcile` does once its command line is read (its help and flags: ../commands/accountReconcile.ts).
import type { Entry, PaymentAccount, Reconciliation } from '../../../shared/contract/index.ts';
import { day, say } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';
import type { CommandContext } from '../command.ts';
import { renderEntryTable } from '../entryText.ts';
import { dateFlag, requiredFlag, statementBalanceFlag, today } from '../flagValues.ts';
import { findAccount } from '../ledgerNames.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderFacts } from '../textTable.ts';

type Reconciled = Reconciliation & { recorded: boolean };

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const named = requiredFlag(values, 'account', 'account reconcile');
  const typedBalance = requiredFlag(values, 'statement-balance', 'account reconcile');
  const date = values.date === undefined ? today() : dateFlag(values.date, '--date');
  const dryRun = values['dry-run'] === true;
  await withUnlockedTreasury(context, async (client) => {
    const account = await findAccount(client, named, '--account');
    const statementBalance = statementBalanceFlag(typedBalance, account.currency, '--statement-balance', out.words.language);
    const statement = { accountId: account.id, date, statementBalance };
    const reconciliation = dryRun ? await client.accounts.previewReconciliation(statement) : await client.accounts.reconcile(statement);
    const entries = out.json ? [] : await entriesOf(client, reconciliation);
    out.show<Reconciled>({ ...reconciliation, recorded: !dryRun }, (shown) => renderReconciliation(account, shown, entries, out.words));
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

function renderReconciliation(account: PaymentAccount, reconciliation: Reconciled, entries: Entry[], words: Translator): string {
  const { currency } = account;
  const { difference } = reconciliation;
  const facts = renderFacts([
    [words.words('cli.reconcile.statementBalance'), words.money(reconciliation.statementBalance, currency)],
    [words.words('cli.reconcile.ledgerBalance'), words.money(reconciliation.ledgerBalance, currency)],
    [
      words.words('cli.reconcile.difference'),
      difference === 0
        ? words.words('cli.reconcile.noDifference')
        : words.words(difference > 0 ? 'cli.reconcile.statementShowsMore' : 'cli.reconcile.statementShowsLess', { difference: words.signedMoney(difference, currency) }),
    ],
  ]);
  const since = reconciliation.previousDate === null ? say('cli.reconcile.sinceFirst') : say('cli.reconcile.sinceLast', { previous: day(reconciliation.previousDate) });
  const listed =
    entries.length === 0 ? words.words('cli.reconcile.noEntries', { since }) : `${words.words('cli.reconcile.entries', { count: entries.length, since })}\n\n${renderEntryTable(entries, words)}`;
  const outcome = words.words(reconciliation.recorded ? 'cli.reconcile.recorded' : 'cli.reconcile.notRecorded');
  const heading = words.words('cli.reconcile.heading', { name: account.name, id: String(account.id), date: day(reconciliation.date) });
  return `${heading}\n\n${facts}\n\n${listed}\n\n${outcome}`;
}
