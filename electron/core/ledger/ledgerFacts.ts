// The ledger's facts: what gives its entries their meaning, kept in a second hash chain beside
// them. Payment accounts, their status changes (a freeze), funds and whether they are restricted,
// categories, reconciliations (and the entries each cleared) and the earliest date an entry may have are each appended as a fact
// in the same transaction that writes them; verify then checks that those tables hold exactly what
// the chained facts say. Deleting a freeze or un-restricting a fund behind the app's back breaks it.
import type { ChainHead } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { nameKey } from '../../../shared/text.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { canonicalJson } from './canonicalJson.ts';
import { chainHash, genesisChainHash, sha256Hex } from './entryHash.ts';
import type { FactTableRow } from './schema/rows.ts';

type FactValue = string | number | boolean | null;
export type FactContent = Record<string, FactValue>;

/**
 * Each kind of fact, and the query that reads its rows as the facts record them. The facts are
 * written from these same queries, so a table and its facts can only differ if one was altered.
 */
const tableFacts = {
  'account-added': `SELECT id, name, kind, currency, handle, holder, mfa, personal_phone AS personalPhone, personal_name AS personalName,
                           personal_card AS personalCard, created_at AS recordedAt FROM payment_accounts`,
  'account-status': `SELECT id, account_id AS accountId, status, effective_date AS date, reason, balance_held AS balanceHeld,
                            recorded_at AS recordedAt FROM account_status_changes`,
  'fund-added': 'SELECT id, name, restricted, purpose, created_at AS recordedAt FROM funds',
  'category-added': 'SELECT name, built_in AS builtIn FROM categories',
  reconciliation: `SELECT id, account_id AS accountId, statement_date AS date, statement_balance AS statementBalance,
                          ledger_balance AS ledgerBalance, recorded_at AS recordedAt FROM reconciliations`,
  // One fact per reconciliation that cleared anything: its entries' numbers, in order, as "12,13,15".
  'reconciliation-cleared': `SELECT reconciliation_id AS reconciliationId, account_id AS accountId, group_concat(seq, ',' ORDER BY seq) AS seqs
                               FROM reconciliation_cleared GROUP BY reconciliation_id, account_id`,
  'month-sealed': 'SELECT month, entries, totals_hash AS totalsHash, sealed_at AS recordedAt FROM sealed_months',
} as const;

export type TableFactKind = keyof typeof tableFacts;
const tableFactKinds = Object.keys(tableFacts) as TableFactKind[];

/**
 * A fact kept only in the chain. A setting's value is the latest fact of its kind; a legal hold is
 * placed and lifted by one fact each; each statement imported, and each summary signed, is recorded by one;
 * so is each rename of an account or fund (the table keeps the new name: verify folds the renames over
 * the fact that added the row), and each archiving or restoring of one (renaming.ts, archiving.ts); so
 * is each rename of a category, which leaves its stored name and its fact as they were and sets the
 * name it is shown by (categories.ts: verify folds those renames over the shown names).
 */
export type SettingFactKind =
  | 'earliest-entry-date'
  | 'retention-policy'
  | 'hold-placed'
  | 'hold-lifted'
  | 'statement-imported'
  | 'summary-signed'
  | 'account-renamed'
  | 'fund-renamed'
  | 'category-renamed'
  | 'account-archived'
  | 'fund-archived';

/** The fact that adds a row whose name a later fact may change. */
const renamedBy: Partial<Record<TableFactKind, SettingFactKind>> = { 'account-added': 'account-renamed', 'fund-added': 'fund-renamed' };

export type FactKind = TableFactKind | SettingFactKind;

/** The key a table row is found by in its query: `id`, `name` for categories, `month` for sealed months, the reconciliation for its cleared entries. */
function rowKey(kind: TableFactKind): string {
  return kind === 'category-added' ? 'name' : kind === 'month-sealed' ? 'month' : kind === 'reconciliation-cleared' ? 'reconciliationId' : 'id';
}

/** A fact as the facts table stores it. */
export interface FactRow {
  seq: number;
  kind: FactKind;
  content: string;
  contentHash: string;
  chainHash: string;
}

export const insertFactSql = 'INSERT INTO facts (seq, kind, content, content_hash, chain_hash) VALUES (?, ?, ?, ?, ?)';

/** The row of a fact appended after `last` (the facts head, or null before the first fact). */
export function factAfter(last: ChainHead | null, kind: FactKind, content: FactContent): FactRow {
  const seq = (last?.seq ?? 0) + 1;
  const text = canonicalJson({ ...content, fact: kind });
  const hash = sha256Hex(text);
  return { seq, kind, content: text, contentHash: hash, chainHash: chainHash(last?.chainHash ?? genesisChainHash, hash, seq) };
}

