// What `mutual-ledger account reconcile` does once its command line is read (its help and flags: ../commands/accountReconcile.ts).
import { differenceKinds, type PaymentAccount, type Reconciliation, type UnclearedEntry } from '../../../shared/contract/index.ts';
import { formatDay } from '../../../shared/messages/dates.ts';
import { entryKindWords } from '../../../shared/messages/ledgerWords.ts';
import { day } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import type { CommandContext } from '../command.ts';
import { choiceFlag, dateFlag, entryNumber, requiredFlag, statementBalanceFlag, today } from '../flagValues.ts';
import { findAccount } from '../ledgerNames.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderFacts, renderTable } from '../textTable.ts';

type Reconciled = Reconciliation & { recorded: boolean };

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const named = requiredFlag(values, 'account', 'account reconcile');
  const typedBalance = requiredFlag(values, 'statement-balance', 'account reconcile');
  const date = values.date === undefined ? today() : dateFlag(values.date, '--date');
  const dryRun = values['dry-run'] === true;
  // Left out, the statement clears every entry up to its date not cleared before, as its balance includes them all.
  const cleared = values.cleared === undefined ? undefined : values.cleared.split(',').map((seq) => entryNumber(seq, '--cleared'));
  const differenceKind = values['record-difference'] === undefined ? undefined : choiceFlag(values['record-difference'], differenceKinds, '--record-difference');
  await withUnlockedTreasury(context, async (client) => {
    const account = await findAccount(client, named, '--account');
    const statementBalance = statementBalanceFlag(typedBalance, account.currency, '--statement-balance', out.words.language);
    const statement = {
      accountId: account.id,
      date,
      statementBalance,
      ...(cleared === undefined ? {} : { cleared }),
      // The memo is written in the treasurer's language, as anything they type would be.
      ...(differenceKind === undefined ? {} : { recordDifference: { kind: differenceKind, memo: out.words.words('accounts.differenceMemo', { date: day(date) }) } }),
    };
    const reconciliation = dryRun ? await client.accounts.previewReconciliation(statement) : await client.accounts.reconcile(statement);
    out.show<Reconciled>({ ...reconciliation, recorded: !dryRun }, (shown) => renderReconciliation(account, shown, out.words));
  });
}

function renderReconciliation(account: PaymentAccount, reconciliation: Reconciled, words: Translator): string {
  const { currency } = account;
  const { difference } = reconciliation;
  const facts = renderFacts([
    [words.words('cli.reconcile.statementBalance'), words.money(reconciliation.statementBalance, currency)],
    [words.words('cli.reconcile.ledgerBalance'), words.money(reconciliation.ledgerBalance, currency)],
    [
      reconciliation.previousDate === null ? words.words('cli.reconcile.previousNone') : words.words('cli.reconcile.previousBalance', { date: day(reconciliation.previousDate) }),
      words.money(reconciliation.previousBalance, currency),
    ],
    [words.words('cli.reconcile.clearedBalance'), words.money(reconciliation.clearedBalance, currency)],
    [
      words.words('cli.reconcile.difference'),
      difference === 0
        ? words.words('cli.reconcile.noDifference')
        : words.words(difference > 0 ? 'cli.reconcile.statementShowsMore' : 'cli.reconcile.statementShowsLess', { difference: words.signedMoney(difference, currency) }),
    ],
  ]);
  const ticked = new Set(reconciliation.cleared);
  const { uncleared } = reconciliation;
  const listed =
    uncleared.length === 0
      ? words.words('cli.reconcile.noEntries', { date: day(reconciliation.date) })
      : `${words.words('cli.reconcile.entries', { count: uncleared.length, date: day(reconciliation.date) })}\n\n${renderTable(uncleared, [
          { heading: '#', cell: (entry: UnclearedEntry) => String(entry.seq), align: 'right' },
          { heading: words.words('cli.reconcile.heading.cleared'), cell: (entry) => (ticked.has(entry.seq) ? words.words('cli.reconcile.clearedMark') : '') },
          { heading: words.words('cli.entries.heading.date'), cell: (entry) => formatDay(entry.date, words.language) },
          { heading: words.words('cli.entries.heading.kind'), cell: (entry) => words.say(entryKindWords[entry.kind]) },
          { heading: words.words('cli.entries.heading.amount'), cell: (entry) => words.signedMoney(entry.effect, currency), align: 'right' },
          { heading: words.words('cli.entries.heading.memo'), cell: (entry) => entry.memo ?? '' },
        ])}`;
  const left = uncleared.filter((entry) => !ticked.has(entry.seq)).length;
  const outcome = [
    reconciliation.differenceEntry === null ? null : words.words('cli.reconcile.differenceRecorded', { seq: String(reconciliation.differenceEntry), date: day(reconciliation.date) }),
    left === 0 ? null : words.words('cli.reconcile.leftForNext', { count: left }),
    words.words(reconciliation.recorded ? 'cli.reconcile.recorded' : 'cli.reconcile.notRecorded'),
  ].filter((line) => line !== null);
  const heading = words.words('cli.reconcile.heading', { name: account.name, id: String(account.id), date: day(reconciliation.date) });
  return `${heading}\n\n${facts}\n\n${listed}\n\n${outcome.join('\n')}`;
}
