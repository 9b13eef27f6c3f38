// OFX and QFX statements, with synthetic files: a bank's in OFX 1.x (SGML, unclosed leaves, CRLF), a
// bank's in OFX 2.x (XML), and a credit card's. What each transaction becomes, the stated currency and
// closing balance, transactions that cannot be read reported by line, and files refused whole.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOfxStatement } from '../../../electron/core/import/ofxStatement.ts';
import { balancesAgree, type ReadStatement } from '../../../electron/core/import/statementLine.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { largestAmount } from '../../../shared/money.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const ofx1 = fixture('bank-ofx1.ofx');
const ofx2 = fixture('bank-ofx2.qfx');
const card = fixture('card.ofx');

/** What a test compares of each line: where it starts, its id, day, amount, kind of movement, counterparty and description. */
const summary = (statement: ReadStatement | undefined) => statement?.lines.map((line) => [line.line, line.transactionId, line.date, line.amount, line.movement, line.counterparty, line.description]);

/** An OFX 2.x file with one bank statement holding these transactions. */
function ofxWith(transactions: string, statement = '<CURDEF>USD</CURDEF>'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>',
    '<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>0</TRNUID><STMTRS>',
    statement,
    '<BANKACCTFROM><BANKID>000000000</BANKID><ACCTID>000000000</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>',
    '<BANKTRANLIST>',
    transactions,
    '</BANKTRANLIST>',
    '</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>',
  ].join('\n');
}

const transaction = (posted: string, amount: string, extra = ''): string =>
  `<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>${posted}</DTPOSTED><TRNAMT>${amount}</TRNAMT><FITID>T-1</FITID>${extra}</STMTTRN>`;

describe('an OFX 1.x bank statement (SGML, leaves never closed, CRLF line ends)', () => {
  it('reads every transaction: its line, id, day, signed amount, what kind of movement it is, the name and the memo', () => {
    expect(ofx1).toContain('<TRNAMT>-40.00\r\n');
    const statement = readOfxStatement(ofx1);
    expect(statement?.unreadable).toEqual([]);
    expect(summary(statement)).toEqual([
      [43, 'SCU-20261102-01', '2026-11-02', 2_500, 'payment', 'Avery Example', 'ZELLE FROM AVERY EXAMPLE DUES & PANTRY'],
      [51, 'SCU-20261105-01', '2026-11-05', -4_000, 'payment', 'Jordan Sample', 'CHECK 1001'],
      [60, 'SCU-20261110-01', '2026-11-10', -10_000, 'transfer', 'TRANSFER TO SAVINGS', 'ONLINE TRANSFER'],
      [68, 'SCU-20261130-01', '2026-11-30', -500, 'charge', 'MONTHLY SERVICE CHARGE', null],
      [75, 'SCU-20261130-02', '2026-11-30', -250, 'charge', 'OUT-OF-NETWORK ATM FEE', null],
    ]);
  });

  it('books every line through the balance with no fee, and keeps no note: a bank’s memo is a description, never stored', () => {
    const statement = readOfxStatement(ofx1);
    expect(new Set(statement?.lines.map((line) => JSON.stringify([line.state, line.viaBalance, line.fee, line.note])))).toEqual(new Set([JSON.stringify(['booked', true, 0, null])]));
  });

  it('states its currency (CURDEF) and its closing balance (LEDGERBAL), never an opening one, so its balances are not checked', () => {
    const statement = readOfxStatement(ofx1);
    expect(statement?.currency).toBe('USD');
    expect(statement?.balances).toEqual({ opening: null, closing: 123_456 });
    expect(statement === undefined ? undefined : balancesAgree(statement)).toBeNull();
  });

  it('never copies the account number', () => {
    expect(ofx1).toContain('<ACCTID>000000000');
    for (const text of [ofx1, ofx2, card]) expect(JSON.stringify(readOfxStatement(text))).not.toContain('000000000');
  });

  it('counts the same lines with LF line ends', () => {
    expect(summary(readOfxStatement(ofx1.replace(/\r\n/g, '\n')))).toEqual(summary(readOfxStatement(ofx1)));
  });

  it('reports a transaction it cannot read by its line, and reads the rest', () => {
    const broken = ofx1
      .replace('<TRNAMT>-40.00', '<TRNAMT>-40.0.0')
      .replace('<DTPOSTED>20261110000000.000', '<DTPOSTED>20261310')
      .replace('<TRNAMT>-5.00\r\n', '')
      .replace('<DTPOSTED>20261130235959', '<DTPOSTED>Nov 30');
    const statement = readOfxStatement(broken);
    expect(statement?.unreadable).toEqual([
      { line: 51, reason: say('import.badAmount', { problem: say('amount.notAnAmount', { typed: '-40.0.0', example: '1,200.50' }) }) },
      { line: 60, reason: say('bankStatements.noSuchDay', { written: '20261310' }) },
      { line: 68, reason: say('bankStatements.ofxNoAmount') },
      { line: 74, reason: say('import.badDate', { written: 'Nov 30' }) },
    ]);
    expect(statement?.lines.map((line) => line.line)).toEqual([43]);
  });
});

