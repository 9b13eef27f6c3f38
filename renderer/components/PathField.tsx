import type { ComponentProps } from 'react';
import { Field } from './Field.tsx';

/**
 * A field for a file's or a folder's full path: wide enough to read it whole, and neither
 * spell-checked nor filled in from what the browser remembers (a path is not a word, and a vault's
 * whereabouts are not something to keep in a form history).
 */
export function PathField(props: Omit<ComponentProps<typeof Field>, 'className' | 'spellCheck' | 'autoComplete'>) {
  return <Field {...props} className="field-wide" spellCheck={false} autoComplete="off" />;
}
