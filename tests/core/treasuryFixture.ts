import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TreasuryEvent } from '../../shared/contract/index.ts';
import { TreasuryError } from '../../shared/errors.ts';
import { createTreasuryClient, type TreasuryClient } from '../../shared/treasuryBridge.ts';
import { openTreasury, type Treasury } from '../../electron/core/treasury.ts';

/** Synthetic passphrases, strong enough for the estimator; never real ones. */
export const passphrases = {
  treasurer: 'lantern orbit velvet cascade',
  next: 'copper meadow whistle harbour',
  coTreasurer: 'quiet walnut signal ferry',
};

export interface TestTreasury {
  treasury: Treasury;
  client: TreasuryClient;
  events: TreasuryEvent[];
  /** A fresh folder for this test; the vault goes in `vaultDir` inside it. */
  root: string;
  vaultDir: string;
  clock: { now: Date };
}

/** A core over a fresh temp folder, with a clock the test can move; `scheduleRetention` as the app sets it. */
export function startTreasury(options: { root?: string; now?: Date; scheduleRetention?: boolean } = {}): TestTreasury {
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'mutual-ledger-test-'));
  const vaultDir = join(root, 'vault');
  const clock = { now: options.now ?? new Date() };
  const events: TreasuryEvent[] = [];
  const treasury = openTreasury({ defaultVaultDir: vaultDir, now: () => clock.now, onEvent: (event) => events.push(event), scheduleRetention: options.scheduleRetention ?? false });
  return { treasury, client: createTreasuryClient((method, input) => treasury.dispatcher.call(method, input)), events, root, vaultDir, clock };
}

/** Locks the vault at the first progress report of `step`, as the idle lock or Ctrl-C would part way through long work. */
export function lockAtFirst(test: TestTreasury, step: string): void {
  const push = test.events.push.bind(test.events);
  let locked = false;
  test.events.push = (...events: TreasuryEvent[]) => {
    if (!locked && events.some((event) => event.name === 'progress' && event.payload.step === step)) {
      locked = true;
      void test.client.vault.lock({});
    }
    return push(...events);
  };
}

/** The TreasuryError a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<TreasuryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TreasuryError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

/** Every file under a folder, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files under `dir` whose bytes contain `needle`. */
export function filesContaining(dir: string, needle: Buffer): string[] {
  return filesUnder(dir).filter((path) => readFileSync(path).includes(needle));
}
