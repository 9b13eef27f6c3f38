import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { passphrases, rejection, startTreasury, type TestTreasury } from '../treasuryFixture.ts';
import { say } from '../../../shared/messages/message.ts';

/** A code from Debian's oathtool, an independent implementation of RFC 6238, at a given moment. */
function oathtool(secret: string, at: Date): string {
  const moment = at.toISOString().replace('T', ' ').slice(0, 19);
  return execFileSync('oathtool', ['--totp', '-b', secret, '--now', `${moment} UTC`], { encoding: 'utf8' }).trim();
}

// The middle of a 30-second step, so that ±1 step is unambiguous.
const start = new Date(Math.floor(Date.now() / 30_000) * 30_000 + 15_000);

async function enrolled(): Promise<TestTreasury & { secret: string; backupCodes: string[] }> {
  const test = startTreasury({ now: start });
  await test.client.vault.create({ vaultDir: test.vaultDir, passphrase: passphrases.treasurer });
  const { secret, otpauthUri } = await test.client.totp.beginEnrolment();
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Mutual%20Ledger:treasurer\?secret=/);
  const { backupCodes } = await test.client.totp.confirmEnrolment({ code: oathtool(secret, start) });
  return { ...test, secret, backupCodes };
}

async function toTheGate(test: TestTreasury, at: Date): Promise<void> {
  test.clock.now = at;
  await test.client.vault.lock({});
  expect(await test.client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'awaiting-totp' });
  expect((await test.client.vault.status()).state).toBe('awaiting-totp');
}

const steps = (n: number) => new Date(start.getTime() + n * 30_000);

