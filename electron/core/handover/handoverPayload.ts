// The handover payload, version 1: what a handover file holds once age has opened it. UTF-8 JSON,
// one value per line: a header, then each section (a table of the ledger) as a line naming it and
// its columns, its rows as JSON arrays, and a line with their count and SHA-256; then a last line.
// Written and read a line at a time, so a vault of any size goes through in bounded memory.
// Documented in docs/handover-format.md; change it only with a new version.
import * as z from 'zod';
import { anchorSchema } from '../../../shared/contract/index.ts';
import { ledgerSchemaVersion } from '../ledger/schema/migrate.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

export const handoverFormat = 'mutual-ledger/handover';
export const handoverVersion = 1;
/** The first ledger schema a version-1 payload was written from. */
const firstLedgerSchema = 12;

/**
 * The ledger's tables a handover carries, in the order they are written and read back: each table
 * after the ones its rows refer to, the entries after the stubs and sealed months they follow.
 */
export const handoverSections = [
  'vault_settings',
  'group_signing_key',
  'counterparty_key',
  'funds',
  'categories',
  'payment_accounts',
  'account_status_changes',
  'reconciliations',
  'reconciliation_cleared',
  'facts',
  'sealed_months',
  'entry_stubs',
  'monthly_totals',
  'entries',
  'receipts',
  'category_rules',
  'column_mappings',
  'shred_log',
] as const;
export type HandoverSection = (typeof handoverSections)[number];

/**
 * The sections a ledger at its schema version has: a payload carries a table from the schema step
 * that made it (reconciliation_cleared from step 14), so a file written at an older schema, without
 * that section, is still read; the new vault's own migration then brings the table.
 */
export function sectionsOf(db: Ledger): HandoverSection[] {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  return handoverSections.filter((section) => tables.has(section));
}

/**
 * The tables left behind: the outgoing treasurer's second factor, which is theirs and not the role's,
 * the memo index (its own tables with it), which the new vault builds again from the entries, and
 * the backups the outgoing treasurer made (on their sticks; the new vault has made none yet).
 */
export const tablesLeftBehind = ['totp', 'totp_backup_codes', 'backups', 'memo_search', 'memo_search_config', 'memo_search_data', 'memo_search_docsize', 'memo_search_idx'] as const;

/**
 * Which rows of a section go, when not all: the monthly totals of sealed months only, whose entries
 * retention shredded. The totals of the other months are added again as the entries are written.
 */
export const sectionRowFilter: Partial<Record<HandoverSection, string>> = {
  monthly_totals: 'WHERE month IN (SELECT month FROM sealed_months)',
};

/** How a column's values are written: integers and text as JSON numbers and strings, bytes as base64. */
export type ColumnKind = 'integer' | 'text' | 'blob';

export interface SectionColumn {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
}

/** A table's columns in the ledger's own order, as the schema declares them. */
export function sectionColumns(db: Ledger, section: HandoverSection): SectionColumn[] {
  const declared = db.pragma(`table_info(${section})`) as Array<{ name: string; type: string; notnull: number; pk: number }>;
  return declared.map(({ name, type, notnull, pk }) => ({
    name,
    kind: type === 'INTEGER' ? 'integer' : type === 'BLOB' ? 'blob' : 'text',
    // An INTEGER PRIMARY KEY is the rowid: never null, though not declared NOT NULL.
    nullable: notnull === 0 && !(pk > 0 && type === 'INTEGER'),
  }));
}

const isoTime = z.iso.datetime();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().nonnegative();

export const payloadHeaderSchema = z.strictObject({
  format: z.literal(handoverFormat),
  version: z.literal(handoverVersion),
  /** The ledger's schema version (PRAGMA user_version) the rows were read at. */
  ledgerSchema: z.number().int().min(firstLedgerSchema).max(ledgerSchemaVersion),
  madeAt: isoTime,
  /** Rows in all sections: how far a reader is, for its progress. */
  rows: count,
  /** What the new vault must show once written, for both treasurers to compare. */
  entries: count,
  anchor: anchorSchema,
  groupKeyFingerprint: z.string().regex(/^[0-9a-f]{4}( [0-9a-f]{4}){15}$/),
});
export type PayloadHeader = z.infer<typeof payloadHeaderSchema>;

export const sectionStartSchema = z.strictObject({ section: z.enum(handoverSections), columns: z.array(z.string()) });
export const sectionEndSchema = z.strictObject({ end: z.enum(handoverSections), rows: count, sha256 });
export const payloadEndSchema = z.strictObject({ end: z.literal('handover'), sections: count });

/** A checker of one section's rows: an array with a value of the right kind for each column. */
export function rowSchema(columns: readonly SectionColumn[]): z.ZodType<Array<string | number | null>> {
  const values = columns.map(({ kind, nullable }) => {
    const value = kind === 'integer' ? z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER) : kind === 'blob' ? z.base64() : z.string();
    return nullable ? value.nullable() : value;
  });
  return z.tuple(values as unknown as [z.ZodType<string | number | null>]) as unknown as z.ZodType<Array<string | number | null>>;
}
