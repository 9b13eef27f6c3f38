import type { PassphraseAssessment } from '../../../shared/contract/index.ts';

/**
 * The floor: zxcvbn's estimate of an offline attack on a slow hash (which Argon2id is) must take at
 * least a year. A stolen laptop's vault must be out of reach of guessing, not merely slow to guess.
 */
const minimumOfflineSeconds = 365 * 24 * 60 * 60;

// Words an attacker would try first against a mutual aid group's vault.
const groupWords = ['mutual', 'ledger', 'mutualledger', 'treasurer', 'treasury', 'bail', 'fund', 'mutualaid', 'aid', 'solidarity', 'community'];

/** How strong a passphrase is, with zxcvbn's own reasons; never stores or logs it. */
export async function assessPassphrase(passphrase: string): Promise<PassphraseAssessment> {
  const { estimator } = await import('./passphraseEstimator.ts');
  const result = estimator.check(passphrase, groupWords);
  const offline = result.crackTimes.offlineSlowHashingXPerSecond;
  const acceptable = offline.seconds >= minimumOfflineSeconds;
  return {
    score: result.score,
    acceptable,
    warning: result.feedback.warning ?? (acceptable ? null : `Someone with a copy of the vault could guess this in ${offline.display}.`),
    suggestions: acceptable || result.feedback.suggestions.length > 0 ? result.feedback.suggestions : ['Add another word or two that are not related to each other.'],
    crackTime: offline.display,
  };
}
