// `audit summary`, `audit verify` and `verify --since-summary`, run as a treasurer and an auditor
// would: the summary's figures agree with `list`'s totals, Debian's hledger adds up the journal to
// the summary's own totals, the file verifies with no vault and fails when a byte of it changes, and
// refusals write nothing. Synthetic data only, in months that have ended (the clock is the real one).
import { pdfText } from '../core/summary/pdfText.ts';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openTreasury } from '../../electron/core/treasury.ts';
import type { Output, SummaryFigure, SummaryMonth } from '../../shared/contract/index.ts';
import { createTreasuryClient } from '../../shared/treasuryBridge.ts';
import { writtenAnchor } from '../../shared/writtenHead.ts';
import { oneErrorLine, runCli, sandboxForThisFile, type CliRun } from './cliRunner.ts';
import { addTwoAccounts, cliOn, seedPassphrase, seedVault } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();
/** Where the summaries go: outside the vault, and outside HOME, TMPDIR and the working folder, which must stay empty. */
const folder = path.join(sandbox.root, 'secrets');
const file = (name: string) => path.join(folder, name);

/** The three past months the vault holds entries in. */
const months = ['2026-08', '2026-09', '2026-10'] as const;
const day = (month: string, dayOfMonth: number) => `${month}-${String(dayOfMonth).padStart(2, '0')}`;
const lastDay = (month: string) => day(month, new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate());
const thisMonth = (() => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
})();

/** Corrects entry `seq` in the core of this process, with the core's clock set to `date`: a reversal is dated the day it is made. */
async function reverseOn(vaultDir: string, seq: number, date: string): Promise<void> {
  const treasury = openTreasury({ defaultVaultDir: vaultDir, now: () => new Date(`${date}T12:00:00Z`) });
  try {
    const client = createTreasuryClient((method, input) => treasury.dispatcher.call(method, input));
    await client.vault.select({ vaultDir });
    await client.vault.unlock({ passphrase: seedPassphrase });
    await client.ledger.reverse({ seq });
  } finally {
    await treasury.close();
  }
}

const shown = (figure: SummaryFigure): number | undefined => ('hidden' in figure ? undefined : figure.amount);

/** The one line a refusal prints on stderr. */
function refusal(run: CliRun): string {
  expect(run.stderr).toMatch(oneErrorLine);
  return run.stderr;
}

