import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { autoLockLimits, type BackupMadeNow, type Confirmation, type KeyChange, type KeySlotKind, type LockReason, type VaultDetails, type VaultStatus } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { backUpVault } from '../backup/backUpVault.ts';
import { restoreBackup, type Restored } from '../backup/restoreBackup.ts';
import type { ReportProgress } from '../longWork.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { checkGate, isTotpEnrolled, totpState, type PendingEnrolment } from '../totp/totpGate.ts';
import { createGroupSigningKey, groupKeyFingerprint } from './groupSigningKey.ts';
import { IdleLock } from './idleLock.ts';
import { isSealed, parseKeySlotFile, readKeySlotFile, type KeySlot, type KeySlotFile, type SealedSlot } from './keySlotFile.ts';
import { keptSlot, keySlotFileFor, makeSlot, openWithSecret, resealSlot, slotListIsAuthentic, upgradeSlot, withSlot, type OpenedSlot, type PreparedSlot } from './keySlots.ts';
import { writeKeySlotsChecked, type SlotCheck } from './keySlotWriter.ts';
import { readInWorker, readOnSameConnection, type ReadElsewhere } from './backgroundReader.ts';
import { writeInWorker, writeOnSameConnection, type WriteElsewhere } from './backgroundWriter.ts';
import { FailedInWorker } from './ledgerWorker.ts';
import type { VaultSettingsRow } from '../ledger/schema/rows.ts';
import { newDataKey } from './keyWrapping.ts';
import { renameDurably } from './fileSync.ts';
import { overwriteKeySlots, removeVaultFiles } from './retiredFolder.ts';
import { closeLedger, holdWriteLock, openLedger, type Ledger } from './ledgerDatabase.ts';
import { acquireLockFile } from './lockFile.ts';
import { assessPassphrase } from './passphraseStrength.ts';
import { privateFolderMode } from './privateFiles.ts';
import { generateRecoveryCode, normaliseRecoveryCode } from './recoveryCode.ts';
import { abandonRekey, commitRekey, finishInterruptedRekey, prepareReencryptedLedger, rekeyPaths, removeStrayTemporaryFiles, type RekeyStep } from './rekeyFiles.ts';
import { UnlockBackoff } from './unlockBackoff.ts';
import { holdsVault, isFreeForNewVault, liesOutside, stagingFolderFor, vaultFolder, type VaultFolder } from './vaultFolder.ts';

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
  /** Called once the vault is open past its TOTP gate (not after it is made: a new vault has nothing old). */
  onUnlocked?: () => void;
  /**
   * Asks for a lock through the dispatcher's queue. The idle timer uses it, so an auto-lock waits for
   * the call that is running (a passphrase change in the middle of Argon2id) instead of cutting it in half.
   */
  requestLock: (reason: LockReason) => void;
  /**
   * Called just before the ledger's connection closes or is replaced (a lock, a re-key), with why:
   * long work reading it between its slices must stop rather than read a closed connection.
   */
  onLedgerClosing?: (why: Message) => void;
  /** Called at each step of a re-key; the crash tests kill the process there. */
  onRekeyStep?: (step: RekeyStep) => void;
}

export type UnlockSecret = Confirmation;

/** What a re-key changes besides the data key. */
interface RekeyPlan {
  confirmedBy: OpenedSlot;
  /** A slot to give a fresh key pair under a new secret (the co-treasurer replaced). */
  replace?: { kind: KeySlotKind; secret: string };
  /** A slot to drop (the co-treasurer removed). */
  remove?: KeySlotKind;
}

/** The vault folder and its one session: create, unlock, gate, lock, rewrap and re-key. */
export class Vault {
  private folder: VaultFolder;
  private open: OpenVault | undefined;
  private lastLock: VaultStatus['lastLock'] = null;
  private readonly idleLock: IdleLock;

  constructor(private readonly options: VaultOptions) {
    this.folder = vaultFolder(options.vaultDir);
    this.idleLock = new IdleLock(() => options.requestLock('idle'));
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
    return this.make(dir, passphrase, (ledger, now) =>
      Promise.resolve(
        ledger.transaction(() => {
          ledger.prepare('INSERT INTO vault_settings (id, created_at, auto_lock_seconds) VALUES (1, ?, ?)').run(now.toISOString(), autoLockLimits.defaultSeconds);
          createGroupSigningKey(ledger, now);
        })(),
      ),
    );
  }

