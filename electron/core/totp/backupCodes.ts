import { createHash } from 'node:crypto';
import { groupCode, normaliseCrockford, randomCrockford } from '../crockfordBase32.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

const codeCount = 10;
/** 10 characters of 5 bits: 50 bits each, far beyond guessing through a backed-off unlock screen. */
const codeLength = 10;

function hashCode(normalised: string): string {
  return createHash('sha256').update(normalised).digest('hex');
}

/** Replaces all backup codes with a fresh set; returns them for showing once. */
export function issueBackupCodes(db: Ledger): string[] {
  const codes = Array.from({ length: codeCount }, () => randomCrockford(codeLength));
  db.prepare('DELETE FROM totp_backup_codes').run();
  const insert = db.prepare('INSERT INTO totp_backup_codes (code_hash) VALUES (?)');
  codes.forEach((code) => insert.run(hashCode(code)));
  return codes.map((code) => groupCode(code, 5));
}

/** Spends a backup code: true once per code, then never again. */
export function spendBackupCode(db: Ledger, typed: string, now: Date): boolean {
  const result = db.prepare('UPDATE totp_backup_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL').run(now.toISOString(), hashCode(normaliseCrockford(typed)));
  return result.changes === 1;
}

export function backupCodesLeft(db: Ledger): number {
  return (db.prepare('SELECT count(*) AS left FROM totp_backup_codes WHERE used_at IS NULL').get() as { left: number }).left;
}

/** Whether the typed text has the shape of a backup code rather than a six-digit TOTP code. */
export function looksLikeBackupCode(typed: string): boolean {
  return normaliseCrockford(typed).length === codeLength;
}
