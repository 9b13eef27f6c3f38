// One row type per table of the ledger, as the schema's steps leave it (columns as stored): the code
// that reads a table picks the columns it selects from here, so a column renamed or retyped by a new
// step is changed in one place. Entries are read as arrays for speed (entryRow.ts).
import type { AccountStatus, PaymentAccount } from '../../../../shared/contract/index.ts';

/** vault_settings: the one row of the vault's settings. */
export interface VaultSettingsRow {
  id: 1;
  created_at: string;
  auto_lock_seconds: number;
  concentration_threshold_percent: number;
  /** Days between backup reminders; null: no reminder. */
  backup_reminder_days: number | null;
}

/** One backup this vault made (schema step 15): not chained, so recording it leaves the anchor as the backup holds it. */
export interface BackupRow {
  id: number;
  made_at: string;
  folder: string;
  entries: number;
  entries_seq: number;
  facts_seq: number;
  anchor_hash: string;
}

/** group_signing_key: the one Ed25519 key the group signs with. */
export interface GroupSigningKeyRow {
  id: 1;
  algorithm: 'ed25519';
  public_key: Buffer;
  private_key_pkcs8: Buffer;
  created_at: string;
}

/** totp: the one TOTP enrolment, if any. */
export interface TotpRow {
  id: 1;
  secret: string;
  enrolled_at: string;
  last_used_step: number;
}

/** totp_backup_codes: each backup code's hash, and when it was used. */
export interface TotpBackupCodeRow {
  code_hash: string;
  used_at: string | null;
}

/** payment_accounts (0 and 1 for booleans). */
export interface PaymentAccountRow {
  id: number;
  name: string;
  name_key: string;
  kind: PaymentAccount['kind'];
  currency: string;
  handle: string | null;
  holder: PaymentAccount['holder'];
  mfa: number;
  personal_phone: number;
  personal_name: number;
  personal_card: number;
  created_at: string;
}

/** account_status_changes: append-only. */
export interface StatusChangeRow {
  id: number;
  account_id: number;
  status: AccountStatus;
  effective_date: string;
  reason: string;
  balance_held: number;
  recorded_at: string;
}

/** funds. */
export interface FundRow {
  id: number;
  name: string;
  name_key: string;
  restricted: number;
  purpose: string | null;
  created_at: string;
}

/** categories. */
export interface CategoryRow {
  /** The stored name: the one entries carry. */
  name: string;
  built_in: number;
  /** The name it is shown by since a rename; null while shown as stored. */
  shown_as: string | null;
}

/** receipts: each entry's receipt file, until retention shreds it. */
export interface ReceiptRow {
  entry_seq: number;
  media_type: string;
  data: Buffer;
}

/** reconciliations: append-only. */
export interface ReconciliationRow {
  id: number;
  account_id: number;
  statement_date: string;
  statement_balance: number;
  ledger_balance: number;
  recorded_at: string;
}

/** reconciliation_cleared: the entries each reconciliation cleared, once per account; append-only. */
export interface ReconciliationClearedRow {
  reconciliation_id: number;
  account_id: number;
  seq: number;
}

/** monthly_totals: the postings summed per month, account, fund, currency, kind of posting and category. */
export interface MonthlyTotalRow {
  account_id: number;
  fund_id: number;
  currency: string;
  month: string;
  posting_kind: string;
  category: string;
  delta: number;
  postings: number;
  gross: number;
}

/** facts: the facts chain. */
export interface FactTableRow {
  seq: number;
  kind: string;
  content: string;
  content_hash: string;
  chain_hash: string;
}

/** entry_stubs: what retention keeps of an entry shredded whole. */
export interface EntryStubRow {
  seq: number;
  month: string;
  format: number;
  content_hash: string;
  chain_hash: string;
}

/** sealed_months: a month whose entries retention shredded, with what verify checks it by. */
export interface SealedMonthRow {
  month: string;
  entries: number;
  totals_hash: string;
  sealed_at: string;
}

/** shred_log: when a run shredded, what started it, and how many of each policy. */
export interface ShredLogRow {
  id: number;
  ran_at: string;
  started_by: 'unlock' | 'daily' | 'treasurer';
  memos: number;
  receipts: number;
  recipient_codes: number;
  entries: number;
  shred_log: number;
}

/** counterparty_key: the one key imports turn counterparties into recipient codes with. */
export interface CounterpartyKeyRow {
  id: 1;
  secret: Buffer;
}

/** category_rules: the treasurer's rules that propose a category for an imported row. */
export interface CategoryRuleRow {
  id: number;
  position: number;
  contains: string;
  contains_key: string;
  direction: 'in' | 'out' | null;
  category: string;
}

/** column_mappings: how a bank's CSV is read, as JSON (shared/contract/columnMapping.ts). */
export interface ColumnMappingRow {
  id: number;
  name: string;
  name_key: string;
  mapping: string;
}