  /**
   * Makes a new vault from what another one handed over: a ledger at `schemaVersion` filled by
   * `fill` (which checks what it writes and throws if anything is amiss), a new data key, and slots
   * for this treasurer's passphrase and a new recovery code. Left unlocked; nothing is left of a
   * vault whose filling failed.
   */
  async receive(dir: string, passphrase: string, schemaVersion: number, fill: (ledger: Ledger) => Promise<void>): Promise<{ recoveryCode: string; groupKeyFingerprint: string }> {
    return this.make(dir, passphrase, fill, schemaVersion);
  }

  /** Refuses a folder that holds anything, or a passphrase too weak to guard a vault: before any slow work. */
  async refuseNewVault(dir: string, passphrase: string): Promise<VaultFolder> {
    const folder = vaultFolder(dir);
    if (holdsVault(folder)) throw new TreasuryError('VAULT_ALREADY_EXISTS', say('vault.alreadyExists', { dir: folder.dir }));
    if (!isFreeForNewVault(folder)) throw new TreasuryError('NOT_PERMITTED', say('vault.folderNotEmpty', { dir: folder.dir }));
    await requireStrong(passphrase);
    return folder;
  }

  /**
   * Makes the vault in a hidden folder beside the one asked for, and renames it into place once whole:
   * the key slots are written last, then the folder takes its name. A failure (or a crash) never
   * leaves a folder that looks like a vault; a crash's leftover is removed by the next try.
   */
  private async make(dir: string, passphrase: string, fill: (ledger: Ledger, now: Date) => Promise<void>, schemaVersion?: number): Promise<{ recoveryCode: string; groupKeyFingerprint: string }> {
    const folder = await this.refuseNewVault(dir, passphrase);
    this.lock('manual');
    const now = this.options.now();
    const vaultId = randomUUID();
    const dataKey = newDataKey();
    const recoveryCode = generateRecoveryCode();
    const prepared = await Promise.all([makeSlot(vaultId, 'treasurer', dataKey, passphrase, now), makeSlot(vaultId, 'recovery', dataKey, normaliseRecoveryCode(recoveryCode) ?? '', now)]);
    const keySlots = keySlotFileFor(
      { vaultId, createdAt: now.toISOString() },
      prepared.map((slot) => slot.slot),
      dataKey,
    );
    const staging = stagingFolderFor(folder);
    rmSync(staging.dir, { recursive: true, force: true });
    mkdirSync(staging.dir, { recursive: true, mode: privateFolderMode });
    let ledger: Ledger | undefined;
    try {
      ledger = openLedger(staging.ledger, dataKey, { ...this.ledgerOptions(), ...(schemaVersion === undefined ? {} : { schemaVersion }) });
      await fill(ledger, now);
      // The key-slot file is written last: until it exists, the folder is not a vault.
      writeKeySlotsChecked(staging.keySlots, keySlots, checksOf(prepared), dataKey);
      closeLedger(ledger);
      // An empty folder chosen for the vault gives way to the one made.
      if (existsSync(folder.dir)) rmdirSync(folder.dir);
      renameDurably(staging.dir, folder.dir);
      ledger = openLedger(folder.ledger, dataKey, this.ledgerOptions());
    } catch (error) {
      if (ledger !== undefined) closeLedger(ledger);
      dataKey.fill(0);
      rmSync(staging.dir, { recursive: true, force: true });
      throw error;
    } finally {
      prepared.forEach((slot) => slot.dispose());
    }
    this.folder = folder;
    this.begin({ ledger, dataKey, keySlots, unlockedWith: 'treasurer', gate: 'passed' });
    return { recoveryCode, groupKeyFingerprint: groupKeyFingerprint(ledger) };
  }

