// `mutual-ledger list` taken to a meeting: a fund's view with its running balance, and the view
// written to a CSV file, not encrypted (said plainly) or encrypted with age. Synthetic data only.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Decrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../shared/contract/index.ts';
import { oneErrorLine, runCli, sandboxForThisFile, type CliRun } from './cliRunner.ts';
import { addTwoAccounts, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

describe('mutual-ledger list --fund, the running balance, and --csv', () => {
  const vault = sandbox.vault('meeting');
  const out = path.join(sandbox.root, 'usb');
  const run = (args: string[]) => runCli(sandbox, ['list', ...args, '--vault', vault], unlockEnv);
  let identity: string;
  let recipient: string;
  let runs: Record<
    | 'fundJson'
    | 'fundText'
    | 'unknownFund'
    | 'csvJson'
    | 'csvText'
    | 'encrypted'
    | 'existing'
    | 'encryptWithoutCsv'
    | 'narrowed'
    | 'byPassphrase'
    | 'byPassphraseText'
    | 'twoLocks'
    | 'passphraseWithoutCsv',
    CliRun
  >;

  beforeAll(async () => {
    await seedVault(vault, async (client) => {
      const { bank, venmo } = await addTwoAccounts(client);
      const bail = await client.funds.add({ name: 'Bail fund', restricted: true, purpose: 'Bail and court fees' });
      const record = client.ledger.record;
      await record({ kind: 'contribution', date: '2026-10-01', amount: 100_000, accountId: bank.id, memo: 'Monthly pledges' }); // 1
      await record({ kind: 'transfer', date: '2026-10-02', amount: 40_000, accountId: bank.id, toAccountId: bank.id, toFundId: bail.id }); // 2
      await record({ kind: 'contribution', date: '2026-10-03', amount: 5_000, accountId: venmo.id, fundId: bail.id, memo: '=cmd|/C calc' }); // 3
      await record({ kind: 'disbursement', date: '2026-11-04', amount: 12_500, accountId: bank.id, fundId: bail.id, category: 'bail', recipientCode: 'R-AAA1', memo: 'Bail for A.' }); // 4
      await record({ kind: 'fee', date: '2026-11-05', amount: 300, accountId: venmo.id, memo: 'Instant transfer fee' }); // 5
    });
    mkdirSync(out);
    writeFileSync(path.join(out, 'minutes.csv'), 'the meeting’s minutes');
    identity = await generateX25519Identity();
    recipient = await identityToRecipient(identity);
    const [fundJson, fundText, unknownFund, csvJson, csvText, encrypted, existing, encryptWithoutCsv, narrowed, byPassphrase, byPassphraseText, twoLocks, passphraseWithoutCsv] = await Promise.all([
      run(['--fund', 'bail FUND', '--json']),
      run(['--fund', '2']),
      run(['--fund', 'Rent relief']),
      run(['--fund', 'Bail fund', '--csv', path.join(out, 'bail.csv'), '--json']),
      run(['--csv', path.join(out, 'all.csv'), '--lang', 'es']),
      run(['--fund', 'Bail fund', '--csv', path.join(out, 'bail.csv.age'), '--encrypt-to', recipient, '--json']),
      run(['--csv', path.join(out, 'minutes.csv')]),
      run(['--encrypt-to', recipient]),
      run(['--fund', 'Bail fund', '--kind', 'disbursement', '--json']),
      // Each passphrase costs a scrypt: two files, one opened.
      run(['--fund', 'Bail fund', '--csv', path.join(out, 'bail-words.csv.age'), '--passphrase', '--json']),
      run(['--fund', 'Bail fund', '--csv', path.join(out, 'bail-words-shown.csv.age'), '--passphrase']),
      run(['--csv', path.join(out, 'two-locks.csv.age'), '--passphrase', '--encrypt-to', recipient]),
      run(['--passphrase']),
    ]);
    runs = { fundJson, fundText, unknownFund, csvJson, csvText, encrypted, existing, encryptWithoutCsv, narrowed, byPassphrase, byPassphraseText, twoLocks, passphraseWithoutCsv };
  }, 90_000);

  it('lists a fund’s entries, a transfer between funds among them, each with the fund’s balance after it', () => {
    expect(runs.fundJson.stderr).toBe('');
    const page = JSON.parse(runs.fundJson.stdout) as { total: number; entries: LedgerRow[]; totals: unknown[] };
    expect(page.entries.map((entry) => [entry.seq, entry.balanceAfter])).toEqual([
      [4, 32_500],
      [3, 45_000],
      [2, 40_000],
    ]);
    expect(page.totals).toEqual([{ currency: 'USD', moneyIn: 45_000, moneyOut: 12_500, adjusted: 0 }]);
  });

  it('shows the running balance as a column, and none when another filter narrows the view', () => {
    expect(runs.fundText.code).toBe(0);
    const rows = runs.fundText.stdout.split('\n');
    expect(rows[0]).toMatch(/\bMEMO\s+BALANCE$/);
    expect(rows[1]).toMatch(/Bail for A\. +\$325\.00$/);
    expect(rows[3]).toMatch(/General → Bail fund +\$400\.00$/);
    const narrowed = JSON.parse(runs.narrowed.stdout) as { entries: LedgerRow[] };
    expect(narrowed.entries.map((entry) => entry.balanceAfter)).toEqual([null]);
  });

  it('refuses a fund that does not exist, naming those that do', () => {
    expect(runs.unknownFund.code).toBe(1);
    expect(runs.unknownFund.stderr).toMatch(oneErrorLine);
    expect(runs.unknownFund.stderr).toContain('Rent relief');
    expect(runs.unknownFund.stderr).toContain('Bail fund (#2)');
  });

  it('writes the view to a CSV file, says with --json which file and how many entries, and says plainly it is not encrypted', () => {
    expect(JSON.parse(runs.csvJson.stdout)).toEqual({ path: path.join(out, 'bail.csv'), rows: 3, recipient: null, passphrase: null });
    const lines = readFileSync(path.join(out, 'bail.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toBe('Entry,Date,Kind,Amount,Currency,Account,To account,Fund,To fund,Category,Recipient code,Memo,Corrects entry,Reversed by entry,Cleared,Balance after');
    expect(lines[1]).toBe('4,2026-11-04,Disbursement,-125,USD,Credit union,,Bail fund,,Bail,R-AAA1,Bail for A.,,,,325');
    expect(lines[2]).toBe('3,2026-10-03,Contribution,50,USD,Venmo,,Bail fund,,Other,,"\'=cmd|/C calc",,,,450');
    expect(runs.csvText.code).toBe(0);
    expect(runs.csvText.stdout).toContain(`5 movimientos escritos en ${path.join(out, 'all.csv')}.`);
    expect(runs.csvText.stdout).toContain('Este archivo no está cifrado');
    expect(readFileSync(path.join(out, 'all.csv'), 'utf8').split('\r\n')[0]).toMatch(/^Movimiento,Fecha,Tipo,Monto,/);
  });

  it('--encrypt-to writes a file Debian’s age opens with the identity, holding the same CSV', () => {
    expect(runs.encrypted.stderr).toBe('');
    expect(JSON.parse(runs.encrypted.stdout)).toMatchObject({ path: path.join(out, 'bail.csv.age'), rows: 3, recipient: { recipient }, passphrase: null });
    const key = sandbox.secretFile('age-key.txt', `${identity}\n`);
    expect(execFileSync('age', ['-d', '-i', key, path.join(out, 'bail.csv.age')])).toEqual(readFileSync(path.join(out, 'bail.csv')));
  });

  it('--passphrase locks the file to six words made now, given in --json and shown once in the text; they open it', async () => {
    expect(runs.byPassphrase.stderr).toBe('');
    const written = JSON.parse(runs.byPassphrase.stdout) as { path: string; rows: number; recipient: null; passphrase: string };
    expect(written).toMatchObject({ path: path.join(out, 'bail-words.csv.age'), rows: 3, recipient: null });
    expect(written.passphrase.split(' ')).toHaveLength(6);
    const decrypter = new Decrypter();
    decrypter.addPassphrase(written.passphrase);
    expect(Buffer.from(await decrypter.decrypt(readFileSync(written.path)))).toEqual(readFileSync(path.join(out, 'bail.csv')));

    expect(runs.byPassphraseText.stderr).toBe('');
    expect(runs.byPassphraseText.code).toBe(0);
    expect(runs.byPassphraseText.stdout).toContain(`3 entries written to ${path.join(out, 'bail-words-shown.csv.age')}.`);
    expect(runs.byPassphraseText.stdout).toMatch(/shown only this once:\n\n {4}(\S+ ){5}\S+\n/);
    expect(runs.byPassphraseText.stdout).not.toContain('not encrypted');
  });

  it('--passphrase with --encrypt-to, or without --csv, is a usage error that writes nothing', () => {
    expect(runs.twoLocks.code).toBe(2);
    expect(runs.twoLocks.stderr).toContain('--encrypt-to RECIPIENT or --passphrase');
    expect(runs.passphraseWithoutCsv.code).toBe(2);
    expect(runs.passphraseWithoutCsv.stderr).toContain('--passphrase encrypts the file of --csv');
  });

  it('never writes over a file already there, and --encrypt-to without --csv is a usage error; neither leaves a file', () => {
    expect(runs.existing.code).toBe(1);
    expect(runs.existing.stderr).toMatch(oneErrorLine);
    expect(runs.existing.stderr).toContain('There is already a file at');
    expect(readFileSync(path.join(out, 'minutes.csv'), 'utf8')).toBe('the meeting’s minutes');
    expect(runs.encryptWithoutCsv.code).toBe(2);
    expect(runs.encryptWithoutCsv.stderr).toContain('--encrypt-to encrypts the file of --csv');
    expect(readdirSync(out).sort()).toEqual(['all.csv', 'bail-words-shown.csv.age', 'bail-words.csv.age', 'bail.csv', 'bail.csv.age', 'minutes.csv']);
  });
});
