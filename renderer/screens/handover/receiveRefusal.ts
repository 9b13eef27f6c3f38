import type { TreasuryError } from '../../../shared/errors.ts';

/** The fields of the receiving form a refusal can be about. */
export type ReceiveField = 'file' | 'handoverPassphrase' | 'vaultDir' | 'newPassphrase';

/**
 * The field a refusal of handover.receive is about, so it is said under what must change; null when
 * it is about none of them (a file locked to another key than the one kept here), for the form's alert.
 */
export function receiveRefusalField(error: TreasuryError, opensWith: 'identity' | 'passphrase'): ReceiveField | null {
  switch (error.code) {
    case 'WEAK_PASSPHRASE':
      return 'newPassphrase';
    case 'VAULT_ALREADY_EXISTS':
      return 'vaultDir';
    case 'HANDOVER_DOES_NOT_OPEN':
      return opensWith === 'passphrase' ? 'handoverPassphrase' : null;
    case 'HANDOVER_DAMAGED':
      return 'file';
    default:
      break;
  }
  switch (error.reason.key) {
    case 'vault.folderNotEmpty':
      return 'vaultDir';
    case 'handover.pathNotFull':
    case 'handover.fileUnreadable':
      return 'file';
    default:
      return null;
  }
}
