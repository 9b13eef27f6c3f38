import type { KeySlotKind, VaultDetails } from '../../shared/contract/index.ts';

const slotNames: Record<KeySlotKind, string> = {
  treasurer: 'treasurer passphrase',
  'co-treasurer': 'co-treasurer passphrase',
  recovery: 'recovery code',
};

/** The vault's facts as `status` prints them, one labelled line each. */
export function renderVaultDetails(details: VaultDetails): string {
  const slots = details.keySlots.map((slot) => {
    const { memoryKiB, iterations, parallelism } = slot.argon2;
    return `${slotNames[slot.kind].padEnd(24)} updated ${slot.updatedAt}  Argon2id m=${formatMemory(memoryKiB)} t=${iterations} p=${parallelism}`;
  });
  const totp = details.totp.enrolled ? `on, ${details.totp.backupCodesLeft} backup code${details.totp.backupCodesLeft === 1 ? '' : 's'} left` : 'off';
  const rows: Array<[string, string]> = [
    ['Vault', details.vaultDir],
    ['Created', details.createdAt],
    ['Format', `version ${details.formatVersion}`],
    ['Key slots', slots.join(`\n${' '.repeat(15)}`)],
    ['Group key', details.groupKeyFingerprint],
    ['TOTP', totp],
    ['Auto-lock', `after ${formatDuration(details.autoLockSeconds)} idle`],
    ['Unlocked with', `the ${slotNames[details.unlockedWith]}`],
  ];
  return rows.map(([label, value]) => `${label.padEnd(15)}${value}`).join('\n');
}

function formatMemory(kibibytes: number): string {
  return kibibytes % 1024 === 0 ? `${kibibytes / 1024} MiB` : `${kibibytes} KiB`;
}

// "5 minutes", "1 hour", "90 seconds": the largest unit that divides exactly.
function formatDuration(seconds: number): string {
  const [amount, unit] = seconds % 3600 === 0 ? [seconds / 3600, 'hour'] : seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}
