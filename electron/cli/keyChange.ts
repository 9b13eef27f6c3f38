import type { KeyChange } from '../../shared/contract/index.ts';
import { say, type Message } from '../../shared/messages/message.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import { renderVaultDetails } from './vaultFacts.ts';

/** What a change to the key slots did, in words: the re-key, and a new recovery code if one was issued. */
export function renderKeyChange(done: Message, change: KeyChange, words: Translator): string {
  const lines = [words.say(done)];
  if (change.rekeyed) lines.push(words.words('cli.keyChange.rekeyed'));
  if (change.newRecoveryCode !== null) lines.push('', words.words('cli.keyChange.newRecoveryCode'), '', `    ${change.newRecoveryCode}`, '');
  lines.push('', renderVaultDetails(change.details, words));
  return lines.join('\n');
}

/** Said after every passphrase change: the truth about copies, and the way to make them useless. */
export function oldCopiesWarning(vaultDir: string): Message {
  return say('cli.keyChange.oldCopies', { folder: vaultDir });
}