describe('an OFX 2.x bank statement (XML)', () => {
  it('reads every transaction, the payee’s name (PAYEE/NAME) where there is no NAME, a plus sign and a comma for decimals', () => {
    const statement = readOfxStatement(ofx2);
    expect(statement?.unreadable).toEqual([]);
    expect(summary(statement)).toEqual([
      [36, 'SCU-SAV-0001', '2026-11-03', 15_000, 'payment', 'Avery Example', 'Mobile deposit from Avery Example & Riley Placeholder'],
      [44, 'SCU-SAV-0002', '2026-11-08', -123_456, 'payment', 'Riley Placeholder', 'Rent help for Riley Placeholder'],
      [59, 'SCU-SAV-0003', '2026-11-10', 10_000, 'transfer', 'TRANSFER FROM CHECKING', null],
      [66, 'SCU-SAV-0004', '2026-11-30', -375, 'charge', 'WIRE FEE', 'INCOMING WIRE FEE'],
    ]);
    expect(statement?.currency).toBe('USD');
    expect(statement?.balances).toEqual({ opening: null, closing: -1_234 });
  });

  it('never reads the payee’s address', () => {
    const text = JSON.stringify(readOfxStatement(ofx2));
    for (const detail of ['Example Way', 'Sampleton', '000-000-0000']) expect(text).not.toContain(detail);
  });

  it('reads the day as written, whatever the time and zone after it', () => {
    for (const posted of ['20261102', '202611021200', '20261102235959', '20261102235959.000', '20261102235959.000[-5:EST]', '20261102000000[+5.30:IST]', '20261102[0:GMT]']) {
      expect(readOfxStatement(ofxWith(transaction(posted, '-1.00')))?.lines[0]?.date, posted).toBe('2026-11-02');
    }
  });

  it('refuses a day the calendar does not have, and a date not written as OFX writes one', () => {
    const read = (posted: string) => readOfxStatement(ofxWith(transaction(posted, '-1.00')))?.unreadable.map(({ reason }) => reason);
    expect(read('20260230')).toEqual([say('bankStatements.noSuchDay', { written: '20260230' })]);
    expect(read('20251301120000')).toEqual([say('bankStatements.noSuchDay', { written: '20251301120000' })]);
    expect(read('2026-11-02')).toEqual([say('import.badDate', { written: '2026-11-02' })]);
    expect(read('')).toEqual([say('bankStatements.ofxNoDate')]);
  });

  it('reports an empty transaction at the line of its list, and reads the one after it', () => {
    const statement = readOfxStatement(ofxWith(`<STMTTRN></STMTTRN>\n${transaction('20261102', '-1.00')}`));
    expect(statement?.unreadable).toEqual([{ line: 6, reason: say('bankStatements.ofxEmptyTransaction') }]);
    expect(statement?.lines.map((line) => [line.line, line.amount])).toEqual([[8, -100]]);
  });

  it('reads amounts exactly, with a dot or a comma, and refuses more cents than the currency has', () => {
    const amount = (written: string) => {
      const statement = readOfxStatement(ofxWith(transaction('20261102', written)));
      return statement?.lines[0]?.amount ?? statement?.unreadable[0]?.reason.key;
    };
    expect(['-20.00', '-20,00', '20', '+0.07', '1,234.56', '1.234,56', '-20.001'].map(amount)).toEqual([-2_000, -2_000, 2_000, 7, 123_456, 123_456, 'import.badAmount']);
  });

  it('reads any amount of cents written as OFX writes it exactly, never through a float', () => {
    fc.assert(
      fc.property(fc.integer({ min: -largestAmount, max: largestAmount }), (minor) => {
        const written = `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;
        expect(readOfxStatement(ofxWith(transaction('20261102', written)))?.lines[0]?.amount).toBe(minor);
      }),
    );
  });

  it('marks a transaction in another currency (CURRENCY) as such, and reads one converted into the statement’s (ORIGCURRENCY) as booked', () => {
    const statement = readOfxStatement(
      ofxWith(
        [
          transaction('20261102', '-1000', '<CURRENCY><CURRATE>0.0067</CURRATE><CURSYM>JPY</CURSYM></CURRENCY>'),
          transaction('20261103', '-6.70', '<ORIGCURRENCY><CURRATE>0.0067</CURRATE><CURSYM>JPY</CURSYM></ORIGCURRENCY>'),
        ].join('\n'),
      ),
    );
    expect(statement?.lines.map((line) => [line.amount, line.state])).toEqual([
      [-1_000, 'otherCurrency'],
      [-670, 'booked'],
    ]);
  });

  it('reads a leaf left empty in OFX 1.x, and a file whose leaves are closed in some places and not in others', () => {
    const mixed = ofx1.replace('<NAME>Jordan Sample\r\n', '<NAME>Jordan Sample</NAME>\r\n').replace('<MEMO>CHECK 1001\r\n', '<MEMO>\r\n');
    expect(summary(readOfxStatement(mixed))?.[1]).toEqual([51, 'SCU-20261105-01', '2026-11-05', -4_000, 'payment', 'Jordan Sample', null]);
  });
});

describe('an OFX credit card statement', () => {
  it('reads the card’s transactions (CCSTMTRS) with its currency and closing balance', () => {
    const statement = readOfxStatement(card);
    expect(statement?.unreadable).toEqual([]);
    expect(summary(statement)).toEqual([
      [37, 'CARD-0001', '2026-11-04', -4_510, 'payment', 'Synthetic Grocer', 'Pantry restock for Casey Nobody'],
      [45, 'CARD-0002', '2026-11-12', -30_000, 'transfer', 'BALANCE TRANSFER', null],
      [52, 'CARD-0003', '2026-11-15', -900, 'charge', 'BALANCE TRANSFER FEE', null],
      [59, 'CARD-0004', '2026-11-20', 20_000, 'payment', 'PAYMENT THANK YOU', null],
    ]);
    expect(statement?.currency).toBe('CAD');
    expect(statement?.balances).toEqual({ opening: null, closing: -15_410 });
  });
});

describe('a file that is not OFX, or is OFX that cannot be read', () => {
  it('is not OFX when it is a CSV or any other text', () => {
    for (const text of [
      fixture('venmo.csv'),
      fixture('bank.csv'),
      'Date,Description,Amount\n2026-11-01,Coffee,-3.00\n',
      'Dear treasurer, <OFX> is a file format.',
      '',
      '<?xml version="1.0"?><rss></rss>',
    ]) {
      expect(readOfxStatement(text)).toBeUndefined();
    }
  });

  const refused = (text: string) => {
    try {
      readOfxStatement(text);
    } catch (error) {
      if (error instanceof TreasuryError) return { code: error.code, reason: error.reason };
      throw error;
    }
    throw new Error('read');
  };

  it('refuses tags that do not close what they open, by the line they are on', () => {
    const broken = ofx2.replace('</STMTRS>', '</STMTRX>');
    const line = broken.slice(0, broken.indexOf('</STMTRX>')).split('\n').length;
    expect(refused(broken)).toEqual({ code: 'INVALID_INPUT', reason: say('bankStatements.ofxUnreadable', { line }) });
    // An aggregate left open is found where the one around it closes.
    const unclosed = ofx1.replace('</BANKTRANLIST>\r\n', '');
    expect(refused(unclosed)).toEqual({ code: 'INVALID_INPUT', reason: say('bankStatements.ofxUnreadable', { line: unclosed.slice(0, unclosed.indexOf('</STMTRS>')).split('\n').length }) });
    expect(refused('OFXHEADER:100\nDATA:OFXSGML\n')).toEqual({ code: 'INVALID_INPUT', reason: say('bankStatements.ofxUnreadable', { line: 3 }) });
  });

  it('refuses a file with no bank or card statement, one with several accounts’ statements, and one with no currency', () => {
    expect(refused(ofx1.replace(/BANKMSGSRSV1/g, 'INVSTMTMSGSRSV1'))).toEqual({ code: 'INVALID_INPUT', reason: say('bankStatements.ofxNoStatement') });
    const twice = ofx2.replace('</STMTTRNRS>', '</STMTTRNRS>' + ofx2.slice(ofx2.indexOf('<STMTTRNRS>'), ofx2.indexOf('</STMTTRNRS>') + '</STMTTRNRS>'.length));
    expect(refused(twice)).toEqual({ code: 'INVALID_INPUT', reason: say('bankStatements.ofxSeveralStatements', { count: 2 }) });
    expect(refused(ofxWith(transaction('20261102', '-1.00'), ''))).toEqual({ code: 'INVALID_INPUT', reason: say('bankStatements.ofxNoCurrency') });
  });

  it('never throws anything but its own refusal, whatever bytes are put anywhere in it', () => {
    fc.assert(
      fc.property(fc.constantFrom(ofx1, ofx2, card), fc.string({ unit: 'binary', maxLength: 400 }), fc.nat(), (text, noise, at) => {
        const place = at % (text.length + 1);
        try {
          readOfxStatement(`${text.slice(0, place)}${noise}${text.slice(place)}`);
        } catch (error) {
          expect(error).toBeInstanceOf(TreasuryError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
