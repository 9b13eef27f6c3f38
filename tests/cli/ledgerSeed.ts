// Prepares a vault for the ledger commands' tests through the core in this process, which costs a
// fraction of a CLI run, so each test spends its CLI runs on the command it is about. Synthetic data only.
import type Database from 'better-sqlite3-multiple-ciphers';
import { format } from 'date-fns/format';
import { subDays } from 'date-fns/subDays';
import { openTreasury } from '../../electron/core/treasury.ts';
import type { PaymentAccount } from '../../shared/contract/index.ts';
import { openBehindTheAppsBack as openLedgerBehindTheAppsBack } from '../core/ledger/behindTheAppsBack.ts';
import { createTreasuryClient, type TreasuryClient } from '../../shared/treasuryBridge.ts';
import { expect } from 'vitest';
import { runCli, type RunOptions, type Sandbox } from './cliRunner.ts';

/** The synthetic passphrase of every seeded vault. */
export const seedPassphrase = 'correct horse battery staple lantern';
/** What the CLI unlocks a seeded vault with. */
export const unlockEnv = { env: { MUTUAL_LEDGER_PASSPHRASE: seedPassphrase } };

/** A date `days` before today on this laptop's calendar, as the CLI and the core date entries. */
export function daysAgo(days: number): string {
  return format(subDays(new Date(), days), 'yyyy-MM-dd');
}

/** A security checklist for a synthetic account. */
export const organisationAccount = { holder: 'organisation', security: { mfa: true, personalPhone: false, personalName: false, personalCard: false } } as const;

/** Creates a vault in `vaultDir` and runs `fill` on it unlocked; the vault is locked again afterwards. */
export async function seedVault<T>(vaultDir: string, fill: (client: TreasuryClient) => Promise<T> = async () => undefined as T): Promise<T> {
  const treasury = openTreasury({ defaultVaultDir: vaultDir });
  try {
    const client = createTreasuryClient((method, input) => treasury.dispatcher.call(method, input));
    await client.vault.create({ vaultDir, passphrase: seedPassphrase });
    return await fill(client);
  } finally {
    await treasury.close();
  }
}

/** Two synthetic USD accounts: the group's credit union account and a member's Venmo. */
export async function addTwoAccounts(client: TreasuryClient): Promise<{ bank: PaymentAccount; venmo: PaymentAccount }> {
  const bank = await client.accounts.add({ name: 'Credit union', kind: 'credit-union', currency: 'USD', handle: '0042', ...organisationAccount });
  const venmo = await client.accounts.add({
    name: 'Venmo',
    kind: 'venmo',
    currency: 'USD',
    holder: 'member',
    security: { mfa: false, personalPhone: true, personalName: false, personalCard: false },
  });
  return { bank, venmo };
}

/** Opens a seeded vault's ledger outside the app, to alter it behind the app's back. */
export function openBehindTheAppsBack(vaultDir: string): Promise<Database.Database> {
  return openLedgerBehindTheAppsBack(vaultDir, seedPassphrase);
}

/**
 * Running the CLI on one seeded vault, unlocked with the seed's passphrase unless told otherwise; and
 * with --json, its output read as data once the run is known to have succeeded (no stderr, status 0).
 */
export function cliOn(sandbox: Sandbox, vault: string) {
  const run = (args: string[], options: RunOptions = unlockEnv) => runCli(sandbox, [...args, '--vault', vault], options);
  const json = async <T>(args: string[]): Promise<T> => {
    const result = await run([...args, '--json']);
    expect(result.stderr, args.join(' ')).toBe('');
    expect(result.code, args.join(' ')).toBe(0);
    return JSON.parse(result.stdout) as T;
  };
  return { run, json };
}
