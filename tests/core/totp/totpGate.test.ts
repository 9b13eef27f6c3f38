import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { beginEnrolment, checkGate, confirmEnrolment, disableTotp, totpState } from '../../../electron/core/totp/totpGate.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { ledgersClosedAfterEachTest, openEmptyLedger } from '../ledger/bareLedger.ts';
import { say } from '../../../shared/messages/message.ts';

// The gate on its own, over a ledger opened without a vault around it (no Argon2id), so that each
// rule of the gate is checked on its own: the code's shape, spaces, replays, wrong codes, the states.
const start = new Date(Math.floor(Date.now() / 30_000) * 30_000 + 15_000);
const at = (steps: number) => new Date(start.getTime() + steps * 30_000);
const codeAt = (secret: string, moment: Date) => generate({ secret, epoch: Math.floor(moment.getTime() / 1000) });

const freshLedger = ledgersClosedAfterEachTest(openEmptyLedger, 'mutual-ledger-totp-');

async function refusal(promise: Promise<unknown>): Promise<TreasuryError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TreasuryError)) throw new Error(`expected a TreasuryError, got ${String(error)}`);
  return error;
}

async function enrolledLedger(): Promise<{ db: Ledger; secret: string; backupCodes: string[] }> {
  const db = freshLedger();
  const pending = await beginEnrolment();
  const backupCodes = await confirmEnrolment(db, pending, await codeAt(pending.secret, start), start);
  return { db, secret: pending.secret, backupCodes };
}

describe('the TOTP gate, rule by rule', () => {
  it('enrolment accepts the code with spaces in it, and refuses a wrong one saying what to check', async () => {
    const db = freshLedger();
    const pending = await beginEnrolment();
    const code = await codeAt(pending.secret, start);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const refused = await refusal(confirmEnrolment(db, pending, wrong, start));
    expect(refused.code).toBe('TOTP_INVALID');
    expect(refused.reason).toEqual(say('totp.codeDoesNotMatch'));
    expect(totpState(db)).toEqual({ enrolled: false, backupCodesLeft: 0 });
    expect(await confirmEnrolment(db, pending, `${code.slice(0, 3)} ${code.slice(3)}`, start)).toHaveLength(10);
    expect(totpState(db)).toEqual({ enrolled: true, backupCodesLeft: 10 });
  });

  it('a second enrolment is refused while one is on, and the first secret stays', async () => {
    const { db, secret } = await enrolledLedger();
    const other = await beginEnrolment();
    const refused = await refusal(confirmEnrolment(db, other, await codeAt(other.secret, at(1)), at(1)));
    expect(refused.code).toBe('TOTP_ALREADY_ENROLLED');
    expect(refused.reason).toEqual(say('totp.alreadyOn'));
    expect(await checkGate(db, await codeAt(secret, at(2)), at(2))).toEqual({ usedBackupCode: false });
  });

  it('the gate is refused outright when TOTP is not on', async () => {
    const db = freshLedger();
    const refused = await refusal(checkGate(db, '123456', start));
    expect(refused.code).toBe('TOTP_NOT_ENROLLED');
    expect(refused.reason).toEqual(say('totp.notOn'));
  });

  it('takes a current code typed with spaces, once', async () => {
    const { db, secret } = await enrolledLedger();
    const code = await codeAt(secret, at(1));
    expect(await checkGate(db, ` ${code.slice(0, 3)} ${code.slice(3)} `, at(1))).toEqual({ usedBackupCode: false });
    const replay = await refusal(checkGate(db, code, at(1)));
    expect(replay.code).toBe('TOTP_INVALID');
    expect(replay.reason).toEqual(say('totp.codeAlreadyUsed'));
  });

  it('refuses a wrong code as wrong (not as used), and a code with a digit more or less', async () => {
    const { db, secret } = await enrolledLedger();
    const code = await codeAt(secret, at(1));
    const accepted = new Set(await Promise.all([0, 1, 2].map((step) => codeAt(secret, at(step)))));
    let wrong = 0;
    while (accepted.has(String(wrong).padStart(6, '0'))) wrong += 1;
    const refused = await refusal(checkGate(db, String(wrong).padStart(6, '0'), at(1)));
    expect(refused.code).toBe('TOTP_INVALID');
    expect(refused.reason).toEqual(say('totp.codeWrong'));
    for (const malformed of [`9${code}`, `${code}9`, code.slice(1), `${code.slice(0, 5)}x`, '']) {
      const error = await refusal(checkGate(db, malformed, at(1)));
      expect(error.code, malformed).toBe('TOTP_INVALID');
      expect(error.reason, malformed).toEqual(say('totp.codeWrong'));
    }
    // None of those spent the step: the real code still opens the gate.
    expect(await checkGate(db, code, at(1))).toEqual({ usedBackupCode: false });
  });

  it('a backup code opens the gate once; the second time it is refused as used', async () => {
    const { db, backupCodes } = await enrolledLedger();
    const [first = ''] = backupCodes;
    expect(await checkGate(db, first, at(1))).toEqual({ usedBackupCode: true });
    expect(totpState(db).backupCodesLeft).toBe(9);
    const again = await refusal(checkGate(db, first, at(1)));
    expect(again.code).toBe('TOTP_INVALID');
    expect(again.reason).toEqual(say('totp.backupCodeWrong'));
  });

  it('turning it off forgets the secret and the backup codes', async () => {
    const { db } = await enrolledLedger();
    disableTotp(db);
    expect(totpState(db)).toEqual({ enrolled: false, backupCodesLeft: 0 });
    expect((await refusal(checkGate(db, '123456', at(1)))).code).toBe('TOTP_NOT_ENROLLED');
  });
});
