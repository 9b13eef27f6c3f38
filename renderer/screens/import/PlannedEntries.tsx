import type { PlannedEntry } from '../../../shared/contract/index.ts';
import { categoryLabel, entryKindNames } from '../../../shared/messages/ledgerWords.ts';
import { FreeText } from '../../components/FreeText.tsx';
import { useWords } from '../../language/words.tsx';

interface PlannedEntriesProps {
  entries: PlannedEntry[];
  /** The statement's account: an entry on another (the linked bank that paid) names its account. */
  accountId: number;
  currency: string;
  accountNames: ReadonlyMap<number, string>;
  /** The category came from one of the treasurer's rules. */
  ruleApplied: boolean;
}

/** The entries one row becomes, as the ledger will hold them: kind and amount, accounts, category, recipient code and note. */
export function PlannedEntries({ entries, accountId, currency, accountNames, ruleApplied }: PlannedEntriesProps) {
  const words = useWords();
  if (entries.length === 0) return null;
  const nameOf = (id: number | null) => (id === null ? '' : (accountNames.get(id) ?? `#${id}`));
  return (
    <ul className="import-entries">
      {entries.map((entry, index) => {
        const transfer = entry.kind === 'transfer' && entry.toAccountId !== null;
        // A payment to nobody named gets a code only as it is written: said in words, not shown as one.
        const newCode = entry.recipientCode === null && entry.kind === 'disbursement';
        return (
          <li key={index}>
            <span className="import-entry-head">
              <span>{words.say(entryKindNames[entry.kind])}</span> <span className={transfer ? 'number' : `number amount-${entry.direction}`}>{words.money(entry.amount, currency)}</span>
            </span>
            {transfer ? (
              <span className="import-entry-detail">{words.words('importScreen.entry.between', { from: nameOf(entry.accountId), to: nameOf(entry.toAccountId) })}</span>
            ) : entry.accountId !== accountId ? (
              <span className="import-entry-detail">{words.words('importScreen.entry.otherAccount', { direction: entry.direction, account: nameOf(entry.accountId) })}</span>
            ) : null}
            {entry.category === null ? null : (
              <span className="import-entry-detail">
                {ruleApplied
                  ? words.words('importScreen.entry.categoryByRule', { category: categoryLabel(words, entry.category) })
                  : words.words('importScreen.entry.category', { category: categoryLabel(words, entry.category) })}
              </span>
            )}
            {entry.recipientCode === null && !newCode ? null : (
              <span className="import-entry-detail">
                {words.words('importScreen.entry.code')} {newCode ? words.words('importScreen.entry.newCode') : <span className="code">{entry.recipientCode}</span>}
              </span>
            )}
            {entry.memo === null ? null : (
              <span className="import-entry-detail import-entry-memo">
                <FreeText text={entry.memo} />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
