import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import {
  autoLockLimits,
  type KeySlotKind,
  type LockReason,
  type VaultDetails,
  type VaultStatus,
} from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { checkGate, isTotpEnrolled, totpState, type PendingEnrolment } from '../totp/totpGate.ts';
import { createGroupSigningKey, groupKeyFingerprint } from './groupSigningKey.ts';
import { IdleLock } from './idleLock.ts';
import { keySlotFormatVersion, makeSlot, openSlot, readKeySlotFile, withSlot, writeKeySlotFile, type KeySlotFile } from './keySlotFile.ts';
import { newDataKey } from './keyWrapping.ts';
import { closeLedger, openLedger, type Ledger } from './ledgerDatabase.ts';
import { assessPassphrase } from './passphraseStrength.ts';
import { generateRecoveryCode, normaliseRecoveryCode } from './recoveryCode.ts';
import { UnlockBackoff } from './unlockBackoff.ts';
import { holdsVault, isFreeForNewVault, vaultFolder, type VaultFolder } from './vaultFolder.ts';

/** What is held while the vault is open: the ledger, the key, and how far past the gate we are. */
interface OpenVault {
  ledger: Ledger;
  dataKey: Buffer;
  keySlots: KeySlotFile;
  unlockedWith: KeySlotKind;
  gate: 'awaiting-totp' | 'passed';
  pendingEnrolment?: PendingEnrolment;
}

export interface VaultOptions {
  vaultDir: string;
  now: () => Date;
  sqliteNativeBinding?: string;
  onLocked: (reason: LockReason) => void;
}

export type UnlockSecret = { passphrase: string } | { recoveryCode: string };

const passphraseSlots: KeySlotKind[] = ['treasurer', 'co-treasurer'];

/** The vault folder and its one session: create, unlock, gate, lock, and rewrap keys. */
export class Vault {
  private folder: VaultFolder;
  private open: OpenVault | undefined;
  private lastLock: VaultStatus['lastLock'] = null;
  private readonly idleLock = new IdleLock(() => this.lock('idle'));

  constructor(private readonly options: VaultOptions) {
    this.folder = vaultFolder(options.vaultDir);
  }

  get dir(): string {
    return this.folder.dir;
  }

  isUnlocked(): boolean {
    return this.open?.gate === 'passed';
  }

  status(): VaultStatus {
    const exists = holdsVault(this.folder);
    const state = !exists ? 'no-vault' : this.open === undefined ? 'locked' : this.open.gate === 'passed' ? 'unlocked' : 'awaiting-totp';
    return {
      state,
      vaultDir: this.folder.dir,
      retryAfterSeconds: exists ? this.backoff().retryAfterSeconds() : 0,
      lastLock: this.lastLock,
    };
  }

  /** Points at another folder; an open vault is locked first. */
  select(dir: string): VaultStatus {
    const next = vaultFolder(dir);
    if (next.dir !== this.folder.dir) {
      this.lock('manual');
      this.folder = next;
    }
    return this.status();
  }

  /** Makes a new vault in an empty folder and leaves it unlocked; returns the recovery code, shown once. */
  async create(dir: string, passphrase: string): Promise<{ recoveryCode: string; groupKeyFingerprint: string }> {
    const folder = vaultFolder(dir);
    if (holdsVault(folder)) throw new TreasuryError('VAULT_ALREADY_EXISTS', `There is already a vault in ${folder.dir}. Unlock it instead.`);
    if (!isFreeForNewVault(folder)) throw new TreasuryError('NOT_PERMITTED', `${folder.dir} is not empty. Choose an empty or new folder for the vault.`);
    requireStrong(passphrase);

    this.lock('manual');
    const now = this.options.now();
    const vaultId = randomUUID();
    const dataKey = newDataKey();
    const recoveryCode = generateRecoveryCode();
    const [treasurerSlot, recoverySlot] = await Promise.all([
      makeSlot(vaultId, 'treasurer', dataKey, passphrase, now),
      makeSlot(vaultId, 'recovery', dataKey, normaliseRecoveryCode(recoveryCode) ?? '', now),
    ]);
    const keySlots: KeySlotFile = {
      format: 'mutual-ledger/key-slots',
      version: keySlotFormatVersion,
      vaultId,
      createdAt: now.toISOString(),
      ledger: { file: 'ledger.sqlite', cipher: 'sqlcipher', cipherVersion: 4 },
      slots: [treasurerSlot, recoverySlot],
    };

    mkdirSync(folder.dir, { recursive: true, mode: 0o700 });
    let ledger: Ledger | undefined;
    try {
      ledger = openLedger(folder.ledger, dataKey, this.ledgerOptions());
      const created = ledger;
      created.transaction(() => {
        created.prepare('INSERT INTO vault_settings (id, created_at, auto_lock_seconds) VALUES (1, ?, ?)').run(now.toISOString(), autoLockLimits.defaultSeconds);
        createGroupSigningKey(created, now);
      })();
      // The key-slot file is written last: until it exists, the folder is not a vault.
      writeKeySlotFile(folder.keySlots, keySlots);
    } catch (error) {
      if (ledger !== undefined) closeLedger(ledger);
      readdirSync(folder.dir).forEach((name) => rmSync(`${folder.dir}/${name}`, { force: true }));
      throw error;
    }
    this.folder = folder;
    this.begin({ ledger, dataKey, keySlots, unlockedWith: 'treasurer', gate: 'passed' });
    return { recoveryCode, groupKeyFingerprint: groupKeyFingerprint(ledger) };
  }

