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
  totp: { type: 'string', valueName: 'CODE', description: 'The authenticator\'s code, or a backup code.' },
  'new-passphrase-file': { type: 'string', valueName: 'FILE', description: 'The new passphrase: the first line of FILE.' },
  json: { type: 'boolean', description: 'Print the result as JSON.' },
  help: { type: 'boolean', description: 'Show this help.' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof optionCatalogue;

/** The flags every command takes, besides its own. */
export const commonOptions: OptionName[] = ['vault', 'json', 'help'];

/** The flags of a command that unlocks an existing vault. */
export const unlockOptions: OptionName[] = ['passphrase-file', 'recovery-code-file', 'totp'];