describe('TOTP gate', () => {
  it('takes effect only after a correct code', async () => {
    const test = startTreasury({ now: start });
    await test.client.vault.create({ vaultDir: test.vaultDir, passphrase: passphrases.treasurer });
    const { secret } = await test.client.totp.beginEnrolment();
    const wrong = String((Number(oathtool(secret, start)) + 1) % 1_000_000).padStart(6, '0');
    expect((await rejection(test.client.totp.confirmEnrolment({ code: wrong }))).code).toBe('TOTP_INVALID');
    expect((await test.client.vault.details()).totp.enrolled).toBe(false);
    await test.client.vault.lock({});
    expect(await test.client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
  });

  it("accepts oathtool's codes, within one step either side, and never the same code twice", async () => {
    const test = await enrolled();
    expect((await test.client.vault.details()).totp).toEqual({ enrolled: true, backupCodesLeft: 10 });

    await toTheGate(test, steps(2));
    expect((await rejection(test.client.vault.details())).code).toBe('VAULT_LOCKED');
    const code = oathtool(test.secret, steps(2));
    expect(await test.client.vault.confirmTotp({ code })).toEqual({ usedBackupCode: false, backupCodesLeft: 10 });
    expect((await test.client.vault.details()).totp.enrolled).toBe(true);

    await toTheGate(test, steps(2));
    const replay = await rejection(test.client.vault.confirmTotp({ code }));
    expect(replay.code).toBe('TOTP_INVALID');
    expect(replay.reason).toEqual(say('totp.codeAlreadyUsed'));

    // The previous step's code is accepted a step later (clock drift), the one two steps back is not.
    test.clock.now = new Date(steps(5).getTime() + 3_000);
    expect((await rejection(test.client.vault.confirmTotp({ code: oathtool(test.secret, steps(3)) }))).code).toBe('TOTP_INVALID');
    test.clock.now = new Date(steps(5).getTime() + 6_000);
    expect(await test.client.vault.confirmTotp({ code: oathtool(test.secret, steps(4)) })).toEqual({ usedBackupCode: false, backupCodesLeft: 10 });
  });

  it('the code that confirmed enrolment cannot be replayed at the next unlock', async () => {
    const test = startTreasury({ now: start });
    await test.client.vault.create({ vaultDir: test.vaultDir, passphrase: passphrases.treasurer });
    const { secret } = await test.client.totp.beginEnrolment();
    const enrolmentCode = oathtool(secret, start);
    await test.client.totp.confirmEnrolment({ code: enrolmentCode });
    // Still inside the same 30-second step: someone who watched the enrolment tries its code.
    await toTheGate(test, new Date(start.getTime() + 5_000));
    const replay = await rejection(test.client.vault.confirmTotp({ code: enrolmentCode }));
    expect(replay.code).toBe('TOTP_INVALID');
    expect(replay.reason).toEqual(say('totp.codeAlreadyUsed'));
    expect((await rejection(test.client.vault.details())).code).toBe('VAULT_LOCKED');
    // The next step's code is the first that opens it.
    test.clock.now = steps(1);
    expect(await test.client.vault.confirmTotp({ code: oathtool(secret, steps(1)) })).toEqual({ usedBackupCode: false, backupCodesLeft: 10 });
  });

  it('a backup code opens the gate once, then never again', async () => {
    const test = await enrolled();
    const [first] = test.backupCodes;
    expect(test.backupCodes).toHaveLength(10);
    await toTheGate(test, steps(1));
    expect(await test.client.vault.confirmTotp({ code: first!.toLowerCase() })).toEqual({ usedBackupCode: true, backupCodesLeft: 9 });
    await toTheGate(test, steps(2));
    expect((await rejection(test.client.vault.confirmTotp({ code: first! }))).code).toBe('TOTP_INVALID');
  });

  it('the recovery code still passes through the TOTP gate', async () => {
    const test = startTreasury({ now: start });
    const { recoveryCode } = await test.client.vault.create({ vaultDir: test.vaultDir, passphrase: passphrases.treasurer });
    const { secret } = await test.client.totp.beginEnrolment();
    await test.client.totp.confirmEnrolment({ code: oathtool(secret, start) });
    await test.client.vault.lock({});
    test.clock.now = steps(1);
    expect(await test.client.vault.unlock({ recoveryCode })).toEqual({ state: 'awaiting-totp' });
    await test.client.vault.confirmTotp({ code: oathtool(secret, steps(1)) });
    expect((await test.client.vault.details()).unlockedWith).toBe('recovery');
  });

  it('the passphrase alone does not clear the backoff a wrong code earned: guessing codes gets slower, passphrase or not', async () => {
    const test = await enrolled();
    const wrongCodeThenWait = async (at: Date) => {
      await toTheGate(test, at);
      const wrong = String((Number(oathtool(test.secret, at)) + 1) % 1_000_000).padStart(6, '0');
      expect((await rejection(test.client.vault.confirmTotp({ code: wrong }))).code).toBe('TOTP_INVALID');
      return (await test.client.vault.status()).retryAfterSeconds;
    };
    const first = await wrongCodeThenWait(steps(2));
    expect(first).toBeGreaterThan(0);
    expect(await wrongCodeThenWait(new Date(steps(2).getTime() + first * 1000))).toBe(first * 2);
  });

  it('turning TOTP off needs the passphrase, and a wrong one counts towards the unlock backoff', async () => {
    const test = await enrolled();
    const wrong = await rejection(test.client.totp.disable({ passphrase: passphrases.next }));
    expect(wrong.code).toBe('WRONG_SECRET');
    expect(wrong.retryAfterSeconds).toBe(1);
    expect((await test.client.vault.status()).retryAfterSeconds).toBe(1);
    expect((await rejection(test.client.totp.disable({ passphrase: passphrases.treasurer }))).code).toBe('UNLOCK_BACKOFF');
    expect((await test.client.vault.details()).totp.enrolled).toBe(true);
    test.clock.now = new Date(test.clock.now.getTime() + 2_000);
    await test.client.totp.disable({ passphrase: passphrases.treasurer });
    expect((await test.client.vault.details()).totp).toEqual({ enrolled: false, backupCodesLeft: 0 });
    await test.client.vault.lock({});
    expect(await test.client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
  });
});
