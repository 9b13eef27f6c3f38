import type { ReactNode } from 'react';
import { Heading } from './Heading.tsx';

interface ScreenTitleProps {
  title: string;
  /** A line under the title saying what the screen is for; none while it is not known yet. */
  intro: string | null;
  /** What the screen's title bar offers beside it (Add, Import a statement, Back); none when it offers nothing now. */
  children?: ReactNode;
}

/** A section's title: its heading, focused as the section opens, with its intro and, where there is one, its action beside them. */
export function ScreenTitle({ title, intro, children }: ScreenTitleProps) {
  const heading = (
    <>
      <Heading level={1} focusOnMount>
        {title}
      </Heading>
      {intro === null ? null : <p className="quiet">{intro}</p>}
    </>
  );
  if (children === undefined) return <div className="screen-title">{heading}</div>;
  return (
    <div className="screen-title with-action">
      <div>{heading}</div>
      {children}
    </div>
  );
}
