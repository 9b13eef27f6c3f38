import { rmSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { addAccount } from '../../../electron/core/accounts/paymentAccounts.ts';
import { appendRowFact, factsHead, latestSettingFact, verifyFacts } from '../../../electron/core/ledger/ledgerFacts.ts';
import { closeLedger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { passphrases } from '../treasuryFixture.ts';
import { noPersonalTies, openBareLedger, openEmptyLedger } from './bareLedger.ts';
import { openBehindTheAppsBack } from './behindTheAppsBack.ts';
import { say } from '../../../shared/messages/message.ts';
import { ledgerWithAccounts } from './ledgerFixture.ts';

/** A ledger with a few facts (accounts, a fund, a freeze); `tamper` then alters its facts table directly. */
async function factsAlteredBy(tamper: string[]) {
  const test = await ledgerWithAccounts();
  await test.client.funds.add({ name: 'Bail fund', restricted: true, purpose: 'Synthetic purpose' });
  await test.client.accounts.setStatus({ accountId: test.venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
  const written = await test.client.ledger.head();
  expect((await test.client.ledger.verify()).factsCheck).toEqual(say('ledger.check.ok'));
  await test.client.vault.lock({});
  const db = await openBehindTheAppsBack(test.vaultDir);
  const facts = db.prepare('SELECT seq FROM facts ORDER BY seq').pluck().all() as number[];
  for (const statement of tamper) db.exec(statement.replaceAll('$middle', String(facts[Math.floor(facts.length / 2)])).replaceAll('$last', String(facts.at(-1))));
  db.close();
  await test.client.vault.unlock({ passphrase: passphrases.treasurer });
  return { ...test, written, middle: facts[Math.floor(facts.length / 2)]!, last: facts.at(-1)! };
}

describe('verify walks the chain of facts link by link', () => {
  it('a fact deleted from the middle of the chain is reported missing', async () => {
    const { client, middle } = await factsAlteredBy(['DROP TRIGGER facts_are_never_deleted', 'DELETE FROM facts WHERE seq = $middle']);
    const result = await client.ledger.verify();
    expect(result.ok).toBe(false);
    expect(result.factsCheck).toEqual(say('ledger.check.atFact', { seq: middle + 1, problem: say('ledger.check.factMissing', { seq: middle }) }));
  });

  it('a fact relabelled as another kind, its content and hash untouched, is reported altered', async () => {
    const { client, middle } = await factsAlteredBy([
      'DROP TRIGGER facts_are_never_changed',
      "UPDATE facts SET kind = 'category-added' WHERE seq = $middle AND kind <> 'category-added'",
      "UPDATE facts SET kind = 'fund-added' WHERE seq = $middle AND kind = 'category-added'",
    ]);
    expect((await client.ledger.verify()).factsCheck).toEqual(say('ledger.check.atFact', { seq: middle, problem: say('ledger.check.contentAltered') }));
  });

  it('a fact whose chain hash alone was rewritten breaks the link', async () => {
    const { client, middle } = await factsAlteredBy(['DROP TRIGGER facts_are_never_changed', `UPDATE facts SET chain_hash = '${'0'.repeat(64)}' WHERE seq = $middle`]);
    expect((await client.ledger.verify()).factsCheck).toEqual(say('ledger.check.atFact', { seq: middle, problem: say('ledger.check.factLinkBroken') }));
  });

  it('a facts head written down beyond the chain says the facts were cut off', async () => {
    const { client, last } = await factsAlteredBy(['DROP TRIGGER facts_are_never_deleted', 'DELETE FROM facts WHERE seq = $last']);
    const head = await client.ledger.head();
    expect(head.factsHead?.seq).toBe(last - 1);
    const checked = await client.ledger.verify({ expectFactsHead: { seq: last, chainHash: 'a'.repeat(64) } });
    expect(checked.headCheck).toEqual(say('ledger.check.chainCutOff', { chain: 'facts', end: say('ledger.check.chainEnd', { seq: last - 1 }), seq: last }));
  });
});

describe('a setting kept as facts: the latest one counts', () => {
  it('the earliest date is the default until set, then the last value set', async () => {
    const { client, bank } = await ledgerWithAccounts();
    expect(await client.ledger.earliestDate()).toEqual({ earliestDate: '2000-01-01' });
    await client.ledger.setEarliestDate({ earliestDate: '2020-01-01' });
    await client.ledger.setEarliestDate({ earliestDate: '2024-06-01' });
    expect(await client.ledger.earliestDate()).toEqual({ earliestDate: '2024-06-01' });
    await expect(client.ledger.record({ kind: 'contribution', date: '2024-05-31', amount: 100, accountId: bank.id })).rejects.toMatchObject({ code: 'INVALID_ENTRY' });
    expect((await client.ledger.record({ kind: 'contribution', date: '2024-06-01', amount: 100, accountId: bank.id })).seq).toBe(1);
  });
});

describe('before the first fact, and a row that is not there', () => {
  it('a facts table with no fact yet has no head and no setting; a fact for a missing row is an internal error', async () => {
    const empty = new Database(':memory:');
    empty.exec('CREATE TABLE facts (seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, content TEXT NOT NULL, content_hash TEXT NOT NULL, chain_hash TEXT NOT NULL)');
    expect(factsHead(empty)).toBeNull();
    expect(latestSettingFact(empty, 'earliest-entry-date')).toBeUndefined();
    empty.close();
    const { db, folder } = openBareLedger('mutual-ledger-facts-');
    try {
      expect(() => appendRowFact(db, 'account-added', 999)).toThrow('no account-added row 999 to record as a fact');
    } finally {
      closeLedger(db);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('names kept under their folded key', () => {
  it('an older vault\'s clashing names, kept as "key #id", pass; a name whose key was changed behind the app\'s back does not', () => {
    const { db, folder } = openEmptyLedger('mutual-ledger-names-');
    try {
      const now = new Date('2026-11-30T12:00:00Z');
      db.prepare("INSERT INTO vault_settings (id, created_at, auto_lock_seconds) VALUES (1, '2026-01-01T00:00:00.000Z', 300)").run();
      addAccount(db, { name: 'Café', kind: 'bank', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
      // What the name-key migration leaves for a second account whose name folds to the same key.
      db.exec('DROP INDEX payment_accounts_by_name_key');
      const { lastInsertRowid } = db
        .prepare(
          "INSERT INTO payment_accounts (name, name_key, kind, currency, holder, mfa, personal_phone, personal_name, personal_card, created_at) VALUES ('CAFÉ', ?, 'bank', 'USD', 'organisation', 1, 0, 0, 0, '2026-01-02T00:00:00.000Z')",
        )
        .run('placeholder');
      db.prepare('UPDATE payment_accounts SET name_key = ? WHERE id = ?').run(`café #${lastInsertRowid}`, lastInsertRowid);
      appendRowFact(db, 'account-added', Number(lastInsertRowid));
      expect(verifyFacts(db).problem).toBeNull();
      db.prepare('UPDATE payment_accounts SET name_key = ? WHERE id = ?').run('somebody else', lastInsertRowid);
      expect(verifyFacts(db).problem?.problem).toEqual(say('ledger.check.nameKeyAltered', { row: say('ledger.check.row.account', { id: Number(lastInsertRowid) }) }));
    } finally {
      closeLedger(db);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
