import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { rekeySteps } from '../../../electron/core/vault/rekeyFiles.ts';
import { passphrases, startTreasury } from '../treasuryFixture.ts';
import { dataKeyFromDocs, ledgerFromDocs } from './docsReader.ts';

const child = fileURLToPath(new URL('./fixtures/rekeyChild.mjs', import.meta.url));

let template: string;
let templateKey: Buffer;

/** A vault with a co-treasurer and a setting to recognise it by; copied fresh for every kill. */
beforeAll(async () => {
  const { client, vaultDir, treasury } = startTreasury();
  await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
  await client.vault.setCoTreasurerPassphrase({ passphrase: passphrases.coTreasurer, confirmWith: { passphrase: passphrases.treasurer } });
  await client.vault.setAutoLock({ seconds: 777, confirmWith: { passphrase: passphrases.treasurer } });
  await treasury.close();
  template = vaultDir;
  templateKey = (await dataKeyFromDocs(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8'), { passphrase: passphrases.treasurer }))!;
}, 60_000);

function freshCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'mutual-ledger-crash-'));
  cpSync(template, join(root, 'vault'), { recursive: true });
  return join(root, 'vault');
}

/** Runs the child; kills it `killAfterMs` after it has unlocked, if given. Resolves with how it ended. */
function runChild(vaultDir: string, mode: 'rekey' | 'remove', killAt: string, killAfterMs?: number): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const process = spawn(globalThis.process.execPath, [child, vaultDir, mode, killAt, passphrases.treasurer], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    process.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (killAfterMs !== undefined && output.includes('unlocked')) setTimeout(() => process.kill('SIGKILL'), killAfterMs);
    });
    process.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    process.on('error', reject);
    process.on('close', (_code, signal) => resolve({ signal, output }));
  });
}

/** After a crash: the vault opens with the treasurer's passphrase, is whole, and is exactly the old vault or the new one. */
async function expectOldOrNew(vaultDir: string, mode: 'rekey' | 'remove'): Promise<'old' | 'new'> {
  const opened = startTreasury({ root: join(vaultDir, '..') });
  expect(await opened.client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
  const details = await opened.client.vault.details();
  expect(details.autoLockSeconds).toBe(777);
  await opened.treasury.close();
  expect(readdirSync(vaultDir).filter((name) => /rekey|\.tmp$/.test(name))).toEqual([]);

  const keySlots = readFileSync(join(vaultDir, 'key-slots.json'), 'utf8');
  const dataKey = (await dataKeyFromDocs(keySlots, { passphrase: passphrases.treasurer }))!;
  const db = ledgerFromDocs(join(vaultDir, 'ledger.sqlite'), dataKey);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
  const which = dataKey.equals(templateKey) ? 'old' : 'new';
  // The old vault is the old vault entirely: the co-treasurer still opens it; the new one, after a removal, not.
  const coTreasurerOpens = (await dataKeyFromDocs(keySlots, { passphrase: passphrases.coTreasurer })) !== undefined;
  expect(coTreasurerOpens).toBe(which === 'old' || mode === 'rekey');
  return which;
}

describe('a crash at any moment of a re-key leaves the old vault or the new one', () => {
  for (const mode of ['rekey', 'remove'] as const) {
    it.each(rekeySteps.map((step) => [step]))(`${mode}: killed at step %s`, async (step) => {
      const vaultDir = freshCopy();
      const { signal, output } = await runChild(vaultDir, mode, step);
      expect(signal, output).toBe('SIGKILL');
      const which = await expectOldOrNew(vaultDir, mode);
      // Before the ledger is replaced the old vault stands; from then on, the new one.
      expect(which).toBe(rekeySteps.indexOf(step) >= rekeySteps.indexOf('ledger-replaced') ? 'new' : 'old');
    });
  }

  it('killed at 10 random moments while the re-key runs', async () => {
    const seen = new Set<string>();
    for (let kill = 0; kill < 10; kill += 1) {
      const vaultDir = freshCopy();
      // The confirmation's Argon2id takes a few hundred milliseconds, the file work after it less: spread the kills over both.
      const { signal } = await runChild(vaultDir, kill % 2 === 0 ? 'rekey' : 'remove', 'never', Math.floor(Math.random() * 900));
      seen.add(`${signal ?? 'finished'}:${await expectOldOrNew(vaultDir, kill % 2 === 0 ? 'rekey' : 'remove')}`);
    }
    expect(seen.size).toBeGreaterThan(0);
  }, 240_000);

  it('without a crash, the re-key finishes and the new vault stands', async () => {
    const vaultDir = freshCopy();
    const { signal, output } = await runChild(vaultDir, 'remove', 'never');
    expect(signal, output).toBeNull();
    expect(output).toContain('done');
    expect(await expectOldOrNew(vaultDir, 'remove')).toBe('new');
  });
});
