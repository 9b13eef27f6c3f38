import { useEffect, useState, type FormEvent } from 'react';
import type { LedgerHead, Output } from '../../../shared/contract/index.ts';
import { readWrittenProof, writtenAnchor, writtenHead } from '../../../shared/writtenHead.ts';
import { checkPassed, firstVerificationProblem } from '../../../shared/verification.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { PathField } from '../../components/PathField.tsx';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { useWorkProgress } from '../../useWorkProgress.ts';
import { Section } from './Section.tsx';
import { useWords } from '../../language/words.tsx';

/**
 * The ledger's chain head, to write down or print and keep away from the laptop, and a check that
 * the ledger still extends a head written down before: the only way to show that no entry was cut
 * off or rewritten by someone holding the key.
 */
export function LedgerProofSection({ onLocked }: { onLocked: () => void }) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [head, setHead] = useState<LedgerHead | null>(null);
  const [written, setWritten] = useState('');
  const [writtenError, setWrittenError] = useState<string | null>(null);
  const [summaryPath, setSummaryPath] = useState('');
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
    const summary = summaryPath.trim() === '' ? undefined : summaryPath.trim();
    if (proof === null || (proof !== undefined && summary !== undefined)) {
      setWrittenError(words.words(proof === null ? 'ledger.check.writtenAnchorUnreadable' : 'audit.sinceSummaryAndAnchor'));
      document.getElementById('written-head')?.focus();
      return;
    }
    setWrittenError(null);
    setResult(null);
    setStopped(null);
    reset();
    await action.run(async () => {
      try {
        const verified = await treasury.ledger.verify(
          summary !== undefined ? { expectSummary: summary } : proof === undefined ? {} : 'anchor' in proof ? { expectAnchor: proof.anchor } : { expectHead: proof.head },
        );
        setResult(verified);
        setHead(verified);
      } catch (error) {
        // Stopped on purpose is no failure: say so where the verdict goes.
        if (error instanceof TreasuryError && error.code === 'WORK_CANCELLED') setStopped(words.say(error.reason));
        else throw error;
      } finally {
        reset();
      }
    });
  }

  return (
    <Section id="ledger-proof" title={words.words('ledger.check.proofTitle')}>
      <p>{words.words('ledger.check.proofIntro')}</p>
      {head === null ? null : (
        <dl className="facts">
          <dt>{words.words('ledger.check.entriesLabel')}</dt>
          <dd>{words.number(head.entries)}</dd>
          <dt>{words.words('ledger.check.anchorLabel')}</dt>
          <dd>
            <code className="chain-head">{writtenAnchor(head.anchor) ?? words.words('ledger.check.noneYet')}</code>
            <p className="hint">{words.words('ledger.check.anchorHint')}</p>
          </dd>
          <dt>{words.words('ledger.check.chainHeadLabel')}</dt>
          <dd>
            <code className="chain-head">{writtenHead(head.head) ?? words.words('ledger.check.noEntriesYet')}</code>
          </dd>
          <dt>{words.words('ledger.check.factsHeadLabel')}</dt>
          <dd>
            <code className="chain-head">{writtenHead(head.factsHead) ?? words.words('ledger.check.noneYet')}</code>
          </dd>
        </dl>
      )}
      <form onSubmit={(event) => void verify(event)} noValidate>
        <div className="field">
          <label htmlFor="written-head">{words.words('ledger.check.writtenAnchorLabel')}</label>
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
        <PathField
          id="since-summary"
          label={words.words('auditScreen.since.label')}
          hint={words.words('auditScreen.since.hint')}
          value={summaryPath}
          onChange={(event) => setSummaryPath(event.target.value)}
        />
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? words.words('ledger.check.checking') : words.words('ledger.check.checkButton')}
        </button>
      </form>
      {action.busy ? <WorkProgressBar id="verify-progress" work="verify" progress={progress} onStop={() => void treasury.work.cancel()} /> : null}
      {/* Said in words first; the colour (red when the ledger is not intact) only repeats it. */}
      <p className={result?.ok === false ? 'field-error' : 'saved'} role="status">
        {result === null ? stopped : verdict(result, words)}
      </p>
      <Alert error={action.error} />
    </Section>
  );
}

function verdict(result: Output<'ledger.verify'>, words: Translator): string {
  const problem = firstVerificationProblem(result);
  if (problem !== null) return words.words('ledger.check.notIntact', { problem });
  return words.words('ledger.check.intact', { entries: result.entriesChecked, facts: result.factsChecked, anchored: checkPassed(result.headCheck) ? 'yes' : 'no' });
}
