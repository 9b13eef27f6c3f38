import { backupStatus, recordBackup, setBackupReminder } from '../backup/backupReminder.ts';
import type { Handlers } from '../dispatcher.ts';
import type { LongWork } from '../longWork.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import type { Vault } from '../vault/vault.ts';

type BackupHandlers = Pick<Handlers, Extract<keyof Handlers, `backup.${string}`>>;

/**
 * The contract's backup methods. A backup and a restore hold the queue, as a handover does: no call
 * runs between the copy and its check, and a lock stops them at their next report, leaving nothing.
 */
export function backupHandlers(vault: Vault, ledger: () => Ledger, now: () => Date, longWork: LongWork, rememberVaultDir: (dir: string) => void): BackupHandlers {
  return {
    'backup.make': ({ to }) =>
      longWork.holdingTheQueue('backup', async (report) => {
        const made = await vault.backUp(to, now(), report);
        // Recorded once the backup stands, outside both chains: the vault's anchor stays the one the backup holds.
        recordBackup(ledger(), made);
        return made;
      }),
    'backup.status': () => backupStatus(ledger(), now()),
    'backup.setReminder': ({ days }) => {
      setBackupReminder(ledger(), days);
      return backupStatus(ledger(), now());
    },
    'backup.restore': ({ backup, vaultDir, secret }) =>
      longWork.holdingTheQueue('backup', async (report) => {
        const restored = await vault.restore(backup, vaultDir, secret, report);
        rememberVaultDir(restored.vaultDir);
        return restored;
      }),
  };
}
