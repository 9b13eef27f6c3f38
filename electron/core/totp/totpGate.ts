import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import type { TotpRow as TotpTableRow } from '../ledger/schema/rows.ts';
import { backupCodesLeft, issueBackupCodes, looksLikeBackupCode, spendBackupCode } from './backupCodes.ts';

/**
 * TOTP (RFC 6238: SHA-1, six digits, 30 s) as a gate the app enforces after the passphrase.
 * It is not encryption: the secret lives inside the encrypted ledger, which the passphrase opens.
 */
const periodSeconds = 30;

/** otplib and the hash library under it (about 40 KB) load only when a code is checked or an authenticator enrolled. */
const otplib = () => import('otplib');

type TotpRow = Pick<TotpTableRow, 'secret' | 'last_used_step'>;

export interface PendingEnrolment {
  secret: string;
  otpauthUri: string;
}

export function isTotpEnrolled(db: Ledger): boolean {
  return db.prepare('SELECT 1 FROM totp WHERE id = 1').get() !== undefined;
}

/** A new secret and its otpauth:// URI; nothing is stored until a code confirms it. */
export async function beginEnrolment(): Promise<PendingEnrolment> {
  const { generateSecret, generateURI } = await otplib();
  const secret = generateSecret();
  // The label names no person and no group: a phone's authenticator list can be seen by others.
  return { secret, otpauthUri: generateURI({ issuer: 'Mutual Ledger', label: 'treasurer', secret }) };
}

/** The time step a code matches (within ±1 step), or undefined. */
async function matchingStep(secret: string, code: string, now: Date, afterTimeStep?: number): Promise<number | undefined> {
  if (!/^\d{6}$/.test(code)) return undefined;
  const { verify } = await otplib();
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: periodSeconds,
    ...(afterTimeStep === undefined ? {} : { afterTimeStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : undefined;
}

/** Stores the secret once a code from the authenticator proves it was scanned; returns fresh backup codes. */
export async function confirmEnrolment(db: Ledger, pending: PendingEnrolment, code: string, now: Date): Promise<string[]> {
  if (isTotpEnrolled(db)) throw new TreasuryError('TOTP_ALREADY_ENROLLED', say('totp.alreadyOn'));
  const step = await matchingStep(pending.secret, code.replace(/\s/g, ''), now);
  if (step === undefined) {
    throw new TreasuryError('TOTP_INVALID', say('totp.codeDoesNotMatch'));
  }
  return db.transaction(() => {
    db.prepare('INSERT INTO totp (id, secret, enrolled_at, last_used_step) VALUES (1, ?, ?, ?)').run(pending.secret, now.toISOString(), step);
    return issueBackupCodes(db);
  })();
}

/**
 * Passes the gate with a current code (each time step accepted once, so an overheard code cannot be
 * replayed) or an unused backup code.
 */
export async function checkGate(db: Ledger, typed: string, now: Date): Promise<{ usedBackupCode: boolean }> {
  const row = db.prepare('SELECT secret, last_used_step FROM totp WHERE id = 1').get() as TotpRow | undefined;
  if (row === undefined) throw new TreasuryError('TOTP_NOT_ENROLLED', say('totp.notOn'));
  const code = typed.replace(/\s/g, '');
  if (looksLikeBackupCode(code)) {
    if (spendBackupCode(db, code, now)) return { usedBackupCode: true };
    throw new TreasuryError('TOTP_INVALID', say('totp.backupCodeWrong'));
  }
  const step = await matchingStep(row.secret, code, now, row.last_used_step);
  // The step is claimed in the database, not from the row read before the await: another window (or
  // CLI process) checking the same code meanwhile finds it claimed, so a code opens the gate once.
  if (step !== undefined && db.prepare('UPDATE totp SET last_used_step = ? WHERE id = 1 AND last_used_step < ?').run(step, step).changes === 1) {
    return { usedBackupCode: false };
  }
  if (step !== undefined || (await matchingStep(row.secret, code, now)) !== undefined) {
    throw new TreasuryError('TOTP_INVALID', say('totp.codeAlreadyUsed'));
  }
  throw new TreasuryError('TOTP_INVALID', say('totp.codeWrong'));
}

export function disableTotp(db: Ledger): void {
  db.transaction(() => {
    db.prepare('DELETE FROM totp').run();
    db.prepare('DELETE FROM totp_backup_codes').run();
  })();
}

export function totpState(db: Ledger): { enrolled: boolean; backupCodesLeft: number } {
  return { enrolled: isTotpEnrolled(db), backupCodesLeft: backupCodesLeft(db) };
}