/** Appends one fact to the chain; call inside the transaction that makes the change it records. */
export function appendFact(db: Ledger, kind: FactKind, content: FactContent): void {
  const fact = factAfter(factsHead(db), kind, content);
  db.prepare(insertFactSql).run(fact.seq, fact.kind, fact.content, fact.contentHash, fact.chainHash);
}

/** Appends the fact for a table row just written, read back through the query verify uses. */
export function appendRowFact(db: Ledger, kind: TableFactKind, key: number | string): void {
  const row = db.prepare(`SELECT * FROM (${tableFacts[kind]}) WHERE ${rowKey(kind)} = ?`).get(key) as FactContent | undefined;
  if (row === undefined) throw new Error(`no ${kind} row ${String(key)} to record as a fact`);
  appendFact(db, kind, row);
}

/** Appends a fact for every row of these fact tables, for a ledger that had them before facts were chained. */
export function appendFactsForExistingRows(db: Ledger, kinds: readonly TableFactKind[]): void {
  for (const kind of kinds) {
    const rows = db.prepare(`${tableFacts[kind]} ORDER BY ${rowKey(kind)}`).all() as FactContent[];
    for (const row of rows) appendFact(db, kind, row);
  }
}

/** The latest value of a setting kept as facts, or undefined if it was never set. */
export function latestSettingFact(db: Ledger, kind: SettingFactKind): FactContent | undefined {
  return settingFacts(db, [kind], 1)[0]?.content;
}

/** The facts of these kinds, newest first (at most `limit`), each with its kind. */
export function settingFacts(db: Ledger, kinds: readonly SettingFactKind[], limit = -1): Array<{ kind: SettingFactKind; content: FactContent }> {
  const rows = db.prepare(`SELECT kind, content FROM facts WHERE kind IN (SELECT value FROM json_each(?)) ORDER BY seq DESC LIMIT ?`).all(JSON.stringify(kinds), limit) as Array<{
    kind: SettingFactKind;
    content: string;
  }>;
  return rows.map((row) => ({ kind: row.kind, content: JSON.parse(row.content) as FactContent }));
}

/** The last fact's number and chain hash, or null before the first fact. */
export function factsHead(db: Ledger): ChainHead | null {
  const last = db.prepare('SELECT seq, chain_hash FROM facts ORDER BY seq DESC LIMIT 1').get() as { seq: number; chain_hash: string } | undefined;
  return last === undefined ? null : { seq: last.seq, chainHash: last.chain_hash };
}

/** The chain hash of fact `seq`, or undefined if there is no such fact. */
export function factChainHash(db: Ledger, seq: number): string | undefined {
  return (db.prepare('SELECT chain_hash FROM facts WHERE seq = ?').get(seq) as { chain_hash: string } | undefined)?.chain_hash;
}

export interface FactsVerification {
  factsChecked: number;
  /** The first fact whose hash or link is broken, or the first table row that differs from its facts. */
  problem: { seq: number | null; problem: Message } | null;
}

/** Walks the facts chain, then checks that every fact table holds exactly the rows its facts record. */
export function verifyFacts(db: Ledger): FactsVerification {
  let previous = genesisChainHash;
  let factsChecked = 0;
  const recorded = new Map<string, string[]>();
  for (const fact of db.prepare('SELECT seq, kind, content, content_hash, chain_hash FROM facts ORDER BY seq').iterate() as IterableIterator<FactTableRow>) {
    const expectedSeq = factsChecked + 1;
    const problem =
      fact.seq !== expectedSeq
        ? say('ledger.check.factMissing', { seq: expectedSeq })
        : sha256Hex(fact.content) !== fact.content_hash || (JSON.parse(fact.content) as FactContent).fact !== fact.kind
          ? say('ledger.check.contentAltered')
          : chainHash(previous, fact.content_hash, fact.seq) !== fact.chain_hash
            ? say('ledger.check.factLinkBroken')
            : undefined;
    if (problem !== undefined) return { factsChecked, problem: { seq: fact.seq, problem: say('ledger.check.atFact', { seq: fact.seq, problem }) } };
    recorded.set(fact.kind, [...(recorded.get(fact.kind) ?? []), fact.content]);
    previous = fact.chain_hash;
    factsChecked += 1;
  }
  for (const kind of tableFactKinds) {
    const rows = (db.prepare(`${tableFacts[kind]} ORDER BY ${rowKey(kind)}`).all() as FactContent[]).map((row) => canonicalJson({ ...row, fact: kind }));
    const difference = firstDifference(rows, asRenamed(recorded.get(kind) ?? [], recorded.get(renamedBy[kind] ?? '') ?? []));
    if (difference !== undefined) return { factsChecked, problem: { seq: null, problem: describeDifference(kind, difference) } };
  }
  const misnamed = namesOutOfStep(db) ?? shownNamesOutOfStep(db, recorded.get('category-renamed') ?? []);
  if (misnamed !== undefined) return { factsChecked, problem: { seq: null, problem: misnamed } };
  return { factsChecked, problem: null };
}

