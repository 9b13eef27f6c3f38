import type { KeySlotKind, VaultDetails } from '../../../shared/contract/index.ts';
import { formatShortDateTime } from '../../../shared/messages/dates.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { TechnicalDetails } from '../../components/TechnicalDetails.tsx';
import { useWords } from '../../language/words.tsx';
import { Section } from './Section.tsx';

const slotNames: Record<KeySlotKind, Message> = {
  treasurer: say('vaultScreen.keySlots.treasurer'),
  'co-treasurer': say('vaultScreen.keySlots.coTreasurer'),
  recovery: say('vaultScreen.keySlots.recovery'),
};

/** Every key that opens the vault, and (folded away) how hard each is to guess by brute force. */
export function KeySlotsSection({ details }: { details: VaultDetails }) {
  const words = useWords();
  return (
    <Section id="key-slots" title={words.words('vaultScreen.keySlots.title')}>
      <p>{words.words('vaultScreen.keySlots.intro')}</p>
      <table className="key-slots">
        <thead>
          <tr>
            <th scope="col">{words.words('vaultScreen.keySlots.key')}</th>
            <th scope="col">{words.words('vaultScreen.keySlots.lastChanged')}</th>
          </tr>
        </thead>
        <tbody>
          {details.keySlots.map((slot) => (
            <tr key={slot.kind}>
              <th scope="row">
                {words.say(slotNames[slot.kind])}
                {slot.kind === details.unlockedWith ? <span className="tag">{words.words('vaultScreen.keySlots.usedToUnlock')}</span> : null}
              </th>
              <td>{formatShortDateTime(slot.updatedAt, words.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TechnicalDetails>
        <p>{words.words('vaultScreen.keySlots.howTheyWork')}</p>
        <ul className="plain-list">
          {details.keySlots.map((slot) => (
            <li key={slot.kind}>
              {words.words('vaultScreen.keySlots.argon2', {
                slot: slotNames[slot.kind],
                memory: Math.round(slot.argon2.memoryKiB / 1024),
                iterations: slot.argon2.iterations,
                lanes: slot.argon2.parallelism,
              })}
            </li>
          ))}
        </ul>
      </TechnicalDetails>
    </Section>
  );
}
