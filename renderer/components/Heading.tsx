import type { ReactNode } from 'react';
import { useFocusOnMount } from '../useFocusOnMount.ts';

interface HeadingProps {
  level: 1 | 2 | 3;
  children: ReactNode;
  /** Moves keyboard and screen-reader focus here when it appears: the start of a new step. */
  focusOnMount?: boolean;
  id?: string;
}

/** A heading that can take focus, so each new step is announced and keyboard users start at its top. */
export function Heading({ level, children, focusOnMount = false, id }: HeadingProps) {
  const ref = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const Tag = `h${level}` as const;
  return (
    <Tag ref={ref} id={id} tabIndex={focusOnMount ? -1 : undefined} className="heading">
      {children}
    </Tag>
  );
}
