import type { CrackTime } from '@zxcvbn-ts/core';
import type { PassphraseAssessment } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import type { SuggestionKey, TimeKey, WarningKey } from './passphraseEstimator.ts';

/**
 * The floor: zxcvbn's estimate of an offline attack on a slow hash (which Argon2id is) must take at
 * least a year. A stolen laptop's vault must be out of reach of guessing, not merely slow to guess.
 */
const minimumOfflineSeconds = 365 * 24 * 60 * 60;

// Words an attacker would try first against a mutual aid group's vault.
const groupWords = ['mutual', 'ledger', 'mutualledger', 'treasurer', 'treasury', 'bail', 'fund', 'mutualaid', 'aid', 'solidarity', 'community'];

/** An assessment that always says why when it refuses. */
export type Assessment = PassphraseAssessment & ({ acceptable: true } | { acceptable: false; warning: Message });

/** How strong a passphrase is, with zxcvbn's own reasons as messages; never stores or logs it. */
export async function assessPassphrase(passphrase: string): Promise<Assessment> {
  const { estimator } = await import('./passphraseEstimator.ts');
  const result = estimator.check(passphrase, groupWords);
  const offline = result.crackTimes.offlineSlowHashingXPerSecond;
  const crackTime = crackTimeMessage(offline);
  // With translation keys for texts, zxcvbn's feedback holds its keys.
  const warning = result.feedback.warning === null ? null : warnings[result.feedback.warning as WarningKey];
  const suggestions = result.feedback.suggestions.map((key) => suggestionMessages[key as SuggestionKey]);
  const shared = { score: result.score, suggestions, crackTime };
  if (offline.seconds >= minimumOfflineSeconds) return { ...shared, acceptable: true, warning };
  return {
    ...shared,
    acceptable: false,
    warning: warning ?? say('vault.guessableIn', { time: crackTime }),
    suggestions: suggestions.length > 0 ? suggestions : [say('vault.addUnrelatedWords')],
  };
}

/** zxcvbn's estimate ("hours" with a base of 3) as a message: "3 hours", "3 horas", "centuries", "siglos". */
function crackTimeMessage({ display, base }: CrackTime): Message {
  const key = display as TimeKey;
  if (key === 'ltSecond') return say('vault.crackTime.lessThanASecond');
  if (key === 'centuries') return say('vault.crackTime.centuries');
  return say('vault.crackTime', { unit: units[key], count: base ?? 0 });
}

/** The unit of each of zxcvbn's counted time keys; its plural keys ("hours") name the same unit, counted by the message. */
const units: Record<Exclude<TimeKey, 'ltSecond' | 'centuries'>, string> = {
  second: 'second',
  seconds: 'second',
  minute: 'minute',
  minutes: 'minute',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};

const warnings: Record<WarningKey, Message> = {
  straightRow: say('vault.warning.straightRow'),
  keyPattern: say('vault.warning.keyPattern'),
  simpleRepeat: say('vault.warning.simpleRepeat'),
  extendedRepeat: say('vault.warning.extendedRepeat'),
  sequences: say('vault.warning.sequences'),
  recentYears: say('vault.warning.recentYears'),
  dates: say('vault.warning.dates'),
  topTen: say('vault.warning.topTen'),
  topHundred: say('vault.warning.topHundred'),
  common: say('vault.warning.common'),
  similarToCommon: say('vault.warning.similarToCommon'),
  wordByItself: say('vault.warning.wordByItself'),
  namesByThemselves: say('vault.warning.namesByThemselves'),
  commonNames: say('vault.warning.commonNames'),
  userInputs: say('vault.warning.userInputs'),
  pwned: say('vault.warning.pwned'),
};

const suggestionMessages: Record<SuggestionKey, Message> = {
  l33t: say('vault.suggestion.l33t'),
  reverseWords: say('vault.suggestion.reverseWords'),
  allUppercase: say('vault.suggestion.allUppercase'),
  capitalization: say('vault.suggestion.capitalization'),
  dates: say('vault.suggestion.dates'),
  recentYears: say('vault.suggestion.recentYears'),
  associatedYears: say('vault.suggestion.associatedYears'),
  sequences: say('vault.suggestion.sequences'),
  repeated: say('vault.suggestion.repeated'),
  longerKeyboardPattern: say('vault.suggestion.longerKeyboardPattern'),
  anotherWord: say('vault.suggestion.anotherWord'),
  useWords: say('vault.suggestion.useWords'),
  noNeed: say('vault.suggestion.noNeed'),
  pwned: say('vault.suggestion.pwned'),
};
