// What `mutual-ledger list` does once its command line is read (its help and flags: ../commands/entryList.ts).
import { resolve } from 'node:path';
import { entryKinds, type EntryFilter, type Flow, type LedgerRow } from '../../../shared/contract/index.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { renderEntryTable, renderFlows } from '../entryText.ts';
import { choiceFlag, countFlag, dateFlag } from '../flagValues.ts';
import { findAccount, findFund } from '../ledgerNames.ts';
import { progressLine, type ProgressLine } from '../progressLine.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';
import { withUnlockedTreasury } from '../session.ts';

interface EntryPage {
  total: number;
  offset: number;
  limit: number;
  entries: LedgerRow[];
  totals: Flow[];
  includesShredded: boolean;
}

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const from = values.from === undefined ? undefined : dateFlag(values.from, '--from');
  const to = values.to === undefined ? undefined : dateFlag(values.to, '--to');
  if (from !== undefined && to !== undefined && from > to) throw usageError(say('cli.entryList.fromAfterTo', { from, to }));
  const filter: Omit<EntryFilter, 'accountId' | 'fundId'> = {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(values.category === undefined ? {} : { category: values.category }),
    ...(values.kind === undefined ? {} : { kind: choiceFlag(values.kind, entryKinds, '--kind') }),
    ...(values.recipient === undefined ? {} : { recipientCode: values.recipient }),
    ...(values['memo-contains'] === undefined ? {} : { memoContains: values['memo-contains'] }),
  };
  const limit = values.limit === undefined ? 50 : countFlag(values.limit, '--limit', 1, 1000);
  const offset = values.offset === undefined ? 0 : countFlag(values.offset, '--offset', 0, Number.MAX_SAFE_INTEGER);
  const csv = values.csv;
  if (csv === undefined && values['encrypt-to'] !== undefined) throw usageError(say('ledgerExport.cli.encryptWithoutCsv'));
  if (csv === undefined && values.passphrase === true) throw usageError(say('ledgerExport.cli.passphraseWithoutCsv'));
  if (values['encrypt-to'] !== undefined && values.passphrase === true) throw usageError(say('ledgerExport.cli.oneLock'));
  // With --csv on a terminal, a line on stderr says how far the file is (Ctrl-C stops it, leaving no file); piped, nothing.
  const progress = progressLine(out.words);
  try {
    await withUnlockedTreasury(
      context,
      async (client) => {
        const accountId = values.account === undefined ? undefined : (await findAccount(client, values.account, '--account')).id;
        const fundId = values.fund === undefined ? undefined : (await findFund(client, values.fund, '--fund')).id;
        const view = { ...filter, ...(accountId === undefined ? {} : { accountId }), ...(fundId === undefined ? {} : { fundId }) };
        if (csv !== undefined) {
          await writeCsv(context, client, view, csv, progress);
          return;
        }
        const { entries } = await client.ledger.list({ ...view, offset, limit });
        const { total, totals, includesShredded } = await client.ledger.summarise(view);
        out.show<EntryPage>({ total, offset, limit, entries, totals, includesShredded }, (page) => renderPage(page, out.words));
      },
      (event) => progress.show(event),
    );
  } finally {
    progress.clear();
  }
}

/**
 * `--csv FILE`: every entry of the view written to a new file, encrypted to a recipient (--encrypt-to)
 * or to six words made now (--passphrase, shown this once; --json carries them); said plainly when it
 * is not encrypted.
 */
async function writeCsv(context: CommandContext, client: TreasuryClient, view: EntryFilter, file: string, progress: ProgressLine): Promise<void> {
  const { values, out } = context;
  const recipient = values['encrypt-to'];
  const lock = recipient !== undefined ? { lock: 'recipient' as const, recipient } : values.passphrase === true ? { lock: 'passphrase' as const } : undefined;
  const written = await client.ledger.exportCsv({ ...view, path: resolve(file), language: out.words.language, ...(lock === undefined ? {} : { encrypt: lock }) });
  progress.clear();
  out.show(written, (shown) =>
    [
      out.words.words('ledgerExport.cli.written', { count: shown.rows, path: shown.path }),
      shown.recipient !== null
        ? out.words.words('ledgerExport.cli.encryptedTo', { fingerprint: shown.recipient.fingerprint })
        : shown.passphrase !== null
          ? out.words.words('ledgerExport.cli.encryptedWithPassphrase', { passphrase: shown.passphrase })
          : out.words.words('ledgerExport.cli.notEncrypted'),
    ].join('\n'),
  );
}

function renderPage(page: EntryPage, words: Translator): string {
  if (page.total === 0) return words.words('cli.entryList.noneMatch');
  const shownUpTo = page.offset + page.entries.length;
  const counts = { shown: page.entries.length, total: page.total };
  const showing = page.offset === 0 ? words.words('cli.entryList.showing', counts) : words.words('cli.entryList.showingAfterSkipping', { ...counts, skipped: page.offset });
  const next = shownUpTo < page.total ? ` ${words.words('cli.entryList.nextPage', { offset: String(shownUpTo) })}` : '';
  const table = page.entries.length === 0 ? [] : [renderEntryTable(page.entries, words), ''];
  const shredded = page.includesShredded ? [words.words('cli.entryList.includesShredded')] : [];
  return [...table, renderFlows(page.totals, words), ...shredded, `${showing}${next}`].join('\n');
}
