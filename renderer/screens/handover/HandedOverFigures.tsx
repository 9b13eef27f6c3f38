import type { HandedOver } from '../../../shared/contract/index.ts';
import { AnchorText } from '../../components/AnchorText.tsx';
import { useWords } from '../../language/words.tsx';

/**
 * The three figures both treasurers read to each other once the handover is in: the same on the old
 * vault and the new, or the file did not arrive whole. Large, and the long ones in groups, to be read
 * aloud over a phone without losing the place.
 */
export function HandedOverFigures({ figures }: { figures: HandedOver }) {
  const words = useWords();
  return (
    <dl className="facts handover-figures">
      <dt>{words.words('handoverScreen.figures.entries')}</dt>
      <dd className="handover-figure">{words.number(figures.entries)}</dd>
      <dt>{words.words('handoverScreen.figures.anchor')}</dt>
      <dd className="handover-figure">
        <AnchorText anchor={figures.anchor} />
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
