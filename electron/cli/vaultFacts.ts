import type { KeySlotKind, VaultDetails } from '../../shared/contract/index.ts';
import { formatShortDateTime } from '../../shared/messages/dates.ts';
import { say, type Message } from '../../shared/messages/message.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import { renderFacts } from './textTable.ts';

const slotNames: Record<KeySlotKind, Message> = {
  treasurer: say('cli.vault.slot.treasurer'),
  'co-treasurer': say('cli.vault.slot.coTreasurer'),
  recovery: say('cli.vault.slot.recovery'),
};

const unlockedWith: Record<KeySlotKind, Message> = {
  treasurer: say('cli.vault.unlockedWith.treasurer'),
  'co-treasurer': say('cli.vault.unlockedWith.coTreasurer'),
  recovery: say('cli.vault.unlockedWith.recovery'),
};

/** The vault's facts as `status` prints them, one labelled line each (a key slot a line). */
export function vaultDetailsFacts(details: VaultDetails, words: Translator): Array<[string, string]> {
  const names = details.keySlots.map((slot) => words.say(slotNames[slot.kind]));
  const nameWidth = Math.max(...names.map((name) => name.length)) + 2;
  const slots = details.keySlots.map((slot, index) => {
    const { memoryKiB, iterations, parallelism } = slot.argon2;
    const updated = words.words('cli.vault.slotUpdated', { when: formatShortDateTime(slot.updatedAt, words.language) });
    return `${(names[index] ?? '').padEnd(nameWidth)}${updated}  Argon2id m=${formatMemory(memoryKiB)} t=${iterations} p=${parallelism}`;
  });
  const { enrolled, backupCodesLeft } = details.totp;
  return [
    [words.words('cli.vault.label.vault'), details.vaultDir],
    [words.words('cli.vault.label.created'), formatShortDateTime(details.createdAt, words.language)],
    [words.words('cli.vault.label.format'), words.words('cli.vault.formatVersion', { version: String(details.formatVersion) })],
    [words.words('cli.vault.label.keySlots'), slots.join('\n')],
    [words.words('cli.vault.label.groupKey'), details.groupKeyFingerprint],
    [words.words('cli.vault.label.totp'), enrolled ? words.words('cli.vault.totpOn', { count: backupCodesLeft }) : words.words('cli.vault.totpOff')],
    [words.words('cli.vault.label.autoLock'), words.words('cli.vault.autoLockAfter', { duration: duration(details.autoLockSeconds) })],
    [words.words('cli.vault.label.unlockedWith'), words.say(unlockedWith[details.unlockedWith])],
  ];
}

/** The vault's facts as `status` prints them, one labelled line each. */
export function renderVaultDetails(details: VaultDetails, words: Translator): string {
  return renderFacts(vaultDetailsFacts(details, words));
}

function formatMemory(kibibytes: number): string {
  return kibibytes % 1024 === 0 ? `${kibibytes / 1024} MiB` : `${kibibytes} KiB`;
}

// "5 minutes", "1 hour", "90 seconds": the largest unit that divides exactly.
function duration(seconds: number): Message {
  if (seconds % 3600 === 0) return say('cli.vault.hours', { count: seconds / 3600 });
  if (seconds % 60 === 0) return say('cli.vault.minutes', { count: seconds / 60 });
  return say('cli.vault.seconds', { count: seconds });
}
