import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const secretFields = '{"secret","otpauthUri"}';
const codesFields = '{"backupCodes"}';

/** `mutual-ledger totp enroll`: turn on the TOTP gate, confirmed by a code from the authenticator. */
export const totpEnroll: Command = {
  name: 'totp enroll',
  summary: say('cli.totpEnroll.summary'),
  description: say('cli.totpEnroll.description', { secretFields, codesFields }),
  options: unlockOptions,
  run: (context) => import('../runs/totpEnroll.ts').then(({ run }) => run(context)),
};
