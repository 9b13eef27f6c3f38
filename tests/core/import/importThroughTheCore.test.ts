// Importing a statement through the contract, as the screen and the CLI do: the preview first (what
// is booked, skipped and refused, and what is dropped), then the import, in one transaction, of
// exactly what the preview showed. Synthetic data only.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticVenmoStatement } from '../../bench/importBench.ts';
import { noPersonalTies } from '../ledger/bareLedger.ts';
import { passphrases, rejection, startTreasury, type TestTreasury } from '../treasuryFixture.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const venmo = fixture('venmo.csv');

/** The credit union's side of the month, as its OFX download says it: Venmo's transfer arriving two days later, and another deposit of Venmo's cash-out. */
const creditUnionOfx = (transactions: Array<{ type: string; day: string; amount: string; id: string }>) => `<?xml version="1.0" encoding="UTF-8"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>0</TRNUID><STMTRS><CURDEF>USD</CURDEF>
<BANKACCTFROM><BANKID>000000000</BANKID><ACCTID>000000000</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
<BANKTRANLIST><DTSTART>20261101</DTSTART><DTEND>20261130</DTEND>
${transactions.map(({ type, day, amount, id }) => `<STMTTRN><TRNTYPE>${type}</TRNTYPE><DTPOSTED>202611${day}</DTPOSTED><TRNAMT>${amount}</TRNAMT><FITID>${id}</FITID><NAME>VENMO CASHOUT</NAME></STMTTRN>`).join('\n')}
</BANKTRANLIST><LEDGERBAL><BALAMT>60.00</BALAMT><DTASOF>20261130</DTASOF></LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
`;

const opened: TestTreasury[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.treasury.close();
});

/** A vault on 2026-11-30 with the group's Venmo and the credit union behind it. */
async function groupWithVenmo() {
  const test = startTreasury({ now: new Date('2026-11-30T12:00:00Z') });
  opened.push(test);
  await test.client.vault.create({ vaultDir: test.vaultDir, passphrase: passphrases.treasurer });
  const venmoAccount = await test.client.accounts.add({ name: 'Venmo', kind: 'venmo', currency: 'USD', handle: '@synthetic-mutual-aid', holder: 'organisation', security: noPersonalTies });
  const bank = await test.client.accounts.add({ name: 'Credit union', kind: 'credit-union', currency: 'USD', handle: '0042', holder: 'organisation', security: noPersonalTies });
  return { test, client: test.client, venmo: venmoAccount, bank };
}

