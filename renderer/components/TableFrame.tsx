import { useEffect, useRef, useState, type ReactNode } from 'react';

interface TableFrameProps {
  /** The id of the table's caption: the region is named by it. */
  labelledBy: string;
  children: ReactNode;
}

/**
 * A table too wide for its place (a narrow window, larger text) scrolls sideways inside this frame,
 * instead of pushing the page wider. While it does, the frame is a region named after the table and
 * a tab stop, so the arrow keys scroll it; when the table fits, it is neither.
 */
export function TableFrame({ labelledBy, children }: TableFrameProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = frame.current;
    if (element === null) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table !== null) observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={frame} className="table-frame summary-table-frame" role={scrolls ? 'region' : undefined} aria-labelledby={scrolls ? labelledBy : undefined} tabIndex={scrolls ? 0 : undefined}>
      {children}
    </div>
  );
}
