// The handover figures of the bench: the whole vault exported to an age file and received into a new
// vault, each beside Debian's age tool encrypting or decrypting the same payload bytes, with how far
// the process's memory grew while each ran (bounded memory: it must not grow with the vault).
import { execFileSync } from 'node:child_process';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { writeFileSync } from 'node:fs';
import { exportHandover } from '../../electron/core/handover/exportHandover.ts';
import { openHandover, writeReceivedLedger } from '../../electron/core/handover/receiveHandover.ts';
import type { ReportProgress } from '../../electron/core/longWork.ts';
import { millisecondsOf } from './benchClock.ts';
import type { Figure } from './benchResults.ts';
import { benchPassphrase, benchVault } from './benchVault.ts';

function millisecondsOfTool(args: string[]): number {
  const start = process.hrtime.bigint();
  execFileSync('age', args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** A progress report that notes the largest resident set seen, in MiB above where it started. */
function memoryWatch(): { report: ReportProgress; grownMiB: () => number } {
  const start = process.memoryUsage().rss;
  let peak = start;
  return {
    report: () => {
      peak = Math.max(peak, process.memoryUsage().rss);
      return Promise.resolve();
    },
    grownMiB: () => Math.round((peak - start) / 2 ** 20),
  };
}

/** Exports the (locked) vault in `vaultDir` and receives it into `receivedDir`; both figures, the vault left locked. */
export async function handoverFigures(vaultDir: string, scratch: string, receivedDir: string, now: Date): Promise<Figure[]> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const identityFile = join(scratch, 'handover-identity.txt');
  writeFileSync(identityFile, `${identity}\n`);
  const file = join(scratch, 'handover.age');

  const vault = benchVault(vaultDir, now);
  await vault.unlock({ passphrase: benchPassphrase });
  const exportMemory = memoryWatch();
  let bytes = 0;
  let entries = 0;
  const exported = await millisecondsOf(async () => {
    ({ bytes, entries } = await exportHandover(vault.ledger(), file, { recipient }, now, exportMemory.report));
  });
  vault.lock('manual');

  // The baselines: the age tool on the very payload bytes, decrypted to a scratch file (synthetic data).
  const payload = join(scratch, 'handover-payload.jsonl');
  execFileSync('age', ['-d', '-i', identityFile, '-o', payload, file]);
  const toolEncrypts = millisecondsOfTool(['-r', recipient, '-o', join(scratch, 'by-the-tool.age'), payload]);
  const toolDecrypts = millisecondsOfTool(['-d', '-i', identityFile, '-o', '/dev/null', file]);

  const received = benchVault(receivedDir, now);
  const receiveMemory = memoryWatch();
  const handle = await open(file, 'r');
  const imported = await millisecondsOf(async () => {
    const opened = await openHandover(handle, { identity });
    const turn = { between: receiveMemory.report, signal: new AbortController().signal };
    await received.receive(receivedDir, benchPassphrase, opened.header.ledgerSchema, (db) => writeReceivedLedger(db, opened, receiveMemory.report, turn));
  });
  await handle.close();
  received.lock('manual');

  const size = `${entries.toLocaleString('en')} entries, ${Math.round(bytes / 2 ** 20)} MiB`;
  return [
    {
      measure: `handover export to an X25519 recipient (${size}; memory grew ${exportMemory.grownMiB()} MiB)`,
      ours: exported,
      baseline: toolEncrypts,
      baselineIs: '`age -r` encrypting the same payload bytes',
      target: '≤ 2×',
    },
    {
      measure: `handover import: read, check every line, write, verify whole (${size}; memory grew ${receiveMemory.grownMiB()} MiB)`,
      ours: imported,
      baseline: toolDecrypts,
      baselineIs: '`age -d` decrypting the same file',
      target: '≤ 2×',
    },
  ];
}
