// What `mutual-ledger verify` does once its command line is read (its help and flags: ../commands/verify.ts).
import { resolve } from 'node:path';
import type { Output as MethodOutput } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { checkPassed, firstVerificationProblem, quickCheckProblem } from '../../../shared/verification.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';
import { CliError, usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { chainHeadFlag, renderLedgerHead, writtenProofFlag } from '../ledgerHead.ts';
import { progressLine } from '../progressLine.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const { words } = out;
  const proof = values['expect-head'] === undefined ? undefined : writtenProofFlag(values['expect-head'], '--expect-head');
  const expectFactsHead = values['expect-facts-head'] === undefined ? undefined : chainHeadFlag(values['expect-facts-head'], '--expect-facts-head');
  // A summary this vault signed states the anchor to check; made absolute, as the core reads only a full path.
  const expectSummary = values['since-summary'] === undefined ? undefined : resolve(values['since-summary']);
  if (expectSummary !== undefined && (proof !== undefined || expectFactsHead !== undefined)) throw usageError(say('audit.sinceSummaryAndAnchor'));
  if (values.quick === true) {
    if (proof !== undefined || expectFactsHead !== undefined || expectSummary !== undefined) throw usageError(say('ledger.check.quickWithHead'));
    await withUnlockedTreasury(context, async (client) => {
      const result = await client.ledger.quickCheck({});
      const counts = { entries: result.entriesChecked, facts: result.factsChecked };
      if (result.ok) {
        out.show(quickCheckInWords(result, words), () => words.words('ledger.check.quickOk', counts));
        return;
      }
      out.show(quickCheckInWords(result, words), () => words.words('ledger.check.quickNotOk'));
      throw new CliError('failure', 'LEDGER_BROKEN', quickCheckProblem(result) ?? say('ledger.check.quickNotPassed'));
    });
    return;
  }
  // On a terminal, a line on stderr says how far the walk is (Ctrl-C stops it); piped, nothing.
  const progress = progressLine(words);
  const verify = async (client: TreasuryClient): Promise<void> => {
    const result = await client.ledger
      .verify({
        ...(proof === undefined ? {} : 'anchor' in proof ? { expectAnchor: proof.anchor } : { expectHead: proof.head }),
        ...(expectFactsHead === undefined ? {} : { expectFactsHead }),
        ...(expectSummary === undefined ? {} : { expectSummary }),
      })
      .finally(() => progress.clear());
    const counts = { entries: result.entriesChecked, facts: result.factsChecked };
    if (result.ok) {
      const anchored = checkPassed(result.headCheck) ? 'yes' : 'no';
      out.show(verificationInWords(result, words), () => `${words.words('ledger.check.verifiedOk', { ...counts, anchored })}\n\n${renderLedgerHead(result, words)}`);
      return;
    }
    out.show(verificationInWords(result, words), () => words.words(result.firstBrokenLink === null ? 'ledger.check.verifiedNotOk' : 'ledger.check.verifiedNotOkBeforeBreak', counts));
    throw new CliError('failure', 'LEDGER_BROKEN', firstVerificationProblem(result) ?? say('ledger.check.notVerified'));
  };
  try {
    await withUnlockedTreasury(context, verify, (event) => progress.show(event));
  } finally {
    // Ctrl-C ends the command before the stopped walk answers: the line goes before the message.
    progress.clear();
  }
}

/** The result as --json prints it: the same fields, each finding in the reader's words ("ok" when there is none). */
function verificationInWords(result: MethodOutput<'ledger.verify'>, words: Translator) {
  return {
    ...result,
    integrityCheck: words.say(result.integrityCheck),
    firstBrokenLink: brokenLinkInWords(result.firstBrokenLink, words),
    monthlyTotalsCheck: words.say(result.monthlyTotalsCheck),
    factsCheck: words.say(result.factsCheck),
    headCheck: words.say(result.headCheck),
  };
}

function quickCheckInWords(result: MethodOutput<'ledger.quickCheck'>, words: Translator) {
  return { ...result, firstBrokenLink: brokenLinkInWords(result.firstBrokenLink, words), factsCheck: words.say(result.factsCheck) };
}

function brokenLinkInWords(link: { seq: number; problem: Message } | null, words: Translator): { seq: number; problem: string } | null {
  return link === null ? null : { seq: link.seq, problem: words.say(link.problem) };
}
