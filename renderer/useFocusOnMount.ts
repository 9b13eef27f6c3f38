import { useEffect, useRef } from 'react';

/** A ref whose element takes focus when it appears: where a keyboard user's next step starts. */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
