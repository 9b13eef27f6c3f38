import { useEffect, useRef } from 'react';

/**
 * Listens to key presses anywhere inside an element (Escape closes a form, Ctrl+Enter saves it).
 * Attached by hand because the element is a form or a section, which is not a control itself.
 */
export function useKeyDown<T extends HTMLElement>(handler: (event: KeyboardEvent) => void) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    element.addEventListener('keydown', handler);
    return () => element.removeEventListener('keydown', handler);
  }, [handler]);
  return ref;
}

/** A form that Escape closes, as every form of the app does (`close` is its Cancel). */
export function useEscapeCloses(close: () => void) {
  return useKeyDown<HTMLFormElement>((event) => {
    if (event.key === 'Escape') close();
  });
}
