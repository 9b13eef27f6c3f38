import { useCallback, useEffect, useState } from 'react';

export interface Countdown {
  secondsLeft: number;
  startCountdown: (seconds: number) => void;
}

/** Whole seconds left until a deadline the core gave (an unlock backoff), ticking down live. */
export function useCountdown(initialSeconds: number): Countdown {
  const [deadline, setDeadline] = useState<number | null>(() => (initialSeconds > 0 ? Date.now() + initialSeconds * 1000 : null));
  const [secondsLeft, setSecondsLeft] = useState(Math.max(0, initialSeconds));

  useEffect(() => {
    if (deadline === null) return;
    const timer = window.setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 0) setDeadline(null);
    }, 250);
    return () => window.clearInterval(timer);
  }, [deadline]);

  const startCountdown = useCallback((seconds: number) => {
    if (seconds <= 0) return;
    setSecondsLeft(seconds);
    setDeadline(Date.now() + seconds * 1000);
  }, []);

  return { secondsLeft, startCountdown };
}
