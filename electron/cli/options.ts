import type { MessageKey } from '../../shared/messages/message.ts';

/** One flag of the command line, as the help text describes it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder shown in help for a string flag's value. */
  valueName?: string;
  /** What help says it is, in the catalogues (the key written out, so that a test can find it used). */
  description: MessageKey;
  /** A one-letter form, as `-o FILE` for --output. */
  short?: string;
}

/** Every flag any command accepts; each command lists the ones it uses. */
export const optionCatalogue = {
  vault: { type: 'string', valueName: 'DIR', description: 'cli.option.vault' },
  'passphrase-file': { type: 'string', valueName: 'FILE', description: 'cli.option.passphraseFile' },
  'recovery-code-file': { type: 'string', valueName: 'FILE', description: 'cli.option.recoveryCodeFile' },
  totp: { type: 'string', valueName: 'CODE', description: 'cli.option.totp' },
  'new-passphrase-file': { type: 'string', valueName: 'FILE', description: 'cli.option.newPassphraseFile' },
  rekey: { type: 'boolean', description: 'cli.option.rekey' },
  'copy-to': { type: 'string', valueName: 'FILE', description: 'cli.option.copyTo' },
  minutes: { type: 'string', valueName: 'N', description: 'cli.option.minutes' },
  // Payment accounts, funds and categories.
  name: { type: 'string', valueName: 'NAME', description: 'cli.option.name' },
  'name-file': { type: 'string', valueName: 'FILE', description: 'cli.option.nameFile' },
  kind: { type: 'string', valueName: 'KIND', description: 'cli.option.kind' },
  currency: { type: 'string', valueName: 'CODE', description: 'cli.option.currency' },
  handle: { type: 'string', valueName: 'TEXT', description: 'cli.option.handle' },
  holder: { type: 'string', valueName: 'WHO', description: 'cli.option.holder' },
  mfa: { type: 'boolean', description: 'cli.option.mfa' },
  'personal-phone': { type: 'boolean', description: 'cli.option.personalPhone' },
  'personal-name': { type: 'boolean', description: 'cli.option.personalName' },
  'personal-card': { type: 'boolean', description: 'cli.option.personalCard' },
  account: { type: 'string', valueName: 'ACCOUNT', description: 'cli.option.account' },
  set: { type: 'string', valueName: 'STATUS', description: 'cli.option.set' },
  reason: { type: 'string', valueName: 'TEXT', description: 'cli.option.reason' },
  'reason-file': { type: 'string', valueName: 'FILE', description: 'cli.option.reasonFile' },
  date: { type: 'string', valueName: 'YYYY-MM-DD', description: 'cli.option.date' },
  'statement-balance': { type: 'string', valueName: 'AMOUNT', description: 'cli.option.statementBalance' },
  'dry-run': { type: 'boolean', description: 'cli.option.dryRun' },
  cleared: { type: 'string', valueName: 'N,N,…', description: 'cli.option.cleared' },
  'record-difference': { type: 'string', valueName: 'fee|adjustment', description: 'cli.option.recordDifference' },
  restricted: { type: 'boolean', description: 'cli.option.restricted' },
  restore: { type: 'boolean', description: 'cli.option.restore' },
  purpose: { type: 'string', valueName: 'TEXT', description: 'cli.option.purpose' },
  'purpose-file': { type: 'string', valueName: 'FILE', description: 'cli.option.purposeFile' },
  // Entries.
  amount: { type: 'string', valueName: 'AMOUNT', description: 'cli.option.amount' },
  'to-account': { type: 'string', valueName: 'ACCOUNT', description: 'cli.option.toAccount' },
  fund: { type: 'string', valueName: 'FUND', description: 'cli.option.fund' },
  'to-fund': { type: 'string', valueName: 'FUND', description: 'cli.option.toFund' },
  category: { type: 'string', valueName: 'CATEGORY', description: 'cli.option.category' },
  recipient: { type: 'string', valueName: 'CODE', description: 'cli.option.recipient' },
  memo: { type: 'string', valueName: 'TEXT', description: 'cli.option.memo' },
  'memo-file': { type: 'string', valueName: 'FILE', description: 'cli.option.memoFile' },
  direction: { type: 'string', valueName: 'in|out', description: 'cli.option.direction' },
  receipt: { type: 'string', valueName: 'FILE', description: 'cli.option.receipt' },
  month: { type: 'string', valueName: 'YYYY-MM', description: 'monthReport.cli.flag.month' },
  from: { type: 'string', valueName: 'YYYY-MM-DD', description: 'cli.option.from' },
  to: { type: 'string', valueName: 'YYYY-MM-DD', description: 'cli.option.to' },
  'memo-contains': { type: 'string', valueName: 'TEXT', description: 'cli.option.memoContains' },
  'memo-contains-file': { type: 'string', valueName: 'FILE', description: 'cli.option.memoContainsFile' },
  limit: { type: 'string', valueName: 'N', description: 'cli.option.limit' },
  offset: { type: 'string', valueName: 'N', description: 'cli.option.offset' },
  csv: { type: 'string', valueName: 'FILE', description: 'ledgerExport.cli.option.csv' },
  'encrypt-to': { type: 'string', valueName: 'RECIPIENT', description: 'ledgerExport.cli.option.encryptTo' },
  // Anchoring.
  'expect-head': { type: 'string', valueName: 'E:F:HASH', description: 'cli.option.expectHead' },
  'expect-facts-head': { type: 'string', valueName: 'SEQ:HASH', description: 'cli.option.expectFactsHead' },
  quick: { type: 'boolean', description: 'cli.option.quick' },
  // Retention and the legal hold.
  memos: { type: 'string', valueName: 'AGE', description: 'retentionCli.option.memos' },
  receipts: { type: 'string', valueName: 'AGE', description: 'retentionCli.option.receipts' },
  'recipient-codes': { type: 'string', valueName: 'AGE', description: 'retentionCli.option.recipientCodes' },
  entries: { type: 'string', valueName: 'AGE', description: 'retentionCli.option.entries' },
  'shred-log': { type: 'string', valueName: 'AGE', description: 'retentionCli.option.shredLog' },
  recommended: { type: 'boolean', description: 'retentionCli.option.recommended' },
  note: { type: 'string', valueName: 'TEXT', description: 'retentionCli.option.note' },
  'note-file': { type: 'string', valueName: 'FILE', description: 'retentionCli.option.noteFile' },
  // Importing statements, category rules and column mappings.
  'linked-account': { type: 'string', valueName: 'ACCOUNT', description: 'importCli.option.linkedAccount' },
  format: { type: 'string', valueName: 'FORMAT', description: 'importCli.option.format' },
  mapping: { type: 'string', valueName: 'NAME', description: 'importCli.option.mapping' },
  'book-anyway': { type: 'string', valueName: 'LINES', description: 'importCli.option.bookAnyway' },
  contains: { type: 'string', valueName: 'WORDS', description: 'importCli.option.contains' },
  position: { type: 'string', valueName: 'N', description: 'importCli.option.position' },
  'date-column': { type: 'string', valueName: 'COLUMN', description: 'importCli.option.dateColumn' },
  'date-format': { type: 'string', valueName: 'FORMAT', description: 'importCli.option.dateFormat' },
  decimal: { type: 'string', valueName: '.|,', description: 'importCli.option.decimal' },
  'amount-column': { type: 'string', valueName: 'COLUMN', description: 'importCli.option.amountColumn' },
  'in-column': { type: 'string', valueName: 'COLUMN', description: 'importCli.option.inColumn' },
  'out-column': { type: 'string', valueName: 'COLUMN', description: 'importCli.option.outColumn' },
  'description-column': { type: 'string', valueName: 'COLUMN', description: 'importCli.option.descriptionColumn' },
  'id-column': { type: 'string', valueName: 'COLUMN', description: 'importCli.option.idColumn' },
  'counterparty-column': { type: 'string', valueName: 'COLUMN', description: 'importCli.option.counterpartyColumn' },
  // Handing the role over.
  output: { type: 'string', valueName: 'FILE', short: 'o', description: 'handoverCli.option.output' },
  classic: { type: 'boolean', description: 'handoverCli.option.classic' },
  passphrase: { type: 'boolean', description: 'handoverCli.option.passphrase' },
  identity: { type: 'string', valueName: 'FILE', description: 'handoverCli.option.identity' },
  'handover-passphrase-file': { type: 'string', valueName: 'FILE', description: 'handoverCli.option.handoverPassphraseFile' },
  anchor: { type: 'string', valueName: 'E:F:HASH', description: 'handoverCli.option.anchor' },
  // The auditor's summary.
  journal: { type: 'string', valueName: 'FILE', description: 'auditCli.option.journal' },
  pdf: { type: 'string', valueName: 'FILE', description: 'auditCli.option.pdf' },
  k: { type: 'string', valueName: 'N', description: 'auditCli.option.k' },
  'since-summary': { type: 'string', valueName: 'FILE', description: 'auditCli.option.sinceSummary' },
  json: { type: 'boolean', description: 'cli.option.json' },
  lang: { type: 'string', valueName: 'en|es', description: 'cli.option.lang' },
  help: { type: 'boolean', description: 'cli.option.help' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof optionCatalogue;

/** The flags every command takes, besides its own. */
export const commonOptions: OptionName[] = ['vault', 'json', 'lang', 'help'];

/**
 * Free-text flags and the flag that reads the same text from a file (or stdin, as `-`). Typed as a flag,
 * text lands in shell history and in `ps` for as long as the command runs; read from a file it does not.
 */
export const freeTextFiles = {
  name: 'name-file',
  memo: 'memo-file',
  reason: 'reason-file',
  purpose: 'purpose-file',
  'memo-contains': 'memo-contains-file',
  note: 'note-file',
} as const satisfies Partial<Record<OptionName, OptionName>>;

/** The flags of a command that unlocks an existing vault. */
export const unlockOptions: OptionName[] = ['passphrase-file', 'recovery-code-file', 'totp'];
