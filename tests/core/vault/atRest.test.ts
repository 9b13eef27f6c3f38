import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'otplib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesContaining, filesUnder, passphrases, startTreasury } from '../treasuryFixture.ts';

// Secrets the vault holds must never reach the disk in plaintext: not the ledger, its -wal or -shm,
// the key slots, nor any temp file the process writes (TMPDIR points at a folder we then search).
describe('nothing in plaintext at rest', () => {
  const originalTmpdir = process.env.TMPDIR;
  let processTmp: string;
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'mutual-ledger-test-'));
    processTmp = mkdtempSync(join(tmpdir(), 'mutual-ledger-tmpdir-'));
    process.env.TMPDIR = processTmp;
  });
  afterEach(() => {
    process.env.TMPDIR = originalTmpdir;
  });

  it('keeps the TOTP secret, the passphrase and the recovery code out of every file', async () => {
    const { client, vaultDir, treasury } = startTreasury({ root });
    const { recoveryCode } = await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const { secret } = await client.totp.beginEnrolment();
    await client.totp.confirmEnrolment({ code: await generate({ secret }) });

    const canaries = [secret, passphrases.treasurer, recoveryCode, recoveryCode.replace(/-/g, '')].map((text) => Buffer.from(text));
    const searchEverywhere = () => canaries.flatMap((canary) => [...filesContaining(vaultDir, canary), ...filesContaining(processTmp, canary)]);

    // While unlocked the new pages sit in the WAL; it must be ciphertext too.
    expect(filesUnder(vaultDir).map((path) => path.slice(vaultDir.length + 1)).sort()).toEqual(
      expect.arrayContaining(['key-slots.json', 'ledger.sqlite', 'ledger.sqlite-wal']),
    );
    expect(searchEverywhere()).toEqual([]);

    await treasury.close();
    expect(searchEverywhere()).toEqual([]);
    expect(filesUnder(processTmp)).toEqual([]);
  });
});
