import type { AccountStatus } from '../../shared/contract/index.ts';
import { useWords } from '../language/words.tsx';
import { statusNames } from '../../shared/messages/ledgerWords.ts';

/** An account's status as a coloured word: the colour helps, the word carries the meaning. */
export function StatusBadge({ status }: { status: string }) {
  const words = useWords();
  const known = status in statusNames ? (status as AccountStatus) : null;
  return <span className={`badge badge-${known ?? 'other'}`}>{known === null ? status : words.say(statusNames[known])}</span>;
}
