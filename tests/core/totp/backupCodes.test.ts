import { describe, expect, it } from 'vitest';
import { backupCodesLeft, issueBackupCodes, spendBackupCode } from '../../../electron/core/totp/backupCodes.ts';
import { ledgersClosedAfterEachTest, openEmptyLedger } from '../ledger/bareLedger.ts';

// Backup codes are kept as the lowercase hex SHA-256 of the code as normalised (Crockford base 32,
// upper case, no dashes or spaces): codes a vault already holds must keep working after any upgrade.
const emptyLedger = ledgersClosedAfterEachTest(openEmptyLedger, 'mutual-ledger-backup-codes-');
const now = new Date('2026-11-30T12:00:00Z');

describe('backup codes', () => {
  it('a code kept by an earlier version (its hex SHA-256, a known answer) is spent once, typed in any case and grouping', () => {
    const db = emptyLedger();
    db.prepare('INSERT INTO totp_backup_codes (code_hash) VALUES (?)').run('729e7a258bcf993717962aa2ff327a22ad8fab9d721e1c18b490d86c4331b7ea');
    expect(backupCodesLeft(db)).toBe(1);
    expect(spendBackupCode(db, 'abcde-12345', now)).toBe(true);
    expect(spendBackupCode(db, 'ABCDE12345', now)).toBe(false);
    expect(backupCodesLeft(db)).toBe(0);
  });

  it('a fresh set replaces the old one: ten codes, in groups of five, each spent once', () => {
    const db = emptyLedger();
    const [old = ''] = issueBackupCodes(db);
    const codes = issueBackupCodes(db);
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(spendBackupCode(db, old, now)).toBe(codes.includes(old));
    expect(spendBackupCode(db, codes[0] ?? '', now)).toBe(true);
    expect(backupCodesLeft(db)).toBe(9);
  });
});
