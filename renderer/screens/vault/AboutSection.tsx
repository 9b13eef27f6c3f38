import type { VaultDetails } from '../../../shared/contract/index.ts';
import { formatDateTime } from '../../../shared/messages/dates.ts';
import { TechnicalDetails } from '../../components/TechnicalDetails.tsx';
import { useWords } from '../../language/words.tsx';
import { Section } from './Section.tsx';

/** Where the vault is, when it was made, and (folded away) its format and the group key's fingerprint to compare with others. */
export function AboutSection({ details }: { details: VaultDetails }) {
  const words = useWords();
  return (
    <Section id="about" title={words.words('vaultScreen.about.title')}>
      <dl className="facts">
        <dt>{words.words('vaultScreen.about.folder')}</dt>
        <dd>
          <code className="path">{details.vaultDir}</code>
        </dd>
        <dt>{words.words('vaultScreen.about.created')}</dt>
        <dd>{formatDateTime(details.createdAt, words.language)}</dd>
      </dl>
      <TechnicalDetails>
        <dl className="facts">
          <dt>{words.words('vaultScreen.about.formatVersion')}</dt>
          <dd>{details.formatVersion}</dd>
          <dt>{words.words('vaultScreen.about.fingerprint')}</dt>
          <dd>
            <p className="fingerprint">
              {details.groupKeyFingerprint.split(' ').map((group, index) => (
                <span key={index}>{group} </span>
              ))}
            </p>
            <p className="hint">{words.words('vaultScreen.about.fingerprintHint')}</p>
          </dd>
        </dl>
      </TechnicalDetails>
    </Section>
  );
}
