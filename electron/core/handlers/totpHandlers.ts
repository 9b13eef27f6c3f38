import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Handlers } from '../dispatcher.ts';
import { beginEnrolment, confirmEnrolment, disableTotp, isTotpEnrolled } from '../totp/totpGate.ts';
import type { Vault } from '../vault/vault.ts';

type TotpHandlers = Pick<Handlers, Extract<keyof Handlers, `totp.${string}`>>;

/** The contract's TOTP methods: enrolment confirmed by a code, and turning it off with the passphrase or recovery code. */
export function totpHandlers(vault: Vault, now: () => Date): TotpHandlers {
  return {
    'totp.beginEnrolment': async () => {
      if (isTotpEnrolled(vault.ledger())) throw new TreasuryError('TOTP_ALREADY_ENROLLED', say('totp.alreadyOn'));
      const enrolment = await beginEnrolment();
      vault.pendingEnrolment = enrolment;
      return enrolment;
    },
    'totp.confirmEnrolment': async ({ code }) => {
      const pending = vault.pendingEnrolment;
      if (pending === undefined) throw new TreasuryError('TOTP_NOT_PENDING', say('totp.notPending'));
      const backupCodes = await confirmEnrolment(vault.ledger(), pending, code, now());
      vault.pendingEnrolment = undefined;
      return { backupCodes };
    },
    'totp.disable': async (confirmWith) => {
      if (!isTotpEnrolled(vault.ledger())) throw new TreasuryError('TOTP_NOT_ENROLLED', say('totp.notOn'));
      // Counted like an unlock attempt; a wrong secret changes nothing and TOTP stays on.
      const confirmed = await vault.confirm(confirmWith);
      confirmed.dataKey.fill(0);
      confirmed.legacyKek?.fill(0);
      disableTotp(vault.ledger());
      return {};
    },
  };
}
