import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { passphrases } from '../treasuryFixture.ts';
import { chainHash } from '../../../electron/core/ledger/entryHash.ts';
import { forgedContentHash, openBehindTheAppsBack } from './behindTheAppsBack.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { ledgerWithAccounts } from './ledgerFixture.ts';

const passed = say('ledger.check.ok');

// A hash chain inside the vault cannot tell a ledger cut short, or re-hashed from some entry on,
// from an honest one: only a head written down outside the vault can. And what gives the entries
// their meaning (freezes, funds and their restrictions, reconciliations) is chained too.
describe('the chain can be anchored, and the facts beside the entries are chained', () => {
  it('reports the entry count and both chain heads, and a head written down is extended by later entries', async () => {
    const { client, bank } = await ledgerWithAccounts();
    expect(await client.ledger.head()).toMatchObject({ entries: 0, head: null, factsHead: { seq: expect.any(Number) } });
    for (const amount of [1_000, 2_000]) await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount, accountId: bank.id });
    const written = await client.ledger.head();
    expect(written).toMatchObject({ entries: 2, head: { seq: 2, chainHash: expect.stringMatching(/^[0-9a-f]{64}$/) } });

    await client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 3_000, accountId: bank.id });
    const later = await client.ledger.verify({ expectHead: written.head!, expectFactsHead: written.factsHead! });
    expect(later).toMatchObject({ ok: true, headCheck: passed, entries: 3, head: { seq: 3 } });
    expect(await client.ledger.verify()).toMatchObject({ ok: true, headCheck: say('ledger.check.notAsked') });
  });

  it('catches the last entry deleted and the monthly totals rebuilt, which the chain alone cannot', async () => {
    const { client, bank, vaultDir } = await ledgerWithAccounts();
    for (const amount of [1_000, 2_000, 3_000]) await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount, accountId: bank.id });
    const { head } = await client.ledger.head();
    await client.vault.lock({});

    const db = await openBehindTheAppsBack(vaultDir);
    db.exec('DROP TRIGGER entries_are_never_deleted');
    db.prepare('DELETE FROM entries WHERE seq = 3').run();
    db.prepare('UPDATE monthly_totals SET delta = delta - 3000, postings = postings - 1, gross = gross - 3000').run();
    db.close();

    await client.vault.unlock({ passphrase: passphrases.treasurer });
    expect((await client.ledger.verify()).ok).toBe(true);
    const anchored = await client.ledger.verify({ expectHead: head! });
    expect(anchored.ok).toBe(false);
    expect(anchored.headCheck).toEqual(say('ledger.check.chainCutOff', { chain: 'entries', end: say('ledger.check.chainEnd', { seq: 2 }), seq: 3 }));
  });

  it('catches a ledger rewritten from an entry on and re-hashed to the end', async () => {
    const { client, bank, vaultDir } = await ledgerWithAccounts();
    for (const amount of [1_000, 2_000, 3_000]) await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount, accountId: bank.id });
    const { head } = await client.ledger.head();
    await client.vault.lock({});

    // The forger knows the format: re-hash entry 2 and every chain hash after it.
    const db = await openBehindTheAppsBack(vaultDir);
    db.exec('DROP TRIGGER entries_are_never_changed');
    const rows = db.prepare('SELECT * FROM entries ORDER BY seq').all() as Array<Record<string, string | number | null>>;
    let previous = String(rows[0]!.chain_hash);
    for (const row of rows.slice(1)) {
      const amount = row.seq === 2 ? 200 : Number(row.amount);
      const content = forgedContentHash(row, { amount });
      previous = chainHash(previous, content, Number(row.seq));
      db.prepare('UPDATE entries SET amount = ?, content_hash = ?, chain_hash = ? WHERE seq = ?').run(amount, content, previous, row.seq);
    }
    db.exec("UPDATE monthly_totals SET delta = delta - 1800, gross = gross - 1800 WHERE posting_kind = 'contribution'");
    db.close();

    await client.vault.unlock({ passphrase: passphrases.treasurer });
    expect((await client.ledger.verify()).ok).toBe(true);
    const anchored = await client.ledger.verify({ expectHead: head! });
    expect(anchored).toMatchObject({ ok: false, headCheck: say('ledger.check.chainRewritten', { chain: 'entries', seq: 3 }) });
  });

  it('catches a freeze deleted, a fund un-restricted and a reconciliation changed behind the app’s back', async () => {
    const tampering = [
      {
        sql: ['DROP TRIGGER status_changes_are_never_deleted', 'DELETE FROM account_status_changes'],
        found: say('ledger.check.rowGone', { row: say('ledger.check.row.statusChange', { id: 1 }) }),
      },
      { sql: ['UPDATE funds SET restricted = 0 WHERE id = 2'], found: say('ledger.check.rowNotAsRecorded', { row: say('ledger.check.row.fund', { id: 2 }) }) },
      {
        sql: ['DROP TRIGGER reconciliations_are_never_changed', 'UPDATE reconciliations SET statement_balance = 1'],
        found: say('ledger.check.rowNotAsRecorded', { row: say('ledger.check.row.reconciliation', { id: 1 }) }),
      },
      { sql: ["UPDATE payment_accounts SET currency = 'EUR' WHERE id = 1"], found: say('ledger.check.rowNotAsRecorded', { row: say('ledger.check.row.account', { id: 1 }) }) },
      { sql: ["INSERT INTO categories (name, built_in) VALUES ('sneaked', 0)"], found: say('ledger.check.rowNotAsRecorded', { row: say('ledger.check.row.category', { name: 'sneaked' }) }) },
      { sql: ["UPDATE payment_accounts SET name_key = 'elsewhere' WHERE id = 2"], found: say('ledger.check.nameKeyAltered', { row: say('ledger.check.row.account', { id: 2 }) }) },
      {
        sql: ['DROP TRIGGER facts_are_never_changed', 'UPDATE facts SET content = replace(content, \'"restricted":1\', \'"restricted":0\')'],
        found: expect.objectContaining({ key: 'ledger.check.atFact', params: expect.objectContaining({ problem: say('ledger.check.contentAltered') }) }) as Message,
      },
    ];
    for (const { sql, found } of tampering) {
      const { client, bank, venmo, vaultDir } = await ledgerWithAccounts();
      await client.funds.add({ name: 'Bail fund', restricted: true, purpose: 'Synthetic purpose' });
      await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1_000, accountId: bank.id });
      await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
      await client.accounts.reconcile({ accountId: bank.id, date: '2026-11-15', statementBalance: 1_000 });
      expect((await client.ledger.verify()).factsCheck).toEqual(passed);
      await client.vault.lock({});

      const db = await openBehindTheAppsBack(vaultDir);
      for (const statement of sql) db.exec(statement);
      db.close();

      await client.vault.unlock({ passphrase: passphrases.treasurer });
      const result = await client.ledger.verify();
      expect(result.ok, sql.join('; ')).toBe(false);
      expect(result.factsCheck).toEqual(found);
    }
  });

  it('one anchor covers both chains: un-freezing an account and re-hashing the facts passes an entries head, not the anchor', async () => {
    const { client, bank, venmo, vaultDir } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1_000, accountId: bank.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
    const written = await client.ledger.head();
    expect(written.anchor).toMatchObject({ entriesSeq: 1, factsSeq: written.factsHead!.seq, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await client.ledger.verify({ expectAnchor: written.anchor! })).toMatchObject({ ok: true, headCheck: passed });
    await client.vault.lock({});

    // The forger deletes the freeze and its fact, and re-chains every fact after it.
    const db = await openBehindTheAppsBack(vaultDir);
    for (const trigger of ['status_changes_are_never_deleted', 'facts_are_never_deleted', 'facts_are_never_changed']) db.exec(`DROP TRIGGER ${trigger}`);
    db.exec('DELETE FROM account_status_changes');
    const freeze = db.prepare("SELECT seq FROM facts WHERE kind = 'account-status'").get() as { seq: number };
    db.prepare('DELETE FROM facts WHERE seq = ?').run(freeze.seq);
    const later = db.prepare('SELECT seq, content FROM facts WHERE seq > ? ORDER BY seq').all(freeze.seq) as Array<{ seq: number; content: string }>;
    let previous = (db.prepare('SELECT chain_hash FROM facts WHERE seq = ?').get(freeze.seq - 1) as { chain_hash: string }).chain_hash;
    for (const fact of later) {
      const seq = fact.seq - 1;
      const hash = createHash('sha256').update(fact.content, 'utf8').digest('hex');
      previous = chainHash(previous, hash, seq);
      db.prepare('UPDATE facts SET seq = ?, content_hash = ?, chain_hash = ? WHERE seq = ?').run(seq, hash, previous, fact.seq);
    }
    db.close();

    await client.vault.unlock({ passphrase: passphrases.treasurer });
    expect((await client.ledger.verify()).ok).toBe(true);
    expect((await client.ledger.verify({ expectHead: written.head! })).ok).toBe(true);
    const anchored = await client.ledger.verify({ expectAnchor: written.anchor! });
    expect(anchored.ok).toBe(false);
    expect(anchored.headCheck).toEqual(say('ledger.check.anchorFactGone', { seq: written.anchor!.factsSeq }));
  });
});
