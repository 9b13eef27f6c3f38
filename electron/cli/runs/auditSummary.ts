// What `mutual-ledger audit summary` does once its command line is read (its help and flags: ../commands/auditSummary.ts).
import { resolve } from 'node:path';
import type { Output as MethodOutput } from '../../../shared/contract/index.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { hiddenFigures } from '../../../shared/hiddenFigures.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { monthFlag } from '../flagValues.ts';
import { progressLine } from '../progressLine.ts';
import { withUnlockedTreasury } from '../session.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const { words } = out;
  if (values.from === undefined || values.to === undefined) throw usageError(say('auditCli.summary.noPeriod'));
  const from = monthFlag(values.from, '--from');
  const to = monthFlag(values.to, '--to');
  const target = values.output;
  if (target === undefined) throw usageError(say('auditCli.summary.noOutput'));
  const smallestCell = values.k === undefined ? undefined : smallestCellFlag(values.k);
  // Made absolute here: the core writes only to a full path, and the reader typed one relative to where they are.
  const journal = values.journal === undefined ? undefined : resolve(values.journal);
  const pdf = values.pdf === undefined ? undefined : resolve(values.pdf);
  // On a terminal, a line on stderr says how many months are done (Ctrl-C stops it, writing nothing); piped, nothing.
  const progress = progressLine(words);
  const make = async (client: TreasuryClient): Promise<void> => {
    const made = await client.audit
      .summary({
        from,
        to,
        path: resolve(target),
        ...(smallestCell === undefined ? {} : { smallestCell }),
        ...(journal === undefined ? {} : { journalPath: journal }),
        ...(pdf === undefined ? {} : { pdfPath: pdf }),
        language: words.language,
      })
      .finally(() => progress.clear());
    out.show(made, (shown) => renderMade(shown, words));
  };
  try {
    await withUnlockedTreasury(context, make, (event) => progress.show(event));
  } finally {
    progress.clear();
  }
}

function renderMade(made: MethodOutput<'audit.summary'>, words: Translator): string {
  const { summary } = made;
  const written = [
    words.words('auditCli.summary.made', { from: summary.period.from, to: summary.period.to, path: made.path }),
    ...(made.journalPath === null ? [] : [words.words('auditCli.summary.journal', { path: made.journalPath })]),
    ...(made.pdfPath === null ? [] : [words.words('auditCli.summary.pdf', { path: made.pdfPath })]),
  ].join('\n');
  return [
    written,
    words.words('auditCli.summary.fingerprint', { fingerprint: made.fingerprint }),
    words.words('auditCli.summary.hidden', { hidden: hiddenFigures(summary.months), smallestCell: summary.smallestCell }),
    words.words('auditCli.summary.check', { path: made.path }),
  ].join('\n\n');
}

/**
 * --k as a whole number. Only its shape is checked here: a number too small (or too large) goes to
 * the core, whose refusal says what the least is and why.
 */
function smallestCellFlag(value: string): number {
  const text = value.trim();
  if (!/^-?\d{1,9}$/.test(text)) throw usageError(say('auditCli.summary.kNotANumber', { value }));
  return Number(text);
}
