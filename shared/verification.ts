import type { Output } from './contract/index.ts';
import { say, type Message } from './messages/message.ts';

type Verification = Output<'ledger.verify'>;

/** Whether a check of the ledger found nothing wrong. */
export function checkPassed(check: Message): boolean {
  return check.key === 'ledger.check.ok';
}

/**
 * The first thing wrong with a verified ledger, in the order it matters (past a broken link nothing
 * else can be trusted), or null when it is intact. The screens and the CLI say the same.
 */
export function firstVerificationProblem(result: Verification): Message | null {
  if (result.firstBrokenLink !== null) return brokenLinkProblem(result.firstBrokenLink);
  if (!checkPassed(result.integrityCheck)) return say('ledger.check.integrityFailed', { finding: result.integrityCheck });
  if (!checkPassed(result.factsCheck)) return say('ledger.check.factsBroken', { finding: result.factsCheck });
  if (!checkPassed(result.headCheck) && result.headCheck.key !== 'ledger.check.notAsked') return say('ledger.check.headNotExtended', { finding: result.headCheck });
  if (!checkPassed(result.monthlyTotalsCheck)) return say('ledger.check.monthlyTotalsWrong', { finding: result.monthlyTotalsCheck });
  return result.ok ? null : say('ledger.check.notVerified');
}

/** What the check on every unlock found wrong, in the same words as verify, or null when it found nothing. */
export function quickCheckProblem(result: Output<'ledger.quickCheck'>): Message | null {
  if (result.firstBrokenLink !== null) return brokenLinkProblem(result.firstBrokenLink);
  if (!checkPassed(result.factsCheck)) return say('ledger.check.factsBroken', { finding: result.factsCheck });
  return result.ok ? null : say('ledger.check.quickNotPassed');
}

function brokenLinkProblem(link: { seq: number; problem: Message }): Message {
  return say('ledger.check.brokenAt', { seq: link.seq, problem: link.problem });
}
