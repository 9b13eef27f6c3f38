import type { VaultDetails } from '../../../shared/contract/index.ts';
import { formatDateTime } from '../../formatDate.ts';
import { Section } from './Section.tsx';

/** Where the vault is, when it was made, and the group key's fingerprint to compare with others. */
export function AboutSection({ details }: { details: VaultDetails }) {
  return (
    <Section id="about" title="This vault">
      <dl className="facts">
        <dt>Folder</dt>
        <dd>
          <code className="path">{details.vaultDir}</code>
        </dd>
        <dt>Created</dt>
        <dd>{formatDateTime(details.createdAt)}</dd>
        <dt>Format version</dt>
        <dd>{details.formatVersion}</dd>
        <dt>Group key fingerprint</dt>
        <dd>
          <p className="fingerprint">
            {details.groupKeyFingerprint.split(' ').map((group, index) => (
              <span key={index}>{group} </span>
            ))}
          </p>
          <p className="hint">The group&apos;s signing key. Auditors compare this fingerprint with the one on a signed summary.</p>
        </dd>
      </dl>
    </Section>
  );
}