/** hledger's total of a balance report, in minor units ("-1234.56 USD" is -123456). */
function hledgerTotal(journal: string, query: string): number {
  const csv = execFileSync('hledger', ['-f', journal, 'bal', query, '-O', 'csv'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' } });
  const total = csv
    .trim()
    .split('\n')
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')))
    .find(([account]) => account === 'total');
  const amount = /^(-?)(\d+)(?:\.(\d{2}))? USD$/.exec(total?.[1] ?? '');
  if (amount === null) {
    // An empty total is hledger's 0.
    if (total?.[1] === '0') return 0;
    throw new Error(`no USD total in hledger's output:\n${csv}`);
  }
  const minor = Number(amount[2]) * 100 + Number(amount[3] ?? '0');
  return amount[1] === '-' ? -minor : minor;
}

describe('the auditor’s summary on the command line', () => {
  const vault = sandbox.vault('audit');
  const cli = cliOn(sandbox, vault);
  const summaryFile = file('summary-2026-08-to-10.json');
  const journalFile = file('summary-2026-08-to-10.journal');
  const pdfFile = file('summary-2026-08-to-10.pdf');
  let made: Output<'audit.summary'>;

  beforeAll(async () => {
    const reversed = await seedVault(vault, async (client) => {
      const { bank, venmo } = await addTwoAccounts(client);
      const record = client.ledger.record;
      // August: 14 dues into the bank (shown), three rent disbursements and a fee (too few: hidden).
      for (let n = 1; n <= 14; n += 1) await record({ kind: 'contribution', date: day('2026-08', n), amount: 2_000 + n * 37, accountId: bank.id, memo: `Dues ${n}` });
      for (let n = 1; n <= 3; n += 1) await record({ kind: 'disbursement', date: day('2026-08', 20 + n), amount: 11_228 + n, accountId: bank.id, category: 'rent', recipientCode: `R-AUG${n}` });
      await record({ kind: 'fee', date: day('2026-08', 28), amount: 150, accountId: venmo.id });
      // September: 12 dues, split over both accounts; food and rent for six people each (enough to show the month's money out,
      // too few to show either category); the bank's balance corrected upwards.
      for (let n = 1; n <= 12; n += 1) await record({ kind: 'contribution', date: day('2026-09', n), amount: 1_500 + n * 11, accountId: n % 3 === 0 ? venmo.id : bank.id });
      for (let n = 1; n <= 12; n += 1)
        await record({ kind: 'disbursement', date: day('2026-09', 14 + n), amount: 430 + n, accountId: bank.id, category: n % 2 === 0 ? 'food' : 'rent', recipientCode: `R-SEP${n}` });
      await record({ kind: 'adjustment', direction: 'in', date: day('2026-09', 30), amount: 1_234, accountId: bank.id, memo: 'Statement correction' });
      // October: 13 dues, one of them given back later in the month (below); two disbursements.
      let toReverse = 0;
      for (let n = 1; n <= 13; n += 1) {
        const entry = await record({ kind: 'contribution', date: day('2026-10', n), amount: 3_000 + n * 3, accountId: bank.id });
        if (n === 5) toReverse = entry.seq;
      }
      for (let n = 1; n <= 2; n += 1) await record({ kind: 'disbursement', date: day('2026-10', 20 + n), amount: 9_000 + n, accountId: bank.id, category: 'bail', recipientCode: `R-OCT${n}` });
      return toReverse;
    });
    await reverseOn(vault, reversed, '2026-10-25');
    made = await cli.json<Output<'audit.summary'>>(['audit', 'summary', '--from', months[0], '--to', months[2], '-o', summaryFile, '--journal', journalFile, '--pdf', pdfFile]);
  }, 60_000);

  it('writes the summary and the journal, and its figures are `list`’s totals by the same rule of money in and out', async () => {
    expect(made).toMatchObject({ path: summaryFile, journalPath: journalFile, summary: { period: { from: '2026-08', to: '2026-10' }, smallestCell: 11 } });
    expect(existsSync(summaryFile)).toBe(true);
    expect(existsSync(journalFile)).toBe(true);
    // The PDF, from the built CLI: PDFKit and its font found from dist.
    const printed = await pdfText(readFileSync(pdfFile));
    expect(printed).toContain('Summary for members and auditors');
    expect(printed).toContain(made.fingerprint);
    expect(made.summary.months.map((month) => month.month)).toEqual([...months]);
    let compared = 0;
    for (const month of made.summary.months) {
      const listed = await cli.json<{ totals: Array<{ currency: string; moneyIn: number; moneyOut: number; adjusted: number }> }>([
        'list',
        '--from',
        day(month.month, 1),
        '--to',
        lastDay(month.month),
      ]);
      const totals = listed.totals.find((total) => total.currency === month.currency) ?? { moneyIn: 0, moneyOut: 0, adjusted: 0 };
      for (const side of ['moneyIn', 'moneyOut', 'adjusted'] as const) {
        const figure = shown(month.total[side]);
        if (figure === undefined) continue;
        expect(figure, `${month.month} ${side}`).toBe(totals[side]);
        compared += 1;
      }
    }
    // Every month's money in is shown (each holds 12 or more contributions), and September's money out: at least those four were compared.
    expect(made.summary.months.every((month) => shown(month.total.moneyIn) !== undefined)).toBe(true);
    expect(compared).toBeGreaterThanOrEqual(4);
    // October's money in is less the contribution given back.
    const october = made.summary.months.find((month) => month.month === '2026-10');
    const octoberIn = Array.from({ length: 13 }, (_, index) => 3_000 + (index + 1) * 3).reduce((sum, amount) => sum + amount, 0) - (3_000 + 5 * 3);
    expect(october?.total.moneyIn).toEqual({ count: 14, amount: octoberIn });
    // Three disbursements in August are too few to show; September's twelve are shown as a total, but not split into two categories of six.
    const [august, september] = made.summary.months;
    expect(august?.outflow.aid).toEqual({ hidden: true });
    expect(september?.total.moneyOut).toEqual({ count: 12, amount: Array.from({ length: 12 }, (_, index) => 430 + index + 1).reduce((sum, amount) => sum + amount, 0) });
    expect(september?.categories.filter((category) => category.category === 'food' || category.category === 'rent').map((category) => category.moneyOut)).toEqual([{ hidden: true }, { hidden: true }]);
  }, 60_000);

  it('writes a journal that hledger adds up to the summary’s own totals', () => {
    const moneyIn = (month: SummaryMonth) => shown(month.total.moneyIn) ?? month.categories.reduce((sum, category) => sum + (shown(category.moneyIn) ?? 0), 0);
    const moneyOut = (month: SummaryMonth) => shown(month.total.moneyOut) ?? month.categories.reduce((sum, category) => sum + (shown(category.moneyOut) ?? 0), 0);
    const { months: summaryMonths } = made.summary;
    const totalIn = summaryMonths.reduce((sum, month) => sum + moneyIn(month), 0);
    expect(totalIn).toBeGreaterThan(0);
    expect(readFileSync(journalFile, 'utf8')).toMatch(/ {4}income:contributions:\S.* {2}-\d+\.\d{2} USD\n/);
    // Income is negative in double entry: the contributions, shown categories and hidden cells together.
    expect(hledgerTotal(journalFile, 'income:contributions')).toBe(-totalIn);
    const totalOut = summaryMonths.reduce((sum, month) => sum + moneyOut(month), 0);
    expect(hledgerTotal(journalFile, 'expenses')).toBe(totalOut);
    const adjusted = summaryMonths.reduce((sum, month) => sum + (shown(month.total.adjusted) ?? 0), 0);
    expect(hledgerTotal(journalFile, 'assets:group')).toBe(totalIn - totalOut + adjusted);
  });

  it('verifies with no vault and no passphrase, showing the fingerprint the summary was made with; a changed byte fails', async () => {
    const verified = await runCli(sandbox, ['audit', 'verify', summaryFile]);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`Verified: signed by the group key with fingerprint ${made.fingerprint}.`);
    expect(verified.stdout).toMatch(/^Period\s+2026-08 to 2026-10$/m);
    expect(verified.stdout).toMatch(/^Smallest figure shown\s+11 postings$/m);
    expect(verified.stdout).toContain(writtenAnchor(made.summary.ledger.anchor));
    expect(verified.stdout).toMatch(/^MONTH\s+CUR\s+MONEY IN\s+MONEY OUT\s+ADJUSTED$/m);
    expect(verified.stdout).toMatch(/^2026-08\s+USD\s+\$[\d,]+\.\d{2}\s+hidden\s+/m);
    const asJson = await runCli(sandbox, ['audit', 'verify', summaryFile, '--json']);
    expect(asJson.code).toBe(0);
    expect(JSON.parse(asJson.stdout)).toEqual({ summary: made.summary, fingerprint: made.fingerprint, fileSha256: made.fileSha256 });

    const text = readFileSync(summaryFile, 'utf8');
    const digit = /"amount": (\d)/.exec(text);
    expect(digit).not.toBeNull();
    const at = (digit?.index ?? 0) + '"amount": '.length;
    const changedDigit = file('changed-digit.json');
    writeFileSync(changedDigit, `${text.slice(0, at)}${text[at] === '9' ? '8' : String(Number(text[at]) + 1)}${text.slice(at + 1)}`);
    const withSpace = file('with-space.json');
    writeFileSync(withSpace, text.replace('"summary": {', '"summary":  {'));
    const [digitRun, spaceRun] = await Promise.all([runCli(sandbox, ['audit', 'verify', changedDigit]), runCli(sandbox, ['audit', 'verify', withSpace])]);
    expect(digitRun.code).toBe(1);
    expect(digitRun.stdout).toBe('');
    expect(refusal(digitRun)).toContain('The signature does not match the figures');
    expect(spaceRun.code).toBe(1);
    expect(refusal(spaceRun)).toContain('The file was changed after it was signed: from line');
    const missing = await runCli(sandbox, ['audit', 'verify', file('no-such-summary.json'), '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr)).toMatchObject({ error: { key: 'audit.fileNotRead' } });
    const changed = await runCli(sandbox, ['audit', 'verify', changedDigit, '--json']);
    expect(JSON.parse(changed.stderr)).toMatchObject({ error: { code: 'SUMMARY_NOT_VERIFIED', key: 'audit.signatureDoesNotMatch' } });
  }, 60_000);

  it('speaks Spanish', async () => {
    const verified = await runCli(sandbox, ['audit', 'verify', summaryFile, '--lang', 'es']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`Verificado: firmado por la clave del grupo con huella ${made.fingerprint}.`);
    expect(verified.stdout).toMatch(/^Período\s+de 2026-08 a 2026-10$/m);
    expect(verified.stdout).toMatch(/^2026-08\s+USD\s+.+\s+oculta\s+/m);
    const withSpace = file('with-space-es.json');
    writeFileSync(withSpace, readFileSync(summaryFile, 'utf8').replace('"summary": {', '"summary":  {'));
    const refused = await runCli(sandbox, ['audit', 'verify', withSpace, '--lang', 'es']);
    expect(refused.code).toBe(1);
    expect(refusal(refused)).toContain('El archivo se modificó después de firmarlo');
  });

  it('prints, as text, the file, the fingerprint to compare, how many figures are hidden and how to check it; paths are taken from where it runs', async () => {
    // Relative to the working folder, as a person types it.
    const relative = path.join('..', 'secrets', 'september.json');
    const run = await cli.run(['audit', 'summary', '--from', '2026-09', '--to', '2026-09', '-o', relative, '--k', '5']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = file('september.json');
    expect(existsSync(written)).toBe(true);
    expect(run.stdout).toContain(`Summary of 2026-09 to 2026-09 written to ${written}.`);
    expect(run.stdout).toContain(made.fingerprint);
    expect(run.stdout).toMatch(/(\d+ figures? (is|are) hidden|No figure is hidden)/);
    expect(run.stdout).toContain(`mutual-ledger audit verify ${written}`);
    const verified = await runCli(sandbox, ['audit', 'verify', written, '--json']);
    expect(JSON.parse(verified.stdout)).toMatchObject({ summary: { smallestCell: 5, period: { from: '2026-09', to: '2026-09' } }, fingerprint: made.fingerprint });
  });

  it('verify --since-summary passes while the ledger extends the summary, is no mix with --expect-head, and refuses another group’s summary', async () => {
    const since = await cli.run(['verify', '--since-summary', summaryFile]);
    expect(since.stderr).toBe('');
    expect(since.code).toBe(0);
    expect(since.stdout).toContain('It still extends the head written down.');
    const asJson = await cli.json<{ ok: boolean; headCheck: string }>(['verify', '--since-summary', summaryFile]);
    expect(asJson).toMatchObject({ ok: true, headCheck: 'ok' });

    const both = await cli.run(['verify', '--since-summary', summaryFile, '--expect-head', writtenAnchor(made.summary.ledger.anchor) ?? '']);
    expect(both.code).toBe(2);
    expect(refusal(both)).toContain('not both');
    const quick = await cli.run(['verify', '--since-summary', summaryFile, '--quick']);
    expect(quick.code).toBe(2);

    const other = sandbox.vault('another-group');
    await seedVault(other);
    const elsewhere = await cliOn(sandbox, other).run(['verify', '--since-summary', summaryFile]);
    expect(elsewhere.code).toBe(1);
    expect(refusal(elsewhere)).toContain('was signed by another key');
  }, 60_000);

  it('refuses a period not yet over, a --k too small or not a number, and a file already there, writing nothing', async () => {
    const cases: Array<{ args: string[]; code: number; says: string }> = [
      { args: ['--from', '2026-10', '--to', thisMonth], code: 1, says: `${thisMonth} has not ended yet` },
      { args: ['--from', '2026-08', '--to', '2026-10', '--k', '3'], code: 1, says: 'at least 5' },
      { args: ['--from', '2026-08', '--to', '2026-10', '--k', 'ten'], code: 2, says: '--k "ten" is not a whole number' },
      { args: ['--from', '2026-08-01', '--to', '2026-10'], code: 2, says: '--from: Write a month as YYYY-MM' },
      { args: ['--to', '2026-10'], code: 2, says: '--from YYYY-MM --to YYYY-MM' },
      { args: ['--from', '2026-10', '--to', '2026-08'], code: 1, says: 'The period ends before it starts' },
    ];
    for (const [index, { args, code, says }] of cases.entries()) {
      const target = file(`refused-${index}.json`);
      const journal = file(`refused-${index}.journal`);
      const run = await cli.run(['audit', 'summary', ...args, '-o', target, '--journal', journal]);
      expect(run.code, args.join(' ')).toBe(code);
      expect(refusal(run), args.join(' ')).toContain(says);
      expect(existsSync(target), args.join(' ')).toBe(false);
      expect(existsSync(journal), args.join(' ')).toBe(false);
    }
    const noOutput = await cli.run(['audit', 'summary', '--from', '2026-08', '--to', '2026-10']);
    expect(noOutput.code).toBe(2);
    expect(refusal(noOutput)).toContain('-o FILE');

    const existing = file('already-there.json');
    writeFileSync(existing, 'the auditor’s own notes\n');
    const overwrite = await cli.run(['audit', 'summary', '--from', '2026-08', '--to', '2026-10', '-o', existing]);
    expect(overwrite.code).toBe(1);
    expect(refusal(overwrite)).toContain(`There is already a file at ${existing}`);
    expect(readFileSync(existing, 'utf8')).toBe('the auditor’s own notes\n');
    // The summary file itself is never overwritten either.
    const copy = file('summary-copy.json');
    copyFileSync(summaryFile, copy);
    const again = await cli.run(['audit', 'summary', '--from', '2026-08', '--to', '2026-10', '-o', summaryFile]);
    expect(again.code).toBe(1);
    expect(readFileSync(summaryFile)).toEqual(readFileSync(copy));
  }, 60_000);

  it('needs the passphrase to make a summary', async () => {
    const run = await runCli(sandbox, ['audit', 'summary', '--vault', vault, '--from', '2026-08', '--to', '2026-10', '-o', file('no-passphrase.json')]);
    expect(run.code).toBe(2);
    expect(refusal(run)).toContain('MUTUAL_LEDGER_PASSPHRASE');
    expect(existsSync(file('no-passphrase.json'))).toBe(false);
  });
});
