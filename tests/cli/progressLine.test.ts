import { describe, expect, it } from 'vitest';
import type { TreasuryEvent } from '../../shared/contract/index.ts';
import { progressLine } from '../../electron/cli/progressLine.ts';
import { translatorFor } from '../../shared/messages/translator.ts';

const english = translatorFor('en');

const progress = (step: 'entries' | 'database', done: number, total: number): TreasuryEvent => ({ name: 'progress', payload: { work: 'verify', step, done, total } });
const importing = (step: 'rows' | 'writing', done: number, total: number): TreasuryEvent => ({ name: 'progress', payload: { work: 'import', step, done, total } });

function recorder(isTTY: boolean): { stream: { isTTY: boolean; write: (text: string) => void }; written: string[] } {
  const written: string[] = [];
  return { stream: { isTTY, write: (text) => void written.push(text) }, written };
}

describe('the progress line of a long command', () => {
  it('redraws one line in place on a terminal, and erases it before the result', () => {
    const { stream, written } = recorder(true);
    const line = progressLine(english, stream);
    line.show(progress('entries', 5_000, 1_000_000));
    line.show({ name: 'locked', payload: { reason: 'idle' } });
    line.show(progress('entries', 1_000_000, 1_000_000));
    line.show(progress('database', 0, 0));
    line.clear();
    line.clear();
    expect(written).toEqual([
      '\r\u001b[2KVerifying: 5,000 of 1,000,000 entries re-hashed (0 %) Ctrl-C stops.',
      '\r\u001b[2KVerifying: 1,000,000 of 1,000,000 entries re-hashed (100 %) Ctrl-C stops.',
      '\r\u001b[2KVerifying: waiting for SQLite’s integrity check and the monthly totals… Ctrl-C stops.',
      '\r\u001b[2K',
    ]);
  });

  it('counts an import’s rows checked, then its entries written', () => {
    const { stream, written } = recorder(true);
    const line = progressLine(english, stream);
    line.show(importing('rows', 5_000, 100_000));
    line.show(importing('writing', 95_000, 99_327));
    expect(written).toEqual(['\r\u001b[2KImporting: 5,000 of 100,000 rows checked (5 %) Ctrl-C stops.', '\r\u001b[2KImporting: 95,000 of 99,327 entries written (95 %) Ctrl-C stops.']);
    const spanish = recorder(true);
    progressLine(translatorFor('es'), spanish.stream).show(importing('writing', 5_000, 99_327));
    expect(spanish.written).toEqual(['\r\u001b[2KImportando: 5000 de 99.327 movimientos escritos (5 %) Ctrl-C detiene.']);
  });

  it('speaks the reader’s language, with its way of writing numbers', () => {
    const { stream, written } = recorder(true);
    progressLine(translatorFor('es'), stream).show(progress('entries', 5_000, 1_000_000));
    expect(written).toEqual(['\r\u001b[2KVerificando: 5000 de 1.000.000 movimientos recalculados (0 %) Ctrl-C detiene.']);
  });

  it('writes nothing when stderr is a pipe or a file, nor erases what was never drawn', () => {
    const piped = recorder(false);
    const line = progressLine(english, piped.stream);
    line.show(progress('entries', 5_000, 10_000));
    line.clear();
    expect(piped.written).toEqual([]);
    const terminal = recorder(true);
    progressLine(english, terminal.stream).clear();
    expect(terminal.written).toEqual([]);
  });
});