  /** Unwraps the data key; with TOTP on, the vault then waits at the gate for a code. */
  async unlock(secret: UnlockSecret): Promise<{ state: 'unlocked' | 'awaiting-totp' }> {
    if (!holdsVault(this.folder)) throw new TreasuryError('VAULT_NOT_FOUND', `There is no vault in ${this.folder.dir}.`);
    this.refuseDuringBackoff();
    const keySlots = readKeySlotFile(this.folder.keySlots);
    const opened = await this.tryslots(keySlots, secret);
    if (opened === undefined) this.failAttempt(new TreasuryError('WRONG_SECRET', 'passphrase' in secret ? 'That passphrase does not open this vault.' : 'That recovery code does not open this vault.'));

    this.closeQuietly();
    const ledger = openLedger(this.folder.ledger, opened.dataKey, this.ledgerOptions());
    const gate = isTotpEnrolled(ledger) ? 'awaiting-totp' : 'passed';
    if (gate === 'passed') this.backoff().recordSuccess();
    this.begin({ ledger, dataKey: opened.dataKey, keySlots, unlockedWith: opened.kind, gate });
    return { state: gate === 'passed' ? 'unlocked' : 'awaiting-totp' };
  }

  /** Passes the TOTP gate with a current code or a backup code. */
  async confirmTotp(code: string): Promise<{ usedBackupCode: boolean; backupCodesLeft: number }> {
    const open = this.open;
    if (open?.gate !== 'awaiting-totp') throw new TreasuryError('TOTP_NOT_PENDING', 'No unlock is waiting for a code. Enter the passphrase first.');
    this.refuseDuringBackoff();
    try {
      const { usedBackupCode } = await checkGate(open.ledger, code, this.options.now());
      open.gate = 'passed';
      this.backoff().recordSuccess();
      return { usedBackupCode, backupCodesLeft: totpState(open.ledger).backupCodesLeft };
    } catch (error) {
      if (error instanceof TreasuryError && error.code === 'TOTP_INVALID') this.failAttempt(error);
      throw error;
    }
  }

  /** Closes the ledger and wipes the key from memory; screens are told so they can forget everything. */
  lock(reason: LockReason): void {
    if (this.open === undefined) return;
    this.closeQuietly();
    this.lastLock = { reason, at: this.options.now().toISOString() };
    this.options.onLocked(reason);
  }

  /** The person is active: restart the idle countdown. */
  touch(): void {
    this.idleLock.touch();
  }

  /** The ledger of the unlocked vault (past the TOTP gate). */
  ledger(): Ledger {
    return this.unlocked().ledger;
  }

  /** The TOTP enrolment waiting for its first code, kept only while the vault stays unlocked. */
  get pendingEnrolment(): PendingEnrolment | undefined {
    return this.unlocked().pendingEnrolment;
  }

  set pendingEnrolment(enrolment: PendingEnrolment | undefined) {
    this.unlocked().pendingEnrolment = enrolment;
  }

  details(): VaultDetails {
    const open = this.unlocked();
    const settings = open.ledger.prepare('SELECT created_at, auto_lock_seconds FROM vault_settings WHERE id = 1').get() as { created_at: string; auto_lock_seconds: number };
    return {
      vaultDir: this.folder.dir,
      createdAt: open.keySlots.createdAt,
      formatVersion: open.keySlots.version,
      keySlots: open.keySlots.slots.map((slot) => ({
        kind: slot.kind,
        updatedAt: slot.updatedAt,
        argon2: { memoryKiB: slot.kdf.memoryKiB, iterations: slot.kdf.iterations, parallelism: slot.kdf.parallelism },
      })),
      groupKeyFingerprint: groupKeyFingerprint(open.ledger),
      autoLockSeconds: settings.auto_lock_seconds,
      totp: totpState(open.ledger),
      unlockedWith: open.unlockedWith,
    };
  }

  setAutoLock(seconds: number): VaultDetails {
    this.ledger().prepare('UPDATE vault_settings SET auto_lock_seconds = ? WHERE id = 1').run(seconds);
    this.idleLock.arm(seconds);
    return this.details();
  }

  /** Which passphrase slot this passphrase opens, or undefined. */
  async passphraseSlot(passphrase: string): Promise<KeySlotKind | undefined> {
    return (await this.tryslots(this.unlocked().keySlots, { passphrase }))?.kind;
  }

