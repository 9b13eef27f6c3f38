// A note people wrote with a payment ("rent for June, thanks Avery!") is worth keeping as the memo,
// but it is where names and contact details slip in. Before it is stored, the counterparty's own
// name (whole and word by word), @handles, email addresses and phone numbers are taken out, each
// replaced by an ellipsis. A name the importer does not know cannot be taken out: the preview says
// notes are kept, and the retention schedule shreds memos first.

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

/** What a note keeps once cleaned (null when nothing worth keeping is left), and whether anything was taken out. */
export function cleanNote(note: string | null, counterparty: string | null): { memo: string | null; cleaned: boolean } {
  if (note === null) return { memo: null, cleaned: false };
  let text = note.replace(nul, '');
  for (const pattern of [email, handle, ...namePatterns(counterparty)]) text = text.replace(pattern, gone);
  text = text.replace(phone, (found) => (isoDay.test(found.trim()) || digitCount(found) < 7 ? found : gone));
  const cleaned = text !== note.replace(nul, '');
  const kept = [...text.trim()].slice(0, maxMemo).join('');
  return { memo: /[\p{L}\p{N}]/u.test(kept.replaceAll(gone, '')) ? kept : null, cleaned };
}

function digitCount(text: string): number {
  return text.replace(/\D/gu, '').length;
}

/** The counterparty's name whole, then each word of it (of two letters or more), as whole words in any case. */
function namePatterns(counterparty: string | null): RegExp[] {
  if (counterparty === null) return [];
  const words = counterparty.split(/[^\p{L}\p{M}\p{N}'’]+/u).filter((word) => [...word].length >= 2 && !/^\p{N}+$/u.test(word));
  return [counterparty.trim(), ...words].filter((word) => word !== '').map((word) => new RegExp(`(?<!${letter})${escape(word)}(?!${letter})`, 'giu'));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, String.raw`\$&`);
}
