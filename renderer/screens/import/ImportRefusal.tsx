import type { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { useWords } from '../../language/words.tsx';

/** Refusals whose own words already say that nothing was imported. */
const saysNothingImported = new Set(['import.refusedForProblems', 'import.changedSincePreview']);

/**
 * A refusal of the core about the statement, announced, as the ledger's refusals are: the reason, its
 * hints as a list a person can scan (the problem lines), and that nothing was written.
 */
export function ImportRefusal({ id, error }: { id: string; error: TreasuryError | null }) {
  const words = useWords();
  if (error === null) return null;
  return <Alert id={id} error={error} {...(saysNothingImported.has(error.reason.key) ? {} : { afterword: words.words('importScreen.nothingWritten') })} />;
}
