import type { Message } from '../../../shared/messages/message.ts';
import { useWords } from '../../language/words.tsx';

/** What the treasurer should know about the entry just written (money on a frozen account), read out as it appears. */
export function EntryNotices({ notices }: { notices: readonly Message[] }) {
  const words = useWords();
  return (
    <div role="status" className="stack-tight">
      {notices.map((notice) => (
        <p key={words.say(notice)} className="notice">
          {words.say(notice)}
        </p>
      ))}
    </div>
  );
}
