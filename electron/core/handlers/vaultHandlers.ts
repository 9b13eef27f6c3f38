import type { Handlers } from '../dispatcher.ts';
import { assessPassphrase } from '../vault/passphraseStrength.ts';
import type { Vault } from '../vault/vault.ts';

type VaultHandlers = Pick<Handlers, Extract<keyof Handlers, `vault.${string}`>>;

/** The contract's vault methods, answered by the Vault. */
export function vaultHandlers(vault: Vault, rememberVaultDir: (dir: string) => void): VaultHandlers {
  return {
    'vault.status': () => vault.status(),
    'vault.select': ({ vaultDir }) => {
      const status = vault.select(vaultDir);
      if (status.state !== 'no-vault') rememberVaultDir(status.vaultDir);
      return status;
    },
    'vault.assessPassphrase': ({ passphrase }) => assessPassphrase(passphrase),
    'vault.create': async ({ vaultDir, passphrase }) => {
      const created = await vault.create(vaultDir, passphrase);
      rememberVaultDir(vault.dir);
      return created;
    },
    'vault.unlock': (secret) => vault.unlock(secret),
    'vault.confirmTotp': ({ code }) => vault.confirmTotp(code),
    'vault.lock': ({ reason }) => {
      vault.lock(reason);
      return {};
    },
    'vault.reportActivity': () => {
      vault.touch();
      return {};
    },
    'vault.details': () => vault.details(),
    'vault.setAutoLock': ({ seconds, confirmWith }) => vault.setAutoLock(seconds, confirmWith),
    'vault.changePassphrase': ({ currentPassphrase, newPassphrase }) => vault.changePassphrase(currentPassphrase, newPassphrase),
    'vault.setCoTreasurerPassphrase': ({ passphrase, confirmWith }) => vault.setCoTreasurerPassphrase(passphrase, confirmWith),
    'vault.removeCoTreasurer': ({ confirmWith }) => vault.removeCoTreasurer(confirmWith),
    'vault.rekey': ({ confirmWith }) => vault.rekey(confirmWith),
    'vault.backupKeySlots': ({ path }) => vault.backupKeySlots(path),
  };
}
