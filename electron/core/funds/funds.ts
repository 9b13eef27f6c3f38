import type { Fund, Money } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { nameKey } from '../../../shared/text.ts';
import { fundBalances } from '../ledger/balances.ts';
import { sumByCurrency } from '../ledger/sumByCurrency.ts';
import { appendRowFact } from '../ledger/ledgerFacts.ts';
import { prepared, writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import type { FundRow as FundTableRow } from '../ledger/schema/rows.ts';

type FundRow = Pick<FundTableRow, 'id' | 'name' | 'restricted' | 'purpose'>;

/** Creates a fund; names are unique as people read them (regardless of case and Unicode form). */
export function addFund(db: Ledger, fund: { name: string; restricted: boolean; purpose?: string | undefined }, now: Date): Fund {
  const id = writeTransaction(db, () => {
    const key = nameKey(fund.name);
    const taken = db.prepare('SELECT name FROM funds WHERE name_key = ?').get(key) as { name: string } | undefined;
    if (taken !== undefined) throw new TreasuryError('NAME_TAKEN', say('funds.nameTaken', { name: taken.name }));
    const { lastInsertRowid } = db
      .prepare('INSERT INTO funds (name, name_key, restricted, purpose, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(fund.name, key, Number(fund.restricted), fund.purpose === undefined || fund.purpose === '' ? null : fund.purpose, now.toISOString());
    appendRowFact(db, 'fund-added', Number(lastInsertRowid));
    return Number(lastInsertRowid);
  });
  return findFund(db, id);
}

/** Every fund with its balances, the general fund first. */
function allFunds(db: Ledger): Fund[] {
  return (db.prepare('SELECT id, name, restricted, purpose FROM funds ORDER BY id').all() as FundRow[]).map((row) => toFund(db, row));
}

/** Every fund, and their balances added up per currency (what the funds table's foot shows). */
export function fundsWithTotals(db: Ledger): { funds: Fund[]; totals: Money[] } {
  const funds = allFunds(db);
  return { funds, totals: sumByCurrency(funds.flatMap((fund) => fund.balances)) };
}

/** One fund; NOT_FOUND if there is none. */
export function findFund(db: Ledger, id: number): Fund {
  const row = db.prepare('SELECT id, name, restricted, purpose FROM funds WHERE id = ?').get(id) as FundRow | undefined;
  if (row === undefined) throw new TreasuryError('NOT_FOUND', say('funds.notFound', { id }));
  return toFund(db, row);
}

/** A fund's number and name, all an entry needs of it; NOT_FOUND if there is none. */
export function fundName(db: Ledger, id: number): Pick<Fund, 'id' | 'name'> {
  const row = prepared(db, 'SELECT id, name FROM funds WHERE id = ?').get(id) as Pick<Fund, 'id' | 'name'> | undefined;
  if (row === undefined) throw new TreasuryError('NOT_FOUND', say('funds.notFound', { id }));
  return row;
}

function toFund(db: Ledger, row: FundRow): Fund {
  return { id: row.id, name: row.name, restricted: row.restricted === 1, purpose: row.purpose, balances: fundBalances(db, row.id) };
}
