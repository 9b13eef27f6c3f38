import type { Anchor } from '../../shared/contract/index.ts';
import { groupCharacters } from '../groupCharacters.ts';

/** The anchor of an entries chain and a facts chain, as entriesSeq:factsSeq:hash, the hash in groups of eight to be read aloud or copied by hand. */
export function AnchorText({ anchor }: { anchor: Anchor }) {
  return (
    <code className="chain-head">
      {anchor.entriesSeq}:{anchor.factsSeq}:{groupCharacters(anchor.hash, 8).join(' ')}
    </code>
  );
}