/** The rows added facts record, each with the name its latest rename gave it: what the table must hold. */
function asRenamed(added: string[], renames: string[]): string[] {
  if (renames.length === 0) return added;
  const latestName = new Map(renames.map((rename) => JSON.parse(rename) as FactContent).map((rename) => [rename.id, rename.name]));
  return added.map((content) => {
    const row = JSON.parse(content) as FactContent;
    return latestName.has(row.id) ? canonicalJson({ ...row, name: latestName.get(row.id) ?? null }) : content;
  });
}

/** The key each account and fund name is found and kept unique by must be its name folded (or, for an older vault's clash, that and its number). */
function namesOutOfStep(db: Ledger): Message | undefined {
  for (const [table, kind] of [
    ['payment_accounts', 'account-added'],
    ['funds', 'fund-added'],
  ] as const) {
    const rows = db.prepare(`SELECT id, name, name_key FROM ${table} ORDER BY id`).all() as Array<{ id: number; name: string; name_key: string | null }>;
    const wrong = rows.find((row) => row.name_key !== nameKey(row.name) && row.name_key !== `${nameKey(row.name)} #${row.id}`);
    if (wrong !== undefined) return say('ledger.check.nameKeyAltered', { row: rowWords[kind]({ id: wrong.id }) });
  }
  return undefined;
}

/**
 * The first category whose shown name is not what its renames made it: the latest rename's new
 * name, or none (NULL) when that was its stored name or it was never renamed.
 */
function shownNamesOutOfStep(db: Ledger, renames: string[]): Message | undefined {
  const shown = new Map<string, FactValue>();
  for (const rename of renames.map((content) => JSON.parse(content) as FactContent)) shown.set(String(rename.name), rename.to === rename.name ? null : (rename.to ?? null));
  const rows = db.prepare('SELECT name, shown_as FROM categories ORDER BY name').all() as Array<{ name: string; shown_as: string | null }>;
  const wrong = rows.find((row) => row.shown_as !== (shown.get(row.name) ?? null));
  return wrong === undefined ? undefined : say('ledger.check.rowNotAsRecorded', { row: rowWords['category-added']({ name: wrong.name }) });
}

/** The first content found on one side only: a row no fact records, or a fact whose row is gone or changed. */
function firstDifference(rows: string[], facts: string[]): { content: string; side: 'table' | 'facts' } | undefined {
  const unmatched = new Map<string, number>();
  for (const fact of facts) unmatched.set(fact, (unmatched.get(fact) ?? 0) + 1);
  for (const row of rows) {
    const count = unmatched.get(row) ?? 0;
    if (count === 0) return { content: row, side: 'table' };
    unmatched.set(row, count - 1);
  }
  const leftover = [...unmatched].find(([, count]) => count > 0);
  return leftover === undefined ? undefined : { content: leftover[0], side: 'facts' };
}

/** The table row a fact records, as the check names it ("the fund #3", "the category "food""). */
const rowWords: Record<TableFactKind, (content: FactContent) => Message> = {
  'account-added': (content) => say('ledger.check.row.account', { id: Number(content.id) }),
  'account-status': (content) => say('ledger.check.row.statusChange', { id: Number(content.id) }),
  'fund-added': (content) => say('ledger.check.row.fund', { id: Number(content.id) }),
  'category-added': (content) => say('ledger.check.row.category', { name: String(content.name) }),
  reconciliation: (content) => say('ledger.check.row.reconciliation', { id: Number(content.id) }),
  'reconciliation-cleared': (content) => say('ledger.check.row.reconciliationCleared', { id: Number(content.reconciliationId) }),
  'month-sealed': (content) => say('ledger.check.row.sealedMonth', { month: String(content.month) }),
};

function describeDifference(kind: TableFactKind, difference: { content: string; side: 'table' | 'facts' }): Message {
  const row = rowWords[kind](JSON.parse(difference.content) as FactContent);
  return difference.side === 'table' ? say('ledger.check.rowNotAsRecorded', { row }) : say('ledger.check.rowGone', { row });
}