describe('importing a Venmo statement', () => {
  it('previews every row: booked, not booked and why, and what is dropped, writing nothing', async () => {
    const { client, venmo: account, bank } = await groupWithVenmo();
    const preview = await client.import.preview({ text: venmo, accountId: account.id, linkedAccountId: bank.id });
    expect(preview.format).toBe('venmo');
    expect(preview.rows.map((row) => [row.line, row.outcome, row.entries.map((entry) => `${entry.kind} ${entry.amount}`).join(' + ')])).toEqual([
      [5, 'book', 'contribution 2500'],
      [6, 'book', 'disbursement 4000'],
      [7, 'book', 'disbursement 1250'],
      [8, 'book', 'transfer 5000'],
      [9, 'notBooked', ''],
      [10, 'notBooked', ''],
      [11, 'book', 'transfer 1000 + fee 25'],
    ]);
    // The card payment is paid from the credit union, not the Venmo balance.
    expect(preview.rows[2]?.entries[0]?.accountId).toBe(bank.id);
    expect(preview.rows[4]?.reason?.key).toBe('import.pending');
    expect(preview.counts).toMatchObject({ book: 5, notBooked: 2, problem: 0 });
    expect(preview.booking).toEqual({ entries: 6, moneyIn: 2_500, moneyOut: 4_000 + 1_250 + 25 });
    expect(preview.balances).toEqual({ opening: 10_000, closing: 2_475, agree: true });
    expect(preview.dropped).toMatchObject({ counterparties: 3 });
    expect((await client.ledger.head({})).entries).toBe(0);
  });

  it('books the rows in one go, and importing the same file again adds nothing', async () => {
    const { client, venmo: account, bank } = await groupWithVenmo();
    const request = { text: venmo, accountId: account.id, linkedAccountId: bank.id };
    const preview = await client.import.preview(request);
    const imported = await client.import.apply({ ...request, planDigest: preview.planDigest });
    expect([imported.firstSeq, imported.lastSeq]).toEqual([1, 6]);
    const balances = await client.ledger.balances({});
    // Venmo: +25.00 − 40.00 − 50.00 − 10.25 from nothing; the credit union: −12.50 + 50.00 + 10.00.
    const balance = (name: string) => balances.accounts.find((row) => row.name === name)?.balance;
    expect([balance('Venmo'), balance('Credit union')]).toEqual([2_500 - 4_000 - 5_000 - 1_025, -1_250 + 5_000 + 1_000]);
    const again = await client.import.apply(request);
    expect(again.preview.counts).toMatchObject({ book: 0, duplicate: 5, notBooked: 2 });
    // Without the linked account too: the card payment booked on the credit union is known by its id.
    expect((await client.import.preview({ text: venmo, accountId: account.id })).counts).toMatchObject({ duplicate: 5, problem: 0 });
    expect(again.firstSeq).toBeNull();
    expect((await client.ledger.head({})).entries).toBe(6);
    expect((await client.ledger.verify({})).ok).toBe(true);
  });

  it('turns each counterparty into a recipient code, the same across imports, and keeps no name', async () => {
    const { client, venmo: account, bank } = await groupWithVenmo();
    await client.import.apply({ text: venmo, accountId: account.id, linkedAccountId: bank.id });
    const { entries } = await client.ledger.list({});
    const contribution = entries.find((entry) => entry.kind === 'contribution');
    expect(contribution?.recipientCode).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{8}$/u);
    expect(contribution?.memo).toBe('Dues for November');
    const renamed = venmo.replaceAll('9000000000000000001', '9000000000000000101').replace('Dues for November', 'Dues for December');
    const next = await client.import.preview({ text: renamed, accountId: account.id, linkedAccountId: bank.id });
    expect(next.rows.find((row) => row.line === 5)?.entries[0]?.recipientCode).toBe(contribution?.recipientCode);
    expect(JSON.stringify(entries)).not.toMatch(/Avery|Jordan|Riley|Example|Sample|Placeholder/u);
  });

  it('refuses rows it needs the linked account for, and writes nothing', async () => {
    const { client, venmo: account } = await groupWithVenmo();
    const preview = await client.import.preview({ text: venmo, accountId: account.id });
    expect(preview.needsLinkedAccount).toBe(true);
    expect(preview.rows.filter((row) => row.outcome === 'problem').map((row) => [row.line, row.reason?.key])).toEqual([
      [7, 'import.cardNeedsLinked'],
      [8, 'import.transferNeedsLinked'],
      [11, 'import.transferNeedsLinked'],
    ]);
    const refused = await rejection(client.import.apply({ text: venmo, accountId: account.id }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.reason).toEqual({ key: 'import.refusedForProblems', params: { count: 3 } });
    expect(refused.hints?.map((hint) => (hint.params as { line: number }).line)).toEqual([7, 8, 11]);
    expect((await client.ledger.head({})).entries).toBe(0);
  });

  it('refuses to write anything but what the preview showed', async () => {
    const { client, venmo: account, bank } = await groupWithVenmo();
    const request = { text: venmo, accountId: account.id, linkedAccountId: bank.id };
    const preview = await client.import.preview(request);
    await client.ledger.record({ kind: 'disbursement', date: '2026-11-03', amount: 4_000, accountId: account.id });
    const refused = await rejection(client.import.apply({ ...request, planDigest: preview.planDigest }));
    expect(refused.reason.key).toBe('import.changedSincePreview');
    expect((await client.ledger.head({})).entries).toBe(1);
  });

  it('flags an entry typed in by hand with the same date and amount, and books it only when told to', async () => {
    const { client, venmo: account, bank } = await groupWithVenmo();
    await client.ledger.record({ kind: 'disbursement', date: '2026-11-03', amount: 4_000, accountId: account.id, recipientCode: 'R-HANDTYPED' });
    const request = { text: venmo, accountId: account.id, linkedAccountId: bank.id };
    const preview = await client.import.preview(request);
    expect(preview.rows.find((row) => row.line === 6)).toMatchObject({ outcome: 'possibleDuplicate', matchesSeq: 1 });
    const chosen = await client.import.preview({ ...request, bookAnyway: [6] });
    expect(chosen.rows.find((row) => row.line === 6)).toMatchObject({ outcome: 'book', matchesSeq: 1, reason: { key: 'import.bookedAnyway' } });
    expect(chosen.planDigest).not.toBe(preview.planDigest);
  });

  it('matches a transfer already booked from the other side instead of doubling it', async () => {
    const { client, venmo: account, bank } = await groupWithVenmo();
    // The credit union's side, recorded a day after Venmo sent it.
    await client.ledger.record({ kind: 'transfer', date: '2026-11-08', amount: 5_000, accountId: account.id, toAccountId: bank.id });
    const preview = await client.import.preview({ text: venmo, accountId: account.id, linkedAccountId: bank.id });
    expect(preview.rows.find((row) => row.line === 8)).toMatchObject({ outcome: 'matchedTransfer', matchesSeq: 1, reason: { key: 'import.transferMatched' } });
    // The other transfer, of another amount, is booked.
    expect(preview.rows.find((row) => row.line === 11)?.outcome).toBe('book');
    await client.import.apply({ text: venmo, accountId: account.id, linkedAccountId: bank.id });
    expect((await client.ledger.list({ kind: 'transfer' })).entries.map((entry) => entry.amount)).toEqual([1_000, 5_000]);
  });

  it('imports a frozen account’s history, marking the rows after the freeze', async () => {
    const { client, venmo: account, bank } = await groupWithVenmo();
    await client.accounts.setStatus({ accountId: account.id, status: 'frozen', date: '2026-11-04', reason: 'Platform review' });
    const preview = await client.import.preview({ text: venmo, accountId: account.id, linkedAccountId: bank.id });
    expect(preview.rows.filter((row) => row.afterFreeze).map((row) => row.line)).toEqual([8, 11]);
    const imported = await client.import.apply({ text: venmo, accountId: account.id, linkedAccountId: bank.id });
    expect(imported.lastSeq).toBe(6);
  });

  it('proposes categories from the treasurer’s rules, in order, the first that matches winning', async () => {
    const { client, venmo: account, bank } = await groupWithVenmo();
    await client.rules.add({ contains: 'groceries', category: 'food', direction: 'out' });
    await client.rules.add({ contains: 'BUS', category: 'transport' });
    const pantry = await client.rules.add({ contains: 'pantry', category: 'utilities', position: 1 });
    expect((await client.rules.list({})).map((rule) => [rule.position, rule.contains])).toEqual([
      [1, 'pantry'],
      [2, 'groceries'],
      [3, 'BUS'],
    ]);
    const categoryOf = async (line: number) => {
      const preview = await client.import.preview({ text: venmo, accountId: account.id, linkedAccountId: bank.id });
      const row = preview.rows.find((found) => found.line === line);
      return [row?.entries[0]?.category, row?.ruleApplied];
    };
    // "Groceries, pantry": the pantry rule comes first.
    expect(await categoryOf(6)).toEqual(['utilities', true]);
    expect(await categoryOf(7)).toEqual(['transport', true]);
    expect(await categoryOf(5)).toEqual(['other', false]);
    await client.rules.move({ id: pantry.id, position: 3 });
    expect(await categoryOf(6)).toEqual(['food', true]);
    await client.rules.remove({ id: pantry.id });
    expect((await client.rules.list({})).map((rule) => rule.position)).toEqual([1, 2]);
    expect((await rejection(client.rules.add({ contains: 'x', category: 'no such category' }))).reason.key).toBe('ledger.unknownCategory');
    expect((await rejection(client.rules.remove({ id: 99 }))).code).toBe('NOT_FOUND');
  });

  it('proposes a renamed category by the name it is shown by, and books it by the name its entries carry', async () => {
    const { client, venmo: account, bank } = await groupWithVenmo();
    await client.categories.add({ name: 'groceris' });
    await client.rules.add({ contains: 'groceries', category: 'groceris', direction: 'out' });
    await client.categories.rename({ name: 'groceris', to: 'groceries' });
    const preview = await client.import.preview({ text: venmo, accountId: account.id, linkedAccountId: bank.id });
    // "Groceries, pantry"
    expect(preview.rows.find((row) => row.line === 6)?.entries[0]?.category).toBe('groceries');
    await client.import.apply({ text: venmo, accountId: account.id, linkedAccountId: bank.id });
    expect((await client.ledger.list({ category: 'groceris' })).entries.map((entry) => entry.category)).toEqual(['groceries']);
    expect((await client.ledger.verify({})).ok).toBe(true);
  });

  it('detects each format, and refuses a file of another kind clearly', async () => {
    const { client, venmo: account } = await groupWithVenmo();
    const formats = { 'venmo.csv': 'venmo', 'paypal-long.csv': 'paypal', 'paypal-short.csv': 'paypal', 'cashapp.csv': 'cashapp', 'bank-ofx1.ofx': 'ofx', 'bank-ofx2.qfx': 'ofx' } as const;
    for (const [file, format] of Object.entries(formats)) expect((await client.import.preview({ text: fixture(file), accountId: account.id })).format, file).toBe(format);
    for (const text of ['Date,Description,Amount\n2026-11-01,Coffee,-3.00\n', '{"transactions": []}', '', fixture('bank.csv')]) {
      const refused = await rejection(client.import.preview({ text, accountId: account.id }));
      expect(refused.reason.key).toBe('import.unknownFormat');
    }
    expect((await rejection(client.import.preview({ text: venmo, accountId: account.id, format: 'paypal' }))).reason).toEqual({ key: 'import.notThisFormat', params: { format: 'PayPal' } });
    expect((await rejection(client.import.preview({ text: venmo, accountId: account.id, format: 'csv' }))).reason.key).toBe('import.csvNeedsMapping');
  });

  it('matches the bank’s side of a Venmo transfer imported later, and flags a deposit that only looks like one', async () => {
    const { client, venmo: account, bank } = await groupWithVenmo();
    await client.import.apply({ text: venmo, accountId: account.id, linkedAccountId: bank.id });
    const bankSide = creditUnionOfx([
      { type: 'XFER', day: '09', amount: '50.00', id: 'SCU-1' },
      { type: 'DEP', day: '13', amount: '10.00', id: 'SCU-2' },
      { type: 'DEP', day: '20', amount: '10.00', id: 'SCU-3' },
    ]);
    const preview = await client.import.preview({ text: bankSide, accountId: bank.id });
    expect(preview.rows.map((row) => [row.line > 0, row.outcome, row.matchesSeq])).toEqual([
      [true, 'matchedTransfer', 4],
      [true, 'possibleTransfer', 5],
      [true, 'book', null],
    ]);
    await client.import.apply({ text: bankSide, accountId: bank.id });
    // Two transfers, not four: the bank's two sides were matched and flagged, and only the deposit of the 20th was booked.
    expect((await client.ledger.list({ kind: 'transfer' })).entries).toHaveLength(2);
    expect((await client.ledger.list({ accountId: bank.id, kind: 'contribution' })).entries.map((entry) => [entry.date, entry.amount])).toEqual([['2026-11-20', 1_000]]);
  });

  it('refuses rows dated before the vault’s earliest date or in the future, by line, and writes nothing', async () => {
    const { client, venmo: account, bank } = await groupWithVenmo();
    await client.ledger.setEarliestDate({ earliestDate: '2026-11-04' });
    const request = { text: venmo.replace('2026-11-12T07:00:00', '2026-12-25T07:00:00'), accountId: account.id, linkedAccountId: bank.id };
    const preview = await client.import.preview(request);
    expect(preview.rows.filter((row) => row.outcome === 'problem').map((row) => [row.line, row.reason?.key])).toEqual([
      [5, 'ledger.datedTooEarly'],
      [6, 'ledger.datedTooEarly'],
      [11, 'ledger.datedInFuture'],
    ]);
    expect((await rejection(client.import.apply(request))).reason).toEqual({ key: 'import.refusedForProblems', params: { count: 3 } });
    expect((await client.ledger.head({})).entries).toBe(0);
  });
});

