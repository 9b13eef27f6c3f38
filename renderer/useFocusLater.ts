import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves focus once React has drawn the change that prompted it, such as back to the button that opened
 * a form: removing the form would otherwise drop a keyboard user's focus to the top of the page.
 */
export function useFocusLater(): (find: () => HTMLElement | null | undefined) => void {
  const target = useRef<(() => HTMLElement | null | undefined) | null>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    const find = target.current;
    if (find === null) return;
    target.current = null;
    find()?.focus();
  }, [requests]);
  return useCallback((find) => {
    target.current = find;
    setRequests((count) => count + 1);
  }, []);
}

/** The element with an id, for useFocusLater. */
export const byId = (id: string) => () => document.getElementById(id);
