import type { KeySlotKind, VaultDetails } from '../../../shared/contract/index.ts';
import { formatShortDateTime } from '../../formatDate.ts';
import { Section } from './Section.tsx';

const slotNames: Record<KeySlotKind, string> = {
  treasurer: "Treasurer's passphrase",
  'co-treasurer': "Co-treasurer's passphrase",
  recovery: 'Recovery code',
};

/** Every key that opens the vault, and how hard each is to guess by brute force. */
export function KeySlotsSection({ details }: { details: VaultDetails }) {
  return (
    <Section id="key-slots" title="Keys that open the vault">
      <p>
        Each of these opens the same vault. Changing a passphrase gives its slot a new lock; removing or replacing the co-treasurer, or changing the vault&apos;s key, also re-encrypts the ledger under
        a new key.
      </p>
      <table className="key-slots">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Last changed</th>
            <th scope="col">Argon2id settings</th>
          </tr>
        </thead>
        <tbody>
          {details.keySlots.map((slot) => (
            <tr key={slot.kind}>
              <th scope="row">
                {slotNames[slot.kind]}
                {slot.kind === details.unlockedWith ? <span className="tag">used to unlock</span> : null}
              </th>
              <td>{formatShortDateTime(slot.updatedAt)}</td>
              <td>
                {Math.round(slot.argon2.memoryKiB / 1024)} MiB memory, {slot.argon2.iterations} iterations, {slot.argon2.parallelism} {slot.argon2.parallelism === 1 ? 'lane' : 'lanes'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
