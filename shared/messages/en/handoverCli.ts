/** The CLI's words for handing the treasurer role over and retiring the old vault. */
export const handoverCli = {
  'handoverCli.option.output': 'The file to write (the identity, or the handover file); it must not exist yet.',
  'handoverCli.option.classic': 'Make a classic X25519 identity (age1…), for an older age tool, instead of the post-quantum one (age1pq1…).',
  'handoverCli.option.passphrase': 'Lock the handover file with a new passphrase of six words, shown once, instead of a recipient.',
  'handoverCli.option.identity': 'The identity file `handover identity` wrote on this laptop; destroyed once the import is done.',
  'handoverCli.option.handoverPassphraseFile': 'Read the handover’s passphrase from the first line of FILE instead of asking for it.',
  'handoverCli.option.anchor': 'The anchor the new treasurer reads from the vault they received, E:F:HASH.',
  'handoverCli.flag.to': 'The new treasurer’s age recipient (age1pq1…, or age1… for an older tool), as their laptop shows it.',
  'handoverCli.flag.newVault': 'The folder for the new vault: missing or empty.',
  'handoverCli.flag.importPassphrase': 'The handover file is locked with a passphrase: ask for it (or read it with --handover-passphrase-file).',
  'handoverCli.groupKey': 'Group key fingerprint',
  'handoverCli.progress.exporting': 'Writing the handover file: {done, number} of {total, number} rows ({percent} %)',
  'handoverCli.progress.receiving': 'Reading the handover file: {done, number} of {total, number} rows checked and written ({percent} %)',
  'handoverCli.identity.summary': 'Make the key a handover is sent to, on the new treasurer’s laptop.',
  'handoverCli.identity.description': `Writes an age identity to -o FILE (mode 0600), in the format age-keygen writes, and prints its
recipient: send that to the outgoing treasurer (it is not secret). Keep FILE on this laptop until
the handover is imported; the import destroys it. Post-quantum (ML-KEM-768 with X25519) unless
--classic. --vault is not needed.
With --json: {fields}.`,
  'handoverCli.identity.noOutput': 'Say where to write the identity: -o FILE.',
  'handoverCli.identity.made': `Identity written to {path}. Keep it on this laptop until the handover is
imported: the import destroys it.

Send this {kind, select, classic {classic X25519} other {post-quantum}} recipient to the outgoing treasurer (it is not secret):

{recipient}

Fingerprint, to read to each other over the phone once they have pasted it:

    {fingerprint}`,
  'handoverCli.export.summary': 'Write the whole vault, for the next treasurer, to one encrypted file.',
  'handoverCli.export.description': `Writes every entry, stub, fact, account, fund, category, rule, mapping, receipt and setting, and the
group's signing key, to -o FILE, encrypted in the age format to the new treasurer's recipient (--to)
or to a new six-word passphrase shown once (--passphrase). Your key slots, TOTP and backup codes
stay behind: the new treasurer makes their own. FILE must be outside the vault folder. Ctrl-C stops
it, leaving no file.
With --json: {fields}.`,
  'handoverCli.export.noOutput': 'Say where to write the handover file: -o FILE.',
  'handoverCli.export.toOrPassphrase': 'Say who can open the handover file: --to RECIPIENT, or --passphrase (one of the two).',
  'handoverCli.export.madeForRecipient': `Handover written to {path} ({bytes, number} bytes), for the {kind, select, classic {classic X25519} other {post-quantum}} recipient
with fingerprint {fingerprint}. Read that fingerprint to the new treasurer over the phone: it must be
the one their laptop shows.`,
  'handoverCli.export.madeWithPassphrase': `Handover written to {path} ({bytes, number} bytes), locked with this passphrase,
shown only this once:

    {passphrase}

Give it to the new treasurer by another way than the file (in person, or read over the phone).`,
  'handoverCli.export.compare': 'Once it is imported, the new treasurer must read you these, the same:',
  'handoverCli.export.checklist': `Before you retire this vault:
  1. {byPassphrase, select, yes {Pass the passphrase by another way than the file.} other {Compare the recipient’s fingerprint over the phone.}}
  2. Give the file to the new treasurer; they import it and read you the three lines above.
  3. Move the payment platforms’ logins and two-factor to the new treasurer.
  4. Destroy your recovery sheet; the new vault has its own.
  5. Then:  mutual-ledger retire --vault {folder} --anchor {anchor}`,
  'handoverCli.import.summary': 'Make a new vault from a handover file.',
  'handoverCli.import.description': `Opens FILE with --identity FILE (the one \`handover identity\` wrote) or --passphrase,
checks every line, section, hash and total in it, and makes a new vault in --vault NEWDIR (missing
or empty) with a new key, your own passphrase and a new recovery code. All or nothing: a file
damaged, cut short or locked to another key is refused and nothing is left behind. The new
passphrase comes from --new-passphrase-file, --passphrase-file or the environment, or is asked
for twice on a terminal.
With --json: {fields}.`,
  'handoverCli.import.fileExpected': 'the handover file',
  'handoverCli.import.identityOrPassphrase': 'Say how to open the handover file: --identity FILE, or --passphrase (one of the two).',
  'handoverCli.import.passphrasePrompt': 'Handover passphrase:',
  'handoverCli.import.noPassphrase': 'The handover’s passphrase is needed: give --handover-passphrase-file FILE, or run this on a terminal to type it.',
  'handoverCli.import.made': `New vault made in {folder} from the handover: {entries, plural, one {# entry} other {# entries}}, every one checked.`,
  'handoverCli.import.compare': 'Read these to the outgoing treasurer; they must be the same as theirs:',
  'handoverCli.import.identityDestroyed': 'The identity {path} was destroyed: the handover file opens for nobody now. Delete the file itself too.',
  'handoverCli.import.checklist': `Recovery code: it is shown above only this once; write it on paper now.

Next:
  1. Turn on TOTP:  mutual-ledger totp enroll --vault {folder}
  2. Change the payment platforms’ logins and two-factor to yours.
  3. Tell the outgoing treasurer the anchor matches: they can then retire their vault.`,
  'handoverCli.import.recoveryCode': `Recovery code, shown only this once:

    {recoveryCode}`,
  'handoverCli.retire.summary': 'Once the role is handed over, remove this vault for good.',
  'handoverCli.retire.description': `Asks for the anchor the new treasurer reads from the vault they received (--anchor E:F:HASH), which
must be this vault's, and for the passphrase again. Then overwrites the key slots and removes every
file of the vault, and its folder. Refused while a legal hold stands.
With --json: {fields}.`,
  'handoverCli.retire.noAnchor': 'Give the anchor the new treasurer reads from their vault: --anchor E:F:HASH.',
  'handoverCli.retire.done': 'The vault is retired: its key slots were overwritten and {files, plural, one {# file} other {# files}} removed from {folder}.',
} as const;
