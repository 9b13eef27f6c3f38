import { useEffect, useState, type FormEvent } from 'react';
import type { LedgerHead } from '../../../shared/contract/index.ts';
import { readWrittenProof, writtenAnchor, writtenHead } from '../../../shared/writtenHead.ts';
import { Alert } from '../../components/Alert.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { PathField } from '../../components/PathField.tsx';
import { LedgerVerdict } from '../../components/LedgerVerdict.tsx';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { useLedgerVerify } from '../../useLedgerVerify.ts';
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
  const checking = useLedgerVerify(onLocked);

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
    const verified = await checking.verify(
      summary !== undefined ? { expectSummary: summary } : proof === undefined ? {} : 'anchor' in proof ? { expectAnchor: proof.anchor } : { expectHead: proof.head },
    );
    if (verified !== null) setHead(verified);
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
        <button type="submit" className="button" disabled={checking.busy}>
          {checking.busy ? words.words('ledger.check.checking') : words.words('ledger.check.checkButton')}
        </button>
      </form>
      {checking.busy ? <WorkProgressBar id="verify-progress" work="verify" progress={checking.progress} onStop={checking.stop} /> : null}
      <LedgerVerdict result={checking.result} stopped={checking.stopped} />
      <Alert error={checking.error ?? action.error} />
    </Section>
  );
}
