// A note people wrote with a payment ("rent for June, thanks Avery!") is worth keeping as the memo,
// but it is where names and contact details slip in. Before it is stored, the names of the
// statement's counterparties (word by word), @handles, email addresses and phone numbers are taken
// out, each replaced by an ellipsis. A name the statement never gives as a counterparty cannot be
// known: the preview says notes are kept, and the retention schedule shreds memos first.
import { nameKey } from '../../../shared/text.ts';

const gone = '…';
const letter = String.raw`[\p{L}\p{M}\p{N}]`;
const email = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/gu;
const handle = new RegExp(String.raw`(?<!${letter})[@$][\p{L}\p{N}_.-]{2,}`, 'gu');
// Seven digits or more in groups, as phone numbers are written; a date (2026-11-02) or an amount is not one.
const phone = /(?<![\p{N}.,])\+?\(?\d[\d\s().-]{5,}\d(?![\p{N}])/gu;
const isoDay = /^\d{4}-\d{2}-\d{2}$/u;
/** Characters that may stay in a memo: the contract refuses NUL. */
const nul = /\0/gu;
const maxMemo = 200;
/** Words: letters with their marks, and digits. */
const word = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Cleans the notes of one statement: what each note keeps (null when nothing worth keeping is left),
 * and whether anything was taken out. Every counterparty of the statement is taken out of every
 * note, not only the row's own: "for Jordan's rent" on Avery's payment names Jordan.
 */
export function noteCleaner(counterparties: Iterable<string>): (note: string | null) => { memo: string | null; cleaned: boolean } {
  const names = new Set<string>();
  for (const counterparty of counterparties) {
    for (const part of counterparty.match(word) ?? []) if ([...part].length >= 2 && !/^\p{N}+$/u.test(part)) names.add(nameKey(part));
  }
  return (note) => {
    if (note === null) return { memo: null, cleaned: false };
    const written = note.replace(nul, '');
    let text = withoutNames(written.replace(email, gone).replace(handle, gone), names);
    text = text.replace(phone, (found) => (isoDay.test(found.trim()) || digitCount(found) < 7 ? found : gone));
    const kept = [...text.trim()].slice(0, maxMemo).join('');
    return { memo: /[\p{L}\p{N}]/u.test(kept.replaceAll(gone, '')) ? kept : null, cleaned: text !== written };
  };
}

function digitCount(text: string): number {
  return text.replace(/\D/gu, '').length;
}

/**
 * The note with every word of the names (of two letters or more, not a bare number) taken out
 * wherever it stands as a whole word, in any case: "thanks AVERY" and "Example’s" alike. Words are
 * compared folded, so one pass over the note does it, however many names.
 */
function withoutNames(text: string, names: Set<string>): string {
  // A whole name taken out is one ellipsis, not one per word.
  return names.size === 0 ? text : text.replace(word, (found) => (names.has(nameKey(found)) ? gone : found)).replace(/…(?:\s+…)+/gu, gone);
}
