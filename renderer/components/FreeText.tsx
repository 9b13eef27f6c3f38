import { visibleText } from '../../shared/text.ts';

/**
 * Text the treasurer typed (a memo, a reason, a purpose) as the screens show it: control, bidi and
 * invisible characters as ‹U+XXXX› labels, so it can never reorder or hide what is around it, and
 * isolated in <bdi> so a right-to-left memo reads correctly without moving the columns beside it.
 */
export function FreeText({ text }: { text: string }) {
  return <bdi>{visibleText(text)}</bdi>;
}
