import { existsSync, mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';
import type { Anchor } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { day, say } from '../../../shared/messages/message.ts';
import type { Handlers } from '../dispatcher.ts';
import type { LongWork } from '../longWork.ts';
import type { AgeKey, AgeLock } from '../handover/ageFile.ts';
import { exportHandover } from '../handover/exportHandover.ts';
import { newHandoverPassphrase } from '../handover/handoverPassphrase.ts';
import { handoverRefusal, openHandover, writeReceivedLedger } from '../handover/receiveHandover.ts';
import { destroyReceivingIdentity, makeReceivingIdentity, readReceivingIdentity, recipientFacts } from '../handover/receivingIdentity.ts';
import { ledgerHead } from '../ledger/verifyLedger.ts';
import { currentHold } from '../retention/legalHold.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { privateFolderMode } from '../vault/privateFiles.ts';
import type { Vault } from '../vault/vault.ts';

type HandoverHandlers = Pick<Handlers, Extract<keyof Handlers, `handover.${string}`>>;

export interface HandoverPlaces {
  /** Where the app keeps the identity it receives a handover with; undefined for the CLI, which names a file. */
  keptIdentity: string | undefined;
  rememberVaultDir: (dir: string) => void;
}

/** The contract's handover methods: the identity to receive with, the export, the import into a new vault, and retiring the old one. */
export function handoverHandlers(vault: Vault, ledger: () => Ledger, now: () => Date, longWork: LongWork, places: HandoverPlaces): HandoverHandlers {
  const identityPath = (path: string | undefined): string => {
    if (path !== undefined) return fullPath(path);
    if (places.keptIdentity === undefined) throw new TreasuryError('NOT_PERMITTED', say('handover.noAppFolder'));
    return places.keptIdentity;
  };
  return {
    'handover.identity': async ({ kind, path }) => {
      const target = identityPath(path);
      // The app keeps one: asked again (after a restart, a second click), it shows the one the outgoing treasurer may already have.
      if (path === undefined && existsSync(target)) return (await readReceivingIdentity(target)).identity;
      // On a first run the app's own folder may not exist yet (the Chromium shell makes none).
      if (path === undefined) mkdirSync(dirname(target), { recursive: true, mode: privateFolderMode });
      return makeReceivingIdentity(target, kind, now());
    },
    'handover.keptIdentity': async () => (places.keptIdentity !== undefined && existsSync(places.keptIdentity) ? (await readReceivingIdentity(places.keptIdentity)).identity : null),
    'handover.describeRecipient': ({ recipient }) => recipientFacts(recipient),
    'handover.export': ({ path, to }) =>
      longWork.holdingTheQueue('handover', async (report) => {
        const target = fullPath(path);
        if (!vault.liesOutsideFolder(target)) throw new TreasuryError('NOT_PERMITTED', say('handover.pathInsideVault'));
        const recipient = to.lock === 'recipient' ? recipientFacts(to.recipient) : null;
        const lock: AgeLock = recipient === null ? { passphrase: newHandoverPassphrase() } : { recipient: recipient.recipient };
        const exported = await exportHandover(ledger(), target, lock, now(), report);
        return { ...exported, recipient, passphrase: 'passphrase' in lock ? lock.passphrase : null };
      }),
    'handover.receive': ({ path, vaultDir, newPassphrase, with: key }) =>
      longWork.holdingTheQueue('handover', async (report) => {
        // Everything that can be refused at once is, before the slow work: the folder, the passphrase, the key, the file.
        await vault.refuseNewVault(vaultDir, newPassphrase);
        const identityFile = key.key === 'identity' ? identityPath(key.path) : null;
        if (identityFile !== null && !existsSync(identityFile)) {
          throw new TreasuryError('NOT_FOUND', key.key === 'identity' && key.path === undefined ? say('handover.noKeptIdentity') : say('handover.identityUnreadable', { path: identityFile }));
        }
        const ageKey: AgeKey = key.key === 'passphrase' ? { passphrase: key.passphrase } : { identity: (await readReceivingIdentity(identityFile ?? '')).secret };
        const file = await openHandoverFile(fullPath(path));
        let created: { recoveryCode: string; groupKeyFingerprint: string };
        let handedOver: { entries: number; anchor: Anchor };
        try {
          const opened = await openHandover(file, ageKey).catch((error: unknown) => {
            throw handoverRefusal(error);
          });
          handedOver = { entries: opened.header.entries, anchor: opened.header.anchor };
          const turn = { between: report, signal: new AbortController().signal };
          created = await vault.receive(vaultDir, newPassphrase, opened.header.ledgerSchema, (db) => writeReceivedLedger(db, opened, report, turn));
        } finally {
          await file.close();
        }
        places.rememberVaultDir(vault.dir);
        // The handover is in: the key that opened it goes, so the file opens for nobody now.
        if (identityFile !== null) destroyReceivingIdentity(identityFile);
        return { vaultDir: vault.dir, recoveryCode: created.recoveryCode, groupKeyFingerprint: created.groupKeyFingerprint, ...handedOver, identityDestroyed: identityFile };
      }),
    'handover.retire': async ({ confirmedAnchor, confirmWith }) => {
      await vault.confirm(confirmWith);
      const db = ledger();
      const hold = currentHold(db);
      if (hold !== null) throw new TreasuryError('NOT_PERMITTED', say('handover.retireUnderHold', { since: day(hold.placedAt.slice(0, 10)), note: hold.note }));
      const { anchor } = ledgerHead(db);
      if (anchor === null || anchor.entriesSeq !== confirmedAnchor.entriesSeq || anchor.factsSeq !== confirmedAnchor.factsSeq || anchor.hash !== confirmedAnchor.hash) {
        // Its own anchor is not said: the new treasurer must read theirs, not copy this one.
        throw new TreasuryError('NOT_PERMITTED', say('handover.anchorNotConfirmed'));
      }
      return vault.retire();
    },
  };
}

/** A path as the core takes it: whole, since a relative one would mean the core's own working folder, which nobody chose. */
function fullPath(path: string): string {
  if (!isAbsolute(path)) throw new TreasuryError('NOT_PERMITTED', say('handover.pathNotFull'));
  return path;
}

async function openHandoverFile(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch {
    throw new TreasuryError('NOT_FOUND', say('handover.fileUnreadable', { path }));
  }
}
