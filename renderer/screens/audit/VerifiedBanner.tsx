import type { VerifiedSummary } from '../../../shared/contract/index.ts';
import { TechnicalDetails } from '../../components/TechnicalDetails.tsx';
import { useWords } from '../../language/words.tsx';
import { SummaryFingerprint } from './SummaryFingerprint.tsx';

/** Where the summary on screen comes from: a file checked here, or one this vault just signed. */
export type SummaryOrigin = 'opened' | 'made';

/**
 * What the signature proves, and what it does not: the file is exactly as a key signed it, and that
 * key has this fingerprint. Only the fingerprint the group published, compared by another way than
 * the file, says the key is the group's.
 */
export function VerifiedBanner({ verified, origin, level }: { verified: VerifiedSummary; origin: SummaryOrigin; level: 2 | 3 }) {
  const words = useWords();
  const Title = `h${level}` as const;
  return (
    <section className="verified-banner" aria-labelledby="summary-verified-title">
      <Title id="summary-verified-title">{origin === 'opened' ? words.words('auditScreen.verified.title') : words.words('auditScreen.signed.title')}</Title>
      <p>{origin === 'opened' ? words.words('auditScreen.verified.what') : words.words('auditScreen.signed.what')}</p>
      <div className="stack-tight">
        <p className="summary-label" id="summary-fingerprint-label">
          {words.words('auditScreen.verified.fingerprint')}
        </p>
        <SummaryFingerprint id="summary-fingerprint" fingerprint={verified.fingerprint} />
      </div>
      <p className="verified-compare">{origin === 'opened' ? words.words('auditScreen.verified.compare') : words.words('auditScreen.signed.publish')}</p>
      <TechnicalDetails>
        <p>{words.words('auditScreen.verified.details')}</p>
        <dl className="facts">
          <dt>{words.words('auditScreen.verified.fileSha256')}</dt>
          <dd>
            <code className="chain-head">{verified.fileSha256}</code>
          </dd>
        </dl>
      </TechnicalDetails>
    </section>
  );
}
