import { useEffect, useState } from 'react';
import type { ImportPreview, ImportRequest } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { asTreasuryError } from '../../failure.ts';
import { treasury } from '../../treasury.ts';

/** What to preview, and its basis: the file, account, format and mapping (the rest only changes rows of the same reading). */
export interface PreviewAsked {
  request: ImportRequest;
  basis: string;
}

interface Settled {
  asked: PreviewAsked;
  version: number;
  preview: ImportPreview | null;
  error: TreasuryError | null;
}

export interface StatementPreview {
  /**
   * The preview of this file read this way. While another is worked out for the same basis (a row to
   * book anyway, a linked account, a rule) the last one stays on screen, so the table and the focus
   * in it do not vanish; a new file or account starts empty.
   */
  preview: ImportPreview | null;
  /** Why the file, as asked now, cannot be previewed. */
  error: TreasuryError | null;
  /** A preview is being worked out. */
  busy: boolean;
}

/**
 * Asks the core for the preview whenever the request or `version` (the rules, the mappings, a plan
 * that moved) changes; an answer to an earlier question is dropped. `asked` must keep its identity
 * until something in it changes.
 */
export function useStatementPreview(asked: PreviewAsked | null, version: number, onLocked: () => void): StatementPreview {
  const [settled, setSettled] = useState<Settled | null>(null);

  useEffect(() => {
    if (asked === null) return;
    let current = true;
    treasury.import.preview(asked.request).then(
      (preview) => {
        if (current) setSettled({ asked, version, preview, error: null });
      },
      (caught: unknown) => {
        if (!current) return;
        const error = asTreasuryError(caught);
        if (error.code === 'VAULT_LOCKED') onLocked();
        else setSettled({ asked, version, preview: null, error });
      },
    );
    return () => {
      current = false;
    };
  }, [asked, version, onLocked]);

  if (asked === null) return { preview: null, error: null, busy: false };
  const fresh = settled !== null && settled.asked === asked && settled.version === version;
  const sameBasis = settled !== null && settled.asked.basis === asked.basis;
  return {
    preview: fresh || sameBasis ? settled.preview : null,
    error: fresh ? settled.error : null,
    busy: !fresh,
  };
}
