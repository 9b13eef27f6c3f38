import { LedgerVerdict } from '../../components/LedgerVerdict.tsx';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { Alert } from '../../components/Alert.tsx';
import { useWords } from '../../language/words.tsx';
import { useLedgerVerify } from '../../useLedgerVerify.ts';

/**
 * "Verify the ledger" where the treasurer starts the day: the full check with no anchor to type, its
 * progress, and a verdict in plain words. Checking against an anchor written down stays with the
 * proof of the ledger on the Vault screen, where a broken ledger sends the treasurer next.
 */
export function VerifyLedgerCard({ onLocked, onOpenProof }: { onLocked: () => void; onOpenProof: () => void }) {
  const words = useWords();
  const checking = useLedgerVerify(onLocked);
  return (
    <section className="card verify-card" aria-labelledby="verify-title">
      <h2 id="verify-title">{words.words('ledger.check.verifyTitle')}</h2>
      <p className="hint">{words.words('ledger.check.verifyIntro')}</p>
      <div>
        <button type="button" id="verify-ledger" disabled={checking.busy} onClick={() => void checking.verify({})}>
          {checking.busy ? words.words('ledger.check.checking') : words.words('ledger.check.verifyButton')}
        </button>
      </div>
      {checking.busy ? <WorkProgressBar id="dashboard-verify-progress" work="verify" progress={checking.progress} onStop={checking.stop} /> : null}
      <LedgerVerdict result={checking.result} stopped={checking.stopped}>
        <div>
          <button type="button" onClick={onOpenProof}>
            {words.words('ledger.check.openProof')}
          </button>
        </div>
      </LedgerVerdict>
      <Alert error={checking.error} />
    </section>
  );
}
