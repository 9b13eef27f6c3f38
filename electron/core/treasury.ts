import { join } from 'node:path';
import type { TreasuryEvent } from '../../shared/contract/index.ts';
import { AppSettings } from './appSettings.ts';
import { settingsHandlers } from './handlers/settingsHandlers.ts';
import { keepKeysOutOfCoreDumps } from './coreDumps.ts';
import { createDispatcher, type Dispatcher } from './dispatcher.ts';
import { ledgerHandlers } from './handlers/ledgerHandlers.ts';
import { importHandlers } from './handlers/importHandlers.ts';
import { auditHandlers } from './handlers/auditHandlers.ts';
import { backupHandlers } from './handlers/backupHandlers.ts';
import { handoverHandlers } from './handlers/handoverHandlers.ts';
import { retentionHandlers } from './handlers/retentionHandlers.ts';
import { totpHandlers } from './handlers/totpHandlers.ts';
import { vaultHandlers } from './handlers/vaultHandlers.ts';
import { workHandlers } from './handlers/workHandlers.ts';
import { LongWork } from './longWork.ts';
import { Vault } from './vault/vault.ts';
import { RetentionTimer } from './retention/retentionTimer.ts';
import { calendarDate } from './calendar.ts';
import { say } from '../../shared/messages/message.ts';

export interface TreasuryOptions {
  /** Where the app keeps its own small settings (which vault folder was last used). Omit for the CLI. */
  appDataDir?: string;
  /** The folder offered for a new vault on first run. */
  defaultVaultDir: string;
  /** Path of a better-sqlite3 native build for another ABI (Electron's); Node's own build when omitted. */
  sqliteNativeBinding?: string;
  /** The core's clock; tests pass a fake one. */
  now?: () => Date;
  /** Receives events (the vault locked itself) to pass on to the screens. */
  onEvent?: (event: TreasuryEvent) => void;
  /** Runs retention on every unlock and daily while unlocked: the app does; the CLI, whose every command unlocks, does not. */
  scheduleRetention?: boolean;
  /** Receives unexpected internal errors; never receives secrets. */
  onInternalError?: (method: string, error: unknown) => void;
}

/** The running core: one dispatcher for every front door, and a way to shut it down (locks the vault). */
export interface Treasury {
  dispatcher: Dispatcher;
  close(): Promise<void>;
}

/** Composes the services and the dispatcher; the same core runs in Electron, the Chromium shell and the CLI. */
export function openTreasury(options: TreasuryOptions): Treasury {
  // Before any key exists in this process: the app's core process, the CLI and the Chromium shell all start here.
  keepKeysOutOfCoreDumps();
  const now = options.now ?? (() => new Date());
  const settings = new AppSettings(options.appDataDir);
  const longWork = new LongWork((event) => options.onEvent?.(event));
  const retentionTimer = new RetentionTimer(
    (startedBy) => void dispatcher.call('retention.apply', { startedBy }),
    () => calendarDate(now()),
  );
  const vault = new Vault({
    vaultDir: settings.rememberedVaultDir() ?? options.defaultVaultDir,
    now,
    ...(options.sqliteNativeBinding === undefined ? {} : { sqliteNativeBinding: options.sqliteNativeBinding }),
    onLocked: (reason) => {
      retentionTimer.locked();
      options.onEvent?.({ name: 'locked', payload: { reason } });
    },
    ...(options.scheduleRetention === true ? { onUnlocked: () => retentionTimer.unlocked() } : {}),
    // The idle lock queues like any call, so it waits for the running one instead of cutting it in half.
    requestLock: (reason) => void dispatcher.call('vault.lock', { reason }),
    onLedgerClosing: (why) => longWork.stop(why),
  });
  const queued: Dispatcher = createDispatcher(
    {
      ...settingsHandlers(settings),
      ...vaultHandlers(vault, (dir) => settings.rememberVaultDir(dir)),
      ...totpHandlers(vault, now),
      ...ledgerHandlers(
        () => vault.ledger(),
        now,
        () => vault.ledgerReader(),
        longWork,
      ),
      ...retentionHandlers(
        vault,
        () => vault.ledger(),
        () => vault.ledgerWriter(),
        now,
        longWork,
      ),
      ...importHandlers(() => vault.ledger(), now, longWork),
      ...handoverHandlers(vault, () => vault.ledger(), now, longWork, {
        keptIdentity: options.appDataDir === undefined ? undefined : join(options.appDataDir, 'handover-identity.txt'),
        rememberVaultDir: (dir) => settings.rememberVaultDir(dir),
      }),
      ...auditHandlers(() => vault.ledger(), now, longWork),
      ...backupHandlers(
        vault,
        () => vault.ledger(),
        now,
        longWork,
        (dir) => settings.rememberVaultDir(dir),
      ),
      ...workHandlers(longWork),
    },
    {
      isUnlocked: () => vault.isUnlocked(),
      onInternalError: options.onInternalError ?? ((method, error) => console.error(`mutual-ledger core: ${method} failed`, error)),
    },
  );
  // A lock never waits long: it stops the long work running before it takes its turn, an import too,
  // which holds the queue for seconds; the import's transaction is rolled back, nothing written. A
  // re-key or a write still finishes (or fails whole) first.
  const dispatcher: Dispatcher = {
    call: (method, input) => {
      if (method === 'vault.lock') longWork.stop(say('vault.stoppedByLock'));
      return queued.call(method, input);
    },
  };
  return {
    dispatcher,
    close: async () => {
      await dispatcher.call('vault.lock', { reason: 'shutdown' });
    },
  };
}