  /** Unwraps the data key; with TOTP on, the vault then waits at the gate for a code. */
  async unlock(secret: UnlockSecret): Promise<{ state: 'unlocked' | 'awaiting-totp' }> {
    if (!holdsVault(this.folder)) throw new TreasuryError('VAULT_NOT_FOUND', say('vault.noVaultIn', { dir: this.folder.dir }));
    // What a crash left: a re-key undone or completed, temporary slot files.
    const release = await this.keyChangeLock();
    try {
      finishInterruptedRekey(this.folder);
      removeStrayTemporaryFiles(this.folder, this.options.now());
    } finally {
      release();
    }
    const backoff = this.backoff();
    return backoff.guarded(async () => {
      let keySlots = readKeySlotFile(this.folder.keySlots);
      const opened = await openWithSecret(keySlots, secret);
      if (opened === undefined) this.failAttempt(backoff, 'passphrase' in secret ? say('vault.passphraseDoesNotOpen') : say('vault.recoveryCodeDoesNotOpen'));
      let ledger: Ledger;
      try {
        if (!slotListIsAuthentic(keySlots, opened.dataKey)) {
          throw new TreasuryError('VAULT_UNREADABLE', say('vault.slotListChanged'));
        }
        this.closeQuietly();
        ledger = openLedger(this.folder.ledger, opened.dataKey, this.ledgerOptions());
        keySlots = await this.upgradeOpenedSlot(keySlots, opened);
      } catch (error) {
        opened.dataKey.fill(0);
        throw error;
      } finally {
        opened.legacyKek?.fill(0);
      }
      const gate = isTotpEnrolled(ledger) ? 'awaiting-totp' : 'passed';
      if (gate === 'passed') backoff.recordSuccess();
      this.begin({ ledger, dataKey: opened.dataKey, keySlots, unlockedWith: opened.kind, gate });
      if (gate === 'passed') this.options.onUnlocked?.();
      return { state: gate === 'passed' ? 'unlocked' : 'awaiting-totp' };
    });
  }

