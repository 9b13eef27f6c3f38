import { useEffect, useState, type FormEvent } from 'react';
import type { LedgerHead, Output } from '../../../shared/contract/index.ts';
import { readWrittenProof, writtenAnchor, writtenHead } from '../../../shared/writtenHead.ts';
import { firstVerificationProblem } from '../../../shared/verification.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { useWorkProgress } from '../../useWorkProgress.ts';
import { Section } from './Section.tsx';

/**
 * The ledger's chain head, to write down or print and keep away from the laptop, and a check that
 * the ledger still extends a head written down before: the only way to show that no entry was cut
 * off or rewritten by someone holding the key.
 */
export function LedgerProofSection({ onLocked }: { onLocked: () => void }) {
  const action = useVaultAction(onLocked);
  const [head, setHead] = useState<LedgerHead | null>(null);
  const [written, setWritten] = useState('');
  const [writtenError, setWrittenError] = useState<string | null>(null);
  const [result, setResult] = useState<Output<'ledger.verify'> | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);
  const { progress, reset } = useWorkProgress('verify');

  useEffect(() => {
    void action.run(async () => setHead(await treasury.ledger.head()));
    // Read once when the screen opens; verify refreshes it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function verify(event: FormEvent) {
    event.preventDefault();
    const proof = written.trim() === '' ? undefined : readWrittenProof(written);
    if (proof === null) {
      setWrittenError('Type the anchor as written down: two numbers and the 64-letter hash, separated by colons.');
      document.getElementById('written-head')?.focus();
      return;
    }
    setWrittenError(null);
    setResult(null);
    setStopped(null);
    reset();
    await action.run(async () => {
      try {
        const verified = await treasury.ledger.verify(proof === undefined ? {} : 'anchor' in proof ? { expectAnchor: proof.anchor } : { expectHead: proof.head });
        setResult(verified);
        setHead(verified);
      } catch (error) {
        // Stopped on purpose is no failure: say so where the verdict goes.
        if (error instanceof TreasuryError && error.code === 'WORK_CANCELLED') setStopped(error.message);
        else throw error;
      } finally {
        reset();
      }
    });
  }

  return (
    <Section id="ledger-proof" title="Proof of the ledger">
      <p>
        Every entry is chained to the one before it, and so are the accounts, freezes, funds and reconciliations. Write the anchor down, or print it, and keep it away from this laptop: checked against
        it later, the ledger shows that nothing was removed or rewritten since, even by someone who knows the passphrase.
      </p>
      {head === null ? null : (
        <dl className="facts">
          <dt>Entries</dt>
          <dd>{head.entries}</dd>
          <dt>Anchor</dt>
          <dd>
            <code className="chain-head">{writtenAnchor(head.anchor) ?? 'None yet.'}</code>
            <p className="hint">The entry and the fact it covers, and a hash of both chains: write this down.</p>
          </dd>
          <dt>Chain head</dt>
          <dd>
            <code className="chain-head">{writtenHead(head.head) ?? 'None yet: the ledger has no entries.'}</code>
          </dd>
          <dt>Facts head</dt>
          <dd>
            <code className="chain-head">{writtenHead(head.factsHead) ?? 'None yet.'}</code>
          </dd>
        </dl>
      )}
      <form onSubmit={(event) => void verify(event)} noValidate>
        <div className="field">
          <label htmlFor="written-head">An anchor written down earlier (optional)</label>
          <input
            id="written-head"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={written}
            onChange={(event) => setWritten(event.target.value)}
            aria-invalid={writtenError === null ? undefined : true}
            aria-describedby={writtenError === null ? undefined : 'written-head-error'}
          />
          {writtenError === null ? null : <FieldError id="written-head-error" error={writtenError} hints={[]} />}
        </div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Checking…' : 'Check the ledger'}
        </button>
      </form>
      {action.busy ? <WorkProgressBar id="verify-progress" progress={progress} onStop={() => void treasury.work.cancel()} /> : null}
      {/* Said in words first; the colour (red when the ledger is not intact) only repeats it. */}
      <p className={result?.ok === false ? 'field-error' : 'saved'} role="status">
        {result === null ? stopped : verdict(result)}
      </p>
      <Alert error={action.error} />
    </Section>
  );
}

function verdict(result: Output<'ledger.verify'>): string {
  const problem = firstVerificationProblem(result);
  if (problem !== null) return `Not intact. ${problem}`;
  const anchored = result.headCheck === 'ok' ? ' It still extends what was written down.' : '';
  const entries = `${result.entriesChecked} entr${result.entriesChecked === 1 ? 'y' : 'ies'}`;
  return `Intact: ${entries} and ${result.factsChecked} facts checked.${anchored}`;
}
