// The arguments a message takes are read from its ICU text by the type checker; these cases are
// checked when the tests are type-checked (npm run typecheck), and a wrong reading fails it.
import { describe, expectTypeOf, it } from 'vitest';
import type { Param } from '../../../shared/messages/message.ts';
import type { ArgumentsOf } from '../../../shared/messages/messageArguments.ts';

describe('the arguments of a message', () => {
  it('are its simple arguments, with plural and number as numbers and select as a word', () => {
    expectTypeOf<ArgumentsOf<'There is no fund #{id}.'>>().toEqualTypeOf<{ id: Param }>();
    expectTypeOf<ArgumentsOf<'{count, plural, one {# entry} other {# entries}} match'>>().toEqualTypeOf<{ count: number }>();
    expectTypeOf<ArgumentsOf<'{share, number, ::percent} of {total}'>>().toEqualTypeOf<{ share: number; total: Param }>();
    expectTypeOf<keyof ArgumentsOf<'No arguments here.'>>().toEqualTypeOf<never>();
  });

  it('read a branch of one word as text, and find the arguments inside branches', () => {
    expectTypeOf<ArgumentsOf<'{kind, select, fee {fee} other {centuries}}'>>().toEqualTypeOf<{ kind: string }>();
    expectTypeOf<ArgumentsOf<'{n, plural, one {{name} paid} other {{name} and # more paid}} on {day}'>>().toEqualTypeOf<{ n: number; name: Param; day: Param }>();
    expectTypeOf<ArgumentsOf<'{a} and {b, select, x {one {c}} other {two}}'>>().toEqualTypeOf<{ a: Param; b: string; c: Param }>();
  });
});