  /** Passes the TOTP gate with a current code or a backup code. */
  async confirmTotp(code: string): Promise<{ usedBackupCode: boolean; backupCodesLeft: number }> {
    const open = this.open;
    if (open?.gate !== 'awaiting-totp') throw new TreasuryError('TOTP_NOT_PENDING', say('vault.noUnlockWaiting'));
    const backoff = this.backoff();
    backoff.refuseWhileWaiting();
    try {
      const { usedBackupCode } = await checkGate(open.ledger, code, this.options.now());
      open.gate = 'passed';
      backoff.recordSuccess();
      this.options.onUnlocked?.();
      return { usedBackupCode, backupCodesLeft: totpState(open.ledger).backupCodesLeft };
    } catch (error) {
      if (error instanceof TreasuryError && error.code === 'TOTP_INVALID') this.failAttempt(backoff, error.reason, error.code);
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

  /**
   * A read-only connection to the ledger in a worker thread, for the long checks that can run beside
   * the main one; if no worker can start, the ledger's own connection does the same reads.
   */
  ledgerReader(): ReadElsewhere {
    const { ledger, dataKey } = this.unlocked();
    const inWorker = readInWorker(this.folder.ledger, dataKey, this.ledgerOptions());
    return (statements, signal) =>
      inWorker(statements, signal).catch((error: unknown) => {
        // Stopped on purpose: the ledger may be closed by now, and nobody waits for the rows.
        if (signal?.aborted === true) throw error;
        return readOnSameConnection(ledger)(statements);
      });
  }

  /**
   * A second connection that writes in a worker thread, for the long writes (a retention run) that
   * must not hold up the app or a lock; if no worker can start, the ledger's own connection writes.
   */
  ledgerWriter(): WriteElsewhere {
    const { ledger, dataKey } = this.unlocked();
    const inWorker = writeInWorker(this.folder.ledger, dataKey, this.ledgerOptions());
    return (steps, compact, onProgress, signal) =>
      inWorker(steps, compact, onProgress, signal).catch((error: unknown) => {
        if (signal?.aborted === true || error instanceof FailedInWorker) throw error;
        return writeOnSameConnection(ledger)(steps, compact, onProgress, signal);
      });
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
    const settings = open.ledger.prepare('SELECT created_at, auto_lock_seconds FROM vault_settings WHERE id = 1').get() as Pick<VaultSettingsRow, 'created_at' | 'auto_lock_seconds'>;
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

  /** A shorter auto-lock is always allowed; a longer one asks for the passphrase (or recovery code) again. */
  async setAutoLock(seconds: number, confirmWith: Confirmation | undefined): Promise<VaultDetails> {
    const current = this.details().autoLockSeconds;
    if (seconds > current) {
      if (confirmWith === undefined) throw new TreasuryError('CONFIRMATION_REQUIRED', say('vault.confirmToStayOpenLonger'));
      (await this.confirm(confirmWith)).dataKey.fill(0);
    }
    this.ledger().prepare('UPDATE vault_settings SET auto_lock_seconds = ? WHERE id = 1').run(seconds);
    this.idleLock.arm(seconds);
    return this.details();
  }

  /**
   * Checks the passphrase or recovery code of someone already inside, for a change to who can open the
   * vault. It counts towards the unlock backoff exactly like an unlock: someone who finds the app
   * unlocked cannot guess the passphrase faster here than at the unlock screen.
   */
  async confirm(secret: Confirmation, wrongMessage?: Message): Promise<OpenedSlot> {
    const open = this.unlocked();
    const backoff = this.backoff();
    return backoff.guarded(async () => {
      const opened = await openWithSecret(open.keySlots, secret);
      if (opened === undefined) {
        this.failAttempt(backoff, wrongMessage ?? ('passphrase' in secret ? say('vault.passphraseNotRight') : say('vault.recoveryCodeNotRight')));
      }
      backoff.recordSuccess();
      return opened;
    });
  }

  /**
   * Gives the slot the current passphrase opens a new passphrase and a fresh key pair. The ledger's key
   * is unchanged, so a copy of the folder taken earlier still opens with the old passphrase: the
   * screens say so and offer the re-key. After a recovery-code unlock the treasurer passphrase may be
   * set anew without the old one.
   */
  async changePassphrase(currentPassphrase: string | undefined, newPassphrase: string): Promise<{ slot: KeySlotKind; oldCopiesStillOpen: true }> {
    const open = this.unlocked();
    await requireStrong(newPassphrase);
    let slot: KeySlotKind;
    if (currentPassphrase === undefined) {
      if (open.unlockedWith !== 'recovery') throw new TreasuryError('NOT_PERMITTED', say('vault.enterCurrentPassphrase'));
      slot = 'treasurer';
    } else {
      const confirmed = await this.confirm({ passphrase: currentPassphrase }, say('vault.currentPassphraseNotRight'));
      confirmed.dataKey.fill(0);
      confirmed.legacyKek?.fill(0);
      slot = confirmed.kind;
    }
    await this.replaceSlot(slot, newPassphrase);
    return { slot, oldCopiesStillOpen: true };
  }

  /** Adds the co-treasurer slot, or replaces it (which re-keys: the old co-treasurer passphrase must stop opening the ledger). */
  async setCoTreasurerPassphrase(passphrase: string, confirmWith: Confirmation): Promise<KeyChange> {
    await requireStrong(passphrase);
    const confirmedBy = await this.confirm(confirmWith);
    const replacing = this.unlocked().keySlots.slots.some((slot) => slot.kind === 'co-treasurer');
    if (!replacing) {
      confirmedBy.dataKey.fill(0);
      confirmedBy.legacyKek?.fill(0);
      await this.replaceSlot('co-treasurer', passphrase);
      return { details: this.details(), rekeyed: false, newRecoveryCode: null };
    }
    return this.rekeyWith({ confirmedBy, replace: { kind: 'co-treasurer', secret: passphrase } });
  }

  /** Removes the co-treasurer slot and re-keys, so a copy of the old key-slot file no longer opens the ledger. */
  async removeCoTreasurer(confirmWith: Confirmation): Promise<KeyChange> {
    if (!this.unlocked().keySlots.slots.some((slot) => slot.kind === 'co-treasurer')) throw new TreasuryError('NOT_PERMITTED', say('vault.noCoTreasurer'));
    const confirmedBy = await this.confirm(confirmWith);
    return this.rekeyWith({ confirmedBy, remove: 'co-treasurer' });
  }

  /** "Change the vault's key": a new data key, the ledger re-encrypted, every slot resealed. */
  async rekey(confirmWith: Confirmation): Promise<KeyChange> {
    const confirmedBy = await this.confirm(confirmWith);
    return this.rekeyWith({ confirmedBy });
  }

  /**
   * Retires the vault once its role has been handed over: locked, its key slots overwritten and
   * flushed under the key-change lock (so no other window is changing them meanwhile), then every
   * file of the folder removed, and the folder. The caller has checked the confirmation and the hold.
   */
  async retire(): Promise<{ retiredDir: string; removedFiles: number }> {
    const folder = this.folder;
    await this.whileChangingKeys(() => {
      this.lock('manual');
      overwriteKeySlots(folder);
    });
    return { retiredDir: folder.dir, removedFiles: removeVaultFiles(folder) };
  }

  /** Whether a file at `path` would lie outside the vault folder (a handover file kept inside would go with a retired vault). */
  liesOutsideFolder(path: string): boolean {
    return liesOutside(this.folder, path);
  }

  /** Saves a copy of key-slots.json (as it is on disk) to a new file outside the vault folder. */
  backupKeySlots(path: string): { path: string } {
    this.unlocked();
    // A relative path would mean the core process's working folder, which no treasurer chose.
    if (!isAbsolute(path)) throw new TreasuryError('NOT_PERMITTED', say('vault.copyPathNotFull'));
    const target = resolve(path);
    if (!liesOutside(this.folder, target)) throw new TreasuryError('NOT_PERMITTED', say('vault.copyInsideVault'));
    if (existsSync(target)) throw new TreasuryError('NOT_PERMITTED', say('vault.copyExists', { path: target }));
    const text = readFileSync(this.folder.keySlots, 'utf8');
    parseKeySlotFile(text);
    try {
      // 'wx': never through a link someone left at that name, never over a file made a moment ago.
      writeFileSync(target, text, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Whatever the file system said (a missing folder, a read-only or full stick), the treasurer chooses again.
      throw new TreasuryError('NOT_PERMITTED', say('vault.copyNotSaved', { path: target, problem: String((error as NodeJS.ErrnoException).code) }));
    }
    return { path: target };
  }

  /** Backs the unlocked vault up into a new folder inside `to` (../backup/backUpVault.ts), from a private copy of its key. */
  async backUp(to: string, now: Date, report: ReportProgress): Promise<BackupMadeNow> {
    const open = this.unlocked();
    const dataKey = Buffer.from(open.dataKey);
    try {
      return await backUpVault({ folder: this.folder, ledger: open.ledger, dataKey, ledgerOptions: this.ledgerOptions() }, to, now, report);
    } finally {
      dataKey.fill(0);
    }
  }

  /** Makes a new vault from a backup folder (../backup/restoreBackup.ts) and points at it, locked: it opens as any vault does, TOTP and all. */
  async restore(backupDir: string, vaultDir: string, secret: Confirmation, report: ReportProgress): Promise<Restored> {
    const restored = await restoreBackup(backupDir, vaultDir, secret, this.ledgerOptions(), report);
    this.select(restored.vaultDir);
    return restored;
  }

  /** Writes a new slot of `kind` for `secret` (fresh salt, fresh key pair) beside the others, with the same data key. */
  private async replaceSlot(kind: KeySlotKind, secret: string): Promise<void> {
    const open = this.unlocked();
    // A private copy: whatever happens to the session meanwhile, the slot is made from the real key.
    const dataKey = Buffer.from(open.dataKey);
    const prepared = await makeSlot(open.keySlots.vaultId, kind, dataKey, secret, this.options.now());
    try {
      await this.whileChangingKeys(() => {
        const others = open.keySlots.slots.filter((slot) => slot.kind !== kind);
        const file = keySlotFileFor(open.keySlots, withSlot<KeySlot>(others, prepared.slot), dataKey);
        const checks = checksOf([prepared, ...others.map(keptSlot)]);
        writeKeySlotsChecked(this.folder.keySlots, file, checks, dataKey);
        open.keySlots = file;
      });
    } finally {
      prepared.dispose();
      dataKey.fill(0);
    }
  }

  private rekeyWith(plan: RekeyPlan): Promise<KeyChange> {
    return this.whileChangingKeys(() => this.rekeyHoldingTheLock(plan));
  }

  /**
   * Runs a change of the key slots (or a re-key) holding the vault's key-change lock, once sure no
   * other window changed the slots since this one unlocked: two changes made from two stale copies
   * of the slots would otherwise leave a vault that nothing opens.
   */
  private async whileChangingKeys<T>(change: () => Promise<T> | T): Promise<T> {
    const release = await this.keyChangeLock();
    try {
      if (!sameContent(readKeySlotFile(this.folder.keySlots), this.unlocked().keySlots)) {
        throw new TreasuryError('KEYS_CHANGED', say('vault.keysChangedSinceUnlock'));
      }
      return await change();
    } finally {
      release();
    }
  }

  private keyChangeLock(): Promise<() => void> {
    return acquireLockFile(this.folder.keyChangeLock, {
      waitMs: 30_000,
      // A re-key of a very large ledger takes minutes; a dead holder is noticed by its pid long before this.
      staleMs: 30 * 60_000,
      busy: () => new TreasuryError('VAULT_BUSY', say('vault.keysBeingChanged')),
    });
  }

  private async rekeyHoldingTheLock(plan: RekeyPlan): Promise<KeyChange> {
    const open = this.unlocked();
    const step = (name: RekeyStep) => this.options.onRekeyStep?.(name);
    const { vaultId } = open.keySlots;
    const now = this.options.now();
    const oldKey = Buffer.from(open.dataKey);
    const newKey = newDataKey();
    const prepared: PreparedSlot[] = [];
    let newRecoveryCode: string | null = null;
    try {
      for (const slot of open.keySlots.slots) {
        if (slot.kind === plan.remove || slot.kind === plan.replace?.kind) continue;
        if (isSealed(slot)) prepared.push(resealSlot(vaultId, slot, newKey));
        else if (slot.kind === plan.confirmedBy.kind && plan.confirmedBy.legacyKek !== undefined) prepared.push(upgradeSlot(vaultId, slot, Buffer.from(plan.confirmedBy.legacyKek), newKey, now));
        else if (slot.kind === 'recovery') {
          // A version-1 recovery slot cannot take the new key without its code: a new code replaces it.
          newRecoveryCode = generateRecoveryCode();
          prepared.push(await makeSlot(vaultId, 'recovery', newKey, normaliseRecoveryCode(newRecoveryCode) ?? '', now));
        } else {
          throw new TreasuryError('NOT_PERMITTED', say('vault.oldSlotFormat', { passphrase: passphraseNames[slot.kind] }));
        }
      }
      if (plan.replace !== undefined) prepared.push(await makeSlot(vaultId, plan.replace.kind, newKey, plan.replace.secret, now));
      const slots = prepared.map((slot) => slot.slot).reduce<SealedSlot[]>((all, slot) => withSlot(all, slot), []);
      const file = keySlotFileFor(open.keySlots, slots, newKey);
      step('slots-prepared');

      // From here no Argon2id runs: the part that touches the files is quick.
      this.options.onLedgerClosing?.(say('vault.stoppedByKeyChange'));
      // From the copy to the rename no other window may write: its page would be missing from the copy.
      let releaseWrites: (() => void) | undefined;
      try {
        closeLedger(open.ledger);
        step('ledger-closed');
        releaseWrites = holdWriteLock(this.folder.ledger, oldKey, this.ledgerOptions());
        prepareReencryptedLedger(this.folder, oldKey, newKey, this.ledgerOptions(), step);
        writeKeySlotsChecked(rekeyPaths(this.folder).keySlots, file, checksOf(prepared), newKey);
        step('slots-written');
      } catch (error) {
        releaseWrites?.();
        abandonRekey(this.folder);
        open.ledger = openLedger(this.folder.ledger, oldKey, this.ledgerOptions());
        throw error;
      }
      let committed = false;
      try {
        commitRekey(this.folder, (name) => {
          if (name === 'ledger-replaced') committed = true;
          step(name);
        });
      } catch (error) {
        if (!committed) {
          releaseWrites();
          abandonRekey(this.folder);
          open.ledger = openLedger(this.folder.ledger, oldKey, this.ledgerOptions());
          throw error;
        }
        // Past the commit point the new vault is the vault; the next open finishes the last rename.
      }
      // Any window still open on the old file is refused its next write (see writeTransaction).
      releaseWrites();
      try {
        open.ledger = openLedger(this.folder.ledger, newKey, this.ledgerOptions());
      } catch (error) {
        // The new vault is on disk but will not open here: lock rather than run on with a closed ledger.
        this.lock('manual');
        throw error;
      }
      open.dataKey.fill(0);
      open.dataKey = Buffer.from(newKey);
      open.keySlots = file;
      return { details: this.details(), rekeyed: true, newRecoveryCode };
    } finally {
      prepared.forEach((slot) => slot.dispose());
      plan.confirmedBy.dataKey.fill(0);
      plan.confirmedBy.legacyKek?.fill(0);
      oldKey.fill(0);
      newKey.fill(0);
    }
  }

  /**
   * A version-1 slot just opened with its secret becomes version 2 (same salt, a new key pair), under
   * the key-change lock like every key-slot write, and only if no other window changed the slots
   * meanwhile; a failure to write leaves it as it was.
   */
  private async upgradeOpenedSlot(keySlots: KeySlotFile, opened: OpenedSlot): Promise<KeySlotFile> {
    const legacy = keySlots.slots.find((slot) => slot.kind === opened.kind);
    if (legacy === undefined || isSealed(legacy) || opened.legacyKek === undefined) return keySlots;
    const upgraded = upgradeSlot(keySlots.vaultId, legacy, Buffer.from(opened.legacyKek), opened.dataKey, this.options.now());
    let release: (() => void) | undefined;
    try {
      release = await this.keyChangeLock();
      if (!sameContent(readKeySlotFile(this.folder.keySlots), keySlots)) return keySlots;
      const others = keySlots.slots.filter((slot) => slot.kind !== opened.kind);
      const file = keySlotFileFor(keySlots, withSlot<KeySlot>(others, upgraded.slot), opened.dataKey);
      writeKeySlotsChecked(this.folder.keySlots, file, checksOf([upgraded, ...others.map(keptSlot)]), opened.dataKey);
      return file;
    } catch {
      // A read-only folder (no lock file can be made, no file written): the vault still opens, in the old format.
      return keySlots;
    } finally {
      release?.();
      upgraded.dispose();
    }
  }

  private begin(open: OpenVault): void {
    this.open = open;
    const { auto_lock_seconds } = open.ledger.prepare('SELECT auto_lock_seconds FROM vault_settings WHERE id = 1').get() as Pick<VaultSettingsRow, 'auto_lock_seconds'>;
    this.idleLock.arm(auto_lock_seconds);
  }

  private closeQuietly(): void {
    const open = this.open;
    this.open = undefined;
    this.idleLock.disarm();
    if (open === undefined) return;
    this.options.onLedgerClosing?.(say('vault.stoppedByLock'));
    try {
      closeLedger(open.ledger);
    } finally {
      open.dataKey.fill(0);
    }
  }

  private unlocked(): OpenVault {
    if (this.open?.gate !== 'passed') throw new TreasuryError('VAULT_LOCKED', say('common.vaultLocked'));
    return this.open;
  }

  private backoff(): UnlockBackoff {
    return new UnlockBackoff(this.folder.unlockBackoff, this.options.now);
  }

  /** Counts a wrong secret (WRONG_SECRET, or a wrong code at the gate) towards the backoff and throws it, saying how long until the next try. */
  private failAttempt(backoff: UnlockBackoff, reason: Message, code: 'WRONG_SECRET' | 'TOTP_INVALID' = 'WRONG_SECRET'): never {
    backoff.recordFailure();
    throw new TreasuryError(code, reason, { retryAfterSeconds: backoff.retryAfterSeconds() });
  }

  private ledgerOptions(): { nativeBinding?: string } {
    return this.options.sqliteNativeBinding === undefined ? {} : { nativeBinding: this.options.sqliteNativeBinding };
  }
}

/** A passphrase slot as a refusal names it. */
const passphraseNames: Record<Exclude<KeySlotKind, 'recovery'>, Message> = {
  treasurer: say('vault.treasurerPassphrase'),
  'co-treasurer': say('vault.coTreasurerPassphrase'),
};

function checksOf(prepared: readonly { slot: { kind: string }; opensTo: SlotCheck['opensTo'] }[]): Map<string, SlotCheck> {
  return new Map(prepared.map((slot) => [slot.slot.kind, slot]));
}

/** Whether the file on disk says what this window holds: both as the reader gives them, keys in the format's order. */
function sameContent(onDisk: KeySlotFile, held: KeySlotFile): boolean {
  return JSON.stringify(onDisk) === JSON.stringify(parseKeySlotFile(JSON.stringify(held)));
}

/** Refuses a passphrase the strength estimator rejects, with its reasons as hints. */
async function requireStrong(passphrase: string): Promise<void> {
  const assessment = await assessPassphrase(passphrase);
  if (assessment.acceptable) return;
  throw new TreasuryError('WEAK_PASSPHRASE', say('vault.weakPassphrase', { warning: assessment.warning }), { hints: assessment.suggestions });
}