  /**
   * Rewraps the data key for the slot the current passphrase opens. The ledger is not touched: only
   * the key-slot file changes. After a recovery-code unlock, the treasurer passphrase may be set anew.
   */
  async changePassphrase(currentPassphrase: string | undefined, newPassphrase: string): Promise<KeySlotKind> {
    const open = this.unlocked();
    requireStrong(newPassphrase);
    let slot: KeySlotKind | undefined;
    if (currentPassphrase === undefined) {
      if (open.unlockedWith !== 'recovery') throw new TreasuryError('NOT_PERMITTED', 'Enter the current passphrase to change it.');
      slot = 'treasurer';
    } else {
      slot = await this.passphraseSlot(currentPassphrase);
      if (slot === undefined) this.failAttempt(new TreasuryError('WRONG_SECRET', 'The current passphrase is not right. Nothing was changed.'));
    }
    await this.rewrap(slot, newPassphrase);
    return slot;
  }

  async setCoTreasurerPassphrase(passphrase: string): Promise<VaultDetails> {
    requireStrong(passphrase);
    await this.rewrap('co-treasurer', passphrase);
    return this.details();
  }

  removeCoTreasurer(): VaultDetails {
    const open = this.unlocked();
    if (!open.keySlots.slots.some((slot) => slot.kind === 'co-treasurer')) throw new TreasuryError('NOT_PERMITTED', 'There is no co-treasurer passphrase to remove.');
    this.saveKeySlots({ ...open.keySlots, slots: open.keySlots.slots.filter((slot) => slot.kind !== 'co-treasurer') });
    return this.details();
  }

  private async rewrap(kind: KeySlotKind, secret: string): Promise<void> {
    const open = this.unlocked();
    const slot = await makeSlot(open.keySlots.vaultId, kind, open.dataKey, secret, this.options.now());
    this.saveKeySlots({ ...open.keySlots, slots: withSlot(open.keySlots.slots, slot) });
  }

  private saveKeySlots(keySlots: KeySlotFile): void {
    writeKeySlotFile(this.folder.keySlots, keySlots);
    this.unlocked().keySlots = keySlots;
  }

  private async tryslots(keySlots: KeySlotFile, secret: UnlockSecret): Promise<{ kind: KeySlotKind; dataKey: Buffer } | undefined> {
    const candidates =
      'passphrase' in secret
        ? keySlots.slots.filter((slot) => passphraseSlots.includes(slot.kind)).map((slot) => ({ slot, text: secret.passphrase }))
        : keySlots.slots.filter((slot) => slot.kind === 'recovery').map((slot) => ({ slot, text: normaliseRecoveryCode(secret.recoveryCode) }));
    for (const { slot, text } of candidates) {
      if (text === undefined) continue;
      const dataKey = await openSlot(keySlots.vaultId, slot, text);
      if (dataKey !== undefined) return { kind: slot.kind, dataKey };
    }
    return undefined;
  }

  private begin(open: OpenVault): void {
    this.open = open;
    const { auto_lock_seconds } = open.ledger.prepare('SELECT auto_lock_seconds FROM vault_settings WHERE id = 1').get() as { auto_lock_seconds: number };
    this.idleLock.arm(auto_lock_seconds);
  }

  private closeQuietly(): void {
    const open = this.open;
    this.open = undefined;
    this.idleLock.disarm();
    if (open === undefined) return;
    closeLedger(open.ledger);
    open.dataKey.fill(0);
  }

  private unlocked(): OpenVault {
    if (this.open?.gate !== 'passed') throw new TreasuryError('VAULT_LOCKED', 'The vault is locked. Unlock it first.');
    return this.open;
  }

  private backoff(): UnlockBackoff {
    return new UnlockBackoff(this.folder.unlockBackoff, this.options.now);
  }

  private refuseDuringBackoff(): void {
    const wait = this.backoff().retryAfterSeconds();
    if (wait > 0) throw new TreasuryError('UNLOCK_BACKOFF', `Wait ${wait} second${wait === 1 ? '' : 's'} before trying again: each wrong attempt doubles the wait, to slow down guessing.`, { retryAfterSeconds: wait });
  }

  /** Counts a wrong secret towards the backoff and throws it, saying how long until the next try. */
  private failAttempt(error: TreasuryError): never {
    const backoff = this.backoff();
    backoff.recordFailure();
    throw new TreasuryError(error.code, error.message, { retryAfterSeconds: backoff.retryAfterSeconds() });
  }

  private ledgerOptions(): { nativeBinding?: string } {
    return this.options.sqliteNativeBinding === undefined ? {} : { nativeBinding: this.options.sqliteNativeBinding };
  }
}

/** Refuses a passphrase the strength estimator rejects, with its reasons as hints. */
function requireStrong(passphrase: string): void {
  const assessment = assessPassphrase(passphrase);
  if (assessment.acceptable) return;
  throw new TreasuryError('WEAK_PASSPHRASE', `That passphrase is too easy to guess. ${assessment.warning ?? ''}`.trim(), {
    hints: assessment.suggestions,
  });
}
