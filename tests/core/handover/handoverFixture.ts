// A vault with something in every part a handover carries, made through the contract as a treasurer
// would over three years: accounts (one frozen), a restricted fund, a category of the group's own,
// a reconciliation that cleared every entry up to its date (some of them shredded later, so their
// cleared rows outlive them), entries with memos, codes and receipts, a retention run that shredded whole
// months, a hold placed and lifted, import rules and a column mapping; and what must stay behind:
// TOTP with its backup codes, and a co-treasurer's slot. Synthetic data only.
import { execFileSync } from 'node:child_process';
import { open } from 'node:fs/promises';
import { ageFileChunks, type AgeKey } from '../../../electron/core/handover/ageFile.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';
import { noPersonalTies } from '../ledger/bareLedger.ts';
import { passphrases, startTreasury, type TestTreasury } from '../treasuryFixture.ts';

/** The day the vault is handed over. */
export const handoverDay = new Date('2026-11-20T12:00:00Z');

/** A memo only this fixture writes: looked for on disk, where it must never be in plain text. */
export const canaryMemo = 'HANDOVER-CANARY-7QX pantry restock';

/** What every PNG file starts with: enough for the app to take a receipt as one. */
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A code from Debian's oathtool at a given moment. */
function oathtool(secret: string, at: Date): string {
  const moment = at.toISOString().replace('T', ' ').slice(0, 19);
  return execFileSync('oathtool', ['--totp', '-b', secret, '--now', `${moment} UTC`], { encoding: 'utf8' }).trim();
}

/** Makes the outgoing treasurer's vault, unlocked. */
export async function outgoingVault(): Promise<TestTreasury> {
  const test = startTreasury({ now: handoverDay });
  const { client } = test;
  await client.vault.create({ vaultDir: test.vaultDir, passphrase: passphrases.treasurer });
  const bank = await client.accounts.add({ name: 'Credit union', kind: 'credit-union', currency: 'USD', handle: '0042', holder: 'organisation', security: noPersonalTies });
  const venmo = await client.accounts.add({
    name: 'Venmo (pantry)',
    kind: 'venmo',
    currency: 'USD',
    handle: '@pantry-synthetic',
    holder: 'member',
    security: { ...noPersonalTies, personalPhone: true },
  });
  const bail = await client.funds.add({ name: 'Bail fund', restricted: true, purpose: 'Bail only' });
  await client.categories.add({ name: 'pantry' });
  for (let month = 0; month < 35; month += 1) {
    const date = `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    await client.ledger.record({ kind: 'contribution', date: `${date}-05`, amount: 10_000 + month, accountId: bank.id, memo: `Dues ${date} ${canaryMemo}` });
    await client.ledger.record({ kind: 'contribution', date: `${date}-06`, amount: 5_000, accountId: bank.id, fundId: bail.id, memo: 'Bail drive' });
    await client.ledger.record({
      kind: 'disbursement',
      date: `${date}-20`,
      amount: 2_500 + month,
      accountId: bank.id,
      category: month % 2 === 0 ? 'food' : 'pantry',
      recipientCode: `R-${String(month).padStart(8, '0')}`,
      receipt: { mediaType: 'image/png', dataBase64: Buffer.concat([pngSignature, Buffer.from(`synthetic receipt ${date}`)]).toString('base64') },
    });
  }
  await client.ledger.record({ kind: 'transfer', date: '2026-10-01', amount: 3_000, accountId: bank.id, toAccountId: venmo.id });
  await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-10-15', reason: 'Platform review (synthetic)' });
  await client.accounts.reconcile({ accountId: bank.id, date: '2026-10-31', statementBalance: 1_234_567 });
  await client.rules.add({ contains: 'groceries', category: 'food', direction: 'out' });
  await client.mappings.add({ name: 'Synthetic Credit Union', dateColumn: 'Posted', dateFormat: 'DD/MM/YYYY', decimalSeparator: ',', inColumn: 'In', outColumn: 'Out', descriptionColumn: 'Details' });
  await client.hold.place({ note: 'Subpoena, synthetic case 0001' });
  await client.hold.lift({ confirmWith: { passphrase: passphrases.treasurer } });
  await client.retention.set({ recommended: true });
  await client.retention.apply({});
  const { secret } = await client.totp.beginEnrolment();
  await client.totp.confirmEnrolment({ code: oathtool(secret, handoverDay) });
  await client.vault.setCoTreasurerPassphrase({ passphrase: passphrases.coTreasurer, confirmWith: { passphrase: passphrases.treasurer } });
  return test;
}

/** Everything a treasurer can read of a vault through the contract, to compare two vaults by. */
export async function whatTheVaultShows(client: TreasuryClient): Promise<unknown> {
  const entries = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await client.ledger.list({ limit: 1000, offset });
    entries.push(...page.entries);
    if (page.entries.length < 1000) break;
  }
  const { accounts } = await client.accounts.list();
  const histories = await Promise.all(accounts.map((account) => client.accounts.history({ accountId: account.id })));
  const retention = await client.retention.show({});
  const receipts = await Promise.all(entries.filter((entry) => entry.hasReceipt).map((entry) => client.ledger.receipt({ seq: entry.seq })));
  return {
    entries,
    receipts,
    accounts,
    histories,
    funds: await client.funds.list(),
    categories: await client.categories.list(),
    balances: await client.ledger.balances({}),
    head: await client.ledger.head({}),
    retention,
    hold: await client.hold.status({}),
    rules: await client.rules.list(),
    mappings: await client.mappings.list(),
    earliest: await client.ledger.earliestDate({}),
  };
}

/** The plaintext payload of a handover file, opened as the app opens it. */
export async function payloadOf(path: string, key: AgeKey): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of ageFileChunks(file, key)) chunks.push(chunk);
    return Buffer.concat(chunks);
  } finally {
    await file.close();
  }
}

/** How many rows each section of a payload holds, by its closing lines. */
export function sectionRows(payload: Buffer): Record<string, number> {
  const lines = payload.toString('utf8').split('\n');
  return Object.fromEntries(
    lines.flatMap((line) => {
      if (!line.startsWith('{"end"')) return [];
      const end = JSON.parse(line) as { end: string; rows?: number; sections?: number };
      return end.rows === undefined ? [] : [[end.end, end.rows]];
    }),
  );
}
