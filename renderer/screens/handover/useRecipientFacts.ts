import { useEffect, useState } from 'react';
import type { RecipientFacts } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { asTreasuryError } from '../../failure.ts';
import { treasury } from '../../treasury.ts';

/**
 * A key as pasted, the way age reads it: spaces and line breaks dropped (a message may have wrapped
 * it), in small letters (a phone that scanned the QR code may send it in capitals, which bech32 allows).
 */
export function pastedRecipient(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** Whether a pasted key looks whole enough to ask the core about: one word starting with age1. */
function looksLikeAKey(recipient: string): boolean {
  return /^age1[0-9a-z]+$/.test(recipient);
}

/**
 * The kind and fingerprint of the key being pasted, as soon as it is one; or why it is not, once it
 * looks whole. null for both while nothing key-like is there yet.
 */
export function useRecipientFacts(text: string): { facts: RecipientFacts | null; refusal: TreasuryError | null } {
  const recipient = pastedRecipient(text);
  const [answer, setAnswer] = useState<{ recipient: string; facts: RecipientFacts | null; refusal: TreasuryError | null } | null>(null);

  useEffect(() => {
    if (!looksLikeAKey(recipient)) return;
    let current = true;
    treasury.handover.describeRecipient({ recipient }).then(
      (facts) => {
        if (current) setAnswer({ recipient, facts, refusal: null });
      },
      (caught: unknown) => {
        if (current) setAnswer({ recipient, facts: null, refusal: asTreasuryError(caught) });
      },
    );
    return () => {
      current = false;
    };
  }, [recipient]);

  // An answer about another text than the one in the field now is no answer.
  if (answer === null || answer.recipient !== recipient) return { facts: null, refusal: null };
  return { facts: answer.facts, refusal: answer.refusal };
}
