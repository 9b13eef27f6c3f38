import type { Output } from './contract/index.ts';

type Verification = Output<'ledger.verify'>;

/**
 * The first thing wrong with a verified ledger, in the order it matters (past a broken link nothing
 * else can be trusted), or null when it is intact. The screens and the CLI say the same.
 */
export function firstVerificationProblem(result: Verification): string | null {
  if (result.firstBrokenLink !== null) return brokenLinkProblem(result.firstBrokenLink);
  if (result.integrityCheck !== 'ok') return `The database fails its integrity check: ${result.integrityCheck}`;
  if (result.factsCheck !== 'ok') return factsProblem(result.factsCheck);
  if (result.headCheck !== 'ok' && result.headCheck !== 'not asked') return `The ledger does not extend the head written down. ${result.headCheck}`;
  if (result.monthlyTotalsCheck !== 'ok') return `The monthly totals do not match the entries: ${result.monthlyTotalsCheck}. The entries themselves are intact.`;
  return result.ok ? null : 'The ledger did not verify.';
}

/** What the check on every unlock found wrong, in the same words as verify, or null when it found nothing. */
export function quickCheckProblem(result: Output<'ledger.quickCheck'>): string | null {
  if (result.firstBrokenLink !== null) return brokenLinkProblem(result.firstBrokenLink);
  if (result.factsCheck !== 'ok') return factsProblem(result.factsCheck);
  return result.ok ? null : 'The ledger did not pass its check.';
}

function brokenLinkProblem(link: { seq: number; problem: string }): string {
  return `The ledger is broken at entry #${link.seq}: ${link.problem}`;
}

function factsProblem(check: string): string {
  return `The ledger's facts are broken: ${check}.`;
}
