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

  it('keeps ledger entries, receipts, the TOTP secret, the passphrase and the recovery code out of every file', async () => {
    const { client, vaultDir, treasury } = startTreasury({ root });
    const { recoveryCode } = await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const { secret } = await client.totp.beginEnrolment();
    await client.totp.confirmEnrolment({ code: await generate({ secret }) });
    const account = await client.accounts.add({
      name: 'Canary account 7Q4Z',
      kind: 'bank',
      currency: 'USD',
      handle: '9731',
      holder: 'organisation',
      security: { mfa: true, personalPhone: false, personalName: false, personalCard: false },
    });
    const receipt = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('CANARY-RECEIPT-BYTES-5D1E')]);
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: account.id });
    await client.ledger.record({
      kind: 'disbursement',
      date: '2026-11-02',
      amount: 1_234,
      accountId: account.id,
      recipientCode: 'CANARY-R-8H2K',
      memo: 'CANARY-MEMO-3F9A bus fare',
      receipt: { mediaType: 'image/png', dataBase64: receipt.toString('base64') },
    });

    const canaries = [secret, passphrases.treasurer, recoveryCode, recoveryCode.replace(/-/g, ''), 'Canary account 7Q4Z', 'CANARY-R-8H2K', 'CANARY-MEMO-3F9A', 'CANARY-RECEIPT-BYTES-5D1E'].map(
      (text) => Buffer.from(text),
    );
    const searchEverywhere = () => canaries.flatMap((canary) => [...filesContaining(vaultDir, canary), ...filesContaining(processTmp, canary)]);

    // While unlocked the new pages sit in the WAL; it must be ciphertext too.
    expect(
      filesUnder(vaultDir)
        .map((path) => path.slice(vaultDir.length + 1))
        .sort(),
    ).toEqual(expect.arrayContaining(['key-slots.json', 'ledger.sqlite', 'ledger.sqlite-wal']));
    expect(searchEverywhere()).toEqual([]);

    await treasury.close();
    expect(searchEverywhere()).toEqual([]);
    expect(filesUnder(processTmp)).toEqual([]);
  });
});
