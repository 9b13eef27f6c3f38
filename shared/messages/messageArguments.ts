// The arguments an ICU message names, read from the English catalogue's text by the type checker,
// so that every place a message is made must pass exactly what its words use:
// "{count, plural, one {# entry} other {# entries}}" needs { count: number }, "There is no fund #{id}."
// needs { id: Param }. The text inside a plural or select branch is read as text, so a branch of one
// word ("other {centuries}") is not taken for an argument.
import type { Param } from './message.ts';

type Blank = ' ' | '\n' | '\t';
type TrimStart<S extends string> = S extends `${Blank}${infer Rest}` ? TrimStart<Rest> : S;
type Trim<S extends string> = TrimStart<S> extends `${infer Rest}${Blank}` ? Trim<Rest> : TrimStart<S>;

/** Whether text has none of the characters that would end an argument's name. */
type Plain<S extends string> = S extends `${string}${'{' | '}' | ','}${string}` ? false : true;

/** What a formatted argument takes: a number for plural, selectordinal and number; a word for select. */
type StyleValue<Style extends string> = Style extends 'plural' | 'selectordinal' | 'number' ? number : Style extends 'select' ? string : Param;

type Simplify<T> = { [K in keyof T]: T[K] };

/** Text, up to the next argument. */
type Text<S extends string> = S extends `${string}{${infer After}` ? Argument<After> : unknown;

/** Just after an argument's "{": "name}" or "name, style}" or "name, plural, one {…} other {…}}". */
type Argument<After extends string> = After extends `${infer Name}}${infer Rest}` ? (Plain<Name> extends true ? Record<Trim<Name>, Param> & Text<Rest> : Formatted<After>) : unknown;

type Formatted<After extends string> = After extends `${infer Name},${infer Rest}`
  ? Rest extends `${infer Style},${infer Options}`
    ? Plain<Style> extends true
      ? Trim<Style> extends 'plural' | 'select' | 'selectordinal'
        ? Record<Trim<Name>, StyleValue<Trim<Style>>> & Branches<Options>
        : Record<Trim<Name>, StyleValue<Trim<Style>>> & Skip<Options>
      : Record<Trim<Name>, StyleValue<Trim<Rest extends `${infer Only}}${string}` ? Only : Rest>>> & Skip<Rest>
    : Record<Trim<Name>, StyleValue<Trim<Rest extends `${infer Only}}${string}` ? Only : Rest>>> & Skip<Rest>
  : unknown;

/** Past a number or date style ("::percent}") to the text after the argument. */
type Skip<S extends string> = S extends `${string}}${infer Rest}` ? Text<Rest> : unknown;

/** "one {…} other {…}}" and the text after it: each branch read as text of its own. */
type Branches<S extends string> =
  TrimStart<S> extends `}${infer Rest}`
    ? Text<Rest>
    : TrimStart<S> extends `${string}{${infer Rest}`
      ? Branch<Rest> extends [infer Body extends string, infer After extends string]
        ? Text<Body> & Branches<After>
        : unknown
      : unknown;

/** A branch's text up to its closing "}", braces inside it balanced; and what follows. */
type Branch<S extends string, Depth extends unknown[] = [], Body extends string = ''> = S extends `${infer Character}${infer Rest}`
  ? Character extends '{'
    ? Branch<Rest, [...Depth, unknown], `${Body}${Character}`>
    : Character extends '}'
      ? Depth extends [unknown, ...infer Outer]
        ? Branch<Rest, Outer, `${Body}${Character}`>
        : [Body, Rest]
      : Branch<Rest, Depth, `${Body}${Character}`>
  : [Body, ''];

/** The parameters an ICU message's text asks for, by name. */
export type ArgumentsOf<Text extends string> = Simplify<Found<Text>>;
type Found<S extends string> = Text<S>;
