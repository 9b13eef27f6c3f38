import type { Anchor } from '../../../shared/contract/index.ts';
import { AnchorText } from '../../components/AnchorText.tsx';
import { useWords } from '../../language/words.tsx';

/** What a backup holds, as it was checked: its entries and its anchor, to compare when it is restored. */
export function BackupFigures({ entries, anchor }: { entries: number; anchor: Anchor }) {
  const words = useWords();
  return (
    <dl className="facts">
      <dt>{words.words('backupScreen.figures.entries')}</dt>
      <dd>{words.number(entries)}</dd>
      <dt>{words.words('backupScreen.figures.anchor')}</dt>
      <dd>
        <AnchorText anchor={anchor} />
      </dd>
    </dl>
  );
}
