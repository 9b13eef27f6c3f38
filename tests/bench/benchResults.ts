// The bench's figures as a Markdown table, printed and appended to bench/results.md with the machine
// they were measured on.
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export interface Figure {
  measure: string;
  /** Milliseconds. */
  ours: number;
  /** Milliseconds, measured in the same run. */
  baseline?: number;
  baselineIs?: string;
  target: string;
}

const resultsFile = new URL('../../bench/results.md', import.meta.url);

/** Prints this run's table and appends it to bench/results.md. */
export function appendResults(summary: string, figures: Figure[]): void {
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.versions.node}`;
  const rows = figures.map(({ measure, ours, baseline, baselineIs, target }) =>
    [measure, milliseconds(ours), baseline === undefined ? '—' : `${milliseconds(baseline)} (${baselineIs})`, baseline === undefined ? '—' : `${(ours / baseline).toFixed(2)}×`, target].join(' | '),
  );
  const table = [
    `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${machine}. ${summary}.`,
    '',
    '| measure | ours (ms) | baseline (ms) | ratio | target |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n');
  console.log(table);
  mkdirSync(new URL('.', resultsFile), { recursive: true });
  if (!existsSync(resultsFile)) writeFileSync(resultsFile, '# Bench results\n\nAppended by `npm run bench`; the newest run is last.\n\n');
  appendFileSync(resultsFile, `${table}\n`);
}

function milliseconds(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}
