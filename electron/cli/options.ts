/** One flag of the command line, as the help text describes it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder shown in help for a string flag's value. */
  valueName?: string;
  description: string;
}

/** Every flag any command accepts; each command lists the ones it uses. */
export const optionCatalogue = {
  vault: { type: 'string', valueName: 'DIR', description: 'The vault folder.' },
  'passphrase-file': { type: 'string', valueName: 'FILE', description: 'The passphrase: the first line of FILE.' },
  'recovery-code-file': { type: 'string', valueName: 'FILE', description: 'Unlock with the recovery code in FILE instead.' },
  totp: { type: 'string', valueName: 'CODE', description: "The authenticator's code, or a backup code." },
  'new-passphrase-file': { type: 'string', valueName: 'FILE', description: 'The new passphrase: the first line of FILE.' },
  rekey: { type: 'boolean', description: "Also change the vault's key, so old copies of the vault folder stop opening." },
  'copy-to': { type: 'string', valueName: 'FILE', description: 'Where to save the copy (a new file outside the vault folder).' },
  minutes: { type: 'string', valueName: 'N', description: 'Lock after N minutes without use (1 to 1440).' },
  // Payment accounts, funds and categories.
  name: { type: 'string', valueName: 'NAME', description: 'Its display name.' },
  'name-file': { type: 'string', valueName: 'FILE', description: 'The name, read from FILE (- for stdin), kept out of history.' },
  kind: { type: 'string', valueName: 'KIND', description: 'Its kind.' },
  currency: { type: 'string', valueName: 'CODE', description: 'Its ISO 4217 currency, such as USD.' },
  handle: { type: 'string', valueName: 'TEXT', description: 'A minimal handle: the last four digits at most.' },
  holder: { type: 'string', valueName: 'WHO', description: 'organisation (default), or member: a personal one.' },
  mfa: { type: 'boolean', description: 'Multi-factor sign-in is on for it.' },
  'personal-phone': { type: 'boolean', description: "It is tied to a member's personal phone." },
  'personal-name': { type: 'boolean', description: "It is in a member's personal name." },
  'personal-card': { type: 'boolean', description: "It is tied to a member's personal card." },
  account: { type: 'string', valueName: 'ACCOUNT', description: 'A payment account, by name (any case) or number.' },
  set: { type: 'string', valueName: 'STATUS', description: 'The new status: active, limited, frozen or closed.' },
  reason: { type: 'string', valueName: 'TEXT', description: 'Why, in a few words.' },
  'reason-file': { type: 'string', valueName: 'FILE', description: 'The reason, read from FILE (- for stdin), kept out of history.' },
  date: { type: 'string', valueName: 'YYYY-MM-DD', description: 'The date (default today).' },
  'statement-balance': { type: 'string', valueName: 'AMOUNT', description: "The statement's balance as written: 1,234.56." },
  'dry-run': { type: 'boolean', description: 'Show the result without recording anything.' },
  restricted: { type: 'boolean', description: 'Only for its purpose; never spent below zero.' },
  purpose: { type: 'string', valueName: 'TEXT', description: 'What the money is for (optional).' },
  'purpose-file': { type: 'string', valueName: 'FILE', description: 'The purpose, read from FILE (- for stdin), kept out of history.' },
  // Entries.
  amount: { type: 'string', valueName: 'AMOUNT', description: 'As written, such as 1,200.50 (no minus sign).' },
  'to-account': { type: 'string', valueName: 'ACCOUNT', description: 'Transfers: the account the money goes to.' },
  fund: { type: 'string', valueName: 'FUND', description: 'The fund, by name or number (default: general).' },
  'to-fund': { type: 'string', valueName: 'FUND', description: 'Transfers: the fund it moves to (default: same).' },
  category: { type: 'string', valueName: 'CATEGORY', description: 'bail, rent, food… (see "category list").' },
  recipient: { type: 'string', valueName: 'CODE', description: 'A pseudonymous code such as R-7KQ2MX; never a name.' },
  memo: { type: 'string', valueName: 'TEXT', description: 'A short note (optional).' },
  'memo-file': { type: 'string', valueName: 'FILE', description: 'The memo, read from FILE (- for stdin), kept out of history.' },
  direction: { type: 'string', valueName: 'in|out', description: 'Adjustments: in (adds to the account) or out.' },
  receipt: { type: 'string', valueName: 'FILE', description: 'PNG, JPEG, WebP or PDF up to 5 MiB, kept encrypted.' },
  from: { type: 'string', valueName: 'YYYY-MM-DD', description: 'Entries dated on or after this day.' },
  to: { type: 'string', valueName: 'YYYY-MM-DD', description: 'Entries dated on or before this day.' },
  'memo-contains': { type: 'string', valueName: 'TEXT', description: 'Entries whose memo contains TEXT (any case).' },
  'memo-contains-file': { type: 'string', valueName: 'FILE', description: 'The text to look for, read from FILE (- for stdin).' },
  limit: { type: 'string', valueName: 'N', description: 'Show at most N entries (default 50; up to 1000).' },
  offset: { type: 'string', valueName: 'N', description: 'Skip the N newest matches first (default 0).' },
  // Anchoring.
  'expect-head': { type: 'string', valueName: 'E:F:HASH', description: 'The anchor written down earlier, as status prints it (or a chain head SEQ:HASH).' },
  'expect-facts-head': { type: 'string', valueName: 'SEQ:HASH', description: 'A facts head written down earlier.' },
  quick: { type: 'boolean', description: 'Only the check every unlock runs: the newest 1,000 entries and the facts chain.' },
  json: { type: 'boolean', description: 'Print the result as JSON.' },
  help: { type: 'boolean', description: 'Show this help.' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof optionCatalogue;

/** The flags every command takes, besides its own. */
export const commonOptions: OptionName[] = ['vault', 'json', 'help'];

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
} as const satisfies Partial<Record<OptionName, OptionName>>;

/** The flags of a command that unlocks an existing vault. */
export const unlockOptions: OptionName[] = ['passphrase-file', 'recovery-code-file', 'totp'];
