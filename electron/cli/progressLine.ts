import type { TreasuryEvent, WorkProgress } from '../../shared/contract/index.ts';
import type { Translator } from '../../shared/messages/translator.ts';

/** The stream a progress line goes to: stderr, so that stdout stays the result alone. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** A line that says how far long work is, redrawn in place; nothing at all unless a person watches a terminal. */
export interface ProgressLine {
  show(event: TreasuryEvent): void;
  /** Removes the line, so that the result or an error starts on a clean one. */
  clear(): void;
}

const eraseLine = '\r\u001b[2K';

export function progressLine(words: Translator, stream: ProgressStream = process.stderr): ProgressLine {
  let shown = false;
  if (stream.isTTY !== true) return { show: () => undefined, clear: () => undefined };
  return {
    show(event) {
      if (event.name !== 'progress') return;
      const { step, done, total } = event.payload;
      stream.write(`${eraseLine}${progressText(step, done, total, words)} ${words.words('cli.progress.ctrlCStops')}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write(eraseLine);
      shown = false;
    },
  };
}

/** How far a step of verify, of a retention run or of an import is, in words. */
function progressText(step: WorkProgress['step'], done: number, total: number, words: Translator): string {
  const percent = total === 0 ? 0 : Math.floor((done / total) * 100);
  switch (step) {
    case 'entries':
      return words.words('cli.progress.entries', { done, total, percent });
    case 'database':
      return words.words('cli.progress.waitingForChecks');
    case 'shredding':
      return words.words('retentionCli.progress.shredding', { done, total, percent });
    case 'compacting':
      return words.words('retentionCli.progress.compacting');
    case 'rows':
      return words.words('importCli.progress.rows', { done, total, percent });
    case 'writing':
      return words.words('importCli.progress.writing', { done, total, percent });
    case 'exporting':
      return words.words('handoverCli.progress.exporting', { done, total, percent });
    case 'receiving':
      return words.words('handoverCli.progress.receiving', { done, total, percent });
    case 'months':
      return words.words('auditCli.progress.months', { done, total, percent });
    case 'copying':
      return words.words('backupCli.progress.copying', { done, total, percent });
    case 'csvRows':
      return words.words('ledgerExport.progress', { done, total, percent });
  }
}
