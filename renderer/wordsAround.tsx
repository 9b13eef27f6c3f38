// A sentence with elements inside it (a link, a key): the words come whole from the catalogue, in the
// order the language puts them, and each element takes the place its argument holds.
import { Fragment, type ReactNode } from 'react';

const start = '\uE000';
const end = '\uE001';

/** What an argument holds while its sentence is made: a mark WordsAround replaces with an element. */
export function slot(name: string): string {
  return `${start}${name}${end}`;
}

/** The sentence `text` (made with slot() arguments), with each slot replaced by its element. */
export function WordsAround({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  const pieces = text.split(new RegExp(`${start}([^${end}]*)${end}`));
  // split with a group: even places hold words, odd places the names of slots.
  return pieces.map((piece, index) => <Fragment key={index}>{index % 2 === 0 ? piece : parts[piece]}</Fragment>);
}
