import { useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { NetworkError, ProblemError } from '../../api/client';

/** A sentence for a failed load: the problem's `detail` when it has one, never a raw body. */
export function errorText(error: Error, fallback: string): string {
  if (error instanceof ProblemError) {
    return error.detail ?? fallback;
  }
  if (error instanceof NetworkError) {
    return error.message;
  }
  return fallback;
}

/**
 * The pixel width of an element, measured once it is laid out (and again on resize), for `maxPoints`;
 * `fallback` where there is no layout (tests).
 */
export function useWidth<T extends HTMLElement>(fallback = 640): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    const measure = () => {
      const measured = element?.clientWidth ?? 0;
      // Rounded to 50 px so that small resizes do not load the data again.
      setWidth(measured > 0 ? Math.max(100, Math.round(measured / 50) * 50) : fallback);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [fallback]);
  return [ref, width];
}
