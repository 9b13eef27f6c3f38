import type { HandedOver } from '../../../shared/contract/index.ts';
import { groupCharacters } from '../../groupCharacters.ts';
import { useWords } from '../../language/words.tsx';

/**
 * The three figures both treasurers read to each other once the handover is in: the same on the old
 * vault and the new, or the file did not arrive whole. Large, and the long ones in groups, to be read
 * aloud over a phone without losing the place.
 */
export function HandedOverFigures({ figures }: { figures: HandedOver }) {
  const words = useWords();
  const { entriesSeq, factsSeq, hash } = figures.anchor;
  return (
    <dl className="facts handover-figures">
      <dt>{words.words('handoverScreen.figures.entries')}</dt>
      <dd className="handover-figure">{words.number(figures.entries)}</dd>
      <dt>{words.words('handoverScreen.figures.anchor')}</dt>
      <dd className="handover-figure">
        <code className="chain-head">
          {entriesSeq}:{factsSeq}:{groupCharacters(hash, 8).join(' ')}
        </code>
      </dd>
      <dt>{words.words('handoverScreen.figures.groupKey')}</dt>
      <dd>
        <p className="fingerprint handover-figure">
          {figures.groupKeyFingerprint.split(' ').map((group, index) => (
            <span key={index}>{group} </span>
          ))}
        </p>
      </dd>
    </dl>
  );
}