describe('a large statement', () => {
  /** The progress the core reported since the last time this was asked. */
  const reported = (test: TestTreasury) => test.events.splice(0).flatMap((event) => (event.name === 'progress' ? [event.payload] : []));

  /** The group's Venmo with 12,000 synthetic rows to import, on the day after the statement's last. */
  async function largeStatement() {
    const group = await groupWithVenmo();
    group.test.clock.now = new Date('2026-12-02T12:00:00Z');
    return { ...group, request: { text: syntheticVenmoStatement(12_000), accountId: group.venmo.id, linkedAccountId: group.bank.id } };
  }

  it('reports how far the preview is, row by row, then the import, entry by entry', async () => {
    const { test, client, request } = await largeStatement();
    reported(test);
    const preview = await client.import.preview(request);
    expect(reported(test)).toEqual([0, 5_000, 10_000].map((done) => ({ work: 'import', step: 'rows', done, total: 12_000 })));
    const written = preview.booking.entries;
    expect(written).toBeGreaterThan(10_000);
    const imported = await client.import.apply({ ...request, planDigest: preview.planDigest });
    expect(reported(test)).toEqual([5_000, 10_000].map((done) => ({ work: 'import', step: 'writing', done, total: written })));
    expect([imported.firstSeq, imported.lastSeq]).toEqual([1, written]);
  });

  /** The large statement previewed, and its import under way: its first entries written. */
  async function importUnderWay() {
    const { test, client, request } = await largeStatement();
    const preview = await client.import.preview(request);
    reported(test);
    const importing = rejection(client.import.apply({ ...request, planDigest: preview.planDigest }));
    while (!reported(test).some((progress) => progress.step === 'writing')) await new Promise((resolve) => setImmediate(resolve));
    return { test, client, importing };
  }

  it('stops part way when the vault is locked, and writes nothing', async () => {
    const { client, importing } = await importUnderWay();
    await client.vault.lock({ reason: 'manual' });
    expect(await importing).toMatchObject({ code: 'WORK_CANCELLED', reason: { key: 'vault.stoppedByLock' } });
    await client.vault.unlock({ passphrase: passphrases.treasurer });
    expect(await client.ledger.head({})).toMatchObject({ entries: 0 });
  });

  it('stops part way when the core shuts down (Ctrl-C in the CLI, the app quitting), and writes nothing', async () => {
    const { test, importing } = await importUnderWay();
    const closing = test.treasury.close();
    expect((await importing).code).toBe('WORK_CANCELLED');
    await closing;

    const reopened = startTreasury({ root: test.root, now: test.clock.now });
    opened.push(reopened);
    await reopened.client.vault.unlock({ passphrase: passphrases.treasurer });
    expect(await reopened.client.ledger.head({})).toMatchObject({ entries: 0 });
    expect((await reopened.client.ledger.verify({})).ok).toBe(true);
  });
});
